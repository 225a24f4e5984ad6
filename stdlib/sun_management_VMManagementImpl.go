package stdlib

import (
	"os"
	"time"

	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
)

// sun.management.VMManagementImpl: the VM's answers to java.lang.management
// (the jmm_* functions of HotSpot's management.cpp, reached through
// libmanagement's VMManagementImpl.c).

// jmmVersion is JDK 17's JMM_VERSION (0x20030000) as getVersion0 formats
// it: "major.minor".
const jmmVersion = "3.0"

func init() {
	zero := func(t *rtda.Thread, a []uint64) uint64 { return 0 }
	natives("sun/management/VMManagementImpl", map[string]rtda.NativeFunc{
		"getVersion0()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return newString(t, jmmVersion)
		},
		// The optional supports (Management::init): per-thread CPU time
		// (each Java thread is locked to its OS thread); no per-thread
		// allocation counts, no contention monitoring and no compiler; it has what object monitor and
		// synchronizer usage need, and diagnostic commands are not remote.
		"initOptionalSupportFields()V": func(t *rtda.Thread, a []uint64) uint64 {
			c := bootClass(t, "sun/management/VMManagementImpl")
			if c == nil {
				return 0
			}
			for name, v := range map[string]bool{
				"compTimeMonitoringSupport":         false,
				"threadContentionMonitoringSupport": false,
				"currentThreadCpuTimeSupport":       true,
				"otherThreadCpuTimeSupport":         true,
				"objectMonitorUsageSupport":         true,
				"synchronizerUsageSupport":          true,
				"threadAllocatedMemorySupport":      true,
				"remoteDiagnosticCommandsSupport":   true,
			} {
				if f := c.FindField(name, "Z"); f != nil {
					t.VM.Heap.SetByte(c.Mirror, f.Offset, int8(boolSlot(v)))
				}
			}
			return 0
		},
		"isThreadContentionMonitoringEnabled()Z": zero,
		"isThreadCpuTimeEnabled()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(threadCPUTimeEnabled)
		},
		"isThreadAllocatedMemoryEnabled()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(!threadAllocatedMemoryOff.Load())
		},
		"getTotalClassCount()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(int64(loadedClassCount(t.VM)) + t.VM.UnloadedClasses())
		},
		"getUnloadedClassCount()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(t.VM.UnloadedClasses())
		},
		"getVerboseClass()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(t.VM.Options.Log.Enabled(ulog.Info, "class,load"))
		},
		"getVerboseGC()Z": zero,
		"getProcessId()I": func(t *rtda.Thread, a []uint64) uint64 { return intSlot(int32(os.Getpid())) },
		// jmm_GetInputArguments: the VM options, as VM.getRuntimeArguments.
		"getVmArguments0()[Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(newStringArray(t, stateOf(t).cfg.Args))
		},
		// When the VM finished starting, in milliseconds since the epoch;
		// gojvm counts from the VM's creation.
		"getStartupTime()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(t.VM.Start.UnixMilli())
		},
		"getUptime0()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(time.Since(t.VM.Start).Milliseconds())
		},
		"getAvailableProcessors()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(int32(activeProcessors(t)))
		},
		"getTotalCompileTime()J": zero,
		"getTotalThreadCount()J": func(t *rtda.Thread, a []uint64) uint64 {
			_, _, _, started := threadCountsNow(t.VM)
			return uint64(started)
		},
		"getLiveThreadCount()I": func(t *rtda.Thread, a []uint64) uint64 {
			live, _, _, _ := threadCountsNow(t.VM)
			return intSlot(int32(live))
		},
		"getPeakThreadCount()I": func(t *rtda.Thread, a []uint64) uint64 {
			_, _, peak, _ := threadCountsNow(t.VM)
			return intSlot(int32(peak))
		},
		"getDaemonThreadCount()I": func(t *rtda.Thread, a []uint64) uint64 {
			_, daemon, _, _ := threadCountsNow(t.VM)
			return intSlot(int32(daemon))
		},
		// HotSpot's internal counters (safepoints, class loading and
		// initialization times, method data): gojvm keeps none of them.
		"getSafepointCount()J":                 zero,
		"getTotalSafepointTime()J":             zero,
		"getSafepointSyncTime()J":              zero,
		"getTotalApplicationNonStoppedTime()J": zero,
		"getLoadedClassSize()J":                zero,
		"getUnloadedClassSize()J":              zero,
		"getClassLoadingTime()J":               zero,
		"getMethodDataSize()J":                 zero,
		"getInitializedClassCount()J":          zero,
		"getClassInitializationTime()J":        zero,
		"getClassVerificationTime()J":          zero,
	})
}

// loadedClassCount is the classes loaded now (array and primitive classes
// are not loaded, they are made); JMM_CLASS_LOADED_COUNT adds those
// unloaded.
func loadedClassCount(vm *rtda.VM) int {
	n := 0
	for _, c := range vm.Classes() {
		if c != nil && !c.IsArray() && !c.IsPrimitive() {
			n++
		}
	}
	return n
}

// LoadedClassCount and ThreadCounts are what the performance counters
// publish of the classes and threads (java.cls.*, java.threads.*).
func LoadedClassCount(vm *rtda.VM) int { return loadedClassCount(vm) + int(vm.UnloadedClasses()) }

// ThreadCounts returns the live and daemon threads, their peak and the
// threads started since the VM started.
func ThreadCounts(vm *rtda.VM) (live, daemon, peak int, started int64) { return threadCountsNow(vm) }
