package stdlib

import (
	"os"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// com.sun.management.internal.OperatingSystemImpl (jdk.management): the
// OperatingSystemMXBean's figures from Linux, as libmanagement_ext's
// OperatingSystemImpl.c reads them (/proc, sysinfo, getrlimit). CPU loads
// are not sampled: they report -1 ("not available"), which the interface
// allows.

// procStatusKB reads a "Name:   123 kB" line of /proc/self/status, in bytes.
func procStatusKB(name string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return -1
}

func init() {
	sysinfo := func(f func(si *unix.Sysinfo_t) uint64) rtda.NativeFunc {
		return func(t *rtda.Thread, a []uint64) uint64 {
			var si unix.Sysinfo_t
			if unix.Sysinfo(&si) != nil {
				return uint64(^uint64(0))
			}
			return f(&si) * uint64(si.Unit)
		}
	}
	minus1d := func(t *rtda.Thread, a []uint64) uint64 { return doubleSlot(-1) }
	natives("com/sun/management/internal/OperatingSystemImpl", map[string]rtda.NativeFunc{
		"initialize0()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getCommittedVirtualMemorySize0()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(procStatusKB("VmSize"))
		},
		"getTotalMemorySize0()J":    sysinfo(func(si *unix.Sysinfo_t) uint64 { return si.Totalram }),
		"getFreeMemorySize0()J":     sysinfo(func(si *unix.Sysinfo_t) uint64 { return si.Freeram }),
		"getTotalSwapSpaceSize0()J": sysinfo(func(si *unix.Sysinfo_t) uint64 { return si.Totalswap }),
		"getFreeSwapSpaceSize0()J":  sysinfo(func(si *unix.Sysinfo_t) uint64 { return si.Freeswap }),
		"getMaxFileDescriptorCount0()J": func(t *rtda.Thread, a []uint64) uint64 {
			var rl unix.Rlimit
			if unix.Getrlimit(unix.RLIMIT_NOFILE, &rl) != nil {
				return uint64(^uint64(0))
			}
			return rl.Cur
		},
		"getOpenFileDescriptorCount0()J": func(t *rtda.Thread, a []uint64) uint64 {
			ents, err := os.ReadDir("/proc/self/fd")
			if err != nil {
				return uint64(^uint64(0))
			}
			return uint64(len(ents) - 1) // less the one reading the directory
		},
		"getProcessCpuTime0()J": func(t *rtda.Thread, a []uint64) uint64 {
			var ts unix.Timespec
			if unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts) != nil {
				return uint64(^uint64(0))
			}
			return uint64(ts.Nano())
		},
		"getProcessCpuLoad0()D": minus1d,
		"getCpuLoad0()D":        minus1d,
		"getSingleCpuLoad0(I)D": minus1d,
		"getHostConfiguredCpuCount0()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(int32(runtime.NumCPU()))
		},
		"getHostOnlineCpuCount0()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(int32(runtime.NumCPU()))
		},
		"getHostTotalCpuTicks0()J": func(t *rtda.Thread, a []uint64) uint64 { return uint64(^uint64(0)) },
	})
}
