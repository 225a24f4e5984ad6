package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// jdk.internal.platform.CgroupMetrics: whether the JDK's own cgroup code
// reads the container's limits (-XX:+UseContainerSupport, the default, as
// the VM's ergonomics do: -XshowSettings:system, OperatingSystemMXBean),
// and the host's memory and swap.

func init() {
	natives("jdk/internal/platform/CgroupMetrics", map[string]rtda.NativeFunc{
		"isUseContainerSupport()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(!stateOf(t).cfg.NoContainerSupport)
		},
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
