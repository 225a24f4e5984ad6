package serial

import (
	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
)

// ObjectIterate calls f with every object in the heap, in HotSpot's order
// for Serial (GenCollectedHeap::object_iterate): eden, the survivor space in
// use, then the old generation, each in address order. The spaces hold
// objects back to back up to their tops (allocation bumps a pointer and both
// collections compact), so each object's size leads to the next. The world
// must be stopped.
func (c *Collector) ObjectIterate(f func(heap.Ref)) {
	gc.IterateSpaces(c.vm, []*heap.Space{c.eden, c.from, c.old}, f)
}

// CollectForHeapDump runs the full collection that precedes a heap dump of
// live objects only (HotSpot's VM_HeapDumper with gc_before_heap_dump:
// collect_as_vm_thread with GCCause::_heap_dump). The world must be
// stopped; -XX:+DisableExplicitGC does not apply.
func (c *Collector) CollectForHeapDump() {
	c.Mu.Lock()
	defer c.Mu.Unlock()
	c.collect("Heap Dump Initiated GC", true, false)
}
