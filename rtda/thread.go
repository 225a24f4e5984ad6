package rtda

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gojvm/gojvm/heap"
)

// Frame is one activation on a thread's stack. Its locals and operand stack
// are slots of the thread's slot stack: the locals start at Locals and the
// operand stack grows from Locals+MaxLocals up to SP.
type Frame struct {
	Method *Method
	// PC is the interpreter's position in the method's decoded code; the
	// interpreter maps it back to a bytecode index (Executor.FrameBCI).
	PC     int
	Locals int
	SP     int
}

// Thread is a Java thread's VM-side state (HotSpot's JavaThread).
type Thread struct {
	VM *VM
	// Stack holds the slots of every frame: locals and operand stacks, each
	// 64 bits wide, a long or double taking two (JVMS §2.6).
	Stack  []uint64
	Frames []Frame
	// StackBudget is the -Xss stack size in bytes; StackUsed is how much the
	// current frames use, counted as HotSpot's interpreter frames would be.
	StackBudget int
	StackUsed   int
	// inCritical: the thread is inside a JNI critical region (gclocker.go).
	inCritical bool

	// Object is the java.lang.Thread for this thread.
	Object heap.Ref
	// Pending is the exception being thrown, or 0.
	Pending heap.Ref
	// InStackOverflow is set while a StackOverflowError is being created, so
	// that creating it may use the reserved stack.
	InStackOverflow bool
	inOOM           bool
	inOOMFailed     bool // an OutOfMemoryError's own allocation failed

	// Interruption (see threads.go).
	intrMu sync.Mutex
	wake   chan struct{}
	// InterruptFlag reads, and optionally clears, java.lang.Thread's
	// interrupted field.
	InterruptFlag func(clear bool) bool
	// poll is set when the thread must stop at its next safepoint poll;
	// safe counts the safe regions it is in (see safepoint.go).
	// BlockedOn is the object whose monitor t waits to enter, WaitingOn
	// the one it waits on (Object.wait), for thread dumps; Locks are the
	// monitors its frames hold.
	BlockedOn, WaitingOn heap.Ref
	Locks                []LockRecord
	// blockedCount counts contended monitor enters, waitedCount waits,
	// parks and sleeps (ThreadMXBean's blocked and waited counts).
	blockedCount, waitedCount atomic.Int64
	// allocated counts the bytes of the objects the thread has allocated
	// (ThreadMXBean.getThreadAllocatedBytes); only the thread itself adds
	// to it, others read it.
	allocated atomic.Int64

	nid     int       // operating-system thread id
	started time.Time // when the thread attached
	ended   bool      // detached: the thread has ended (under safepoints.mu)
	// waitingOnCondition is set while the thread waits in WaitOnCondition.
	waitingOnCondition bool

	poll  pollFlag
	safe  int
	fence atomic.Uint32 // the word FullFence updates

	handles handleBlocks

	// JNI is the thread's JNI environment (package jni): its JNIEnv, local
	// references and scratch space for calls into native code, made when
	// the thread first runs a native library's method or attaches through
	// the invocation interface.
	JNI any
	// external marks a thread that native code attached
	// (AttachCurrentThread): its OS thread is not one the VM created.
	external bool

	// Marsaglia xor-shift state for identity hash codes, as HotSpot keeps per thread.
	hashX, hashY, hashZ, hashW uint32
}

// AllocatedBytes is how many bytes of objects t has allocated.
func (t *Thread) AllocatedBytes() int64 { return t.allocated.Load() }

// LockRecord says that frame Frame (an index in Frames) locked Obj, as
// HotSpot's interpreter keeps BasicObjectLocks in its frames.
type LockRecord struct {
	Frame int
	Obj   heap.Ref
}

// PushLock records that the top frame locked obj.
func (t *Thread) PushLock(obj heap.Ref) {
	t.Locks = append(t.Locks, LockRecord{len(t.Frames) - 1, obj})
}

// PopLock forgets the most recent lock of obj.
func (t *Thread) PopLock(obj heap.Ref) {
	for i := len(t.Locks) - 1; i >= 0; i-- {
		if t.Locks[i].Obj == obj {
			t.Locks = append(t.Locks[:i], t.Locks[i+1:]...)
			return
		}
	}
}

// TrimLocks forgets the lock records of frames at index n and above.
func (t *Thread) TrimLocks(n int) {
	for len(t.Locks) > 0 && t.Locks[len(t.Locks)-1].Frame >= n {
		t.Locks = t.Locks[:len(t.Locks)-1]
	}
}

// The part of a thread's stack that HotSpot does not give to Java frames
// (guard zones, the frames below the first Java frame), measured against
// java -Xint's recursion depths: the main thread (under the launcher's
// JavaMain) keeps a little more than the threads Thread.start makes.
const (
	mainStackReserve   = 103984
	threadStackReserve = mainStackReserve - 176
)

// NewThread creates the VM side of the main thread, with the -Xss stack.
func (vm *VM) NewThread() *Thread { return vm.newThread(vm.Options.StackSize, mainStackReserve) }

// NewThreadWithStack creates a thread for Thread.start whose stack is size
// bytes (the stackSize given to the java.lang.Thread constructor), or -Xss
// if 0.
func (vm *VM) NewThreadWithStack(size uintptr) *Thread {
	if size == 0 {
		size = vm.Options.StackSize
	}
	return vm.newThread(max(size, 136<<10), threadStackReserve) // HotSpot's minimum Java thread stack
}

func (vm *VM) newThread(size uintptr, reserve int) *Thread {
	budget := int(size) - reserve
	if budget < 16<<10 {
		budget = 16 << 10
	}
	t := &Thread{VM: vm, StackBudget: budget}
	// The slot stack is sized to the budget; frames are charged more than
	// their slots, so it never overflows before the budget does.
	t.Stack = make([]uint64, budget/8+1024)
	t.Frames = make([]Frame, 0, 256)
	t.hashX = vm.nextRandom()
	t.hashY = 842502087
	t.hashZ = 0x8767
	t.hashW = 273326509
	vm.mu.Lock()
	vm.Threads = append(vm.Threads, t)
	vm.mu.Unlock()
	return t
}

// Top returns the innermost frame, or nil.
func (t *Thread) Top() *Frame {
	if len(t.Frames) == 0 {
		return nil
	}
	return &t.Frames[len(t.Frames)-1]
}

// NextIdentityHash returns a new identity hash code: HotSpot's default
// (hashCode=5) Marsaglia xor-shift generator.
func (t *Thread) NextIdentityHash() int32 {
	x := t.hashX
	x ^= x << 11
	t.hashX = t.hashY
	t.hashY = t.hashZ
	t.hashZ = t.hashW
	v := t.hashW
	v = (v ^ v>>19) ^ (x ^ x>>8)
	t.hashW = v
	if h := int32(v & (1<<31 - 1)); h != 0 {
		return h
	}
	return 0xBAD
}

// nextRandom is HotSpot's os::random, a Park-Miller generator seeded with 1234567.
func (vm *VM) nextRandom() uint32 {
	vm.mu.Lock()
	defer vm.mu.Unlock()
	if vm.randSeed == 0 {
		vm.randSeed = 1234567
	}
	vm.randSeed = uint32(uint64(vm.randSeed) * 16807 % 2147483647)
	return vm.randSeed
}

// Handles keep references that Go code holds across an allocation visible
// to the garbage collector, which updates them when it moves objects.

type handleBlocks struct {
	blocks [][]heap.Ref
	n      int
}

const handleBlockSize = 64

// Handle is a GC-visible reference slot.
type Handle = *heap.Ref

// NewHandle registers r and returns the slot that holds it.
func (t *Thread) NewHandle(r heap.Ref) Handle {
	hb := &t.handles
	b, i := hb.n/handleBlockSize, hb.n%handleBlockSize
	if b == len(hb.blocks) {
		hb.blocks = append(hb.blocks, make([]heap.Ref, handleBlockSize))
	}
	hb.n++
	slot := &hb.blocks[b][i]
	*slot = r
	return slot
}

// Slots turns the arguments of a call from Go into Java into slots: a
// uint64 is a slot as it is, a Handle is read now. Callers that must load
// or initialize a class, or allocate, before the call pass references as
// handles, since that may move every object.
func Slots(args ...any) []uint64 {
	slots := make([]uint64, len(args))
	for i, a := range args {
		switch a := a.(type) {
		case uint64:
			slots[i] = a
		case Handle:
			slots[i] = uint64(*a)
		default:
			panic(fmt.Sprintf("gojvm: a call argument of type %T", a))
		}
	}
	return slots
}

// HandleMark returns the current handle count, for ReleaseHandles.
func (t *Thread) HandleMark() int { return t.handles.n }

// ReleaseHandles drops the handles created since mark.
func (t *Thread) ReleaseHandles(mark int) {
	for i := mark; i < t.handles.n; i++ {
		t.handles.blocks[i/handleBlockSize][i%handleBlockSize] = 0
	}
	t.handles.n = mark
}

// VisitHandles calls f for every live handle slot.
func (t *Thread) VisitHandles(f func(*heap.Ref)) {
	for i := 0; i < t.handles.n; i++ {
		f(&t.handles.blocks[i/handleBlockSize][i%handleBlockSize])
	}
}

// ContentionCounts returns how many times t blocked entering a monitor and
// how many times it waited (Object.wait, park or sleep).
func (t *Thread) ContentionCounts() (blocked, waited int64) {
	return t.blockedCount.Load(), t.waitedCount.Load()
}
