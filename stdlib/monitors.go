package stdlib

import (
	"time"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func holdsLock(t *rtda.Thread, obj heap.Ref) bool { return t.HoldsLock(obj) }

func waitMonitor(t *rtda.Thread, obj heap.Ref, millis int64) {
	if t.MonitorWait(obj, time.Duration(millis)*time.Millisecond) {
		t.ThrowNewNoMessage("java/lang/InterruptedException")
	}
}
