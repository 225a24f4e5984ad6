package verify

import (
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/gojvm/gojvm/classfile"
)

// stackMapReader expands a method's StackMapTable into full frames
// (JVMS §4.7.4), with HotSpot's StackMapReader's errors.
type stackMapReader struct {
	v    *methodVerifier
	data []byte
	pos  int
}

func stackMapFormatError(msg string) error {
	return &Error{Class: "java/lang/ClassFormatError", Message: "StackMapTable format error: " + msg}
}

func (r *stackMapReader) u1() (int, error) {
	if r.pos >= len(r.data) {
		return 0, stackMapFormatError("access beyond the end of attribute")
	}
	r.pos++
	return int(r.data[r.pos-1]), nil
}

func (r *stackMapReader) u2() (int, error) {
	if r.pos+1 >= len(r.data) {
		return 0, stackMapFormatError("access beyond the end of attribute")
	}
	r.pos += 2
	return int(binary.BigEndian.Uint16(r.data[r.pos-2:])), nil
}

// verificationType reads one verification_type_info, setting the
// uninitialized-this flag in *flags when it meets one.
func (r *stackMapReader) verificationType(flags *uint8) (Type, error) {
	tag, err := r.u1()
	if err != nil {
		return tTop, err
	}
	switch tag {
	case classfile.ItemTop:
		return tTop, nil
	case classfile.ItemInteger:
		return tInt, nil
	case classfile.ItemFloat:
		return tFloat, nil
	case classfile.ItemDouble:
		return tDouble, nil
	case classfile.ItemLong:
		return tLong, nil
	case classfile.ItemNull:
		return tNull, nil
	case classfile.ItemUninitializedThis:
		*flags |= flagThisUninit
		return tUninitThis, nil
	case classfile.ItemObject:
		idx, err := r.u2()
		if err != nil {
			return tTop, err
		}
		cp := r.v.cp
		if idx <= 0 || idx >= len(cp) || cp[idx].Tag != classfile.TagClass {
			return tTop, stackMapFormatError("bad class index")
		}
		name, _ := cp.ClassName(uint16(idx))
		return ref(name), nil
	case classfile.ItemUninitialized:
		off, err := r.u2()
		if err != nil {
			return tTop, err
		}
		if off >= len(r.v.code) || r.v.codeData[off] != newOffset {
			return tTop, r.v.formatError("StackMapTable format error: bad offset for Uninitialized")
		}
		return uninit(off), nil
	}
	return tTop, stackMapFormatError("bad verification type")
}

// types reads n verification types, a long or double taking two slots.
func (r *stackMapReader) types(n int, flags *uint8, into []Type) ([]Type, error) {
	for i := 0; i < n; i++ {
		t, err := r.verificationType(flags)
		if err != nil {
			return nil, err
		}
		into = append(into, t)
		if t.isCategory2() {
			into = append(into, t.second())
		}
	}
	return into, nil
}

func (r *stackMapReader) checkSize(size, max int) error {
	if size < 0 || size > max {
		return r.v.formatError("StackMapTable format error: bad type array size")
	}
	return nil
}

// read returns the frames of the table; init is the method's initial frame.
func (r *stackMapReader) read(init *frame) ([]*frame, error) {
	if r.data == nil {
		return nil, nil
	}
	count, err := r.u2()
	if err != nil {
		return nil, err
	}
	maxLocals, maxStack := init.maxLocals, init.maxStack
	prev := init
	frames := make([]*frame, 0, count)
	for i := 0; i < count; i++ {
		f, err := r.next(prev, i == 0, maxLocals, maxStack)
		if err != nil {
			return nil, err
		}
		if f.offset >= len(r.v.code) || r.v.codeData[f.offset] == 0 {
			// HotSpot reports it at bytecode 0, whichever frame it is.
			return nil, r.v.verifyError(errorContext{bci: 0, fault: badStackmap, typ: frameOrigin(f)},
				"StackMapTable error: bad offset")
		}
		frames = append(frames, f)
		prev = f
	}
	if r.pos != len(r.data) {
		return nil, stackMapFormatError("wrong attribute size")
	}
	return frames, nil
}

// tableFrame makes a frame of the table with the given locals and stack.
// Unlike the verifier's current frame it holds only the types in use, and
// shares them with the frame before when they are the same: a table may
// have 65535 frames in a method with 65535 locals.
func (r *stackMapReader) tableFrame(offset int, flags uint8, locals, stack []Type, maxLocals, maxStack int) *frame {
	return &frame{offset: offset, flags: flags, locals: locals, stack: stack, maxLocals: maxLocals, maxStack: maxStack,
		localsSize: len(locals), stackSize: len(stack), stackMark: -1, v: r.v}
}

func (r *stackMapReader) next(prev *frame, first bool, maxLocals, maxStack int) (*frame, error) {
	frameType, err := r.u1()
	if err != nil {
		return nil, err
	}
	offsetOf := func(delta int) int {
		if first {
			return delta
		}
		return prev.offset + delta + 1
	}
	prevLocals := prev.locals[:prev.localsSize]
	if first {
		// The method's initial frame is the verifier's current frame,
		// which changes: the table's frames need their own copy.
		prevLocals = append([]Type(nil), prevLocals...)
	}
	if frameType < 128 { // same_frame, same_locals_1_stack_item_frame
		if frameType < 64 {
			return r.tableFrame(offsetOf(frameType), prev.flags, prevLocals, nil, maxLocals, maxStack), nil
		}
		flags := prev.flags
		stack, err := r.types(1, &flags, nil)
		if err != nil {
			return nil, err
		}
		if err := r.checkSize(len(stack), maxStack); err != nil {
			return nil, err
		}
		return r.tableFrame(offsetOf(frameType-64), flags, prevLocals, stack, maxLocals, maxStack), nil
	}
	delta, err := r.u2()
	if err != nil {
		return nil, err
	}
	switch {
	case frameType < 247:
		return nil, stackMapFormatError("reserved frame type")
	case frameType == 247: // same_locals_1_stack_item_frame_extended
		flags := prev.flags
		stack, err := r.types(1, &flags, nil)
		if err != nil {
			return nil, err
		}
		if err := r.checkSize(len(stack), maxStack); err != nil {
			return nil, err
		}
		return r.tableFrame(offsetOf(delta), flags, prevLocals, stack, maxLocals, maxStack), nil
	case frameType <= 251: // chop_frame, same_frame_extended
		length := len(prevLocals)
		flags := prev.flags
		if chops := 251 - frameType; chops > 0 {
			pos := length - 1
			for i := 0; i < chops; i++ {
				if pos >= 0 && pos < len(prevLocals) && prevLocals[pos].isCategory2nd() {
					pos -= 2
				} else {
					pos--
				}
				if pos < 0 && i < chops-1 {
					pos = -2 // the chop removes more than there is
					break
				}
			}
			length = pos + 1
			if err := r.checkSize(length, maxLocals); err != nil {
				return nil, err
			}
			flags = 0
			for _, t := range prevLocals[:length] {
				if t.Kind == UninitializedThis {
					flags = flagThisUninit
				}
			}
		}
		return r.tableFrame(offsetOf(delta), flags, prevLocals[:length], nil, maxLocals, maxStack), nil
	case frameType < 255: // append_frame
		flags := prev.flags
		locals, err := r.types(frameType-251, &flags, append([]Type(nil), prevLocals...))
		if err != nil {
			return nil, err
		}
		if err := r.checkSize(len(locals), maxLocals); err != nil {
			return nil, err
		}
		return r.tableFrame(offsetOf(delta), flags, locals, nil, maxLocals, maxStack), nil
	}
	// full_frame
	var flags uint8
	n, err := r.u2()
	if err != nil {
		return nil, err
	}
	locals, err := r.types(n, &flags, nil)
	if err != nil {
		return nil, err
	}
	if err := r.checkSize(len(locals), maxLocals); err != nil {
		return nil, err
	}
	if n, err = r.u2(); err != nil {
		return nil, err
	}
	stack, err := r.types(n, &flags, nil)
	if err != nil {
		return nil, err
	}
	if err := r.checkSize(len(stack), maxStack); err != nil {
		return nil, err
	}
	return r.tableFrame(offsetOf(delta), flags, locals, stack, maxLocals, maxStack), nil
}

// printStackMapTable writes the raw table as HotSpot's stackmap_details
// does: one line a frame, offsets made absolute.
func printStackMapTable(b *strings.Builder, data []byte, indent string) {
	if len(data) < 2 {
		return
	}
	n := int(binary.BigEndian.Uint16(data))
	pos := 2
	cur := -1
	u2 := func(p int) (int, bool) {
		if p+2 > len(data) {
			return 0, false
		}
		return int(binary.BigEndian.Uint16(data[p:])), true
	}
	// vti reads one verification_type_info at *p.
	vti := func(p *int) (string, bool) {
		if *p >= len(data) {
			return "", false
		}
		tag := data[*p]
		*p++
		switch tag {
		case 0, 1, 2, 3, 4, 5, 6:
			return [...]string{"Top", "Integer", "Float", "Double", "Long", "Null", "UninitializedThis"}[tag], true
		case 7, 8:
			v, ok := u2(*p)
			if !ok {
				return "", false
			}
			*p += 2
			if tag == 7 {
				return fmt.Sprintf("Object[#%d]", v), true
			}
			return fmt.Sprintf("Uninitialized[#%d]", v), true
		}
		return fmt.Sprintf("BAD:%d", tag), true
	}
	vtis := func(p *int, count int) (string, bool) {
		var parts []string
		for i := 0; i < count; i++ {
			s, ok := vti(p)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, ","), true
	}
	for i := 0; i < n; i++ {
		b.WriteString(indent)
		if pos >= len(data) {
			return
		}
		t := int(data[pos])
		p := pos + 1
		var line, truncated string
		var delta int
		ok := true
		switch {
		case t < 64:
			delta = t + 1
			line = fmt.Sprintf("same_frame(@%d)", delta+cur)
			truncated = line
		case t < 128:
			delta = t - 63
			var s string
			s, ok = vti(&p)
			line = fmt.Sprintf("same_locals_1_stack_item_frame(@%d,%s)", delta+cur, s)
			truncated = fmt.Sprintf("same_locals_1_stack_item_frame(@%d), output truncated, Stackmap exceeds table size.", delta+cur)
		default:
			var d int
			d, ok = u2(p)
			p += 2
			delta = d + 1
			switch {
			case t == 247:
				var s string
				if ok {
					s, ok = vti(&p)
				}
				line = fmt.Sprintf("same_locals_1_stack_item_extended(@%d,%s)", delta+cur, s)
				truncated = fmt.Sprintf("same_locals_1_stack_item_extended(@%d), output truncated, Stackmap exceeds table size.", delta+cur)
			case t >= 248 && t <= 250:
				line = fmt.Sprintf("chop_frame(@%d,%d)", delta+cur, 251-t)
				truncated = line
			case t == 251:
				line = fmt.Sprintf("same_frame_extended(@%d)", delta+cur)
				truncated = line
			case t >= 252 && t <= 254:
				var s string
				if ok {
					s, ok = vtis(&p, t-251)
				}
				line = fmt.Sprintf("append_frame(@%d,%s)", delta+cur, s)
				truncated = fmt.Sprintf("append_frame(@%d), output truncated, Stackmap exceeds table size.", delta+cur)
			case t == 255:
				var ls, ss string
				var nl, ns int
				if ok {
					nl, ok = u2(p)
					p += 2
				}
				if ok {
					ls, ok = vtis(&p, nl)
				}
				if ok {
					ns, ok = u2(p)
					p += 2
				}
				if ok {
					ss, ok = vtis(&p, ns)
				}
				line = fmt.Sprintf("full_frame(@%d,{%s},{%s})", delta+cur, ls, ss)
				truncated = fmt.Sprintf("full_frame(@%d), output truncated, Stackmap exceeds table size.", delta+cur)
			default:
				return // a reserved type: HotSpot prints nothing for it
			}
		}
		if !ok {
			b.WriteString(truncated)
			return
		}
		b.WriteString(line + "\n")
		cur += delta
		pos = p
	}
}
