package verify

import (
	"fmt"
	"strconv"
	"strings"
)

// Error is a class that fails verification: HotSpot throws an error of
// class Class (a VerifyError, or a ClassFormatError for malformed code
// attributes found while verifying) with message Message, which for a
// VerifyError carries HotSpot's "Exception Details" block.
type Error struct {
	Class   string // "java/lang/VerifyError" or "java/lang/ClassFormatError"
	Message string
}

func (e *Error) Error() string { return e.Class + ": " + e.Message }

// fault is what an error context says went wrong (HotSpot's
// ErrorContext::FaultType).
type fault uint8

const (
	noFault fault = iota
	invalidBytecode
	wrongType
	flagsMismatch
	badCPIndex
	badLocalIndex
	localsSizeMismatch
	stackSizeMismatch
	stackOverflow
	stackUnderflow
	missingStackmap
	badStackmap
)

// originKind says where a type in an error message came from (HotSpot's
// TypeOrigin).
type originKind uint8

const (
	noOrigin originKind = iota
	cfLocals
	cfStack
	smLocals
	smStack
	constPool
	signature
	implicit
	frameOnly
	badIndex
)

type origin struct {
	kind  originKind
	index int
	frame *frame // a snapshot, or nil
	typ   Type
}

func originAt(kind originKind, index int, f *frame) origin {
	o := origin{kind: kind, index: index, frame: f.copy()}
	switch kind {
	case cfLocals, smLocals:
		if index < len(f.locals) {
			o.typ = f.locals[index]
		}
	default:
		if index < len(f.stack) {
			o.typ = f.stack[index]
		}
	}
	return o
}

func frameOrigin(f *frame) origin { return origin{kind: frameOnly, frame: f.copy()} }

func implicitOrigin(t Type) origin { return origin{kind: implicit, typ: t} }

func cpOrigin(index int, t Type) origin { return origin{kind: constPool, index: index, typ: t} }

func (o origin) details() string {
	s := o.typ.String()
	switch o.kind {
	case cfLocals:
		s += " (current frame, locals[" + strconv.Itoa(o.index) + "])"
	case cfStack:
		s += " (current frame, stack[" + strconv.Itoa(o.index) + "])"
	case smLocals:
		s += " (stack map, locals[" + strconv.Itoa(o.index) + "])"
	case smStack:
		s += " (stack map, stack[" + strconv.Itoa(o.index) + "])"
	case constPool:
		s += " (constant pool " + strconv.Itoa(o.index) + ")"
	case signature:
		s += " (from method signature)"
	}
	return s
}

// errorContext is where and why verification failed (HotSpot's ErrorContext).
type errorContext struct {
	bci      int
	fault    fault
	typ      origin
	expected origin
}

// reason is the Reason: line.
func (c *errorContext) reason() string {
	switch c.fault {
	case invalidBytecode:
		return "Error exists in the bytecode"
	case wrongType:
		if c.expected.kind != noOrigin {
			return "Type " + c.typ.details() + " is not assignable to " + c.expected.details()
		}
		return "Invalid type: " + c.typ.details()
	case flagsMismatch:
		if c.expected.kind != noOrigin {
			return "Current frame's flags are not assignable to stack map frame's."
		}
		return "Current frame's flags are invalid in this context."
	case badCPIndex:
		return "Constant pool index " + strconv.Itoa(c.typ.index) + " is invalid"
	case badLocalIndex:
		return "Local index " + strconv.Itoa(c.typ.index) + " is invalid"
	case localsSizeMismatch:
		return "Current frame's local size doesn't match stackmap."
	case stackSizeMismatch:
		return "Current frame's stack size doesn't match stackmap."
	case stackOverflow:
		return "Exceeded max stack size."
	case stackUnderflow:
		return "Attempt to pop empty stack."
	case missingStackmap:
		return "Expected stackmap frame at this location."
	case badStackmap:
		return "Invalid stackmap specification."
	}
	return "Unknown"
}

// verifyError records a VerifyError with message msg and the details of ctx.
func (v *methodVerifier) verifyError(ctx errorContext, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	if ctx.typ.frame != nil {
		ctx.typ.frame.restore()
	}
	if ctx.expected.frame != nil {
		ctx.expected.frame.restore()
	}
	if ctx.fault != noFault {
		msg += v.details(&ctx)
	}
	return &Error{Class: "java/lang/VerifyError", Message: msg}
}

// formatError records a ClassFormatError found while verifying a method.
func (v *methodVerifier) formatError(format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if v.m != nil {
		msg += " in method '" + v.externalName() + "'"
	}
	return &Error{Class: "java/lang/ClassFormatError", Message: msg}
}

// details is the "Exception Details" block HotSpot appends to the message.
func (v *methodVerifier) details(c *errorContext) string {
	var b strings.Builder
	b.WriteString("\nException Details:\n")
	if c.bci != -1 {
		// HotSpot names the byte at any bci inside the code.
		name := "<invalid>"
		if c.bci >= 0 && c.bci < len(v.code) {
			name = opcodeName(v.code, c.bci)
		}
		b.WriteString("  Location:\n    " + v.className + "." + v.name + v.desc + " @" + strconv.Itoa(c.bci) + ": " + name + "\n")
	}
	b.WriteString("  Reason:\n    " + c.reason() + "\n")
	if c.typ.kind != noOrigin && c.typ.frame != nil {
		b.WriteString("  Current Frame:\n")
		c.typ.frame.print(&b, "    ")
	}
	if c.expected.kind != noOrigin && c.expected.frame != nil {
		b.WriteString("  Stackmap Frame:\n")
		c.expected.frame.print(&b, "    ")
	}
	b.WriteString("  Bytecode:\n")
	hexDump(&b, v.code, "    ")
	if len(v.handlers) > 0 {
		b.WriteString("  Exception Handler Table:\n")
		for _, h := range v.handlers {
			fmt.Fprintf(&b, "    bci [%d, %d] => handler: %d\n", h.StartPC, h.EndPC, h.HandlerPC)
		}
	}
	if v.stackMapData != nil {
		b.WriteString("  Stackmap Table:\n")
		printStackMapTable(&b, v.stackMapData, "    ")
	}
	return b.String()
}

// hexDump writes data as HotSpot's outputStream::print_data does: 16 bytes
// a line in pairs, each line prefixed by its offset; a whole number of
// lines, with one blank line more when the data fills its last line.
func hexDump(b *strings.Builder, data []byte, indent string) {
	limit := (len(data) + 16) / 16 * 16
	for i := 0; i < limit; i++ {
		if i%16 == 0 {
			fmt.Fprintf(b, "%s%07x:", indent, i)
		}
		if i%2 == 0 {
			b.WriteByte(' ')
		}
		if i < len(data) {
			fmt.Fprintf(b, "%02x", data[i])
		} else {
			b.WriteString("  ")
		}
		if (i+1)%16 == 0 {
			b.WriteByte('\n')
		}
	}
}
