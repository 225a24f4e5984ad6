package stdlib

import (
	"github.com/gojvm/gojvm/rtda"
)

// extendedNPEMessage implements JDK 17's helpful NullPointerException
// messages (JEP 358): it describes, from the bytecode at the point of
// failure, what was null. See npe.go.
func extendedNPEMessage(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	frames := Backtrace(vm, ref(a[0]))
	if len(frames) == 0 || frames[0].Method == nil {
		return 0
	}
	msg, ok := npeMessage(frames[0].Method, frames[0].BCI)
	if !ok {
		return 0
	}
	return newString(t, msg)
}
