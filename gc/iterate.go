package gc

import "github.com/gojvm/gojvm/heap"

// ObjectIterate calls f with every object in the heap, in HotSpot's order
// for Serial (GenCollectedHeap::object_iterate): eden, the survivor space in
// use, then the old generation, each in address order. The spaces hold
// objects back to back up to their tops (allocation bumps a pointer and both
// collections compact), so each object's size leads to the next. The world
// must be stopped.
func (c *Collector) ObjectIterate(f func(heap.Ref)) {
	for _, s := range []*heap.Space{c.eden, c.from, c.old} {
		for a, top := s.Bottom, s.Top(); a < top; {
			r := heap.Ref(a / heap.Alignment)
			f(r)
			a += c.vm.ObjectSize(r)
		}
	}
}

// CollectForHeapDump runs the full collection that precedes a heap dump of
// live objects only (HotSpot's VM_HeapDumper with gc_before_heap_dump:
// collect_as_vm_thread with GCCause::_heap_dump). The world must be
// stopped; -XX:+DisableExplicitGC does not apply.
func (c *Collector) CollectForHeapDump() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.collect("Heap Dump Initiated GC", true, false)
}
