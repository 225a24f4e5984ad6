package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.management.MemoryPoolImpl: one memory pool's usage (see
// sun_management_MemoryImpl.go for the pools).

// poolOf returns the index of the pool whose MemoryPoolImpl is obj, or -1.
func poolOf(t *rtda.Thread, obj heap.Ref) int {
	m := mgmtOf(t.VM)
	return m.findObject(m.poolObjs, obj)
}

func init() {
	usage := func(t *rtda.Thread, obj heap.Ref) (memUsage, int, bool) {
		i := poolOf(t, obj)
		if i < 0 {
			return memUsage{}, -1, false
		}
		return mgmtOf(t.VM).pools[i].usage(t.VM), i, true
	}
	noop := func(t *rtda.Thread, a []uint64) uint64 { return 0 }
	natives("sun/management/MemoryPoolImpl", map[string]rtda.NativeFunc{
		"getUsage0()Ljava/lang/management/MemoryUsage;": func(t *rtda.Thread, a []uint64) uint64 {
			u, _, ok := usage(t, ref(a[0]))
			if !ok {
				return 0
			}
			return newMemoryUsage(t, u)
		},
		// The peak is the highest usage seen by this method or getUsage0
		// (HotSpot samples it at collections and on reads).
		"getPeakUsage0()Ljava/lang/management/MemoryUsage;": func(t *rtda.Thread, a []uint64) uint64 {
			u, i, ok := usage(t, ref(a[0]))
			if !ok {
				return 0
			}
			m := mgmtOf(t.VM)
			m.mu.Lock()
			p := &m.peak[i]
			p.init, p.max = u.init, u.max
			p.used, p.committed = max(p.used, u.used), max(p.committed, u.committed)
			u = *p
			m.mu.Unlock()
			return newMemoryUsage(t, u)
		},
		// The usage after the last collection is not recorded by gojvm's
		// collector: collected pools report it as before any collection
		// (init and max, nothing used or committed); others have none.
		"getCollectionUsage0()Ljava/lang/management/MemoryUsage;": func(t *rtda.Thread, a []uint64) uint64 {
			u, i, ok := usage(t, ref(a[0]))
			if !ok || mgmtOf(t.VM).pools[i].gcThreshold < 0 {
				return 0
			}
			return newMemoryUsage(t, memUsage{u.init, 0, 0, u.max})
		},
		"resetPeakUsage0()V": func(t *rtda.Thread, a []uint64) uint64 {
			if u, i, ok := usage(t, ref(a[0])); ok {
				m := mgmtOf(t.VM)
				m.mu.Lock()
				m.peak[i] = u
				m.mu.Unlock()
			}
			return 0
		},
		"getMemoryManagers0()[Ljava/lang/management/MemoryManagerMXBean;": func(t *rtda.Thread, a []uint64) uint64 {
			i := poolOf(t, ref(a[0]))
			if i < 0 {
				return 0
			}
			return mxArray(t, "java/lang/management/MemoryManagerMXBean", mgmtOf(t.VM).pools[i].managers, managerObject)
		},
		// Thresholds and sensors (low-memory detection) are accepted and
		// never fire: gojvm has no low-memory detector.
		"setUsageThreshold0(JJ)V":                           noop,
		"setCollectionThreshold0(JJ)V":                      noop,
		"setPoolUsageSensor(Lsun/management/Sensor;)V":      noop,
		"setPoolCollectionSensor(Lsun/management/Sensor;)V": noop,
	})
}
