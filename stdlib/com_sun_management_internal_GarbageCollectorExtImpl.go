package stdlib

import (
	"sync"
	"time"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// jdk.management's view of the collectors: each one's last collection as
// a com.sun.management.GcInfo (GcInfoBuilder's natives) and the
// GarbageCollectionNotificationInfo notifications a listener gets after
// each collection (GarbageCollectorExtImpl.setNotificationEnabled). As in
// HotSpot (GCNotifier), the collector queues a record of each collection
// and the "Notification Thread" turns the records into notifications by
// calling the MXBean's createGCNotification.

// gcExtAttribute is the one GC-specific GcInfo attribute HotSpot defines.
const (
	gcExtAttributeName = "GcThreadCount"
	gcExtAttributeDesc = "Number of GC threads"
)

// gcNotifications is one VM's queue of collections to notify.
type gcNotifications struct {
	mu      sync.Mutex
	enabled map[int]bool // by the collector's manager index
	queue   []gc.CollectionRecord
	wake    chan struct{}
}

var gcNotifyStates sync.Map // *rtda.VM -> *gcNotifications

func gcNotifyOf(vm *rtda.VM) *gcNotifications {
	if s, ok := gcNotifyStates.Load(vm); ok {
		return s.(*gcNotifications)
	}
	s, loaded := gcNotifyStates.LoadOrStore(vm, &gcNotifications{wake: make(chan struct{}, 1), enabled: map[int]bool{}})
	n := s.(*gcNotifications)
	if !loaded {
		if c := collectorOf(vm); c != nil {
			c.AddCollectionListener(n.collected)
		}
	}
	return n
}

// collected queues a collection whose collector has listeners; it runs
// with the world stopped.
func (n *gcNotifications) collected(r gc.CollectionRecord) {
	n.mu.Lock()
	if !n.enabled[r.Manager] {
		n.mu.Unlock()
		return
	}
	n.queue = append(n.queue, r)
	n.mu.Unlock()
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

// managerIndex maps a collector's manager index to its index in the
// VM's managers.
func managerIndex(m *mgmtState, gcIndex int) int {
	for i := range m.managers {
		if m.managers[i].gcIndex == gcIndex {
			return i
		}
	}
	return -1
}

// collectorOfBean says which of the collector's managers an MXBean object
// is.
func collectorOfBean(t *rtda.Thread, bean heap.Ref) (gcIndex int, ok bool) {
	m := mgmtOf(t.VM)
	i := m.findObject(m.managerObjs, bean)
	if i < 0 || !m.managers[i].gc() {
		return -1, false
	}
	return m.managers[i].gcIndex, true
}

// newGcInfo makes the GcInfo of collection r through the bean's
// GcInfoBuilder: every memory pool's usage before and after (pools the
// collection does not touch are the same before and after), times in
// milliseconds since the VM started.
func newGcInfo(t *rtda.Thread, bean heap.Ref, r gc.CollectionRecord) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hb := t.NewHandle(bean)
	builder := invokeVirtual(t, *hb, "com/sun/management/internal/GarbageCollectorExtImpl", "getGcInfoBuilder", "()Lcom/sun/management/internal/GcInfoBuilder;")
	if t.Pending != 0 || builder == 0 {
		return 0
	}
	hbuilder := t.NewHandle(heap.Ref(builder))
	usageClass := bootClass(t, "java/lang/management/MemoryUsage")
	if usageClass == nil {
		return 0
	}
	m := mgmtOf(t.VM)
	before := t.NewHandle(t.NewArrayOf(usageClass, int32(len(m.pools))))
	after := t.NewHandle(t.NewArrayOf(usageClass, int32(len(m.pools))))
	if *before == 0 || *after == 0 {
		return 0
	}
	for i := range m.pools {
		now := m.pools[i].usage(t.VM)
		b, a := now, now
		if k := m.pools[i].heapIndex; k >= 0 && k < len(r.Before) && k < len(r.After) {
			b, a = gcUsage(r.Before[k]), gcUsage(r.After[k])
		}
		for _, side := range []struct {
			arr *heap.Ref
			u   memUsage
		}{{before, b}, {after, a}} {
			u := newMemoryUsage(t, side.u)
			if u == 0 {
				return 0
			}
			t.VM.Heap.SetRef(*side.arr, rtda.ElemOffset(i, 2), heap.Ref(u))
		}
	}
	threads := 1
	if mi := managerIndex(m, r.Manager); mi >= 0 {
		threads = m.managers[mi].threads
	}
	count := invokeStatic(t, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", uint64(threads))
	if t.Pending != 0 {
		return 0
	}
	ext := t.NewRefArray(t.VM.ObjectClass, []heap.Ref{heap.Ref(count)})
	if ext == 0 {
		return 0
	}
	hext := t.NewHandle(ext)
	ms := func(at time.Time) uint64 { return uint64(at.Sub(t.VM.Start).Milliseconds()) }
	return heap.Ref(newInstance(t, "com/sun/management/GcInfo",
		"(Lcom/sun/management/internal/GcInfoBuilder;JJJ[Ljava/lang/management/MemoryUsage;[Ljava/lang/management/MemoryUsage;[Ljava/lang/Object;)V",
		hbuilder, uint64(r.ID), uint64(0), ms(r.Start), uint64(0), ms(r.End), uint64(0), before, after, hext))
}

// DeliverGCNotifications is the Notification Thread's work: it waits for
// collections and sends each as a notification from its collector's MXBean.
func DeliverGCNotifications(t *rtda.Thread) {
	n := gcNotifyOf(t.VM)
	for {
		// Blocking, not WaitOnCondition: HotSpot's thread dumps show the
		// idle Notification Thread "runnable" (it waits on a VM lock
		// without changing state), where the Signal Dispatcher is
		// "waiting on condition".
		t.Blocking(func() { <-n.wake })
		for {
			n.mu.Lock()
			if len(n.queue) == 0 {
				n.mu.Unlock()
				break
			}
			r := n.queue[0]
			n.queue = n.queue[1:]
			n.mu.Unlock()
			sendGCNotification(t, r)
			t.Pending = 0 // a failing listener does not stop the thread
		}
	}
}

func sendGCNotification(t *rtda.Thread, r gc.CollectionRecord) {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	m := mgmtOf(t.VM)
	mi := managerIndex(m, r.Manager)
	if mi < 0 {
		return
	}
	bean := managerObject(t, mi)
	if bean == 0 {
		return
	}
	hb := t.NewHandle(bean)
	info := newGcInfo(t, *hb, r)
	if info == 0 {
		return
	}
	hi := t.NewHandle(info)
	name, action := m.managers[mi].name, m.managers[mi].action
	hname := t.NewHandle(t.NewString(name))
	haction := t.NewHandle(t.NewString(action))
	hcause := t.NewHandle(t.NewString(r.Cause))
	if *hname == 0 || *haction == 0 || *hcause == 0 {
		return
	}
	timestamp := uint64(r.End.Sub(t.VM.Start).Milliseconds())
	invokeVirtual(t, *hb, "com/sun/management/internal/GarbageCollectorExtImpl", "createGCNotification",
		"(JLjava/lang/String;Ljava/lang/String;Ljava/lang/String;Lcom/sun/management/GcInfo;)V",
		timestamp, 0, uint64(*hname), uint64(*haction), uint64(*hcause), uint64(*hi))
}

func init() {
	natives("com/sun/management/internal/GarbageCollectorExtImpl", map[string]rtda.NativeFunc{
		"setNotificationEnabled(Lcom/sun/management/GarbageCollectorMXBean;Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			gi, ok := collectorOfBean(t, ref(a[1]))
			if !ok {
				return 0
			}
			n := gcNotifyOf(t.VM)
			n.mu.Lock()
			n.enabled[gi] = a[2] != 0
			n.mu.Unlock()
			return 0
		},
	})
	natives("com/sun/management/internal/GcInfoBuilder", map[string]rtda.NativeFunc{
		"getNumGcExtAttributes(Ljava/lang/management/GarbageCollectorMXBean;)I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(1)
		},
		"fillGcAttributeInfo(Ljava/lang/management/GarbageCollectorMXBean;I[Ljava/lang/String;[C[Ljava/lang/String;)V": func(t *rtda.Thread, a []uint64) uint64 {
			names, types, descs := t.NewHandle(ref(a[3])), t.NewHandle(ref(a[4])), t.NewHandle(ref(a[5]))
			if *names == 0 || *types == 0 || *descs == 0 {
				return throwNPE(t)
			}
			if i32(a[2]) < 1 {
				return 0
			}
			name := t.NewString(gcExtAttributeName)
			if name == 0 {
				return 0
			}
			t.VM.Heap.SetRef(*names, rtda.ElemOffset(0, 2), name)
			desc := t.NewString(gcExtAttributeDesc)
			if desc == 0 {
				return 0
			}
			t.VM.Heap.SetRef(*descs, rtda.ElemOffset(0, 2), desc)
			t.VM.Heap.SetChar(*types, heap.ArrayBaseOffset, 'I')
			return 0
		},
		"getLastGcInfo0(Ljava/lang/management/GarbageCollectorMXBean;I[Ljava/lang/Object;[C[Ljava/lang/management/MemoryUsage;[Ljava/lang/management/MemoryUsage;)Lcom/sun/management/GcInfo;": func(t *rtda.Thread, a []uint64) uint64 {
			bean := ref(a[1])
			gi, ok := collectorOfBean(t, bean)
			c := collectorOf(t.VM)
			if !ok || c == nil {
				return 0
			}
			r, ok := c.LastCollection(gi)
			if !ok {
				return 0
			}
			return uint64(newGcInfo(t, bean, r))
		},
	})
}
