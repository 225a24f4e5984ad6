package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func holdsLock(t *rtda.Thread, obj heap.Ref) bool { return t.HoldsLock(obj) }

// waitMonitor is Object.wait (rtda.MonitorWait keeps the thread's state).
func waitMonitor(t *rtda.Thread, obj heap.Ref, millis int64) {
	interrupted := t.MonitorWait(obj, millisDuration(millis))
	if interrupted {
		t.ThrowNewNoMessage("java/lang/InterruptedException")
	}
}
