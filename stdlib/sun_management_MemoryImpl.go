package stdlib

import (
	"sync"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.management.MemoryImpl: the MemoryMXBean's natives (jmm_GetMemoryPools,
// jmm_GetMemoryManagers, jmm_GetMemoryUsage in HotSpot's management.cpp),
// and the memory pools and managers that MemoryPoolImpl,
// MemoryManagerImpl and GarbageCollectorImpl ask about.
//
// The pools and managers are HotSpot's, in the order HotSpot's
// MemoryService creates them: the code cache's pools first, then the
// heap's (as the collector describes them, gc.Collector.Describe), then
// Metaspace's. gojvm interprets and compiles nothing, so the three
// CodeHeap pools are empty; they are listed (with HotSpot's default sizes
// for a segmented 240 MB code cache) so that a program listing the pools
// sees HotSpot's names. The heap pools report the collector's spaces,
// Metaspace the class-metadata accounting (rtda.Metaspace).

// Code heap sizes of HotSpot 17's defaults (ReservedCodeCacheSize=240m,
// SegmentedCodeCache): initial (committed) size of each heap, and their
// maximum sizes.
const codeHeapInit = 2555904

var codeHeapMax = [3]int64{5828608, 122912768, 122916864}

// memUsage is a java.lang.management.MemoryUsage's four figures; -1 is
// "undefined".
type memUsage struct{ init, used, committed, max int64 }

type mxPool struct {
	name string
	heap bool
	// Thresholds the MemoryPoolImpl starts with: 0 if supported, -1 if not
	// (MemoryPool::get_memory_pool_instance).
	usageThreshold, gcThreshold int64
	managers                    []int
	usage                       func(vm *rtda.VM) memUsage
	// heapIndex is the pool's index among the collector's pools (-1: not
	// a heap pool).
	heapIndex int
}

type mxManager struct {
	name  string
	pools []int
	// gcIndex is the manager's index among the collector's managers (-1:
	// not a collector).
	gcIndex int
	action  string // the notification's gcAction
	threads int    // GcInfo's GcThreadCount
}

func (m *mxManager) gc() bool { return m.gcIndex >= 0 }

func collectorOf(vm *rtda.VM) gc.Collector {
	c, _ := vm.Allocator.(gc.Collector)
	return c
}

func gcUsage(u gc.PoolUsage) memUsage {
	return memUsage{int64(u.Init), int64(u.Used), int64(u.Committed), int64(u.Max)}
}

func heapPool(name string, i int, usageThreshold bool) mxPool {
	threshold := int64(-1)
	if usageThreshold {
		threshold = 0
	}
	return mxPool{name: name, heap: true, usageThreshold: threshold, gcThreshold: 0, heapIndex: i,
		usage: func(vm *rtda.VM) memUsage {
			if c := collectorOf(vm); c != nil {
				if u := c.PoolUsages(); i < len(u) {
					return gcUsage(u[i])
				}
			}
			return memUsage{0, 0, 0, -1}
		}}
}

func codeHeapPool(name string, i int) mxPool {
	return mxPool{name: name, usageThreshold: 0, gcThreshold: -1, heapIndex: -1,
		usage: func(vm *rtda.VM) memUsage { return memUsage{codeHeapInit, 0, codeHeapInit, codeHeapMax[i]} }}
}

// mxTables are one VM's pools and managers: the code cache's, the
// collector's and Metaspace's.
type mxTables struct {
	pools    []mxPool
	managers []mxManager
}

func newMXTables(vm *rtda.VM) *mxTables {
	t := &mxTables{}
	t.pools = []mxPool{
		codeHeapPool("CodeHeap 'non-nmethods'", 0),
		codeHeapPool("CodeHeap 'profiled nmethods'", 1),
		codeHeapPool("CodeHeap 'non-profiled nmethods'", 2),
	}
	t.managers = []mxManager{{name: "CodeCacheManager", pools: []int{0, 1, 2}, gcIndex: -1}}
	first := len(t.pools)
	if c := collectorOf(vm); c != nil {
		d := c.Describe()
		for i, p := range d.Pools {
			t.pools = append(t.pools, heapPool(p.Name, i, p.UsageThreshold))
		}
		for i, m := range d.Managers {
			mg := mxManager{name: m.Name, gcIndex: i, action: m.Action, threads: m.Threads}
			for _, p := range m.Pools {
				mg.pools = append(mg.pools, first+p)
			}
			t.managers = append(t.managers, mg)
		}
	}
	meta := len(t.pools)
	t.pools = append(t.pools,
		mxPool{name: "Metaspace", usageThreshold: 0, gcThreshold: -1, heapIndex: -1, usage: func(vm *rtda.VM) memUsage {
			s := vm.Metaspace.Stats()
			max := int64(-1) // unless -XX:MaxMetaspaceSize is given
			if vm.Metaspace.Max != 0 {
				max = int64(vm.Metaspace.Max)
			}
			return memUsage{0, int64(s.Used()), int64(s.Committed()), max}
		}},
		mxPool{name: "Compressed Class Space", usageThreshold: 0, gcThreshold: -1, heapIndex: -1, usage: func(vm *rtda.VM) memUsage {
			s := vm.Metaspace.Stats()
			return memUsage{0, int64(s.ClassUsed), int64(s.ClassCommitted), int64(s.ClassReserved)}
		}})
	t.managers = append(t.managers, mxManager{name: "Metaspace Manager", pools: []int{meta, meta + 1}, gcIndex: -1})
	order := allIndexes(len(t.managers))
	if c := collectorOf(vm); c != nil && c.Describe().PoolOrder != nil {
		// The collector's managers (after the code cache's) in the order
		// they took their pools.
		order = []int{0}
		for _, gi := range c.Describe().PoolOrder {
			order = append(order, 1+gi)
		}
		order = append(order, len(t.managers)-1)
	}
	for _, mi := range order {
		for _, p := range t.managers[mi].pools {
			t.pools[p].managers = append(t.pools[p].managers, mi)
		}
	}
	return t
}

// mgmtState is one VM's MXBean objects, created on first use and kept for
// the VM's life (HotSpot keeps them in OopHandles): roots for the collector.
type mgmtState struct {
	*mxTables
	mu sync.Mutex
	// poolObjs and managerObjs are the MXBeans, by index in mxTables.
	poolObjs    []heap.Ref
	managerObjs []heap.Ref
	peak        []memUsage
}

var mgmtStates sync.Map // *rtda.VM -> *mgmtState

func mgmtOf(vm *rtda.VM) *mgmtState {
	if m, ok := mgmtStates.Load(vm); ok {
		return m.(*mgmtState)
	}
	t := newMXTables(vm)
	m := &mgmtState{mxTables: t, poolObjs: make([]heap.Ref, len(t.pools)), managerObjs: make([]heap.Ref, len(t.managers)),
		peak: make([]memUsage, len(t.pools))}
	if old, loaded := mgmtStates.LoadOrStore(vm, m); loaded {
		return old.(*mgmtState)
	}
	vm.AddRoots(m.visitRoots)
	return m
}

func (m *mgmtState) visitRoots(visit func(*heap.Ref)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, rs := range [][]heap.Ref{m.poolObjs, m.managerObjs} {
		for i := range rs {
			if rs[i] != 0 {
				visit(&rs[i])
			}
		}
	}
}

// publish stores obj as slot's object unless another thread stored one
// first, and returns the one stored.
func (m *mgmtState) publish(slot *heap.Ref, obj heap.Ref) heap.Ref {
	m.mu.Lock()
	defer m.mu.Unlock()
	if *slot == 0 {
		*slot = obj
	}
	return *slot
}

func (m *mgmtState) load(slot *heap.Ref) heap.Ref {
	m.mu.Lock()
	defer m.mu.Unlock()
	return *slot
}

// poolObject returns pool i's MemoryPoolImpl, creating it through
// ManagementFactoryHelper.createMemoryPool as HotSpot does.
func poolObject(t *rtda.Thread, i int) heap.Ref {
	m := mgmtOf(t.VM)
	if r := m.load(&m.poolObjs[i]); r != 0 {
		return r
	}
	p := &m.pools[i]
	name := t.NewHandle(t.NewString(p.name))
	if *name == 0 {
		return 0
	}
	r := ref(invokeStatic(t, "sun/management/ManagementFactoryHelper", "createMemoryPool",
		"(Ljava/lang/String;ZJJ)Ljava/lang/management/MemoryPoolMXBean;",
		name, boolSlot(p.heap), uint64(p.usageThreshold), uint64(0), uint64(p.gcThreshold), uint64(0)))
	if t.Pending != 0 || r == 0 {
		return 0
	}
	return m.publish(&m.poolObjs[i], r)
}

// managerObject returns manager i's MXBean: a collector's through
// com.sun.management.internal.GarbageCollectorExtImpl.createGarbageCollector
// (jdk.management), the others through ManagementFactoryHelper.createMemoryManager.
func managerObject(t *rtda.Thread, i int) heap.Ref {
	m := mgmtOf(t.VM)
	if r := m.load(&m.managerObjs[i]); r != 0 {
		return r
	}
	mg := &m.managers[i]
	name := t.NewHandle(t.NewString(mg.name))
	if *name == 0 {
		return 0
	}
	var r heap.Ref
	if mg.gc() {
		class := "com/sun/management/internal/GarbageCollectorExtImpl"
		if bootClass(t, class) == nil {
			t.Pending = 0 // jdk.management absent: the plain GarbageCollectorImpl
			class = "sun/management/ManagementFactoryHelper"
		}
		r = ref(invokeStatic(t, class, "createGarbageCollector",
			"(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/management/GarbageCollectorMXBean;", name, uint64(0)))
	} else {
		r = ref(invokeStatic(t, "sun/management/ManagementFactoryHelper", "createMemoryManager",
			"(Ljava/lang/String;)Ljava/lang/management/MemoryManagerMXBean;", name))
	}
	if t.Pending != 0 || r == 0 {
		return 0
	}
	return m.publish(&m.managerObjs[i], r)
}

// mxArray makes an array of element class elem holding the objects that
// make(i) returns for each index.
func mxArray(t *rtda.Thread, elem string, idx []int, mk func(*rtda.Thread, int) heap.Ref) uint64 {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	objs := make([]rtda.Handle, len(idx))
	for k, i := range idx {
		r := mk(t, i)
		if r == 0 {
			return 0
		}
		objs[k] = t.NewHandle(r)
	}
	ec := bootClass(t, elem)
	if ec == nil {
		return 0
	}
	arr := t.NewArrayOf(ec, int32(len(idx)))
	if arr == 0 {
		return 0
	}
	for k, h := range objs {
		t.VM.Heap.SetRef(arr, rtda.ElemOffset(k, 2), *h)
	}
	return uint64(arr)
}

func allIndexes(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// findObject returns the index of obj in objs (pools or managers), or -1.
func (m *mgmtState) findObject(objs []heap.Ref, obj heap.Ref) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, r := range objs {
		if r == obj && r != 0 {
			return i
		}
	}
	return -1
}

// newMemoryUsage makes a java.lang.management.MemoryUsage.
func newMemoryUsage(t *rtda.Thread, u memUsage) uint64 {
	return uint64(newInstance(t, "java/lang/management/MemoryUsage", "(JJJJ)V",
		uint64(u.init), uint64(0), uint64(u.used), uint64(0), uint64(u.committed), uint64(0), uint64(u.max), uint64(0)))
}

// totalUsage is jmm_GetMemoryUsage: the sum over the heap or non-heap
// pools, an undefined init or max making the total's undefined; for the
// heap, init is the initial heap size and max the heap's maximum capacity.
func totalUsage(vm *rtda.VM, isHeap bool) memUsage {
	var tot memUsage
	undefInit, undefMax := false, false
	pools := mgmtOf(vm).pools
	for i := range pools {
		p := &pools[i]
		if p.heap != isHeap {
			continue
		}
		u := p.usage(vm)
		if u.init < 0 {
			undefInit = true
		} else {
			tot.init += u.init
		}
		if u.max < 0 {
			undefMax = true
		} else {
			tot.max += u.max
		}
		tot.used += u.used
		tot.committed += u.committed
	}
	if undefInit {
		tot.init = -1
	}
	if undefMax {
		tot.max = -1
	}
	if isHeap {
		if c := collectorOf(vm); c != nil {
			tot.init = int64(c.InitialCapacity())
			if tot.init == 0 {
				tot.init = int64(c.Capacity())
			}
			tot.max = int64(c.Max())
		}
	}
	return tot
}

func init() {
	natives("sun/management/MemoryImpl", map[string]rtda.NativeFunc{
		"getMemoryPools0()[Ljava/lang/management/MemoryPoolMXBean;": func(t *rtda.Thread, a []uint64) uint64 {
			return mxArray(t, "java/lang/management/MemoryPoolMXBean", allIndexes(len(mgmtOf(t.VM).pools)), poolObject)
		},
		"getMemoryManagers0()[Ljava/lang/management/MemoryManagerMXBean;": func(t *rtda.Thread, a []uint64) uint64 {
			return mxArray(t, "java/lang/management/MemoryManagerMXBean", allIndexes(len(mgmtOf(t.VM).managers)), managerObject)
		},
		"getMemoryUsage0(Z)Ljava/lang/management/MemoryUsage;": func(t *rtda.Thread, a []uint64) uint64 {
			return newMemoryUsage(t, totalUsage(t.VM, a[1] != 0))
		},
		// -verbose:gc cannot be switched at run time in gojvm.
		"setVerboseGC(Z)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
}
