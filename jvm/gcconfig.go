package jvm

import (
	"fmt"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/gc/epsilon"
	"github.com/gojvm/gojvm/gc/parallel"
	"github.com/gojvm/gojvm/gc/serial"
	"github.com/gojvm/gojvm/rtda"
)

// The collectors gojvm has, by the Collector ergonomics chose to run
// (HotSpot's GCConfig table of IncludedGCs): each makes itself the VM's
// allocator.
var collectors = map[Collector]func(vm *rtda.VM, o *Options) (gc.Collector, error){
	SerialGC: func(vm *rtda.VM, o *Options) (gc.Collector, error) { return serial.New(vm, o.gcOptions()) },
	ParallelGC: func(vm *rtda.VM, o *Options) (gc.Collector, error) {
		return parallel.New(vm, o.gcOptions(), o.parallelGCThreads())
	},
	EpsilonGC: func(vm *rtda.VM, o *Options) (gc.Collector, error) { return epsilon.New(vm, o.gcOptions()) },
}

// newCollector creates the collector ergonomics chose.
func (o *Options) newCollector(vm *rtda.VM) (gc.Collector, error) {
	mk, ok := collectors[o.ergo.running]
	if !ok {
		return nil, fmt.Errorf("gojvm does not have the %s collector", o.ergo.running)
	}
	return mk(vm, o)
}

// parallelGCThreads is ParallelGCThreads: given, or as
// WorkerPolicy::nof_parallel_worker_threads derives it from the active
// processors (all of them up to 8, then 5 in 8 of the rest).
func (o *Options) parallelGCThreads() int {
	if n, ok := ParseSize(o.XX["ParallelGCThreads"]); ok && n > 0 {
		return int(n)
	}
	n := o.ergo.activeCPUs
	if n > 8 {
		n = 8 + (n-8)*5/8
	}
	return max(n, 1)
}
