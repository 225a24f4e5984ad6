package stdlib

import (
	"time"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func holdsLock(t *rtda.Thread, obj heap.Ref) bool { return t.HoldsLock(obj) }

// waitMonitor is Object.wait: the thread shows as waiting in an object
// (with a timeout if millis is not 0) while it waits, as in HotSpot.
func waitMonitor(t *rtda.Thread, obj heap.Ref, millis int64) {
	status := int32(threadStatusWaiting)
	if millis != 0 {
		status = threadStatusTimedWaiting
	}
	setThreadStatus(t, status)
	interrupted := t.MonitorWait(obj, time.Duration(millis)*time.Millisecond)
	setThreadStatus(t, threadStatusRunnable)
	if interrupted {
		t.ThrowNewNoMessage("java/lang/InterruptedException")
	}
}

// setThreadStatus sets the threadStatus of t's java.lang.Thread, if it has one.
func setThreadStatus(t *rtda.Thread, status int32) {
	if t.Object != 0 {
		t.VM.SetIntField(t.Object, "threadStatus", status)
	}
}
