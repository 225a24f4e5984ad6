package rtda

import (
	"strings"

	"github.com/gojvm/gojvm/heap"
)

// java.lang.invoke.MemberName is how method handles name their targets. The
// VM fills it when resolving (MethodHandleNatives.resolve/init) and reads
// it when a method handle is invoked: its ResolvedMethodName's injected
// vmtarget holds the method id, and its injected vmindex holds a vtable or
// itable index, or a field offset.

// MemberName flags (java.lang.invoke.MethodHandleNatives.Constants).
const (
	MNIsMethod        = 0x00010000
	MNIsConstructor   = 0x00020000
	MNIsField         = 0x00040000
	MNIsType          = 0x00080000
	MNCallerSensitive = 0x00100000
	MNTrustedFinal    = 0x00200000
	MNRefKindShift    = 24
	MNRefKindMask     = 0x0F
)

// memberNameLayout caches field offsets of MemberName, ResolvedMethodName,
// MethodHandle, LambdaForm and MethodType.
type memberNameLayout struct {
	ready                                      bool
	mnClazz, mnName, mnType, mnFlags, mnMethod uintptr
	mnVMIndex                                  uintptr
	rmnVMTarget, rmnVMHolder                   uintptr
	mhForm, lfVMEntry, mtRType, mtPTypes       uintptr
	rmnClass                                   *Class
}

// MN returns the layout of the java.lang.invoke classes the VM reads.
func (t *Thread) MN() *memberNameLayout {
	vm := t.VM
	l := &vm.mn
	if l.ready {
		return l
	}
	mn := t.LoadClass(vm.Boot, "java/lang/invoke/MemberName")
	rmn := t.LoadClass(vm.Boot, "java/lang/invoke/ResolvedMethodName")
	mh := t.LoadClass(vm.Boot, "java/lang/invoke/MethodHandle")
	lf := t.LoadClass(vm.Boot, "java/lang/invoke/LambdaForm")
	mt := t.LoadClass(vm.Boot, "java/lang/invoke/MethodType")
	l.mnClazz = mn.FieldOffset("clazz", "Ljava/lang/Class;")
	l.mnName = mn.FieldOffset("name", "Ljava/lang/String;")
	l.mnType = mn.FieldOffset("type", "Ljava/lang/Object;")
	l.mnFlags = mn.FieldOffset("flags", "I")
	l.mnMethod = mn.FieldOffset("method", "Ljava/lang/invoke/ResolvedMethodName;")
	l.mnVMIndex = mn.InjectedField("vmindex")
	l.rmnVMTarget = rmn.InjectedField("vmtarget")
	l.rmnVMHolder = rmn.InjectedField("vmholder")
	l.rmnClass = rmn
	l.mhForm = mh.FieldOffset("form", "Ljava/lang/invoke/LambdaForm;")
	l.lfVMEntry = lf.FieldOffset("vmentry", "Ljava/lang/invoke/MemberName;")
	l.mtRType = mt.FieldOffset("rtype", "Ljava/lang/Class;")
	l.mtPTypes = mt.FieldOffset("ptypes", "[Ljava/lang/Class;")
	l.ready = true
	return l
}

// MemberNameMethod returns the method a resolved MemberName targets, or nil.
func (t *Thread) MemberNameMethod(mn heap.Ref) *Method {
	l := t.MN()
	h := t.VM.Heap
	rmn := h.Ref(mn, l.mnMethod)
	if rmn == 0 {
		return nil
	}
	return t.VM.MethodByID(uint32(h.Long(rmn, l.rmnVMTarget)))
}

// MemberNameIndex returns a MemberName's vmindex.
func (t *Thread) MemberNameIndex(mn heap.Ref) int64 {
	return t.VM.Heap.Long(mn, t.MN().mnVMIndex)
}

// MethodTypeDescriptor renders a java.lang.invoke.MethodType as a method
// descriptor.
func (t *Thread) MethodTypeDescriptor(mt heap.Ref) string {
	vm := t.VM
	l := t.MN()
	h := vm.Heap
	var sb strings.Builder
	sb.WriteByte('(')
	pts := h.Ref(mt, l.mtPTypes)
	for i := 0; i < int(h.Len(pts)); i++ {
		sb.WriteString(vm.ClassFromMirror(h.Ref(pts, ElemOffset(i, 2))).Descriptor())
	}
	sb.WriteByte(')')
	sb.WriteString(vm.ClassFromMirror(h.Ref(mt, l.mtRType)).Descriptor())
	return sb.String()
}

// MHForm is the offset of MethodHandle.form.
func (l *memberNameLayout) MHForm() uintptr { return l.mhForm }

// LFVMEntry is the offset of LambdaForm.vmentry.
func (l *memberNameLayout) LFVMEntry() uintptr { return l.lfVMEntry }

// Offsets of MemberName's fields, for the natives that fill it.
func (l *memberNameLayout) Clazz() uintptr                  { return l.mnClazz }
func (l *memberNameLayout) Name() uintptr                   { return l.mnName }
func (l *memberNameLayout) Type() uintptr                   { return l.mnType }
func (l *memberNameLayout) Flags() uintptr                  { return l.mnFlags }
func (l *memberNameLayout) Method() uintptr                 { return l.mnMethod }
func (l *memberNameLayout) VMIndex() uintptr                { return l.mnVMIndex }
func (l *memberNameLayout) VMTarget() uintptr               { return l.rmnVMTarget }
func (l *memberNameLayout) VMHolder() uintptr               { return l.rmnVMHolder }
func (l *memberNameLayout) ResolvedMethodNameClass() *Class { return l.rmnClass }
func (l *memberNameLayout) RType() uintptr                  { return l.mtRType }
func (l *memberNameLayout) PTypes() uintptr                 { return l.mtPTypes }
