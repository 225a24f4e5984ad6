// Package verify is gojvm's bytecode verifier: HotSpot's type-checking
// verifier (JVMS §4.10.1, classfile/verifier.cpp's ClassVerifier) for class
// files of version 50 and later, driven by their StackMapTable attributes,
// with HotSpot's VerifyError messages and their "Exception Details", and
// the type-inference verifier (JVMS §4.10.2, libverify's check_code.c) for
// older class files and as the fallback for version 50 (infer*.go).
//
// The verifier is a service beside the class-file decoder: it reads a
// decoded *classfile.ClassFile and asks an Env about other classes, which
// may load them, as HotSpot's verifier does.
package verify

import (
	"encoding/binary"
	"sort"
	"strings"

	"github.com/gojvm/gojvm/classfile"
)

// Class is a loaded class, as the Env knows it.
type Class any

// Env answers the verifier's questions about other classes. Load may load
// a class (through the loader of the class being verified) and returns the
// error that loading raised; the verifier stops and returns that error.
type Env interface {
	Load(name string) (Class, error)
	// Current is the class being verified.
	Current() Class
	IsInterface(c Class) bool
	// IsSubclassOf reports whether sub is super or has super among its
	// superclasses (HotSpot's Klass::is_subclass_of).
	IsSubclassOf(sub, super Class) bool
	// ProtectedElsewhere reports whether target declares or inherits a
	// protected member with this name and descriptor (a method if method,
	// else a field) whose declaring class is in another runtime package
	// than the class being verified.
	ProtectedElsewhere(target Class, name, desc string, method bool) bool
	// Name is the internal name of a loaded class; Super its superclass,
	// nil for java/lang/Object and interfaces' Object.
	Name(c Class) string
	Super(c Class) Class
}

// Input is a class to verify.
type Input struct {
	File       *classfile.ClassFile
	Name       string   // internal name
	Supers     []string // superclass chain, nearest first
	Interfaces []string // direct superinterfaces
	Env        Env
	// Log, if set, receives HotSpot's -Xlog:verification info lines.
	Log func(line string)
	// Order, if set, lists the indexes of File.Methods in the order to
	// verify them: HotSpot's, which sorts methods by name symbol address.
	Order []int
}

// opcode values the verifier switches on.
const (
	opNew        = 0xbb
	opWide       = 0xc4
	newOffset    = 2 // codeData mark of a new instruction
	instOffset   = 1 // codeData mark of any other instruction
	maxArrayDims = 255
)

// Verify verifies every method with code of in.File. It returns an *Error
// when the class is rejected, or the error of a class load it caused.
// Class files before version 50 are verified by type inference; a version
// 50 class that fails type checking is verified again by type inference
// (HotSpot's FailOverToOldVerifier: javac 6 wrote stack maps that tools
// then broke), and rejected only if that fails too, with the type
// checker's message (Verifier::verify).
func Verify(in *Input) error {
	ext := strings.ReplaceAll(in.Name, "/", ".")
	cf := in.File
	if cf.MajorVersion < 50 {
		return inferVerify(in, ext)
	}
	err := verifyTypes(in, ext)
	if rejected, ok := err.(*Error); ok && cf.MajorVersion == 50 {
		if in.Log != nil {
			in.Log("Fail over class verification to old verifier for: " + ext)
		}
		switch ierr := inferVerify(in, ext).(type) {
		case nil:
			return nil
		case *Error:
			return &Error{Class: ierr.Class, Message: rejected.Message}
		default:
			return ierr
		}
	}
	return err
}

// inferVerify runs the type-inference verifier (Verifier::inference_verify).
func inferVerify(in *Input, ext string) error {
	if in.Log != nil {
		in.Log("Verifying class " + ext + " with old format")
	}
	err := inferClass(in)
	if e, ok := err.(*inferError); ok {
		return &Error{Class: e.class, Message: e.msg}
	}
	return err
}

// verifyTypes runs the type checker over every method (ClassVerifier::verify_class).
func verifyTypes(in *Input, ext string) error {
	cf := in.File
	if in.Log != nil {
		in.Log("Verifying class " + ext + " with new format")
	}
	order := in.Order
	if order == nil {
		for i := range cf.Methods {
			order = append(order, i)
		}
	}
	for _, i := range order {
		m := &cf.Methods[i]
		if m.Access&(classfile.AccNative|classfile.AccAbstract) != 0 {
			continue
		}
		name, _ := cf.ConstantPool.Utf8(m.NameIndex)
		desc, _ := cf.ConstantPool.Utf8(m.DescriptorIndex)
		if in.Log != nil {
			in.Log("Verifying method " + ext + "." + name + desc)
		}
		v := &methodVerifier{in: in, env: in.Env, cp: cf.ConstantPool, m: m, name: name, desc: desc,
			className: in.Name, major: int(cf.MajorVersion)}
		if err := v.verify(); err != nil {
			return err
		}
	}
	return nil
}

// LogEnd is the line HotSpot logs when verification of class name ends,
// err being what Verify returned.
func LogEnd(name string, err error) []string {
	ext := strings.ReplaceAll(name, "/", ".")
	var lines []string
	if err != nil {
		if _, ok := err.(*Error); ok {
			lines = append(lines, "Verification for "+ext+" failed")
		}
	}
	return append(lines, "End class verification for: "+ext)
}

type methodVerifier struct {
	in        *Input
	env       Env
	cp        classfile.ConstantPool
	m         *classfile.Method
	name      string
	desc      string
	className string
	major     int

	code         []byte
	codeData     []uint8 // instOffset or newOffset at each instruction start
	handlers     []classfile.ExceptionHandler
	stackMapData []byte
	frames       []*frame
	returnType   Type
	thisType     Type
}

// externalName is the method as Method::print_external_name writes it:
// "void Foo.main(java.lang.String[])".
func (v *methodVerifier) externalName() string {
	params, ret, _ := parseMethodDesc(v.desc)
	var ps []string
	for _, p := range params {
		ps = append(ps, externalType(p))
	}
	return externalType(ret) + " " + strings.ReplaceAll(v.className, "/", ".") + "." + v.name + "(" + strings.Join(ps, ", ") + ")"
}

func externalType(d string) string {
	dims := 0
	for dims < len(d) && d[dims] == '[' {
		dims++
	}
	d = d[dims:]
	var s string
	switch {
	case d == "":
		s = ""
	case d[0] == 'L':
		s = strings.ReplaceAll(strings.TrimSuffix(d[1:], ";"), "/", ".")
	default:
		s = map[byte]string{'B': "byte", 'C': "char", 'D': "double", 'F': "float", 'I': "int", 'J': "long",
			'S': "short", 'Z': "boolean", 'V': "void"}[d[0]]
	}
	return s + strings.Repeat("[]", dims)
}

// parseMethodDesc splits a method descriptor into parameter descriptors and
// the return descriptor.
func parseMethodDesc(desc string) (params []string, ret string, ok bool) {
	if len(desc) == 0 || desc[0] != '(' {
		return nil, "", false
	}
	i := 1
	for i < len(desc) && desc[i] != ')' {
		n := fieldDescLen(desc[i:])
		if n == 0 {
			return nil, "", false
		}
		params = append(params, desc[i:i+n])
		i += n
	}
	if i >= len(desc) {
		return nil, "", false
	}
	ret = desc[i+1:]
	if ret != "V" && (ret == "" || fieldDescLen(ret) != len(ret)) {
		return nil, "", false
	}
	return params, ret, true
}

// fieldDescLen is the length of the field descriptor at the start of s, or 0.
func fieldDescLen(s string) int {
	i := 0
	for i < len(s) && s[i] == '[' {
		i++
	}
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z':
		return i + 1
	case 'L':
		j := strings.IndexByte(s[i:], ';')
		if j <= 1 {
			return 0
		}
		return i + j + 1
	}
	return 0
}

// sigTypes are the verification types of a field descriptor (two for a long
// or double; the small integer types are all int).
func sigTypes(d string) []Type {
	switch d[0] {
	case 'L':
		return []Type{ref(d[1 : len(d)-1])}
	case '[':
		return []Type{ref(d)}
	case 'J':
		return []Type{tLong, tLong2}
	case 'D':
		return []Type{tDouble, tDouble2}
	case 'F':
		return []Type{tFloat}
	}
	return []Type{tInt}
}

// returnTypeOf is the type a method with return descriptor d returns, Top for void.
func returnTypeOf(d string) Type {
	switch d[0] {
	case 'V':
		return tTop
	case 'Z':
		return Type{Kind: Boolean}
	case 'B':
		return Type{Kind: Byte}
	case 'C':
		return Type{Kind: Char}
	case 'S':
		return Type{Kind: Short}
	}
	return sigTypes(d)[0]
}

// opcodeName is the name HotSpot gives the byte at bci in a VerifyError's
// location: JVMS mnemonics, HotSpot's own internal bytecodes by their
// names, "<illegal>" for any other byte.
func opcodeName(code []byte, bci int) string {
	op := classfile.Opcode(code[bci])
	if op.Valid() {
		return op.String()
	}
	if int(op) >= hotspotOpcodeBase && int(op) < hotspotOpcodeBase+len(hotspotOpcodes) {
		return hotspotOpcodes[int(op)-hotspotOpcodeBase].name
	}
	return "<illegal>"
}

// HotSpot's internal bytecodes (bytecodes.hpp, from _breakpoint on): a
// class file may not use them, but HotSpot's raw bytecode stream steps
// over them with their lengths, so the verifier meets one as "Bad
// instruction: <opcode>" where it comes in the code, not before the
// method is verified.
const hotspotOpcodeBase = 0xca

var hotspotOpcodes = [...]struct {
	name   string
	length int // 0: a lookupswitch's
}{
	{"breakpoint", 1},
	{"fast_agetfield", 3}, {"fast_bgetfield", 3}, {"fast_cgetfield", 3}, {"fast_dgetfield", 3},
	{"fast_fgetfield", 3}, {"fast_igetfield", 3}, {"fast_lgetfield", 3}, {"fast_sgetfield", 3},
	{"fast_aputfield", 3}, {"fast_bputfield", 3}, {"fast_zputfield", 3}, {"fast_cputfield", 3},
	{"fast_dputfield", 3}, {"fast_fputfield", 3}, {"fast_iputfield", 3}, {"fast_lputfield", 3},
	{"fast_sputfield", 3},
	{"fast_aload_0", 1}, {"fast_iaccess_0", 4}, {"fast_aaccess_0", 4}, {"fast_faccess_0", 4},
	{"fast_iload", 2}, {"fast_iload2", 4}, {"fast_icaload", 3},
	{"fast_invokevfinal", 3},
	{"fast_linearswitch", 0}, {"fast_binaryswitch", 0},
	{"fast_aldc", 2}, {"fast_aldc_w", 3},
	{"return_register_finalizer", 1},
	{"invokehandle", 3},
	{"nofast_getfield", 3}, {"nofast_putfield", 3}, {"nofast_aload_0", 1}, {"nofast_iload", 2},
	{"_shouldnotreachhere", 1},
}

// decodeRaw decodes the instruction at bci as HotSpot's RawBytecodeStream
// steps over it: a HotSpot internal bytecode is an instruction of its own
// length (with no operands gojvm reads), which the verifier then rejects.
func decodeRaw(code []byte, bci int) (classfile.Instruction, error) {
	in, err := classfile.DecodeInstruction(code, bci)
	op := int(code[bci])
	if err == nil || op < hotspotOpcodeBase || op >= hotspotOpcodeBase+len(hotspotOpcodes) {
		return in, err
	}
	n := hotspotOpcodes[op-hotspotOpcodeBase].length
	if n == 0 {
		// Laid out as a lookupswitch.
		tmp := append([]byte(nil), code...)
		tmp[bci] = byte(classfile.Lookupswitch)
		sw, err := classfile.DecodeInstruction(tmp, bci)
		if err != nil {
			return in, err
		}
		n = sw.Length
	}
	if bci+n > len(code) {
		return in, err
	}
	return classfile.Instruction{PC: bci, Opcode: classfile.Opcode(op), Length: n}, nil
}

func (v *methodVerifier) badCode(bci int, format string, args ...any) error {
	return v.verifyError(errorContext{bci: bci, fault: invalidBytecode}, format, args...)
}

func (v *methodVerifier) extName() string { return strings.ReplaceAll(v.className, "/", ".") }

// cpIndex checks that index is within the constant pool.
func (v *methodVerifier) cpIndex(bci, index int) error {
	if index <= 0 || index >= len(v.cp) {
		return v.verifyError(errorContext{bci: bci, fault: badCPIndex, typ: origin{kind: badIndex, index: index}},
			"Illegal constant pool index %d in class %s", index, v.extName())
	}
	return nil
}

// cpType checks that entry index is of one of the kinds tags.
func (v *methodVerifier) cpType(bci, index int, tags ...classfile.ConstantTag) error {
	if err := v.cpIndex(bci, index); err != nil {
		return err
	}
	for _, t := range tags {
		if v.cp[index].Tag == t {
			return nil
		}
	}
	return v.verifyError(errorContext{bci: bci, fault: badCPIndex, typ: origin{kind: badIndex, index: index}},
		"Illegal type at constant pool entry %d in class %s", index, v.extName())
}

// classType is the type a Class entry names.
func (v *methodVerifier) classType(index int) Type {
	name, _ := v.cp.ClassName(uint16(index))
	return ref(name)
}

// memberClassType is the type of the class of a field or method reference.
func (v *methodVerifier) memberClassType(index int) Type { return v.classType(int(v.cp[index].A)) }

func (v *methodVerifier) memberNameAndType(index int) (string, string) {
	name, desc, _ := v.cp.NameAndType(v.cp[index].B)
	return name, desc
}

// nameInSupers reports whether name is a superclass of the class being verified.
func (v *methodVerifier) nameInSupers(name string) bool {
	for _, s := range v.in.Supers {
		if s == name {
			return true
		}
	}
	return false
}

func (v *methodVerifier) verify() error {
	code := v.m.Code()
	if code == nil {
		return nil
	}
	v.code = code.Code
	v.handlers = code.ExceptionTable
	if a := code.Attributes.Find(classfile.AttrStackMapTable); a != nil {
		v.stackMapData = a.Info().Data
	}
	maxLocals, maxStack := int(code.MaxLocals), int(code.MaxStack)
	v.thisType = ref(v.className)

	cur := newFrame(v, maxLocals, maxStack)
	cur.stackMark = 0
	if err := v.initialLocals(cur); err != nil {
		return err
	}
	if err := v.scanCode(); err != nil {
		return err
	}
	exMin, exMax, err := v.checkHandlerTable()
	if err != nil {
		return err
	}
	if err := v.checkLocalVariableTable(code); err != nil {
		return err
	}
	r := &stackMapReader{v: v, data: v.stackMapData}
	if v.frames, err = r.read(cur); err != nil {
		return err
	}

	smIndex := 0
	noControlFlow := false
	for bci := 0; bci < len(v.code); {
		in, _ := decodeRaw(v.code, bci)
		cur.offset = bci
		cur.mark()
		if smIndex, err = v.matchTable(smIndex, cur, noControlFlow); err != nil {
			return err
		}
		thisUninit := false
		handlersDone := false
		op := in.Opcode
		if isStore(op) && bci >= exMin && bci < exMax {
			if err := v.checkHandlerTargets(bci, false, cur); err != nil {
				return err
			}
			handlersDone = true
		}
		noControlFlow, err = v.instruction(&in, cur, bci >= exMin && bci < exMax, &thisUninit)
		if err != nil {
			return err
		}
		if !handlersDone && bci >= exMin && bci < exMax {
			if err := v.checkHandlerTargets(bci, thisUninit, cur); err != nil {
				return err
			}
		}
		bci += in.Length
	}
	if !noControlFlow {
		return v.badCode(len(v.code), "Control flow falls through code end")
	}
	return nil
}

func isStore(op classfile.Opcode) bool {
	return (op >= classfile.Istore && op <= classfile.Astore) || (op >= classfile.Istore0 && op <= classfile.Astore3)
}

// initialLocals sets the locals of the frame at method entry from the
// method's descriptor (HotSpot's set_locals_from_arg).
func (v *methodVerifier) initialLocals(f *frame) error {
	params, ret, _ := parseMethodDesc(v.desc)
	var locals []Type
	if v.m.Access&classfile.AccStatic == 0 {
		if v.name == "<init>" && v.className != "java/lang/Object" {
			locals = append(locals, tUninitThis)
			f.flags |= flagThisUninit
		} else {
			locals = append(locals, v.thisType)
		}
	}
	for _, p := range params {
		locals = append(locals, sigTypes(p)...)
	}
	if len(locals) > len(f.locals) {
		// The class-file parser rejects this ("Arguments can't fit into locals").
		return &Error{Class: "java/lang/ClassFormatError", Message: "Arguments can't fit into locals in class file " + v.className}
	}
	copy(f.locals, locals)
	f.localsSize = len(locals)
	v.returnType = returnTypeOf(ret)
	return nil
}

// scanCode marks the start of every instruction (HotSpot's generate_code_data).
func (v *methodVerifier) scanCode() error {
	v.codeData = make([]uint8, len(v.code))
	for bci := 0; bci < len(v.code); {
		in, err := decodeRaw(v.code, bci)
		if err != nil {
			return v.badCode(bci, "Bad instruction")
		}
		if in.Opcode == opNew && !in.Wide {
			v.codeData[bci] = newOffset
		} else {
			v.codeData[bci] = instOffset
		}
		bci += in.Length
	}
	return nil
}

func (v *methodVerifier) isInst(pc int) bool {
	return pc >= 0 && pc < len(v.code) && v.codeData[pc] != 0
}

// checkHandlerTable checks the exception table and returns the range of
// code that handlers cover.
func (v *methodVerifier) checkHandlerTable() (int, int, error) {
	exMin, exMax := len(v.code), -1
	for _, h := range v.handlers {
		start, end, handler := int(h.StartPC), int(h.EndPC), int(h.HandlerPC)
		if !v.isInst(start) {
			return 0, 0, v.formatError("Illegal exception table start_pc %d", start)
		}
		if end != len(v.code) && !v.isInst(end) {
			return 0, 0, v.formatError("Illegal exception table end_pc %d", end)
		}
		if !v.isInst(handler) {
			return 0, 0, v.formatError("Illegal exception table handler_pc %d", handler)
		}
		if h.CatchType != 0 {
			catch := v.classType(int(h.CatchType))
			if catch.Name == "java/lang/Throwable" {
				if _, err := v.env.Load(catch.Name); err != nil {
					return 0, 0, err
				}
			}
			ok, err := v.assignable(tThrowable, catch, false)
			if err != nil {
				return 0, 0, err
			}
			if !ok {
				return 0, 0, v.verifyError(errorContext{bci: handler, fault: wrongType,
					typ: cpOrigin(int(h.CatchType), catch), expected: implicitOrigin(tThrowable)},
					"Catch type is not a subclass of Throwable in exception handler %d", handler)
			}
		}
		exMin, exMax = min(exMin, start), max(exMax, end)
	}
	return exMin, exMax, nil
}

func (v *methodVerifier) checkLocalVariableTable(code *classfile.CodeAttribute) error {
	for _, a := range code.Attributes {
		lvt, ok := a.(*classfile.LocalVariableTableAttribute)
		if !ok || lvt.Type {
			continue
		}
		for _, lv := range lvt.Variables {
			start := int(lv.StartPC)
			if !v.isInst(start) {
				return v.formatError("Illegal local variable table start_pc %d", start)
			}
			if end := start + int(lv.Length); end != len(v.code) && !v.isInst(end) {
				return v.formatError("Illegal local variable table length %d", lv.Length)
			}
		}
	}
	return nil
}

// frameAt returns the index of the table frame at offset, or len(frames).
// The offsets of a table that passed reading only grow.
func (v *methodVerifier) frameAt(offset int) int {
	i := sort.Search(len(v.frames), func(i int) bool { return v.frames[i].offset >= offset })
	if i < len(v.frames) && v.frames[i].offset == offset {
		return i
	}
	return len(v.frames)
}

// matchStackmap matches (if match) and updates (if update) f against table
// frame index, as HotSpot's StackMapTable::match_stackmap does.
func (v *methodVerifier) matchStackmap(f *frame, target, index int, match, update bool, ctx *errorContext) (bool, error) {
	if index < 0 || index >= len(v.frames) {
		*ctx = errorContext{bci: f.offset, fault: missingStackmap}
		return false, v.verifyError(*ctx, "Expecting a stackmap frame at branch target %d", target)
	}
	sm := v.frames[index]
	ok := true
	if match {
		var err error
		if ok, err = f.assignableTo(sm, ctx); err != nil {
			return false, err
		}
	}
	if update {
		for i := range f.locals {
			f.locals[i] = tTop
		}
		for i := range f.stack {
			f.stack[i] = tTop
		}
		copy(f.locals, sm.locals[:sm.localsSize])
		copy(f.stack, sm.stack[:sm.stackSize])
		f.localsSize, f.stackSize, f.stackMark = sm.localsSize, sm.stackSize, sm.stackSize
		f.flags = sm.flags
	}
	return ok, nil
}

// matchTable matches the current frame against the table frame at its
// offset, if there is one (HotSpot's verify_stackmap_table).
func (v *methodVerifier) matchTable(index int, cur *frame, noControlFlow bool) (int, error) {
	bci := cur.offset
	if index < len(v.frames) {
		off := v.frames[index].offset
		if noControlFlow && off > bci {
			return 0, v.verifyError(errorContext{bci: bci, fault: missingStackmap}, "Expecting a stack map frame")
		}
		if off == bci {
			var ctx errorContext
			ok, err := v.matchStackmap(cur, off, index, !noControlFlow, true, &ctx)
			if err != nil {
				return 0, err
			}
			if !ok {
				return 0, v.verifyError(ctx, "Instruction type does not match stack map")
			}
			return index + 1, nil
		}
		if off < bci {
			return 0, v.formatError("Bad stack map offset %d", off)
		}
	} else if noControlFlow {
		return 0, v.badCode(bci, "Expecting a stack map frame")
	}
	return index, nil
}

// checkJump checks the current frame against the table frame at a branch target.
func (v *methodVerifier) checkJump(f *frame, target int) error {
	var ctx errorContext
	ok, err := v.matchStackmap(f, target, v.frameAt(target), true, false, &ctx)
	if err != nil {
		return err
	}
	if !ok || target < 0 || target >= len(v.code) {
		return v.verifyError(ctx, "Inconsistent stackmap frames at branch target %d", target)
	}
	return nil
}

// checkHandlerTargets checks the frames of the exception handlers that
// cover bci (HotSpot's verify_exception_handler_targets).
func (v *methodVerifier) checkHandlerTargets(bci int, thisUninit bool, cur *frame) error {
	for _, h := range v.handlers {
		if bci < int(h.StartPC) || bci >= int(h.EndPC) {
			continue
		}
		flags := cur.flags
		if thisUninit {
			flags |= flagThisUninit
		}
		nf := cur.handlerFrame(flags)
		catch := tThrowable
		if h.CatchType != 0 {
			catch = v.classType(int(h.CatchType))
		}
		if err := nf.push(catch); err != nil {
			return err
		}
		var ctx errorContext
		ok, err := v.matchStackmap(nf, int(h.HandlerPC), v.frameAt(int(h.HandlerPC)), true, false, &ctx)
		if err != nil {
			return err
		}
		if !ok {
			return v.verifyError(ctx, "Stack map does not match the one at exception handler %d", h.HandlerPC)
		}
	}
	return nil
}

func u2At(code []byte, pc int) int { return int(binary.BigEndian.Uint16(code[pc:])) }

// arrayCheck pops an index and an array for an array load or store and
// checks the array's type.
func (v *methodVerifier) arrayCheck(f *frame, bci int, name string, ok func(Type) bool, expect string) (Type, error) {
	if _, err := f.pop(tInt); err != nil {
		return tTop, err
	}
	at, err := f.pop(tRefQuery)
	if err != nil {
		return tTop, err
	}
	if !ok(at) {
		ctx := errorContext{bci: bci, fault: wrongType, typ: f.topCtx()}
		if expect == "*" {
			ctx.expected = implicitOrigin(tRefQuery)
		} else if expect != "" {
			ctx.expected = implicitOrigin(ref(expect))
		}
		return tTop, v.verifyError(ctx, "Bad type on operand stack in %s", name)
	}
	return at, nil
}
