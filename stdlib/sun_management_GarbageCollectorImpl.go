package stdlib

import (
	"github.com/gojvm/gojvm/rtda"
)

// sun.management.GarbageCollectorImpl: collection counts and times of the
// collector's memory managers ("Copy" and "MarkSweepCompact" for Serial).

func init() {
	stats := func(t *rtda.Thread, obj uint64) (count int, ms int64, ok bool) {
		m := mgmtOf(t.VM)
		i := m.findObject(m.managerObjs, ref(obj))
		c := collectorOf(t.VM)
		if i < 0 || c == nil || !m.managers[i].gc() {
			return 0, 0, false
		}
		pol := c.Policy()
		gi := m.managers[i].gcIndex
		if gi >= len(pol.Collectors) {
			return 0, 0, true
		}
		stats := pol.Collectors[gi]
		count, ms = stats.Invocations, stats.Time.Milliseconds()
		return count, ms, true
	}
	natives("sun/management/GarbageCollectorImpl", map[string]rtda.NativeFunc{
		"getCollectionCount()J": func(t *rtda.Thread, a []uint64) uint64 {
			if n, _, ok := stats(t, a[0]); ok {
				return uint64(n)
			}
			return uint64(0)
		},
		"getCollectionTime()J": func(t *rtda.Thread, a []uint64) uint64 {
			if _, ms, ok := stats(t, a[0]); ok {
				return uint64(ms)
			}
			return 0
		},
	})
}
