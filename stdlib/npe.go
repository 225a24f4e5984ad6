package stdlib

import "github.com/gojvm/gojvm/rtda"

// npeMessage computes the helpful NullPointerException message for the
// instruction at bci of m, or reports that there is none.
func npeMessage(m *rtda.Method, bci int) (string, bool) {
	return "", false
}
