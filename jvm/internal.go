package jvm

import (
	"fmt"
	"runtime/debug"

	"github.com/gojvm/gojvm/rtda"
)

// InternalError is a failure inside gojvm itself (a Go panic): a bug, never
// something a Java program can cause on purpose. It names where Java
// execution was.
type InternalError struct {
	Where string // "java.lang.Foo.bar(I)V near bytecode 12", or ""
	Cause any
	Stack []byte // the Go stack, for GOJVM_TRACEBACK=1
}

func (e *InternalError) Error() string {
	if e.Where == "" {
		return fmt.Sprintf("gojvm: internal error: %v", e.Cause)
	}
	return fmt.Sprintf("gojvm: internal error in %s: %v", e.Where, e.Cause)
}

// ExitInternalError is the exit status of a VM that failed internally, the
// status of HotSpot's own fatal errors (it aborts: 128+SIGABRT).
const ExitInternalError = 134

// guard runs fn and turns a Go panic into an *InternalError describing the
// Java frame t was executing.
func guard(t *rtda.Thread, fn func()) (err error) {
	// A fault in code that was never verified (an int used as a reference
	// under -Xverify:none) becomes a panic here, not a crash.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			e := &InternalError{Cause: r, Stack: debug.Stack()}
			if t != nil {
				if f := t.Top(); f != nil {
					e.Where = fmt.Sprintf("%s near bytecode %d", f.Method, t.VM.Exec.FrameBCI(f))
				}
			}
			err = e
		}
	}()
	fn()
	return nil
}
