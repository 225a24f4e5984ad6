package stdlib

import "github.com/gojvm/gojvm/rtda"

// sun.management.MemoryManagerImpl: the pools a memory manager manages
// (see sun_management_MemoryImpl.go).

func init() {
	natives("sun/management/MemoryManagerImpl", map[string]rtda.NativeFunc{
		"getMemoryPools0()[Ljava/lang/management/MemoryPoolMXBean;": func(t *rtda.Thread, a []uint64) uint64 {
			m := mgmtOf(t.VM)
			i := m.findObject(m.managerObjs, ref(a[0]))
			if i < 0 {
				return 0
			}
			return mxArray(t, "java/lang/management/MemoryPoolMXBean", m.managers[i].pools, poolObject)
		},
	})
}
