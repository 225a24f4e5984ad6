package jvm

import (
	"fmt"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/gc/epsilon"
	"github.com/gojvm/gojvm/gc/serial"
	"github.com/gojvm/gojvm/rtda"
)

// The collectors gojvm has, by the Collector ergonomics chose to run
// (HotSpot's GCConfig table of IncludedGCs): each makes itself the VM's
// allocator.
var collectors = map[Collector]func(vm *rtda.VM, opts gc.Options) (gc.Collector, error){
	SerialGC:  func(vm *rtda.VM, opts gc.Options) (gc.Collector, error) { return serial.New(vm, opts) },
	EpsilonGC: func(vm *rtda.VM, opts gc.Options) (gc.Collector, error) { return epsilon.New(vm, opts) },
}

// newCollector creates the collector ergonomics chose.
func (o *Options) newCollector(vm *rtda.VM) (gc.Collector, error) {
	mk, ok := collectors[o.ergo.running]
	if !ok {
		return nil, fmt.Errorf("gojvm does not have the %s collector", o.ergo.running)
	}
	return mk(vm, o.gcOptions())
}
