package interp

import (
	"sync/atomic"
	"unsafe"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Method handles and invokedynamic (JVMS §5.4.3.5-6, §6.5.invokedynamic),
// the way HotSpot implements them: the JDK's own java.lang.invoke code does
// the linking (MethodHandleNatives.linkCallSite, linkMethod, ...) and
// returns an invoker method plus an "appendix" argument; the interpreter
// then just calls the invoker. LambdaForm bytecode reaches targets through
// the intrinsics MethodHandle.invokeBasic and linkTo*, executed here.

// handleSite is a linked invokedynamic or signature-polymorphic call site.
type handleSite struct {
	invoker  *rtda.Method
	appendix heap.Ref // a GC root (see Code.Sites)
	argSlots int      // slots the call site pushes (receiver included)
	// owner is the loader of the class whose code holds the site: the
	// appendix lives as long as that loader.
	owner *rtda.Loader
}

// Reference kinds (JVMS §5.4.3.5).
const (
	refInvokeVirtual = 5
	refInvokeStatic  = 6
)

// callSiteSlots returns the argument slots a Methodref's descriptor takes.
func callSiteSlots(cp *rtda.ConstantPool, idx uint16) (int, string) {
	e := &cp.File[idx]
	natIdx := e.B
	_, desc, _ := cp.File.NameAndType(natIdx)
	mt, _ := rtda.ParseMethodDescriptor(desc)
	return mt.ParamSlots, desc
}

// MethodTypeOf resolves a method descriptor to a java.lang.invoke.MethodType,
// loading the classes it names through c's loader.
func (it *Interp) MethodTypeOf(t *rtda.Thread, c *rtda.Class, desc string) heap.Ref {
	mt, ok := rtda.ParseMethodDescriptor(desc)
	if !ok {
		t.ThrowNew("java/lang/ClassFormatError", "bad method descriptor "+desc)
		return 0
	}
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	rt := it.classMirror(t, c, mt.Return)
	if rt == 0 {
		return 0
	}
	hrt := t.NewHandle(rt)
	ptypes := make([]heap.Ref, len(mt.Params))
	hs := make([]rtda.Handle, len(mt.Params))
	for i, p := range mt.Params {
		m := it.classMirror(t, c, p)
		if m == 0 {
			return 0
		}
		hs[i] = t.NewHandle(m)
	}
	for i, h := range hs {
		ptypes[i] = *h
	}
	pa := t.NewRefArray(t.VM.ClassClass, ptypes)
	if pa == 0 {
		return 0
	}
	return heap.Ref(it.callMHN(t, "findMethodHandleType",
		"(Ljava/lang/Class;[Ljava/lang/Class;)Ljava/lang/invoke/MethodType;", hrt, t.NewHandle(pa)))
}

// classMirror returns the mirror of the class a field descriptor names.
func (it *Interp) classMirror(t *rtda.Thread, c *rtda.Class, desc string) heap.Ref {
	var k *rtda.Class
	switch desc[0] {
	case 'L':
		k = t.LoadClass(c.Loader, desc[1:len(desc)-1])
	case '[':
		k = t.LoadClass(c.Loader, desc)
	default:
		k = t.VM.Primitive(desc[0])
	}
	if k == nil {
		return 0
	}
	return k.Mirror
}

// callMHN calls a static method of MethodHandleNatives; arguments are as
// rtda.Slots takes them, references as handles, since loading and
// initializing the class may move every object.
func (it *Interp) callMHN(t *rtda.Thread, name, desc string, args ...any) uint64 {
	mhn := t.LoadClass(t.VM.Boot, "java/lang/invoke/MethodHandleNatives")
	if mhn == nil || !t.InitClass(mhn) {
		return 0
	}
	m := mhn.DeclaredMethod(name, desc)
	if m == nil {
		t.ThrowNew("java/lang/InternalError", "MethodHandleNatives."+name)
		return 0
	}
	return it.Invoke(t, m, rtda.Slots(args...)...)
}

// invokeHandle executes invokevirtual of a signature-polymorphic method
// (MethodHandle.invokeExact, invoke, VarHandle accessors): linked once
// through MethodHandleNatives.linkMethod, then a static call of the invoker
// with the appendix as an extra last argument.
func (it *Interp) invokeHandle(t *rtda.Thread, in *Inst, sp int) bool {
	site := (*handleSite)(in.P)
	if site == nil {
		f := t.Top()
		caller := f.Method.Class
		cp := caller.CP
		m := cp.ResolveMethod(t, uint16(in.C))
		if m == nil {
			return false
		}
		slots, desc := callSiteSlots(cp, uint16(in.C))
		mark := t.HandleMark()
		mt := it.MethodTypeOf(t, caller, desc)
		if mt == 0 {
			t.ReleaseHandles(mark)
			return false
		}
		hmt := t.NewHandle(mt)
		name := t.VM.Strings.Intern(t, m.Name)
		hname := t.NewHandle(name)
		appendix := t.NewArrayOf(t.VM.ObjectClass, 1)
		if appendix == 0 {
			t.ReleaseHandles(mark)
			return false
		}
		happ := t.NewHandle(appendix)
		invoker := heap.Ref(it.callMHN(t, "linkMethod",
			"(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;",
			&caller.Mirror, uint64(refInvokeVirtual), &m.Class.Mirror, hname, hmt, happ))
		if t.Pending != 0 {
			t.ReleaseHandles(mark)
			return false
		}
		im := t.MemberNameMethod(invoker)
		site = &handleSite{invoker: im, appendix: t.VM.Heap.Ref(*happ, rtda.ElemOffset(0, 2)), argSlots: slots + 1}
		t.ReleaseHandles(mark)
		site.owner = f.Method.Class.Loader
		site = it.publishSite(in, site)
	}
	f := t.Top()
	argBase := f.SP - site.argSlots
	if site.appendix != 0 {
		t.Stack[f.SP] = uint64(site.appendix)
	}
	f.SP = argBase
	return it.call(t, site.invoker, argBase)
}

// publishSite makes site the instruction's linked call site unless another
// thread linked it first, whose site then wins (JVMS §6.5.invokedynamic:
// every thread uses the first call site linked). Only the winner becomes a
// root of the collector.
func (it *Interp) publishSite(in *Inst, site *handleSite) *handleSite {
	if atomic.CompareAndSwapPointer(&in.P, nil, unsafe.Pointer(site)) {
		it.addSite(site)
		return site
	}
	return (*handleSite)(atomic.LoadPointer(&in.P))
}

// invokeDynamic executes an invokedynamic instruction: linked once per
// instruction through MethodHandleNatives.linkCallSite.
func (it *Interp) invokeDynamic(t *rtda.Thread, code *Code, in *Inst, sp int) bool {
	site := (*handleSite)(in.P)
	if site == nil {
		var ok bool
		if site, ok = it.linkCallSite(t, code, in); !ok {
			return false
		}
		site.owner = code.Method.Class.Loader
		site = it.publishSite(in, site)
		in.Op = opInvokeDynamicQ
	}
	f := t.Top()
	argBase := f.SP - site.argSlots
	t.Stack[f.SP] = uint64(site.appendix)
	f.SP = argBase
	return it.call(t, site.invoker, argBase)
}

func (it *Interp) linkCallSite(t *rtda.Thread, code *Code, in *Inst) (*handleSite, bool) {
	vm := t.VM
	caller := code.Method.Class
	cp := caller.CP
	idx := uint16(in.C)
	e := &cp.File[idx]
	name, desc, _ := cp.File.NameAndType(e.B)
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	bsm, args, ok := it.bootstrapSpecifier(t, caller, e.A)
	if !ok {
		return nil, false
	}
	mt := it.MethodTypeOf(t, caller, desc)
	if mt == 0 {
		return nil, false
	}
	hmt := t.NewHandle(mt)
	hname := t.NewHandle(vm.Strings.Intern(t, name))
	appendix := t.NewArrayOf(vm.ObjectClass, 1)
	if appendix == 0 {
		return nil, false
	}
	happ := t.NewHandle(appendix)
	invoker := heap.Ref(it.callMHN(t, "linkCallSite",
		"(Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;",
		&caller.Mirror, uint64(idx), bsm, hname, hmt, args, happ))
	if t.Pending != 0 {
		it.wrapBootstrapError(t)
		return nil, false
	}
	m := t.MemberNameMethod(invoker)
	if m == nil {
		t.ThrowNew("java/lang/InternalError", "linkCallSite returned no method")
		return nil, false
	}
	mtd, _ := rtda.ParseMethodDescriptor(desc)
	site := &handleSite{invoker: m, appendix: vm.Heap.Ref(*happ, rtda.ElemOffset(0, 2)), argSlots: mtd.ParamSlots}
	return site, true
}

// wrapBootstrapError makes a bootstrap method's non-Error exception a
// BootstrapMethodError (JVMS §5.4.3.6).
func (it *Interp) wrapBootstrapError(t *rtda.Thread) {
	vm := t.VM
	errClass := t.LoadClass(vm.Boot, "java/lang/Error")
	ex := t.Pending // read after loading, which may move it
	if vm.ClassOf(ex).IsSubclassOf(errClass) {
		return
	}
	t.Pending = 0
	t.ThrowWithCause("java/lang/BootstrapMethodError", "CallSite bootstrap method initialization exception", ex)
}

// bootstrapSpecifier resolves a BootstrapMethods entry: the bootstrap
// method handle and an Object[] of its static arguments. Both are returned
// as handles.
func (it *Interp) bootstrapSpecifier(t *rtda.Thread, c *rtda.Class, bsmIndex uint16) (rtda.Handle, rtda.Handle, bool) {
	bms, ok := c.File.Attributes.Find(classfile.AttrBootstrapMethods).(*classfile.BootstrapMethodsAttribute)
	if !ok || int(bsmIndex) >= len(bms.Methods) {
		t.ThrowNew("java/lang/ClassFormatError", "missing BootstrapMethods entry")
		return nil, nil, false
	}
	spec := bms.Methods[bsmIndex]
	bsm, ok := it.resolveConstant(t, c.CP, spec.MethodRef)
	if !ok {
		return nil, nil, false
	}
	hbsm := t.NewHandle(heap.Ref(bsm))
	hs := make([]rtda.Handle, len(spec.Args))
	for i, a := range spec.Args {
		v, ok := it.constantObject(t, c.CP, a)
		if !ok {
			return nil, nil, false
		}
		hs[i] = t.NewHandle(v)
	}
	// As HotSpot's BootstrapInfo::resolve_args: no arguments are passed as
	// null and a single one that is not an array (nor null) by itself; the
	// JDK's BootstrapMethodInvoker takes a path of its own for each.
	switch {
	case len(hs) == 0:
		return hbsm, t.NewHandle(0), true
	case len(hs) == 1 && *hs[0] != 0 && !t.VM.ClassOf(*hs[0]).IsArray():
		return hbsm, hs[0], true
	}
	refs := make([]heap.Ref, len(hs))
	for i, h := range hs {
		refs[i] = *h
	}
	arr := t.NewRefArray(t.VM.ObjectClass, refs)
	if arr == 0 {
		return nil, nil, false
	}
	return hbsm, t.NewHandle(arr), true
}

// constantObject resolves a loadable constant to an object, boxing
// primitives, for bootstrap arguments.
func (it *Interp) constantObject(t *rtda.Thread, cp *rtda.ConstantPool, idx uint16) (heap.Ref, bool) {
	e, err := cp.File.Entry(idx)
	if err != nil {
		t.ThrowNew("java/lang/ClassFormatError", err.Error())
		return 0, false
	}
	box := func(k rtda.Kind, v uint64) (heap.Ref, bool) {
		r := it.box(t, k, v)
		return r, r != 0
	}
	switch e.Tag {
	case classfile.TagInteger:
		return box(rtda.KindInt, uint64(uint32(e.Bits)))
	case classfile.TagFloat:
		return box(rtda.KindFloat, uint64(uint32(e.Bits)))
	case classfile.TagLong:
		return box(rtda.KindLong, e.Bits)
	case classfile.TagDouble:
		return box(rtda.KindDouble, e.Bits)
	case classfile.TagString:
		s, _ := cp.File.String(idx)
		r := t.VM.Strings.Intern(t, s)
		return r, r != 0
	case classfile.TagClass:
		k := cp.ResolveClass(t, idx)
		if k == nil {
			return 0, false
		}
		return k.Mirror, true
	case classfile.TagDynamic:
		v, ok := it.resolveConstant(t, cp, idx)
		if !ok {
			return 0, false
		}
		_, desc, _ := cp.File.NameAndType(e.B)
		if k := rtda.KindOf(desc); k != rtda.KindRef {
			return box(k, v)
		}
		return heap.Ref(v), true
	}
	v, ok := it.resolveConstant(t, cp, idx)
	return heap.Ref(v), ok
}

// box allocates a box for a primitive value (HotSpot boxes constants
// without the valueOf caches).
func (it *Interp) box(t *rtda.Thread, k rtda.Kind, v uint64) heap.Ref {
	names := map[rtda.Kind]string{rtda.KindInt: "java/lang/Integer", rtda.KindFloat: "java/lang/Float",
		rtda.KindLong: "java/lang/Long", rtda.KindDouble: "java/lang/Double", rtda.KindBoolean: "java/lang/Boolean",
		rtda.KindByte: "java/lang/Byte", rtda.KindChar: "java/lang/Character", rtda.KindShort: "java/lang/Short"}
	bc := t.LoadClass(t.VM.Boot, names[k])
	if bc == nil || !t.InitClass(bc) {
		return 0
	}
	obj := t.NewObject(bc)
	if obj == 0 {
		return 0
	}
	off := bc.FieldOffset("value", string(k))
	h := t.VM.Heap
	switch k.Size() {
	case 1:
		h.SetByte(obj, off, int8(v))
	case 2:
		h.SetChar(obj, off, uint16(v))
	case 4:
		h.SetInt(obj, off, int32(v))
	default:
		h.SetLong(obj, off, int64(v))
	}
	return obj
}

// resolveConstant resolves a MethodType, MethodHandle or dynamic constant,
// caching the result in the constant pool. A primitive dynamic constant's
// value is returned as a slot.
func (it *Interp) resolveConstant(t *rtda.Thread, cp *rtda.ConstantPool, idx uint16) (uint64, bool) {
	e := &cp.File[idx]
	if e.Tag != classfile.TagDynamic || rtda.KindOf(it.dynamicDesc(cp, e)) == rtda.KindRef {
		if r := *cp.RefSlot(idx); r != 0 {
			return uint64(r), true
		}
	}
	vm := t.VM
	c := cp.Class
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	var result uint64
	switch e.Tag {
	case classfile.TagMethodType:
		desc, _ := cp.File.Utf8(e.A)
		mt := it.MethodTypeOf(t, c, desc)
		if mt == 0 {
			return 0, false
		}
		result = uint64(mt)
	case classfile.TagMethodHandle:
		kind := int(e.A)
		ref := &cp.File[e.B]
		// The member first, by name and descriptor; only then the
		// classes of its type (HotSpot's link_method_handle_constant).
		defc := cp.LinkMethodHandleMember(t, idx)
		if defc == nil {
			return 0, false
		}
		name, desc, _ := cp.File.NameAndType(ref.B)
		var typ heap.Ref
		if kind <= 4 { // field handles take the field's class
			typ = it.classMirror(t, c, desc)
		} else {
			typ = it.MethodTypeOf(t, c, desc)
		}
		if typ == 0 {
			return 0, false
		}
		htyp := t.NewHandle(typ)
		hname := t.NewHandle(vm.Strings.Intern(t, name))
		mh := it.callMHN(t, "linkMethodHandleConstant",
			"(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;)Ljava/lang/invoke/MethodHandle;",
			&c.Mirror, uint64(kind), &defc.Mirror, hname, htyp)
		if t.Pending != 0 {
			return 0, false
		}
		result = mh
	case classfile.TagDynamic:
		name, desc, _ := cp.File.NameAndType(e.B)
		bsm, args, ok := it.bootstrapSpecifier(t, c, e.A)
		if !ok {
			return 0, false
		}
		typ := it.classMirror(t, c, desc)
		if typ == 0 {
			return 0, false
		}
		htyp := t.NewHandle(typ)
		hname := t.NewHandle(vm.Strings.Intern(t, name))
		v := heap.Ref(it.callMHN(t, "linkDynamicConstant",
			"(Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
			&c.Mirror, uint64(idx), bsm, hname, htyp, args))
		if t.Pending != 0 {
			it.wrapBootstrapError(t)
			return 0, false
		}
		if k := rtda.KindOf(desc); k != rtda.KindRef {
			// The bootstrap method's result arrives boxed.
			return it.unboxValue(t, v, k), true
		}
		result = uint64(v)
	default:
		t.ThrowNew("java/lang/ClassFormatError", "not a method handle constant")
		return 0, false
	}
	*cp.RefSlot(idx) = heap.Ref(result)
	return result, true
}

func (it *Interp) dynamicDesc(cp *rtda.ConstantPool, e *classfile.Constant) string {
	_, desc, _ := cp.File.NameAndType(e.B)
	return desc
}

func (it *Interp) unboxValue(t *rtda.Thread, box heap.Ref, k rtda.Kind) uint64 {
	if box == 0 {
		return 0
	}
	vm := t.VM
	bc := vm.ClassOf(box)
	f := bc.FindField("value", string(k))
	if f == nil {
		return 0
	}
	h := vm.Heap
	switch k.Size() {
	case 1:
		return intSlot(int32(h.Byte(box, f.Offset)))
	case 2:
		if k == rtda.KindChar {
			return uint64(h.Char(box, f.Offset))
		}
		return intSlot(int32(h.Short(box, f.Offset)))
	case 4:
		return uint64(uint32(h.Int(box, f.Offset)))
	}
	return uint64(h.Long(box, f.Offset))
}

// invokeBasic runs MethodHandle.invokeBasic: the handle's LambdaForm entry
// point is called with the same arguments, handle first.
func (it *Interp) invokeBasic(t *rtda.Thread, in *Inst) bool {
	f := t.Top()
	argBase := f.SP - int(in.B)
	mh := heap.Ref(t.Stack[argBase])
	if mh == 0 {
		t.ThrowNewNoMessage("java/lang/NullPointerException")
		return false
	}
	l := t.MN()
	h := t.VM.Heap
	form := h.Ref(mh, l.MHForm())
	m := t.MemberNameMethod(h.Ref(form, l.LFVMEntry()))
	if m == nil {
		t.ThrowNew("java/lang/InternalError", "method handle without an entry point")
		return false
	}
	f.SP = argBase
	return it.call(t, m, argBase)
}

// linkTo runs MethodHandle.linkToStatic/Special/Virtual/Interface: the
// trailing MemberName argument names the method; the other arguments are
// passed on.
func (it *Interp) linkTo(t *rtda.Thread, in *Inst, op Op) bool {
	vm := t.VM
	f := t.Top()
	mn := heap.Ref(t.Stack[f.SP-1])
	argBase := f.SP - int(in.B)
	f.SP-- // drop the MemberName
	if mn == 0 {
		t.ThrowNewNoMessage("java/lang/NullPointerException")
		return false
	}
	m := t.MemberNameMethod(mn)
	if m == nil {
		t.ThrowNew("java/lang/InternalError", "unresolved MemberName")
		return false
	}
	if op != opLinkToStatic {
		recv := heap.Ref(t.Stack[argBase])
		if recv == 0 {
			t.ThrowNewNoMessage("java/lang/NullPointerException")
			return false
		}
		rc := vm.ClassOf(recv)
		switch op {
		case opLinkToVirtual:
			if idx := t.MemberNameIndex(mn); idx >= 0 && int(idx) < len(rc.Vtable) {
				m = rc.Vtable[idx]
			}
		case opLinkToInterface:
			if sel := it.selectInterfaceMethod(t, rc, m); sel != nil {
				m = sel
			} else {
				return false
			}
		}
	}
	f.SP = argBase
	return it.call(t, m, argBase)
}

// addSite records a linked call site so that the collector can find its
// appendix.
func (it *Interp) addSite(s *handleSite) {
	it.sitesMu.Lock()
	it.sites = append(it.sites, s)
	it.sitesMu.Unlock()
}

// visitSiteRoots gives the collector the linked call sites' appendices,
// each with the loader that owns it. The sites of unloaded classes, their
// appendices cleared, leave the list.
func (it *Interp) visitSiteRoots(visit func(owner *rtda.Loader, p *heap.Ref)) {
	it.sitesMu.Lock()
	defer it.sitesMu.Unlock()
	live := it.sites[:0]
	for _, s := range it.sites {
		if s.appendix != 0 {
			visit(s.owner, &s.appendix)
			live = append(live, s)
		}
	}
	clear(it.sites[len(live):])
	it.sites = live
}
