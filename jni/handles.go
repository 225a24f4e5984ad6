//go:build cgo && linux && amd64

package jni

import (
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
)

// JNI handles (HotSpot's JNIHandles and JNIHandleBlock). A jobject is the
// address of a slot holding a compressed reference, in one of three regions
// of memory reserved outside both Go's heap and the Java heap: the local
// references of every thread, the global references and the weak global
// ones. The collector visits the slots in use and updates them when it
// moves objects; native code only ever holds their addresses. A weak
// global reference is tagged with the lowest bit (HotSpot's weak tag).
//
// The regions are reserved (not committed) at once, so that a handle's
// kind follows from its address; the kernel commits the pages touched.

const (
	slotSize    = unsafe.Sizeof(heap.Ref(0))
	localSlots  = 64 << 20 // 256 MB of local references for all threads
	globalSlots = 16 << 20
	weakSlots   = 16 << 20
	// A thread's local references come in blocks of localBlockSlots.
	localBlockSlots = 1024
	weakTag         = 1
)

// region is reserved memory holding reference slots.
type region struct {
	mem   []byte
	slots []heap.Ref
	base  uintptr
}

func newRegion(n int) *region {
	mem, err := unix.Mmap(-1, 0, n*int(slotSize), unix.PROT_READ|unix.PROT_WRITE,
		unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		panic("gojvm: cannot reserve memory for JNI handles: " + err.Error())
	}
	return &region{
		mem:   mem,
		slots: unsafe.Slice((*heap.Ref)(unsafe.Pointer(&mem[0])), n),
		base:  uintptr(unsafe.Pointer(&mem[0])),
	}
}

// index returns the slot at address a, or -1 if a is not one of r's slots.
func (r *region) index(a uintptr) int {
	if a < r.base || a >= r.base+uintptr(len(r.slots))*slotSize || (a-r.base)%slotSize != 0 {
		return -1
	}
	return int((a - r.base) / slotSize)
}

// addr is the address of slot i.
func (r *region) addr(i int) unsafe.Pointer { return unsafe.Pointer(&r.slots[i]) }

// handleTable holds global or weak global references: slots handed out
// from a free list and above a high-water mark.
type handleTable struct {
	mu    sync.Mutex
	r     *region
	high  int    // slots below are in use or free
	free  []int  // freed slots, reused first
	inUse []bool // by slot, below high (a slot in use may hold null: a cleared weak reference, or a global one made of null)
	n     int    // slots in use
}

func newHandleTable(n int) *handleTable { return &handleTable{r: newRegion(n)} }

// add stores obj in a free slot and returns its index, or -1 when the
// table is full.
func (ht *handleTable) add(obj heap.Ref) int {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	var i int
	if n := len(ht.free); n > 0 {
		i = ht.free[n-1]
		ht.free = ht.free[:n-1]
	} else {
		if ht.high == len(ht.r.slots) {
			return -1
		}
		i = ht.high
		ht.high++
		ht.inUse = append(ht.inUse, false)
	}
	ht.r.slots[i] = obj
	ht.inUse[i] = true
	ht.n++
	return i
}

// remove frees slot i; it reports false if the slot was not in use.
func (ht *handleTable) remove(i int) bool {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	if i < 0 || i >= ht.high || !ht.inUse[i] {
		return false
	}
	ht.r.slots[i] = 0
	ht.inUse[i] = false
	ht.free = append(ht.free, i)
	ht.n--
	return true
}

// live reports whether slot i is in use.
func (ht *handleTable) live(i int) bool {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	return i >= 0 && i < ht.high && ht.inUse[i]
}

func (ht *handleTable) count() int {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	return ht.n
}

// visit calls f with every slot below the high-water mark (free ones hold
// null).
func (ht *handleTable) visit(f func(*heap.Ref)) {
	ht.mu.Lock()
	defer ht.mu.Unlock()
	for i := 0; i < ht.high; i++ {
		f(&ht.r.slots[i])
	}
}

// localBlocks is the region of every thread's local references, handed
// out in blocks of localBlockSlots.
type localBlocks struct {
	mu    sync.Mutex
	r     *region
	next  int   // blocks below have been handed out
	free  []int // blocks given back
	owner []*localStack
}

func newLocalBlocks() *localBlocks {
	lb := &localBlocks{r: newRegion(localSlots)}
	lb.owner = make([]*localStack, localSlots/localBlockSlots)
	return lb
}

func (lb *localBlocks) get(ls *localStack) (int, bool) {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	var b int
	if n := len(lb.free); n > 0 {
		b = lb.free[n-1]
		lb.free = lb.free[:n-1]
	} else {
		if lb.next == len(lb.owner) {
			return 0, false
		}
		b = lb.next
		lb.next++
	}
	lb.owner[b] = ls
	return b, true
}

func (lb *localBlocks) put(b int) {
	lb.mu.Lock()
	lb.owner[b] = nil
	lb.free = append(lb.free, b)
	lb.mu.Unlock()
}

// localStack is one thread's local references: a stack of slots spread
// over blocks, whose first top slots are in use (a deleted reference
// leaves a null slot until the frame it belongs to is popped).
type localStack struct {
	blocks []int
	top    int
}

func (ls *localStack) slot(lb *localBlocks, k int) *heap.Ref {
	return &lb.r.slots[ls.blocks[k/localBlockSlots]*localBlockSlots+k%localBlockSlots]
}

// push stores obj in a new slot and returns its index in lb's region, or
// -1 when no memory is left for local references.
func (ls *localStack) push(lb *localBlocks, obj heap.Ref) int {
	k := ls.top
	if k/localBlockSlots == len(ls.blocks) {
		b, ok := lb.get(ls)
		if !ok {
			return -1
		}
		ls.blocks = append(ls.blocks, b)
	}
	ls.top++
	i := ls.blocks[k/localBlockSlots]*localBlockSlots + k%localBlockSlots
	lb.r.slots[i] = obj
	return i
}

// popTo drops the slots from k up, clearing them.
func (ls *localStack) popTo(lb *localBlocks, k int) {
	for j := k; j < ls.top; j++ {
		*ls.slot(lb, j) = 0
	}
	ls.top = k
}

// position returns the stack position of region slot i if it is one of
// ls's slots in use, or -1.
func (ls *localStack) position(lb *localBlocks, i int) int {
	b := i / localBlockSlots
	if lb.owner[b] != ls {
		return -1
	}
	for n, own := range ls.blocks {
		if own == b {
			k := n*localBlockSlots + i%localBlockSlots
			if k < ls.top {
				return k
			}
			return -1
		}
	}
	return -1
}

// release gives the blocks back, when the thread ends.
func (ls *localStack) release(lb *localBlocks) {
	ls.popTo(lb, 0)
	for _, b := range ls.blocks {
		lb.put(b)
	}
	ls.blocks = nil
}

// visit calls f with every slot in use.
func (ls *localStack) visit(lb *localBlocks, f func(*heap.Ref)) {
	for k := 0; k < ls.top; k++ {
		f(ls.slot(lb, k))
	}
}
