package stdlib

import (
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("jdk/internal/misc/VM", map[string]rtda.NativeFunc{
		"initialize()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"latestUserDefinedLoader0()Ljava/lang/ClassLoader;": func(t *rtda.Thread, a []uint64) uint64 {
			for i := len(t.Frames) - 1; i >= 0; i-- {
				if l := t.Frames[i].Method.Class.Loader; l != nil && !l.IsBoot() && !isPlatformLoader(t, l) {
					return uint64(l.Object)
				}
			}
			return 0
		},
		"getuid()J":  func(t *rtda.Thread, a []uint64) uint64 { return uint64(os.Getuid()) },
		"geteuid()J": func(t *rtda.Thread, a []uint64) uint64 { return uint64(os.Geteuid()) },
		"getgid()J":  func(t *rtda.Thread, a []uint64) uint64 { return uint64(os.Getgid()) },
		"getegid()J": func(t *rtda.Thread, a []uint64) uint64 { return uint64(os.Getegid()) },
		"getNanoTimeAdjustment(J)J": func(t *rtda.Thread, a []uint64) uint64 {
			offset := i64(a[0])
			now := time.Now()
			secs := now.Unix() - offset
			// HotSpot gives up (-1) when the difference does not fit a long of nanoseconds.
			if secs > 1<<32 || secs < -(1<<32) {
				return uint64(^uint64(0))
			}
			return uint64(secs*1_000_000_000 + int64(now.Nanosecond()))
		},
		"getRuntimeArguments()[Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(newStringArray(t, stateOf(t).cfg.Args))
		},
	})
	natives("jdk/internal/misc/CDS", map[string]rtda.NativeFunc{
		"isDumpingClassList0()Z":                    func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"isDumpingArchive0()Z":                      func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"isSharingEnabled0()Z":                      func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getRandomSeedForDumping()J":                func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"initializeFromArchive(Ljava/lang/Class;)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"defineArchivedModules(Ljava/lang/ClassLoader;Ljava/lang/ClassLoader;)V": func(t *rtda.Thread, a []uint64) uint64 {
			return 0
		},
		"logLambdaFormInvoker(Ljava/lang/String;)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
	natives("jdk/internal/misc/Signal", map[string]rtda.NativeFunc{
		"findSignal0(Ljava/lang/String;)I": func(t *rtda.Thread, a []uint64) uint64 {
			sigs := map[string]int32{"HUP": 1, "INT": 2, "QUIT": 3, "ILL": 4, "TRAP": 5, "ABRT": 6, "BUS": 7,
				"FPE": 8, "KILL": 9, "USR1": 10, "SEGV": 11, "USR2": 12, "PIPE": 13, "ALRM": 14, "TERM": 15,
				"CHLD": 17, "CONT": 18, "STOP": 19, "TSTP": 20, "TTIN": 21, "TTOU": 22, "URG": 23, "XCPU": 24,
				"XFSZ": 25, "VTALRM": 26, "PROF": 27, "WINCH": 28, "POLL": 29, "PWR": 30, "SYS": 31}
			if n, ok := sigs[str(t, a[0])]; ok {
				return intSlot(n)
			}
			return intSlot(-1)
		},
		// Handlers are registered but signals are not delivered to Java yet.
		"handle0(IJ)J": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"raise0(I)V":   func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
	natives("jdk/internal/misc/ScopedMemoryAccess", map[string]rtda.NativeFunc{
		"registerNatives()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
	natives("jdk/internal/util/SystemProps$Raw", map[string]rtda.NativeFunc{
		"vmProperties()[Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			var kv []string
			for _, p := range stateOf(t).cfg.VMProperties {
				kv = append(kv, p[0], p[1])
			}
			return uint64(newStringArrayNullable(t, kv))
		},
		"platformProperties()[Ljava/lang/String;": platformProperties,
	})
	natives("jdk/internal/loader/NativeLibraries", map[string]rtda.NativeFunc{
		"findBuiltinLib(Ljava/lang/String;)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return 0
		},
		// The JDK's own native libraries (libjava, libnio, libzip, ...) are
		// implemented by gojvm in Go; loading them succeeds without dlopen.
		"load(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return 1
		},
		"unload(Ljava/lang/String;ZZJ)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
	natives("jdk/internal/loader/BootLoader", map[string]rtda.NativeFunc{
		"setBootLoaderUnnamedModule0(Ljava/lang/Module;)V": func(t *rtda.Thread, a []uint64) uint64 {
			stateOf(t).bootUnnamedModule.Store(uint32(ref(a[0])))
			return 0
		},
		"getSystemPackageLocation(Ljava/lang/String;)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			pkg := strings.ReplaceAll(str(t, a[0]), ".", "/")
			for _, m := range t.VM.JDK.Image.ModulesOfPackage(pkg) {
				return newString(t, "jrt:/"+m)
			}
			return 0
		},
		"getSystemPackageNames()[Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(newStringArray(t, nil))
		},
	})
	_ = runtime.NumCPU
}

// newStringArrayNullable is newStringArray with a trailing null, as
// vmProperties returns.
func newStringArrayNullable(t *rtda.Thread, ss []string) uint64 {
	return uint64(newStringArray(t, ss))
}

func isPlatformLoader(t *rtda.Thread, l *rtda.Loader) bool {
	pl := heap.Ref(stateOf(t).platformLoader.Load())
	return pl != 0 && l.Object == pl
}
