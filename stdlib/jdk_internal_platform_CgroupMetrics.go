package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// jdk.internal.platform.CgroupMetrics: gojvm does not apply container
// limits (HotSpot's -XX:-UseContainerSupport), so the JDK's cgroup code
// is not used and OperatingSystemMXBean reports the host's figures.

func init() {
	natives("jdk/internal/platform/CgroupMetrics", map[string]rtda.NativeFunc{
		"isUseContainerSupport()Z": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getTotalMemorySize0()J": func(t *rtda.Thread, a []uint64) uint64 {
			var si unix.Sysinfo_t
			if unix.Sysinfo(&si) != nil {
				return uint64(^uint64(0))
			}
			return si.Totalram * uint64(si.Unit)
		},
		"getTotalSwapSize0()J": func(t *rtda.Thread, a []uint64) uint64 {
			var si unix.Sysinfo_t
			if unix.Sysinfo(&si) != nil {
				return uint64(^uint64(0))
			}
			return si.Totalswap * uint64(si.Unit)
		},
	})
}
