package interp

import (
	"strconv"

	"github.com/gojvm/gojvm/rtda"
)

// throwNPE throws a NullPointerException for the instruction the frame is
// at. Its message is computed later, when asked for, by
// NullPointerException.getExtendedNPEMessage (JDK 17's helpful messages).
func (it *Interp) throwNPE(t *rtda.Thread, f *rtda.Frame) {
	t.ThrowNewNoMessage("java/lang/NullPointerException")
}

func (it *Interp) throwIndexOutOfBounds(t *rtda.Thread, idx, n int32) {
	t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException",
		"Index "+strconv.Itoa(int(idx))+" out of bounds for length "+strconv.Itoa(int(n)))
}

// castMessage is HotSpot's ClassCastException message.
func castMessage(from, to *rtda.Class) string {
	return "class " + from.JavaName() + " cannot be cast to class " + to.JavaName() + " (" +
		rtda.ModuleText(from, to) + ")"
}

func itoa(i int) string { return strconv.Itoa(i) }

func opName(op Op) string {
	if op < 256 {
		return "opcode " + strconv.Itoa(int(op))
	}
	return "op " + strconv.Itoa(int(op))
}
