package verify

import (
	"fmt"
	"strings"

	"github.com/gojvm/gojvm/classfile"
)

// The type-inference verifier (JVMS §4.10.2) for class files before version
// 50, and for version 50 classes that fail type checking: HotSpot 17 runs
// the old verifier of libverify (check_code.c) for these, so gojvm follows
// its dataflow, its checks in their order and its messages, which have the
// shape "(class: Foo, method: bar signature: ()V) Expecting to find integer
// on stack" and no "Exception Details".
//
// Types are packed in 32 bits as libverify packs them (fullinfo_type): an
// item kind, array dimensions and an extra field (a class id, or the
// instruction number of a new or of a subroutine's entry). Two types are
// the same exactly when their words are equal, which the checks rely on.

// info is one inferred type.
type info uint32

// item is the kind of an info.
type item uint8

const (
	itBogus item = iota
	itVoid
	itInteger
	itFloat
	itDouble
	itDouble2 // second word of a double in a register
	itLong
	itLong2 // second word of a long in a register
	itArray
	itObject     // extra: class id; 0 is null
	itNewObject  // extra: instruction number of the new
	itInitObject // this in a constructor before super() or this()
	itReturnAddress
	itByte // the small types appear only as array components
	itShort
	itChar
	itBoolean
)

func mkInfo(k item, dims, extra int) info {
	return info(uint32(k) + uint32(dims)<<5 + uint32(extra)<<16)
}

func (t info) item() item          { return item(t & 0x1f) }
func (t info) dims() int           { return int(t&0xffff) >> 5 }
func (t info) extra() int          { return int(t >> 16) }
func (t info) noDims() info        { return t &^ 0xffe0 }
func (t info) noExtra() info       { return t & 0xffff }
func (t info) isRefLike() bool     { return t.item() == itObject || t.dims() > 0 }
func (t info) withDims(d int) info { return mkInfo(t.item(), d, t.extra()) }

var (
	infoBogus   = mkInfo(itBogus, 0, 0)
	infoVoid    = mkInfo(itVoid, 0, 0)
	infoInt     = mkInfo(itInteger, 0, 0)
	infoFloat   = mkInfo(itFloat, 0, 0)
	infoLong    = mkInfo(itLong, 0, 0)
	infoDouble  = mkInfo(itDouble, 0, 0)
	infoNull    = mkInfo(itObject, 0, 0)
	infoInitObj = mkInfo(itInitObject, 0, 0)
)

// Flags of a path to an instruction (instruction_data_type's and/or flags).
const (
	flagReached         = 0x01 // or: the instruction is reached
	flagNeedConstructor = 0x02 // or: this.<init> or super.<init> must be called
	flagNoReturn        = 0x04 // or: the method must throw out
	flagConstructed     = 0x01 // and: this.<init> or super.<init> was called
)

const (
	unknownStackSize = -1
	unknownRegisters = -1
	unknownRet       = -1
	opInvokeInit     = 0x100 // invokespecial of an <init>
)

// stackItem is one entry of an operand stack; stacks share their tails.
type stackItem struct {
	t    info
	next *stackItem
}

type stackInfo struct {
	top  *stackItem
	size int // in words; unknownStackSize before the instruction is reached
}

// subMask records, for a subroutine entered at instruction entry, which
// registers it has modified so far.
type subMask struct {
	entry    int
	modifies []uint32
}

type regInfo struct {
	count int // unknownRegisters before the instruction is reached
	regs  []info
	masks []subMask
}

// instData is what the dataflow knows about one instruction.
type instData struct {
	opcode    int // the generic opcode (iload for iload_0, the wide's opcode)
	changed   bool
	protected bool // the receiver must be a subclass of the current class
	operand   int  // local, branch target, constant-pool index
	operand2  int  // jsr: its ret's instruction number; multianewarray: dimensions
	fi, fi2   info // type operands: new (uninitialized, created), invokes (-, class), ...
	targets   []int
	retTo     []int // ret: the instructions after the jsrs it returns to
	retKnown  bool
	stack     stackInfo
	reg       regInfo
	andFlags  uint16
	orFlags   uint16
}

type handlerInfo struct {
	start, end, handler int
	stack               stackInfo
}

// inferVerifier verifies one class (libverify's context_type).
type inferVerifier struct {
	in  *Input
	env Env
	cf  *classfile.ClassFile
	cp  classfile.ConstantPool

	names                                                                  []string       // class ids: names[id]
	ids                                                                    map[string]int // name -> id
	classes                                                                map[int]Class  // loaded lazily
	objectInfo, stringInfo, throwableInfo, cloneableInfo, serializableInfo info
	currentInfo, superInfo                                                 info
	supers                                                                 []info

	// per method
	m            *classfile.Method
	mname, mdesc string
	code         []byte
	codeData     []int
	idata        []instData
	handlers     []handlerInfo
	maxLocals    int
	maxStack     int
	returnType   info
	maskWords    int
	swap         [4]info
}

// inferError is a rejection found by the inference verifier.
type inferError struct {
	class string // java/lang/VerifyError or java/lang/ClassFormatError
	msg   string
}

func (e *inferError) Error() string { return e.msg }

// inferClass verifies in.File with the type-inference verifier.
func inferClass(in *Input) error {
	v := &inferVerifier{in: in, env: in.Env, cf: in.File, cp: in.File.ConstantPool,
		ids: map[string]int{}, classes: map[int]Class{}, names: []string{""}}
	v.objectInfo = v.classInfo("java/lang/Object")
	v.stringInfo = v.classInfo("java/lang/String")
	v.throwableInfo = v.classInfo("java/lang/Throwable")
	v.cloneableInfo = v.classInfo("java/lang/Cloneable")
	v.serializableInfo = v.classInfo("java/io/Serializable")
	v.currentInfo = v.classInfo(in.Name)
	if len(in.Supers) > 0 {
		v.superInfo = v.classInfo(in.Supers[0])
		for _, s := range in.Supers {
			v.supers = append(v.supers, v.classInfo(s))
		}
	}
	// libverify verifies the methods from last to first, in the order
	// HotSpot keeps them (sorted by name symbol).
	order := in.Order
	if order == nil {
		for i := range v.cf.Methods {
			order = append(order, i)
		}
	}
	for k := len(order) - 1; k >= 0; k-- {
		if err := v.method(&v.cf.Methods[order[k]]); err != nil {
			return err
		}
	}
	return nil
}

// classInfo is the type of class name (make_class_info_from_name).
func (v *inferVerifier) classInfo(name string) info {
	id, ok := v.ids[name]
	if !ok {
		id = len(v.names)
		if id > 0xffff {
			id = 0xffff
		} else {
			v.names = append(v.names, name)
			v.ids[name] = id
		}
	}
	return mkInfo(itObject, 0, id)
}

// class loads the class of an object type (object_fullinfo_to_classclass).
func (v *inferVerifier) class(t info) (Class, error) {
	id := t.extra()
	if c, ok := v.classes[id]; ok {
		return c, nil
	}
	c, err := v.env.Load(v.names[id])
	if err != nil {
		return nil, err
	}
	v.classes[id] = c
	return c, nil
}

// infoOfClass is the type of a loaded class.
func (v *inferVerifier) infoOfClass(c Class) info {
	t := v.classInfo(v.env.Name(c))
	if _, ok := v.classes[t.extra()]; !ok {
		v.classes[t.extra()] = c
	}
	return t
}

func (v *inferVerifier) fail(format string, args ...any) error {
	return &inferError{class: "java/lang/VerifyError", msg: v.where() + fmt.Sprintf(format, args...)}
}

func (v *inferVerifier) formatFail(format string, args ...any) error {
	return &inferError{class: "java/lang/ClassFormatError", msg: v.where() + fmt.Sprintf(format, args...)}
}

// where is the prefix of every message (print_CCerror_info).
func (v *inferVerifier) where() string {
	if v.m == nil {
		return "(class: " + v.in.Name + ") "
	}
	return "(class: " + v.in.Name + ", method: " + v.mname + " signature: " + v.mdesc + ") "
}

func (v *inferVerifier) u1(pc int) int {
	if pc < 0 || pc >= len(v.code) {
		return 0
	}
	return int(v.code[pc])
}

func (v *inferVerifier) u2(pc int) int { return v.u1(pc)<<8 | v.u1(pc+1) }

func (v *inferVerifier) s4(pc int) int {
	return int(int32(uint32(v.u1(pc))<<24 | uint32(v.u1(pc+1))<<16 | uint32(v.u1(pc+2))<<8 | uint32(v.u1(pc+3))))
}

// instructionLength is the length of the instruction at pc, or -1 when it
// is not a legal instruction.
func (v *inferVerifier) instructionLength(pc int) int {
	op := classfile.Opcode(v.code[pc])
	switch op {
	case classfile.Tableswitch:
		lpc := (pc + 4) &^ 3
		if lpc+8 >= len(v.code) {
			return -1
		}
		index := int64(v.s4(lpc+8)) - int64(v.s4(lpc+4))
		if index < 0 || index > 65535 {
			return -1
		}
		return lpc + int(index+4)*4 - pc
	case classfile.Lookupswitch:
		lpc := (pc + 4) &^ 3
		if lpc+4 >= len(v.code) {
			return -1
		}
		npairs := v.s4(lpc + 4)
		if npairs < 0 || npairs >= 65536 {
			return -1
		}
		return lpc + 8*(npairs+1) - pc
	case classfile.Wide:
		if pc+1 >= len(v.code) {
			return -1
		}
		switch classfile.Opcode(v.code[pc+1]) {
		case classfile.Ret, classfile.Iload, classfile.Istore, classfile.Fload, classfile.Fstore,
			classfile.Aload, classfile.Astore, classfile.Lload, classfile.Lstore, classfile.Dload, classfile.Dstore:
			return 4
		case classfile.Iinc:
			return 6
		}
		return -1
	}
	if op > classfile.JsrW || !op.Valid() {
		return -1
	}
	return int(op.Info().Length)
}

func (v *inferVerifier) legalTarget(pc int) bool {
	return pc >= 0 && pc < len(v.code) && v.codeData[pc] >= 0
}

// method verifies one method (verify_method).
func (v *inferVerifier) method(m *classfile.Method) error {
	if m.Access&(classfile.AccNative|classfile.AccAbstract) != 0 {
		return nil
	}
	code := m.Code()
	v.m = m
	defer func() { v.m = nil }()
	v.mname, _ = v.cp.Utf8(m.NameIndex)
	v.mdesc, _ = v.cp.Utf8(m.DescriptorIndex)
	if m.Access&classfile.AccPublic != 0 && m.Access&(classfile.AccPrivate|classfile.AccProtected) != 0 {
		return v.fail("Inconsistent access bits.")
	}
	if code == nil {
		return v.fail("Empty code")
	}
	v.code = code.Code
	v.maxLocals, v.maxStack = int(code.MaxLocals), int(code.MaxStack)
	v.maskWords = (v.maxLocals + 31) / 32
	v.codeData = make([]int, len(v.code))
	count := 0
	for pc := 0; pc < len(v.code); count++ {
		n := v.instructionLength(pc)
		next := pc + n
		if n <= 0 {
			return v.fail("Illegal instruction found at offset %d", pc)
		}
		if next > len(v.code) {
			return v.fail("Code stops in the middle of instruction  starting at offset %d", pc)
		}
		v.codeData[pc] = count
		for pc++; pc < next; pc++ {
			v.codeData[pc] = -1
		}
	}
	if count == 0 {
		return v.fail("Empty code")
	}
	v.idata = make([]instData, count)
	for i, pc := 0, 0; pc < len(v.code); i++ {
		d := &v.idata[i]
		d.opcode = int(v.code[pc])
		d.stack.size = unknownStackSize
		d.reg.count = unknownRegisters
		d.andFlags = 0xffff
		if err := v.operands(i, pc); err != nil {
			return err
		}
		pc += v.instructionLength(pc)
	}
	if err := v.exceptionTable(code); err != nil {
		return err
	}
	if err := v.initDataflow(); err != nil {
		return err
	}
	if err := v.runDataflow(); err != nil {
		return err
	}
	if a, ok := m.Attributes.Find(classfile.AttrExceptions).(*classfile.ExceptionsAttribute); ok {
		for _, e := range a.Exceptions {
			if err := v.cpType(int(e), 1<<classfile.TagClass); err != nil {
				return err
			}
		}
	}
	return nil
}

// cpType checks that constant-pool entry index is of one of the kinds in
// mask (verify_constant_pool_type).
func (v *inferVerifier) cpType(index int, mask uint32) error {
	if index <= 0 || index >= len(v.cp) {
		return v.fail("Illegal constant pool index")
	}
	if mask&(1<<uint(v.cp[index].Tag)) == 0 {
		return v.fail("Illegal type in constant pool")
	}
	return nil
}

// exceptionTable checks the exception table and records each handler with
// the stack it starts with (initialize_exception_table); like libverify it
// keeps them last entry first.
func (v *inferVerifier) exceptionTable(code *classfile.CodeAttribute) error {
	table := code.ExceptionTable
	if v.maxStack < 1 && len(table) > 0 {
		return v.fail("Stack size too large")
	}
	v.handlers = v.handlers[:0]
	for i := len(table) - 1; i >= 0; i-- {
		e := table[i]
		start, end, handler := int(e.StartPC), int(e.EndPC), int(e.HandlerPC)
		if !(start < end && v.legalTarget(start) && (end == len(v.code) || v.legalTarget(end))) {
			return v.formatFail("Illegal exception table range")
		}
		if !(handler > 0 && v.legalTarget(handler)) {
			return v.formatFail("Illegal exception table handler")
		}
		h := handlerInfo{start: v.codeData[start], handler: v.codeData[handler]}
		if end == len(v.code) {
			h.end = len(v.idata)
		} else {
			h.end = v.codeData[end]
		}
		t := v.throwableInfo
		if e.CatchType != 0 {
			name, _ := v.cp.ClassName(e.CatchType)
			t = v.classInfo(name)
			ok, err := v.assignable(t, v.throwableInfo)
			if err != nil {
				return err
			}
			if !ok {
				return v.fail("catch_type not a subclass of Throwable")
			}
		}
		h.stack = stackInfo{top: &stackItem{t: t}, size: 1}
		v.handlers = append(v.handlers, h)
	}
	return nil
}

// initDataflow sets up the state at the method's entry (initialize_dataflow).
func (v *inferVerifier) initDataflow() error {
	d := &v.idata[0]
	d.stack = stackInfo{size: 0}
	var regs []info
	d.andFlags = 0
	d.orFlags = flagReached
	if v.m.Access&classfile.AccStatic == 0 {
		if v.mname == "<init>" && v.currentInfo != v.objectInfo {
			regs = append(regs, infoInitObj)
			d.orFlags |= flagNeedConstructor
		} else {
			regs = append(regs, v.currentInfo)
		}
	}
	p := 1
	for p < len(v.mdesc) && v.mdesc[p] != ')' {
		c, t, err := v.fieldType(v.mdesc, &p)
		if err != nil {
			return err
		}
		switch c {
		case 'D', 'L':
			regs = append(regs, t, t+1)
		case 0:
			p = len(v.mdesc) // a descriptor the format checks let through
		default:
			regs = append(regs, t)
		}
	}
	// The registers at entry are the arguments (JVM_GetMethodIxArgsSize).
	d.reg = regInfo{count: len(regs), regs: regs}
	p++
	if p < len(v.mdesc) && v.mdesc[p] == 'V' {
		v.returnType = infoVoid
	} else {
		_, t, err := v.fieldType(v.mdesc, &p)
		if err != nil {
			return err
		}
		v.returnType = t
	}
	d.changed = true
	return nil
}

// fieldType reads the field type at sig[*p] (signature_to_fieldtype): it
// returns 'I', 'F', 'D', 'L' (long) or 'A' (reference) and the type, or 0
// and bogus for a malformed signature.
func (v *inferVerifier) fieldType(sig string, p *int) (byte, info, error) {
	t := infoBogus
	var result byte
	depth := 0
	for {
		if *p >= len(sig) {
			result = 0
			break
		}
		c := sig[*p]
		*p++
		switch c {
		case 'Z', 'B', 'C', 'S':
			t = infoInt
			if depth > 0 {
				t = mkInfo(map[byte]item{'Z': itBoolean, 'B': itByte, 'C': itChar, 'S': itShort}[c], 0, 0)
			}
			result = 'I'
		case 'I':
			t, result = infoInt, 'I'
		case 'F':
			t, result = infoFloat, 'F'
		case 'D':
			t, result = infoDouble, 'D'
		case 'J':
			t, result = infoLong, 'L'
		case '[':
			depth++
			continue
		case 'L':
			end := strings.IndexByte(sig[*p:], ';')
			if end < 0 {
				result = 0
				break
			}
			t = v.classInfo(sig[*p : *p+end])
			result = 'A'
			*p += end + 1
		default:
			result = 0
		}
		break
	}
	if depth == 0 || result == 0 {
		return result, t, nil
	}
	if depth > maxArrayDims {
		return 0, 0, v.fail("Array with too many dimensions")
	}
	return 'A', t.withDims(depth), nil
}

// classRefInfo is the type a class name in the constant pool stands for
// (cp_index_to_class_fullinfo): array names are read as signatures.
func (v *inferVerifier) classRefInfo(name string) (info, error) {
	if strings.HasPrefix(name, "[") {
		p := 0
		_, t, err := v.fieldType(name, &p)
		return t, err
	}
	return v.classInfo(name), nil
}

// memberClassInfo is the type of the class of a field or method reference.
func (v *inferVerifier) memberClassInfo(index int) (info, error) {
	name, _ := v.cp.ClassName(v.cp[index].A)
	return v.classRefInfo(name)
}

// assignable reports whether a value of type from may be assigned to a
// variable of type to (isAssignableTo).
func (v *inferVerifier) assignable(from, to info) (bool, error) {
	m, err := v.merge(from, to, true)
	return m == to, err
}

// merge is the least common type of value and target
// (merge_fullinfo_types); for an assignment it answers target when value
// is assignable to it. Interfaces count as Object.
func (v *inferVerifier) merge(value, target info, assignment bool) (info, error) {
	if value == target {
		return value, nil
	}
	if !value.isRefLike() || !target.isRefLike() {
		return infoBogus, nil
	}
	if value == infoNull {
		return target, nil
	}
	if target == infoNull {
		return value, nil
	}
	if target == v.objectInfo {
		return target, nil
	}
	if value == v.objectInfo {
		if assignment && target.noExtra() == infoNull {
			c, err := v.class(target)
			if err != nil {
				return 0, err
			}
			if v.env.IsInterface(c) {
				return target, nil
			}
		}
		return value, nil
	}
	if value.dims() > 0 || target.dims() > 0 {
		dv, dt := value.dims(), target.dims()
		if target == v.cloneableInfo || target == v.serializableInfo {
			return target, nil
		}
		if value == v.cloneableInfo || value == v.serializableInfo {
			return value, nil
		}
		if value.item() != itObject {
			if dv == 0 {
				return infoBogus, nil
			}
			dv--
			value = v.objectInfo.withDims(dv)
		}
		if target.item() != itObject {
			if dt == 0 {
				return infoBogus, nil
			}
			dt--
			target = v.objectInfo.withDims(dt)
		}
		vb, tb := value.withDims(0), target.withDims(0)
		if dv == dt {
			r, err := v.merge(vb, tb, assignment)
			if err != nil || r == infoBogus {
				return r, err
			}
			return mkInfo(itObject, dv, r.extra()), nil
		}
		if dv < dt {
			if vb == v.cloneableInfo || vb == v.serializableInfo {
				return value, nil
			}
			return v.objectInfo.withDims(dv), nil
		}
		if tb == v.cloneableInfo || tb == v.serializableInfo {
			return target, nil
		}
		return v.objectInfo.withDims(dt), nil
	}
	// Two classes, neither Object nor null.
	ct, err := v.class(target)
	if err != nil {
		return 0, err
	}
	if v.env.IsInterface(ct) {
		if assignment {
			return target, nil
		}
		return v.objectInfo, nil
	}
	cv, err := v.class(value)
	if err != nil {
		return 0, err
	}
	if v.env.IsInterface(cv) {
		return v.objectInfo, nil
	}
	if assignment {
		for s := v.env.Super(cv); s != nil; s = v.env.Super(s) {
			if s == ct {
				return target, nil
			}
		}
		return v.objectInfo, nil
	}
	// The nearest common superclass.
	depth := func(c Class) int {
		n := 0
		for s := v.env.Super(c); s != nil; s = v.env.Super(s) {
			n++
		}
		return n
	}
	a, b := cv, ct
	da, db := depth(a), depth(b)
	for ; da > db; da-- {
		if a = v.env.Super(a); a == ct {
			return target, nil
		}
	}
	for ; db > da; db-- {
		if b = v.env.Super(b); b == cv {
			return value, nil
		}
	}
	for a != b {
		a, b = v.env.Super(a), v.env.Super(b)
		if a == nil || b == nil {
			return v.objectInfo, nil
		}
	}
	return v.infoOfClass(a), nil
}
