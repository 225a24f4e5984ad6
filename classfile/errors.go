package classfile

import (
	"errors"
	"fmt"
)

// ErrTruncated is wrapped by every FormatError raised because the input ended
// before a structure did. Callers that must tell "too short" from "malformed"
// (javap reports the former as "unexpected end of file") test for it with
// errors.Is.
var ErrTruncated = errors.New("unexpected end of class file")

// FormatError reports malformed class-file input: what was wrong, where (the
// byte offset into the class file) and, when there is one, the offending value.
type FormatError struct {
	Off int    // byte offset of the structure that failed to decode
	Msg string // what was expected
	Val any    // the offending value, or nil
	// JVM is HotSpot's ClassFormatError message for this failure, without
	// its " in class file <name>" ending, where it has its own (else "").
	JVM string
	err error // wrapped cause, such as ErrTruncated
}

func (e *FormatError) Error() string {
	msg := "classfile: " + e.Msg
	if e.Val != nil {
		msg += fmt.Sprintf(" '%v'", e.Val)
	}
	return msg + fmt.Sprintf(" at offset %#x", e.Off)
}

func (e *FormatError) Unwrap() error { return e.err }

// ConstantPoolError reports a constant-pool index that is out of range or
// names an entry of the wrong kind. Its message follows the JDK's class-file
// library, which javap prints after "Error: ".
type ConstantPoolError struct {
	Index    int
	Expected ConstantTag // 0 when the index itself is invalid
	Found    ConstantTag
}

func (e *ConstantPoolError) Error() string {
	if e.Expected == 0 {
		return fmt.Sprintf("invalid index #%d", e.Index)
	}
	return fmt.Sprintf("unexpected entry at #%d -- expected tag %d, found %d", e.Index, e.Expected, e.Found)
}

// BadTagError is wrapped by the FormatError for a constant-pool entry whose
// tag is not one JVMS 17 defines.
type BadTagError struct {
	Index int // constant-pool index of the entry
	Tag   int
}

func (e *BadTagError) Error() string {
	return fmt.Sprintf("unexpected tag at #%d: %d", e.Index, e.Tag)
}
