package classfile

import (
	"errors"
	"fmt"
)

// Attribute names defined by JVMS §4.7, plus the JDK-specific attributes that
// javap knows.
const (
	AttrAnnotationDefault                    = "AnnotationDefault"
	AttrBootstrapMethods                     = "BootstrapMethods"
	AttrCharacterRangeTable                  = "CharacterRangeTable"
	AttrCode                                 = "Code"
	AttrCompilationID                        = "CompilationID"
	AttrConstantValue                        = "ConstantValue"
	AttrDeprecated                           = "Deprecated"
	AttrEnclosingMethod                      = "EnclosingMethod"
	AttrExceptions                           = "Exceptions"
	AttrInnerClasses                         = "InnerClasses"
	AttrLineNumberTable                      = "LineNumberTable"
	AttrLocalVariableTable                   = "LocalVariableTable"
	AttrLocalVariableTypeTable               = "LocalVariableTypeTable"
	AttrMethodParameters                     = "MethodParameters"
	AttrModule                               = "Module"
	AttrModuleHashes                         = "ModuleHashes"
	AttrModuleMainClass                      = "ModuleMainClass"
	AttrModulePackages                       = "ModulePackages"
	AttrModuleResolution                     = "ModuleResolution"
	AttrModuleTarget                         = "ModuleTarget"
	AttrNestHost                             = "NestHost"
	AttrNestMembers                          = "NestMembers"
	AttrPermittedSubclasses                  = "PermittedSubclasses"
	AttrRecord                               = "Record"
	AttrRuntimeVisibleAnnotations            = "RuntimeVisibleAnnotations"
	AttrRuntimeInvisibleAnnotations          = "RuntimeInvisibleAnnotations"
	AttrRuntimeVisibleParameterAnnotations   = "RuntimeVisibleParameterAnnotations"
	AttrRuntimeInvisibleParameterAnnotations = "RuntimeInvisibleParameterAnnotations"
	AttrRuntimeVisibleTypeAnnotations        = "RuntimeVisibleTypeAnnotations"
	AttrRuntimeInvisibleTypeAnnotations      = "RuntimeInvisibleTypeAnnotations"
	AttrSignature                            = "Signature"
	AttrSourceDebugExtension                 = "SourceDebugExtension"
	AttrSourceFile                           = "SourceFile"
	AttrSourceID                             = "SourceID"
	AttrStackMapTable                        = "StackMapTable"
	AttrSynthetic                            = "Synthetic"
)

// Attribute is one attribute_info structure (JVMS §4.7). Its dynamic type is
// one of the *...Attribute types of this package, or *UnknownAttribute.
type Attribute interface {
	// Info returns the attribute's name and raw contents.
	Info() *AttributeInfo
}

// AttributeInfo is the part common to every attribute.
type AttributeInfo struct {
	NameIndex uint16
	Name      string // "" if NameIndex is not a valid Utf8 entry
	Offset    int    // offset of the attribute's info bytes in the class file
	Data      []byte // the info bytes, sharing the class file's storage
}

func (a *AttributeInfo) Info() *AttributeInfo { return a }

// Attributes is an attributes table in class-file order.
type Attributes []Attribute

// Find returns the first attribute with the given name, or nil.
func (as Attributes) Find(name string) Attribute {
	for _, a := range as {
		if a.Info().Name == name {
			return a
		}
	}
	return nil
}

// UnknownAttribute is an attribute this package does not decode (kept as raw
// bytes, JVMS §4.7.1), or, with Options.KeepMalformedAttributes, a standard
// one whose contents are malformed.
type UnknownAttribute struct {
	AttributeInfo
	Err error // why a standard attribute was not decoded; nil if unknown
}

type ConstantValueAttribute struct {
	AttributeInfo
	ValueIndex uint16
}

type CodeAttribute struct {
	AttributeInfo
	MaxStack       uint16
	MaxLocals      uint16
	Code           []byte
	CodeOffset     int // offset of Code[0] in the class file
	ExceptionTable []ExceptionHandler
	Attributes     Attributes
}

// ExceptionHandler is one exception_table entry of a Code attribute.
type ExceptionHandler struct {
	StartPC, EndPC, HandlerPC uint16
	CatchType                 uint16 // Class index, or 0 for any (finally)
}

type ExceptionsAttribute struct {
	AttributeInfo
	Exceptions []uint16 // Class indexes
}

type InnerClassesAttribute struct {
	AttributeInfo
	Classes []InnerClass
}

type InnerClass struct {
	InnerClassInfo uint16
	OuterClassInfo uint16
	InnerName      uint16
	Access         InnerClassAccess
}

type EnclosingMethodAttribute struct {
	AttributeInfo
	Class  uint16
	Method uint16 // NameAndType index, or 0
}

type SyntheticAttribute struct{ AttributeInfo }
type DeprecatedAttribute struct{ AttributeInfo }

type SignatureAttribute struct {
	AttributeInfo
	SignatureIndex uint16
}

type SourceFileAttribute struct {
	AttributeInfo
	SourceFileIndex uint16
}

type SourceDebugExtensionAttribute struct {
	AttributeInfo
}

type LineNumberTableAttribute struct {
	AttributeInfo
	Lines []LineNumber
}

type LineNumber struct{ StartPC, Line uint16 }

// LocalVariableTableAttribute is a LocalVariableTable or, with Type set, a
// LocalVariableTypeTable, whose entries carry a signature instead of a
// descriptor.
type LocalVariableTableAttribute struct {
	AttributeInfo
	Type      bool
	Variables []LocalVariable
}

type LocalVariable struct {
	StartPC, Length uint16
	NameIndex       uint16
	DescriptorIndex uint16 // signature index in a LocalVariableTypeTable
	Slot            uint16
}

type BootstrapMethodsAttribute struct {
	AttributeInfo
	Methods []BootstrapMethod
}

type BootstrapMethod struct {
	MethodRef uint16 // MethodHandle index
	Args      []uint16
}

type MethodParametersAttribute struct {
	AttributeInfo
	Parameters []MethodParameter
}

type MethodParameter struct {
	NameIndex uint16
	Access    uint16 // ACC_FINAL, ACC_SYNTHETIC, ACC_MANDATED
}

type NestHostAttribute struct {
	AttributeInfo
	HostClass uint16
}

// ClassListAttribute is NestMembers or PermittedSubclasses: a list of Class
// indexes.
type ClassListAttribute struct {
	AttributeInfo
	Classes []uint16
}

type RecordAttribute struct {
	AttributeInfo
	Components []RecordComponent
}

type RecordComponent struct {
	NameIndex       uint16
	DescriptorIndex uint16
	Attributes      Attributes
}

// CompilationIDAttribute and SourceIDAttribute are javac's private
// attributes; javap shows their constant.
type CompilationIDAttribute struct {
	AttributeInfo
	Index uint16
}

type SourceIDAttribute struct {
	AttributeInfo
	Index uint16
}

type CharacterRangeTableAttribute struct {
	AttributeInfo
	Ranges []CharacterRange
}

type CharacterRange struct {
	StartPC, EndPC       uint16
	RangeStart, RangeEnd uint32
	Flags                uint16
}

// decoder decodes attribute tables against one constant pool.
type decoder struct {
	cp    ConstantPool
	opts  Options
	file  []byte // the whole class file, for HotSpot's view of a bad Code attribute
	major uint16
}

// attributes decodes an attribute table. badName is HotSpot's message for
// an attribute name index that is not a Utf8 entry, where the table is.
func (d *decoder) attributes(r *reader, badName string) Attributes {
	r.what = "attributes"
	n := r.count(6)
	if n == 0 {
		return nil
	}
	as := make(Attributes, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		r.what = "attribute header"
		nameIndex := r.u2()
		length := r.u4()
		off := r.offset()
		r.what = "attribute"
		if uint64(length) > uint64(len(r.buf)-r.pos) {
			r.need(int(min(uint64(length), 1<<31)))
			break
		}
		data := r.bytes(int(length))
		if r.err != nil {
			break
		}
		info := AttributeInfo{NameIndex: nameIndex, Offset: off, Data: data}
		name, err := d.cp.Utf8(nameIndex)
		if err != nil {
			if !d.opts.KeepMalformedAttributes {
				r.err = &FormatError{Off: off - 6, Msg: "invalid attribute name index", Val: int(nameIndex)}
				if badName != "" {
					r.err.(*FormatError).JVM = fmt.Sprintf(badName, nameIndex)
				}
				break
			}
			as = append(as, &UnknownAttribute{AttributeInfo: info, Err: err})
			continue
		}
		info.Name = name
		a, err := d.attribute(info)
		if err != nil {
			// HotSpot's parser keeps a StackMapTable as raw bytes: a
			// malformed one is the verifier's ClassFormatError, at link time.
			if !d.opts.KeepMalformedAttributes && name != AttrStackMapTable {
				r.err = err
				break
			}
			a = &UnknownAttribute{AttributeInfo: info, Err: err}
		}
		as = append(as, a)
	}
	return as
}

// attribute decodes one attribute's contents according to its name.
func (d *decoder) attribute(info AttributeInfo) (Attribute, error) {
	r := newReader(info.Data, info.Offset)
	r.what = info.Name + " attribute"
	var a Attribute
	switch info.Name {
	case AttrConstantValue:
		a = &ConstantValueAttribute{info, r.u2()}
	case AttrCode:
		c := &CodeAttribute{AttributeInfo: info}
		c.MaxStack = r.u2()
		c.MaxLocals = r.u2()
		n := r.u4()
		c.CodeOffset = r.offset()
		if r.err == nil && (n == 0 || n > 65535) && !d.opts.KeepMalformedAttributes {
			return nil, &FormatError{Off: c.CodeOffset - 4, Msg: "invalid code length", Val: n,
				JVM: "Invalid method Code length " + itoa(int(n))}
		}
		if uint64(n) > uint64(len(r.buf)-r.pos) {
			r.need(int(min(uint64(n), 1<<31)))
		}
		c.Code = r.bytes(int(n))
		if n := r.count(8); n > 0 {
			c.ExceptionTable = make([]ExceptionHandler, n)
			for i := range c.ExceptionTable {
				c.ExceptionTable[i] = ExceptionHandler{r.u2(), r.u2(), r.u2(), r.u2()}
			}
		}
		c.Attributes = d.attributes(r, "Invalid code attribute name index %d")
		if !d.opts.KeepMalformedAttributes && (errors.Is(r.err, ErrTruncated) || r.err == nil && !r.done()) {
			// HotSpot reads on past the attribute's end into the rest of
			// the file, and names what it finds wrong first.
			e := &FormatError{Off: info.Offset, Msg: "Code attribute length does not match its contents",
				JVM: "Code segment has wrong length", err: ErrTruncated}
			if w := walkCode(d.file, info.Offset, uint32(len(info.Data)), d.cp, d.major, true); w != nil && !w.InClass {
				e.JVM = w.Msg
				if w.Truncated {
					e.JVM = ""
				}
			}
			return nil, e
		}
		a = c
	case AttrStackMapTable:
		a = d.stackMapTable(info, r)
	case AttrExceptions:
		a = &ExceptionsAttribute{info, r.u2s()}
	case AttrInnerClasses:
		ic := &InnerClassesAttribute{AttributeInfo: info}
		if n := r.count(8); n > 0 {
			ic.Classes = make([]InnerClass, n)
			for i := range ic.Classes {
				ic.Classes[i] = InnerClass{r.u2(), r.u2(), r.u2(), InnerClassAccess(r.u2())}
			}
		}
		a = ic
	case AttrEnclosingMethod:
		a = &EnclosingMethodAttribute{info, r.u2(), r.u2()}
	case AttrSynthetic:
		a = &SyntheticAttribute{info}
	case AttrDeprecated:
		a = &DeprecatedAttribute{info}
	case AttrSignature:
		a = &SignatureAttribute{info, r.u2()}
	case AttrSourceFile:
		a = &SourceFileAttribute{info, r.u2()}
	case AttrSourceDebugExtension:
		r.pos = len(r.buf)
		a = &SourceDebugExtensionAttribute{info}
	case AttrLineNumberTable:
		lt := &LineNumberTableAttribute{AttributeInfo: info}
		if n := r.count(4); n > 0 {
			lt.Lines = make([]LineNumber, n)
			for i := range lt.Lines {
				lt.Lines[i] = LineNumber{r.u2(), r.u2()}
			}
		}
		a = lt
	case AttrLocalVariableTable, AttrLocalVariableTypeTable:
		vt := &LocalVariableTableAttribute{AttributeInfo: info, Type: info.Name == AttrLocalVariableTypeTable}
		if n := r.count(10); n > 0 {
			vt.Variables = make([]LocalVariable, n)
			for i := range vt.Variables {
				vt.Variables[i] = LocalVariable{r.u2(), r.u2(), r.u2(), r.u2(), r.u2()}
			}
		}
		a = vt
	case AttrRuntimeVisibleAnnotations, AttrRuntimeInvisibleAnnotations:
		a = &AnnotationsAttribute{AttributeInfo: info, Visible: info.Name == AttrRuntimeVisibleAnnotations,
			Annotations: r.annotations()}
	case AttrRuntimeVisibleParameterAnnotations, AttrRuntimeInvisibleParameterAnnotations:
		pa := &ParameterAnnotationsAttribute{AttributeInfo: info, Visible: info.Name == AttrRuntimeVisibleParameterAnnotations}
		n := int(r.u1())
		if r.need(n * 2) {
			pa.Parameters = make([][]Annotation, n)
			for i := range pa.Parameters {
				pa.Parameters[i] = r.annotations()
			}
		}
		a = pa
	case AttrRuntimeVisibleTypeAnnotations, AttrRuntimeInvisibleTypeAnnotations:
		ta := &TypeAnnotationsAttribute{AttributeInfo: info, Visible: info.Name == AttrRuntimeVisibleTypeAnnotations}
		if n := r.count(3); n > 0 {
			ta.Annotations = make([]TypeAnnotation, n)
			for i := range ta.Annotations {
				r.typeAnnotation(&ta.Annotations[i])
			}
		}
		a = ta
	case AttrAnnotationDefault:
		ad := &AnnotationDefaultAttribute{AttributeInfo: info}
		r.elementValue(&ad.Value, 0)
		a = ad
	case AttrBootstrapMethods:
		bm := &BootstrapMethodsAttribute{AttributeInfo: info}
		if n := r.count(4); n > 0 {
			bm.Methods = make([]BootstrapMethod, n)
			for i := range bm.Methods {
				bm.Methods[i].MethodRef = r.u2()
				bm.Methods[i].Args = r.u2s()
			}
		}
		a = bm
	case AttrMethodParameters:
		mp := &MethodParametersAttribute{AttributeInfo: info}
		n := int(r.u1())
		if r.need(n * 4) {
			mp.Parameters = make([]MethodParameter, n)
			for i := range mp.Parameters {
				mp.Parameters[i] = MethodParameter{r.u2(), r.u2()}
			}
		}
		a = mp
	case AttrModule:
		a = r.module(info)
	case AttrModulePackages:
		a = &ModulePackagesAttribute{info, r.u2s()}
	case AttrModuleMainClass:
		a = &ModuleMainClassAttribute{info, r.u2()}
	case AttrModuleHashes:
		mh := &ModuleHashesAttribute{AttributeInfo: info, AlgorithmIndex: r.u2()}
		if n := r.count(4); n > 0 {
			mh.Hashes = make([]ModuleHash, n)
			for i := range mh.Hashes {
				mh.Hashes[i].ModuleIndex = r.u2()
				mh.Hashes[i].Hash = r.bytes(int(r.u2()))
			}
		}
		a = mh
	case AttrModuleTarget:
		a = &ModuleTargetAttribute{info, r.u2()}
	case AttrModuleResolution:
		a = &ModuleResolutionAttribute{info, r.u2()}
	case AttrNestHost:
		a = &NestHostAttribute{info, r.u2()}
	case AttrNestMembers, AttrPermittedSubclasses:
		a = &ClassListAttribute{info, r.u2s()}
	case AttrRecord:
		rec := &RecordAttribute{AttributeInfo: info}
		if n := r.count(6); n > 0 {
			rec.Components = make([]RecordComponent, n)
			for i := range rec.Components {
				c := &rec.Components[i]
				c.NameIndex = r.u2()
				c.DescriptorIndex = r.u2()
				c.Attributes = d.attributes(r, "")
			}
		}
		a = rec
	case AttrCompilationID:
		a = &CompilationIDAttribute{info, r.u2()}
	case AttrSourceID:
		a = &SourceIDAttribute{info, r.u2()}
	case AttrCharacterRangeTable:
		ct := &CharacterRangeTableAttribute{AttributeInfo: info}
		if n := r.count(14); n > 0 {
			ct.Ranges = make([]CharacterRange, n)
			for i := range ct.Ranges {
				ct.Ranges[i] = CharacterRange{r.u2(), r.u2(), r.u4(), r.u4(), r.u2()}
			}
		}
		a = ct
	default:
		return &UnknownAttribute{AttributeInfo: info}, nil
	}
	if r.err != nil {
		return nil, r.err
	}
	return a, nil
}

// String returns a short description, for debugging.
func (a *AttributeInfo) String() string {
	return fmt.Sprintf("%s(%d bytes)", a.Name, len(a.Data))
}
