package interp

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// monitorEnter locks obj's monitor for the top frame.
func (it *Interp) monitorEnter(t *rtda.Thread, obj heap.Ref) {
	t.PushLock(t.MonitorEnter(obj))
}

// monitorExit releases obj's monitor, throwing IllegalMonitorStateException
// if t does not own it.
func (it *Interp) monitorExit(t *rtda.Thread, obj heap.Ref) bool {
	if !t.MonitorExit(obj) {
		t.ThrowNew("java/lang/IllegalMonitorStateException", "current thread is not owner")
		return false
	}
	t.PopLock(obj)
	return true
}

func (it *Interp) monitorExitQuiet(t *rtda.Thread, obj heap.Ref) bool {
	if !t.MonitorExit(obj) {
		return false
	}
	t.PopLock(obj)
	return true
}
