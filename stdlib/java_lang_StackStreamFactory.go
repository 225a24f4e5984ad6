package stdlib

import (
	"sync"
	"sync/atomic"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// java.lang.StackStreamFactory: the VM side of StackWalker (HotSpot's
// stackwalk.cpp). callStackWalk anchors a walk of the calling thread's
// frames, fills the first batch into the Java frame buffer and calls back
// AbstractStackWalker.doStackWalk, within which fetchStackFrames fills
// further batches; the walk ends when callStackWalk returns.

// The stack walk modes (StackStreamFactory's @Native constants).
const (
	walkFillClassRefsOnly = 0x2
	walkGetCallerClass    = 0x4
	walkShowHiddenFrames  = 0x20
	walkFillLiveFrames    = 0x100
)

// stackWalk is an anchored walk: the thread whose frames it reads and the
// index in t.Frames of the last frame it decoded (-1 at the end). Frames
// at and below the callStackWalk frame stay put while the walk is open.
type stackWalk struct {
	t   *rtda.Thread
	pos int
}

var (
	walksMu    sync.Mutex
	walks      = map[int64]*stackWalk{}
	nextAnchor atomic.Int64
)

func init() {
	natives("java/lang/StackStreamFactory", map[string]rtda.NativeFunc{
		"checkStackWalkModes()Z": func(t *rtda.Thread, a []uint64) uint64 { return 1 },
	})
	natives("java/lang/StackStreamFactory$AbstractStackWalker", map[string]rtda.NativeFunc{
		"callStackWalk(JIII[Ljava/lang/Object;)Ljava/lang/Object;": callStackWalk,
		"fetchStackFrames(JJII[Ljava/lang/Object;)I":               fetchStackFrames,
	})
	natives("java/lang/StackTraceElement", map[string]rtda.NativeFunc{
		"initStackTraceElement(Ljava/lang/StackTraceElement;Ljava/lang/StackFrameInfo;)V": initStackTraceElement,
	})
}

// callStackWalk implements AbstractStackWalker.callStackWalk(mode,
// skipFrames, batchSize, startIndex, frames) as HotSpot's StackWalk::walk
// and fetchFirstBatch do.
func callStackWalk(t *rtda.Thread, a []uint64) uint64 {
	mode, skip, batch, start := i64(a[1]), int(i32(a[3])), int(i32(a[4])), int(i32(a[5]))
	if a[6] == 0 {
		return throwNPE(t)
	}
	if mode&walkFillLiveFrames != 0 {
		t.ThrowNew("java/lang/UnsupportedOperationException", "stack walk with locals and operands")
		return 0
	}
	if int(t.VM.Heap.Len(ref(a[6]))) < start+batch {
		t.ThrowNew("java/lang/IllegalArgumentException", "not enough space in buffers")
		return 0
	}
	walker := t.VM.ClassOf(ref(a[0]))
	asw := walker
	for asw != nil && asw.Name != "java/lang/StackStreamFactory$AbstractStackWalker" {
		asw = asw.Super
	}
	if asw == nil {
		panic("gojvm: callStackWalk on a " + walker.Name)
	}
	// The walk starts at this native's frame; StackWalker's and the stack
	// stream implementation's own frames come first and are passed over.
	pos := len(t.Frames) - 1
	for ; pos >= 0; pos-- {
		c := t.Frames[pos].Method.Class
		if c.Name != "java/lang/StackWalker" && c != asw && c.Super != asw {
			break
		}
	}
	for n := 0; n < skip && pos >= 0; n++ {
		pos--
	}
	w := &stackWalk{t: t, pos: pos}
	end := start
	if pos >= 0 {
		n, ok := fillStackFrames(t, w, mode, ref(a[6]), batch, start)
		if !ok {
			return 0
		}
		if n < 1 {
			t.ThrowNew("java/lang/InternalError", "stack walk: decode failed")
			return 0
		}
		end = start + n
	}
	anchor := nextAnchor.Add(1)
	walksMu.Lock()
	walks[anchor] = w
	walksMu.Unlock()
	defer func() {
		walksMu.Lock()
		delete(walks, anchor)
		walksMu.Unlock()
	}()
	doStackWalk := asw.DeclaredMethod("doStackWalk", "(JIIII)Ljava/lang/Object;")
	if doStackWalk == nil {
		panic("gojvm: no AbstractStackWalker.doStackWalk")
	}
	return t.VM.Exec.Invoke(t, doStackWalk, a[0], uint64(anchor), 0,
		intSlot(int32(skip)), intSlot(int32(batch)), intSlot(int32(start)), intSlot(int32(end)))
}

// fetchStackFrames implements AbstractStackWalker.fetchStackFrames(mode,
// anchor, batchSize, startIndex, frames): the next batch of the open walk
// (HotSpot's StackWalk::fetchNextBatch). It returns the end index.
func fetchStackFrames(t *rtda.Thread, a []uint64) uint64 {
	mode, anchor, batch, start := i64(a[1]), i64(a[3]), int(i32(a[5])), int(i32(a[6]))
	walksMu.Lock()
	w := walks[anchor]
	walksMu.Unlock()
	if w == nil || w.t != t {
		t.ThrowNew("java/lang/InternalError", "doStackWalk: corrupted buffers")
		return 0
	}
	if a[7] == 0 {
		t.ThrowNew("java/lang/NullPointerException", "frames_array is NULL")
		return 0
	}
	if batch <= 0 || w.pos < 0 {
		return intSlot(int32(start))
	}
	if int(t.VM.Heap.Len(ref(a[7]))) < start+batch {
		t.ThrowNew("java/lang/IllegalArgumentException", "not enough space in buffers")
		return 0
	}
	w.pos-- // past the last frame of the previous batch
	if w.pos < 0 {
		return intSlot(int32(start))
	}
	n, ok := fillStackFrames(t, w, mode, ref(a[7]), batch, start)
	if !ok {
		return 0
	}
	if n < 1 {
		t.ThrowNew("java/lang/InternalError", "doStackWalk: later decode failed")
		return 0
	}
	return intSlot(int32(start + n))
}

// fillStackFrames decodes up to max frames of walk w, from w.pos outwards,
// into frames[start:] (HotSpot's fill_in_frames): the declaring classes'
// mirrors in FILL_CLASS_REFS_ONLY mode, else each StackFrameInfo's
// MemberName and bci. Hidden frames (lambda forms, hidden classes) are left
// out unless the mode shows them; finding the caller class always leaves
// them out. w.pos is left at the last frame decoded.
func fillStackFrames(t *rtda.Thread, w *stackWalk, mode int64, frames heap.Ref, max, start int) (int, bool) {
	vm := t.VM
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hf := t.NewHandle(frames)
	classesOnly := mode&walkFillClassRefsOnly != 0
	skipHidden := mode&walkShowHiddenFrames == 0 || mode&walkGetCallerClass != 0
	n := 0
	for ; w.pos >= 0; w.pos-- {
		f := &t.Frames[w.pos]
		m := f.Method
		if skipHidden && isHiddenFrame(m) {
			continue
		}
		index := start + n
		if classesOnly {
			if mode&walkGetCallerClass != 0 && n == 0 && isCallerSensitive(m) {
				t.ThrowNew("java/lang/UnsupportedOperationException",
					"StackWalker::getCallerClass called from @CallerSensitive '"+m.JavaSignature()+"' method")
				return 0, false
			}
			vm.Heap.SetRef(*hf, rtda.ElemOffset(index, 2), m.Class.Mirror)
		} else {
			bci := vm.Exec.FrameBCI(f)
			info := vm.Heap.Ref(*hf, rtda.ElemOffset(index, 2))
			if info == 0 {
				throwNPE(t)
				return 0, false
			}
			hi := t.NewHandle(info)
			mn := vm.GetRefField(info, "java/lang/StackFrameInfo", "memberName", "Ljava/lang/Object;")
			refKind := refInvokeVirtual
			if m.Class.IsInterface() {
				refKind = refInvokeInterface
			}
			if !setMethodMemberName(t, mn, m, refKind, m.Class) {
				return 0, false
			}
			vm.SetIntField(*hi, "java/lang/StackFrameInfo", "bci", int32(bci))
		}
		n++
		if n >= max {
			break
		}
	}
	return n, true
}

// initStackTraceElement fills a StackTraceElement from a StackFrameInfo
// (StackTraceElement.of(StackFrame)).
func initStackTraceElement(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	e, info := ref(a[0]), ref(a[1])
	if e == 0 || info == 0 {
		return throwNPE(t)
	}
	mn := vm.GetRefField(info, "java/lang/StackFrameInfo", "memberName", "Ljava/lang/Object;")
	m := t.MemberNameMethod(mn)
	if m == nil {
		t.ThrowNew("java/lang/InternalError", "stack frame without a method")
		return 0
	}
	bci := int(vm.GetIntField(info, "java/lang/StackFrameInfo", "bci"))
	fillStackTraceElement(t, e, StackFrame{Method: m, BCI: bci})
	return 0
}
