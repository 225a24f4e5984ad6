package hprof

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// instanceLayout is what an instance dump of a class holds: its fields'
// offsets and kinds in HotSpot's order (FieldStream: the class's own fields
// from the last declared to the first, then its superclass's, and so on)
// and the bytes their values take.
type instanceLayout struct {
	fields []fieldSlot
	size   uint32
}

type fieldSlot struct {
	off  uintptr
	kind rtda.Kind
}

func (d *dump) layout(c *rtda.Class) *instanceLayout {
	if l := d.fields[c]; l != nil {
		return l
	}
	l := &instanceLayout{}
	for k := c; k != nil; k = k.Super {
		for i := len(k.Fields) - 1; i >= 0; i-- {
			f := k.Fields[i]
			if f.IsStatic() {
				continue
			}
			l.fields = append(l.fields, fieldSlot{f.Offset, f.Kind})
			l.size += uint32(typeOf(byte(f.Kind)).Size())
		}
	}
	d.fields[c] = l
	return l
}

// declaredFields returns c's static or instance fields in HotSpot's order
// (last declared first).
func declaredFields(c *rtda.Class, static bool) []*rtda.Field {
	var out []*rtda.Field
	for i := len(c.Fields) - 1; i >= 0; i-- {
		if f := c.Fields[i]; f.IsStatic() == static {
			out = append(out, f)
		}
	}
	return out
}

// value writes the field of kind k at offset off of object r.
func (d *dump) value(r heap.Ref, off uintptr, k rtda.Kind) {
	h, w := d.h, d.w
	switch k {
	case rtda.KindBoolean, rtda.KindByte:
		w.u1(uint8(h.Byte(r, off)))
	case rtda.KindChar, rtda.KindShort:
		w.u2(h.Char(r, off))
	case rtda.KindInt:
		w.u4(uint32(h.Int(r, off)))
	case rtda.KindFloat:
		w.u4(floatBits(uint32(h.Int(r, off))))
	case rtda.KindLong:
		w.u8(uint64(h.Long(r, off)))
	case rtda.KindDouble:
		w.u8(doubleBits(uint64(h.Long(r, off))))
	default:
		w.id(d.addr(h.Ref(r, off)))
	}
}

// floatBits and doubleBits collapse every NaN to the canonical one, as
// HotSpot's dump_float and dump_double do.
func floatBits(b uint32) uint32 {
	if math.IsNaN(float64(math.Float32frombits(b))) {
		return 0x7fc00000
	}
	return b
}

func doubleBits(b uint64) uint64 {
	if math.IsNaN(math.Float64frombits(b)) {
		return 0x7ff8000000000000
	}
	return b
}

// classDumps writes a CLASS DUMP for every class: each class with its
// array classes, then the primitive array classes.
func (d *dump) classDumps() {
	for _, c := range d.classes {
		if c.IsArray() {
			continue
		}
		d.instanceClass(c)
		for _, ac := range arrayChain(c)[1:] {
			d.arrayClass(ac, c)
		}
	}
	for _, c := range d.basicTypeArrays() {
		for _, ac := range arrayChain(c) {
			d.arrayClass(ac, nil)
		}
	}
}

const classDumpFixed = 1 + IDSize + 4 + 6*IDSize + 4 + 2 + 2 + 2 // through the three counts

func (d *dump) instanceClass(c *rtda.Class) {
	statics := declaredFields(c, true)
	instance := declaredFields(c, false)
	size := classDumpFixed + len(instance)*(IDSize+1)
	for _, f := range statics {
		size += IDSize + 1 + typeOf(byte(f.Kind)).Size()
	}
	w := d.w
	w.sub(ClassDump, uint32(size))
	w.id(d.classID(c))
	w.u4(stackTraceID)
	super := c.Super
	if super == nil && c != d.vm.ObjectClass {
		super = d.vm.ObjectClass
	}
	w.id(d.classID(super))
	w.id(d.addr(c.Loader.Object))
	w.id(0) // signers (gojvm keeps none)
	w.id(d.addr(c.ProtectionDomain))
	w.id(0) // reserved
	w.id(0)
	w.u4(d.layout(c).size)
	w.u2(0) // constant pool entries: HotSpot writes none
	w.u2(uint16(len(statics)))
	for _, f := range statics {
		w.id(d.name(f.Name))
		w.u1(uint8(typeOf(byte(f.Kind))))
		d.value(c.Mirror, f.Offset, f.Kind)
	}
	w.u2(uint16(len(instance)))
	for _, f := range instance {
		w.id(d.name(f.Name))
		w.u1(uint8(typeOf(byte(f.Kind))))
	}
}

// arrayClass writes the CLASS DUMP of an array class: its superclass is
// Object, its loader and protection domain its element class's (elem, nil
// for primitive arrays).
func (d *dump) arrayClass(ac, elem *rtda.Class) {
	w := d.w
	w.sub(ClassDump, classDumpFixed)
	w.id(d.classID(ac))
	w.u4(stackTraceID)
	w.id(d.classID(d.vm.ObjectClass))
	if elem != nil {
		w.id(d.addr(elem.Loader.Object))
		w.id(0)
		w.id(d.addr(elem.ProtectionDomain))
	} else {
		w.id(0)
		w.id(0)
		w.id(0)
	}
	w.id(0)
	w.id(0)
	w.u4(0) // instance size
	w.u2(0) // constant pool
	w.u2(0) // static fields
	w.u2(0) // instance fields
}

// object writes the dump of one object of the heap. Class mirrors are
// described by their CLASS DUMPs, except those of primitive types, which
// are dumped as instances of java.lang.Class.
func (d *dump) object(r heap.Ref) {
	c := d.vm.ClassTable()[d.h.ClassID(r)]
	switch {
	case c == d.vm.ClassClass:
		if mc := d.vm.ClassFromMirror(r); mc != nil && !mc.IsPrimitive() {
			return
		}
		d.instance(r, c)
	case !c.IsArray():
		d.instance(r, c)
	case c.ElemKind == rtda.KindRef:
		d.objectArray(r, c)
	default:
		d.primitiveArray(r, c)
	}
}

func (d *dump) instance(r heap.Ref, c *rtda.Class) {
	l := d.layout(c)
	w := d.w
	w.sub(InstanceDump, 1+IDSize+4+IDSize+4+l.size)
	w.id(d.addr(r))
	w.u4(stackTraceID)
	w.id(d.classID(c))
	w.u4(l.size)
	for _, f := range l.fields {
		d.value(r, f.off, f.kind)
	}
}

// arrayLength is the number of elements dumped: a record's length is a u4,
// so HotSpot truncates an array whose elements would not fit, with a
// warning.
func arrayLength(c *rtda.Class, n int, elemSize, header uint64) int {
	maxBytes := uint64(math.MaxUint32) - header
	if uint64(n)*elemSize <= maxBytes {
		return n
	}
	m := int(maxBytes / elemSize)
	elem := "object"
	if c.ElemKind != rtda.KindRef {
		elem = rtda.PrimitiveName(byte(c.ElemKind))
	}
	fmt.Fprintf(os.Stderr, "OpenJDK 64-Bit Server VM warning: cannot dump array of type %s[] with length %d; truncating to length %d\n", elem, n, m)
	return m
}

func (d *dump) objectArray(r heap.Ref, c *rtda.Class) {
	const header = 1 + 2*4 + 2*IDSize
	n := arrayLength(c, int(d.h.Len(r)), IDSize, header)
	w := d.w
	w.sub(ObjArrayDump, uint32(header+n*IDSize))
	w.id(d.addr(r))
	w.u4(stackTraceID)
	w.u4(uint32(n))
	w.id(d.classID(c))
	for i := 0; i < n; i++ {
		w.id(d.addr(d.h.Ref(r, heap.ArrayBaseOffset+uintptr(i)*heap.RefSize)))
	}
}

func (d *dump) primitiveArray(r heap.Ref, c *rtda.Class) {
	const header = 2*1 + 2*4 + IDSize
	typ := typeOf(byte(c.ElemKind))
	esize := typ.Size()
	n := arrayLength(c, int(d.h.Len(r)), uint64(esize), header)
	w := d.w
	w.sub(PrimArrayDump, uint32(header+n*esize))
	w.id(d.addr(r))
	w.u4(stackTraceID)
	w.u4(uint32(n))
	w.u1(uint8(typ))
	data := d.h.Bytes(r, heap.ArrayBaseOffset, n*esize)
	if esize == 1 {
		w.raw(data)
		return
	}
	// The heap is little-endian, the dump big-endian: convert a chunk at a
	// time.
	if d.scratch == nil {
		d.scratch = make([]byte, 64<<10)
	}
	for len(data) > 0 {
		chunk := data[:min(len(data), len(d.scratch))]
		out := d.scratch[:len(chunk)]
		for i := 0; i < len(chunk); i += esize {
			switch typ {
			case TypeChar, TypeShort:
				binary.BigEndian.PutUint16(out[i:], binary.LittleEndian.Uint16(chunk[i:]))
			case TypeInt:
				binary.BigEndian.PutUint32(out[i:], binary.LittleEndian.Uint32(chunk[i:]))
			case TypeFloat:
				binary.BigEndian.PutUint32(out[i:], floatBits(binary.LittleEndian.Uint32(chunk[i:])))
			case TypeLong:
				binary.BigEndian.PutUint64(out[i:], binary.LittleEndian.Uint64(chunk[i:]))
			case TypeDouble:
				binary.BigEndian.PutUint64(out[i:], doubleBits(binary.LittleEndian.Uint64(chunk[i:])))
			}
		}
		w.raw(out)
		data = data[len(chunk):]
	}
}
