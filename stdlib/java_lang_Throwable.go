package stdlib

import (
	"slices"
	"strings"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// maxStackTraceDepth is HotSpot's MaxJavaStackTraceDepth.
const maxStackTraceDepth = 1024

func init() {
	natives("java/lang/Throwable", map[string]rtda.NativeFunc{
		"fillInStackTrace(I)Ljava/lang/Throwable;": fillInStackTrace,
	})
	natives("java/lang/StackTraceElement", map[string]rtda.NativeFunc{
		"initStackTraceElements([Ljava/lang/StackTraceElement;Ljava/lang/Throwable;)V": initStackTraceElements,
	})
}

// StackFrame is one recorded frame of a backtrace.
type StackFrame struct {
	Method *rtda.Method
	BCI    int
}

// CaptureStack returns t's frames, innermost first, without the frames
// HotSpot hides (those of hidden classes and @Hidden methods).
func CaptureStack(t *rtda.Thread) []StackFrame {
	var out []StackFrame
	for i := len(t.Frames) - 1; i >= 0; i-- {
		f := &t.Frames[i]
		if isHiddenFrame(f.Method) {
			continue
		}
		out = append(out, StackFrame{f.Method, t.VM.Exec.FrameBCI(f)})
	}
	return out
}

func isHiddenFrame(m *rtda.Method) bool {
	if m.Class.Hidden {
		return true
	}
	info := m.Info()
	if info == nil {
		return false
	}
	cp := m.Class.File.ConstantPool
	for _, a := range info.Attributes {
		if ann, ok := a.(*classfile.AnnotationsAttribute); ok && ann.Visible {
			for _, an := range ann.Annotations {
				if d, _ := cp.Utf8(an.TypeIndex); d == "Ljdk/internal/vm/annotation/Hidden;" ||
					d == "Ljava/lang/invoke/LambdaForm$Hidden;" {
					return true
				}
			}
		}
	}
	return false
}

// fillInStackTrace records the current stack in the throwable's backtrace:
// an Object[] holding a long[] of (method id << 32 | bci) and then the
// mirrors of the frames' classes that may be unloaded, which the backtrace
// keeps loaded as HotSpot's does. The frames of fillInStackTrace itself and
// of the throwable's constructors are left out, as HotSpot does.
func fillInStackTrace(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	ex := ref(a[0])
	exClass := vm.ClassOf(ex)
	frames := CaptureStack(t)
	i := 0
	for i < len(frames) && frames[i].Method.Name == "fillInStackTrace" &&
		exClass.IsSubclassOf(frames[i].Method.Class) {
		i++
	}
	for i < len(frames) && frames[i].Method.Name == "<init>" && exClass.IsSubclassOf(frames[i].Method.Class) {
		i++
	}
	frames = frames[i:]
	if len(frames) > maxStackTraceDepth {
		frames = frames[:maxStackTraceDepth]
	}
	var holders []*rtda.Class
	for _, f := range frames {
		if c := f.Method.Class; c.Loader.Object != 0 && !slices.Contains(holders, c) {
			holders = append(holders, c)
		}
	}
	h := t.NewHandle(ex)
	bt := t.NewArrayOf(vm.Primitive('J'), int32(len(frames)))
	if bt == 0 {
		return 0
	}
	for i, f := range frames {
		vm.Heap.SetLong(bt, rtda.ElemOffset(i, 3), int64(f.Method.ID)<<32|int64(uint32(f.BCI)))
	}
	hbt := t.NewHandle(bt)
	holder := t.NewArrayOf(vm.ObjectClass, int32(1+len(holders)))
	if holder == 0 {
		return 0
	}
	vm.Heap.SetRef(holder, rtda.ElemOffset(0, 2), *hbt)
	for i, c := range holders {
		vm.Heap.SetRef(holder, rtda.ElemOffset(1+i, 2), c.Mirror)
	}
	ex = *h
	tc := vm.ThrowableClass
	vm.Heap.SetRef(ex, tc.FieldOffset("backtrace", "Ljava/lang/Object;"), holder)
	vm.Heap.SetInt(ex, tc.FieldOffset("depth", "I"), int32(len(frames)))
	return uint64(ex)
}

// Backtrace returns the frames recorded in a throwable.
func Backtrace(vm *rtda.VM, ex heap.Ref) []StackFrame {
	tc := vm.ThrowableClass
	bt := vm.Heap.Ref(ex, tc.FieldOffset("backtrace", "Ljava/lang/Object;"))
	if bt != 0 && vm.ClassOf(bt).Name == "[Ljava/lang/Object;" && vm.Heap.Len(bt) > 0 {
		bt = vm.Heap.Ref(bt, rtda.ElemOffset(0, 2))
	}
	if bt == 0 || vm.ClassOf(bt).Name != "[J" {
		return nil
	}
	n := int(vm.Heap.Len(bt))
	out := make([]StackFrame, n)
	for i := range out {
		v := vm.Heap.Long(bt, rtda.ElemOffset(i, 3))
		out[i] = StackFrame{vm.MethodByID(uint32(v >> 32)), int(int32(v))}
	}
	return out
}

func initStackTraceElements(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	elems, ex := ref(a[0]), ref(a[1])
	if elems == 0 || ex == 0 {
		return throwNPE(t)
	}
	frames := Backtrace(vm, ex)
	he := t.NewHandle(elems)
	for i, f := range frames {
		if i >= int(vm.Heap.Len(*he)) {
			break
		}
		e := vm.Heap.Ref(*he, rtda.ElemOffset(i, 2))
		if !fillStackTraceElement(t, e, f) {
			return 0
		}
	}
	return 0
}

// fillStackTraceElement sets the fields of a StackTraceElement for a frame.
func fillStackTraceElement(t *rtda.Thread, e heap.Ref, f StackFrame) bool {
	vm := t.VM
	c := f.Method.Class
	he := t.NewHandle(e)
	set := func(name, s string) bool {
		if s == "" {
			return true
		}
		r := t.NewString(s)
		if r == 0 {
			return false
		}
		vm.SetRefField(*he, "java/lang/StackTraceElement", name, "Ljava/lang/String;", r)
		return true
	}
	vm.SetRefField(*he, "java/lang/StackTraceElement", "declaringClassObject", "Ljava/lang/Class;", c.Mirror)
	if !set("declaringClass", c.JavaName()) || !set("methodName", f.Method.Name) || !set("fileName", c.SourceFile) {
		return false
	}
	if mod := c.Module; mod != 0 {
		if name := vm.GetRefField(mod, "java/lang/Module", "name", "Ljava/lang/String;"); name != 0 {
			vm.SetRefField(*he, "java/lang/StackTraceElement", "moduleName", "Ljava/lang/String;", name)
			if v := ModuleVersion(t, mod); v != "" && !set("moduleVersion", v) {
				return false
			}
		}
	}
	if l := c.Loader; l != nil && l.Object != 0 {
		if name := vm.GetRefField(l.Object, "java/lang/ClassLoader", "name", "Ljava/lang/String;"); name != 0 {
			vm.SetRefField(*he, "java/lang/StackTraceElement", "classLoaderName", "Ljava/lang/String;", name)
		}
	}
	line := f.Method.LineNumber(f.BCI)
	vm.SetIntField(*he, "java/lang/StackTraceElement", "lineNumber", int32(line))
	return true
}

// DescribeThrowable renders an exception as "java.lang.Foo: message" for
// the VM's own diagnostics (without running Java code).
func DescribeThrowable(t *rtda.Thread, ex heap.Ref) string {
	vm := t.VM
	c := vm.ClassOf(ex)
	msg := vm.GetRefField(ex, "java/lang/Throwable", "detailMessage", "Ljava/lang/String;")
	s := c.JavaName()
	if msg != 0 {
		s += ": " + vm.GoString(msg)
	}
	for _, f := range Backtrace(vm, ex) {
		if f.Method == nil {
			continue
		}
		s += "\n\tat " + f.Method.Class.JavaName() + "." + f.Method.Name + "(" + f.Method.Class.SourceFile + ":" +
			itoa(f.Method.LineNumber(f.BCI)) + ")"
	}
	if cause := vm.GetRefField(ex, "java/lang/Throwable", "cause", "Ljava/lang/Throwable;"); cause != 0 && cause != ex {
		s += "\nCaused by: " + strings.ReplaceAll(DescribeThrowable(t, cause), "\n", "\n")
	}
	return s
}
