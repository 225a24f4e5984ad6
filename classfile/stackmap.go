package classfile

// StackMapTableAttribute is JVMS §4.7.4.
type StackMapTableAttribute struct {
	AttributeInfo
	Frames []StackMapFrame
}

// StackMapFrame is one stack_map_frame. FrameType determines its form:
// 0-63 same, 64-127 same_locals_1_stack_item, 247 its extended form, 248-250
// chop, 251 same_frame_extended, 252-254 append, 255 full_frame.
type StackMapFrame struct {
	FrameType   uint8
	OffsetDelta uint16
	Locals      []VerificationType // append and full frames
	Stack       []VerificationType // one-item and full frames
}

// Verification type tags (JVMS §4.7.4).
const (
	ItemTop               = 0
	ItemInteger           = 1
	ItemFloat             = 2
	ItemDouble            = 3
	ItemLong              = 4
	ItemNull              = 5
	ItemUninitializedThis = 6
	ItemObject            = 7
	ItemUninitialized     = 8
)

// VerificationType is a verification_type_info. Index is the Class index of
// an Object item or the offset of the new instruction of an Uninitialized one.
type VerificationType struct {
	Tag   uint8
	Index uint16
}

func (d *decoder) stackMapTable(info AttributeInfo, r *reader) *StackMapTableAttribute {
	sm := &StackMapTableAttribute{AttributeInfo: info}
	n := r.count(1)
	if n == 0 {
		return sm
	}
	sm.Frames = make([]StackMapFrame, n)
	for i := range sm.Frames {
		f := &sm.Frames[i]
		start := r.offset()
		f.FrameType = r.u1()
		switch t := f.FrameType; {
		case t < 64:
			f.OffsetDelta = uint16(t)
		case t < 128:
			f.OffsetDelta = uint16(t - 64)
			f.Stack = r.verificationTypes(1)
		case t < 247:
			if r.err == nil {
				r.err = &FormatError{Off: start, Msg: "reserved stack_map_frame type", Val: int(t)}
			}
		case t == 247:
			f.OffsetDelta = r.u2()
			f.Stack = r.verificationTypes(1)
		case t < 252: // chop and same_frame_extended
			f.OffsetDelta = r.u2()
		case t < 255:
			f.OffsetDelta = r.u2()
			f.Locals = r.verificationTypes(int(t) - 251)
		default:
			f.OffsetDelta = r.u2()
			f.Locals = r.verificationTypes(int(r.u2()))
			f.Stack = r.verificationTypes(int(r.u2()))
		}
		if r.err != nil {
			break
		}
	}
	return sm
}

func (r *reader) verificationTypes(n int) []VerificationType {
	if !r.need(n) {
		return nil
	}
	vs := make([]VerificationType, n)
	for i := range vs {
		start := r.offset()
		vs[i].Tag = r.u1()
		switch vs[i].Tag {
		case ItemTop, ItemInteger, ItemFloat, ItemDouble, ItemLong, ItemNull, ItemUninitializedThis:
		case ItemObject, ItemUninitialized:
			vs[i].Index = r.u2()
		default:
			if r.err == nil {
				r.err = &FormatError{Off: start, Msg: "invalid verification_type_info tag", Val: int(vs[i].Tag)}
			}
		}
	}
	return vs
}
