package hprof

import (
	"strings"
	"time"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// dump is one heap dump being written, with the world stopped. Its records
// come in HotSpot's order (VM_HeapDumper::work): the header, UTF8 names,
// LOAD CLASS records, an empty stack trace and each thread's frames and
// trace, then the heap dump segments (class dumps, the objects, the roots)
// and HEAP DUMP END.
type dump struct {
	vm        *rtda.VM
	h         *heap.Heap
	w         *writer
	col       Collector
	requester *rtda.Thread
	oomThread *rtda.Thread // the thread that ran out of memory, or nil

	names   map[string]uint64 // symbol -> UTF8 record id
	nameSeq []string

	classes []*rtda.Class          // in HotSpot's class-loader-data order
	serial  map[*rtda.Class]uint32 // first LOAD CLASS serial number
	threads []threadTrace
	fields  map[*rtda.Class]*instanceLayout
	scratch []byte
}

// threadTrace is a thread as the dump shows it: its frames, top first, and
// whether an OutOfMemoryError constructor frame is shown above them.
type threadTrace struct {
	t      *rtda.Thread
	frames []rtda.StackFrame
	oom    *rtda.Method // OutOfMemoryError.<init>()V for the OOM thread
}

func (d *dump) write() {
	d.collectClasses()
	d.collectThreads()
	d.collectNames()

	w := d.w
	w.raw([]byte(Header))
	w.u1(0)
	w.u4(IDSize)
	w.u8(uint64(time.Now().UnixMilli()))

	for _, s := range d.nameSeq {
		b := classfile.EncodeModifiedUTF8(s)
		w.record(TagUTF8, uint32(IDSize+len(b)))
		w.id(d.names[s])
		w.raw(b)
	}
	d.loadClasses()
	d.stackTraces()
	d.classDumps()
	d.col.ObjectIterate(d.object)
	d.threadRoots()
	d.globalRoots()
	d.stickyClasses()
	w.record(TagHeapDumpEnd, 0)
}

// addr is an object's identifier: its address, 0 for null.
func (d *dump) addr(r heap.Ref) uint64 {
	if r == 0 {
		return 0
	}
	return uint64(d.vm.ObjectAddress(r))
}

// classID is a class's identifier: its mirror's address.
func (d *dump) classID(c *rtda.Class) uint64 {
	if c == nil {
		return 0
	}
	return d.addr(c.Mirror)
}

// collectClasses lists the classes as HotSpot's ClassLoaderDataGraph walks
// them: the most recently created loader first, the boot loader last, and
// within each loader its most recent class first. Primitive types have no
// class of their own in HotSpot, and classes without a mirror are not yet
// loaded.
func (d *dump) collectClasses() {
	all := d.vm.Classes()
	loaders := d.vm.Loaders()
	for li := len(loaders) - 1; li >= 0; li-- {
		l := loaders[li]
		for i := len(all) - 1; i >= 0; i-- {
			c := all[i]
			if c.Loader == l && !c.IsPrimitive() && c.Mirror != 0 {
				d.classes = append(d.classes, c)
			}
		}
	}
	d.serial = map[*rtda.Class]uint32{}
	d.fields = map[*rtda.Class]*instanceLayout{}
}

// basicTypeArrays are the primitive array classes in HotSpot's
// Universe::basic_type_classes_do order.
func (d *dump) basicTypeArrays() []*rtda.Class {
	var out []*rtda.Class
	for _, ch := range []byte("ZCFDBSIJ") {
		if p := d.vm.Primitive(ch); p != nil {
			if ac := p.ArrayClassCached(); ac != nil && ac.Mirror != 0 {
				out = append(out, ac)
			}
		}
	}
	return out
}

// arrayChain is c followed by its array classes, as far as they exist.
func arrayChain(c *rtda.Class) []*rtda.Class {
	var out []*rtda.Class
	for k := c; k != nil && k.Mirror != 0; k = k.ArrayClassCached() {
		out = append(out, k)
	}
	return out
}

// collectThreads records the stack of every live Java thread.
func (d *dump) collectThreads() {
	var oomInit *rtda.Method
	if d.oomThread != nil {
		if c := d.vm.Boot.LoadedClass("java/lang/OutOfMemoryError"); c != nil {
			oomInit = c.DeclaredMethod("<init>", "()V")
		}
	}
	for _, t := range d.vm.AllThreads() {
		if t.Object == 0 || t.Ended() {
			continue
		}
		tt := threadTrace{t: t}
		for i := len(t.Frames) - 1; i >= 0; i-- {
			f := &t.Frames[i]
			tt.frames = append(tt.frames, rtda.StackFrame{Method: f.Method, BCI: d.vm.Exec.FrameBCI(f)})
		}
		if t == d.oomThread {
			tt.oom = oomInit
		}
		d.threads = append(d.threads, tt)
	}
}

// collectNames gives every name the dump uses an identifier, in the order
// of first use.
func (d *dump) collectNames() {
	d.names = map[string]uint64{}
	add := func(s string) {
		if _, ok := d.names[s]; !ok && s != "" {
			d.nameSeq = append(d.nameSeq, s)
			d.names[s] = uint64(len(d.nameSeq))
		}
	}
	for _, c := range d.classes {
		for _, k := range arrayChain(c) {
			add(className(k))
		}
		if !c.IsArray() {
			for _, f := range c.Fields {
				add(f.Name)
			}
		}
	}
	for _, c := range d.basicTypeArrays() {
		for _, k := range arrayChain(c) {
			add(className(k))
		}
	}
	for _, tt := range d.threads {
		for _, m := range tt.methods() {
			add(m.Name)
			add(m.Descriptor)
			add(m.Class.SourceFile)
		}
	}
}

// name is the identifier of a name, 0 for none.
func (d *dump) name(s string) uint64 { return d.names[s] }

// className is the class's name as HotSpot's symbol holds it: the internal
// form, with a hidden class's address after a '+' ("Foo$$Lambda$14+0x...").
func className(c *rtda.Class) string {
	b := c
	for b.Component != nil {
		b = b.Component
	}
	if !b.Hidden {
		return c.Name
	}
	if i := strings.LastIndex(c.Name, "/0x"); i >= 0 {
		return c.Name[:i] + "+" + c.Name[i+1:]
	}
	return c.Name
}

// methods are the thread's frames' methods, the OutOfMemoryError
// constructor first when shown.
func (tt *threadTrace) methods() []*rtda.Method {
	var ms []*rtda.Method
	if tt.oom != nil {
		ms = append(ms, tt.oom)
	}
	for _, f := range tt.frames {
		ms = append(ms, f.Method)
	}
	return ms
}

// loadClasses writes a LOAD CLASS record for every class and each of its
// array classes, then for the primitive array classes, numbering them as
// HotSpot does (an array class is listed both on its own and after its
// element class, under two serial numbers).
func (d *dump) loadClasses() {
	var n uint32
	load := func(c *rtda.Class) {
		for _, k := range arrayChain(c) {
			n++
			d.w.record(TagLoadClass, 2*IDSize+2*4)
			d.w.u4(n)
			d.w.id(d.classID(k))
			d.w.u4(stackTraceID)
			d.w.id(d.name(className(k)))
			if _, ok := d.serial[k]; !ok {
				d.serial[k] = n
			}
		}
	}
	for _, c := range d.classes {
		load(c)
	}
	for _, c := range d.basicTypeArrays() {
		load(c)
	}
}

// stackTraces writes the empty trace objects refer to, then each thread's
// STACK FRAME records and STACK TRACE.
func (d *dump) stackTraces() {
	w := d.w
	w.record(TagTrace, 3*4)
	w.u4(stackTraceID)
	w.u4(0) // thread serial number
	w.u4(0) // frames
	var frameSerial uint64
	for i, tt := range d.threads {
		first := frameSerial
		if tt.oom != nil {
			frameSerial++
			d.frame(frameSerial, tt.oom, 0)
		}
		for _, f := range tt.frames {
			frameSerial++
			d.frame(frameSerial, f.Method, f.BCI)
		}
		depth := uint32(frameSerial - first)
		w.record(TagTrace, 3*4+depth*IDSize)
		w.u4(uint32(i + 1 + stackTraceID)) // stack trace serial number
		w.u4(uint32(i + 1))                // thread serial number
		w.u4(depth)
		for j := first + 1; j <= frameSerial; j++ {
			w.id(j)
		}
	}
}

// frame writes a STACK FRAME record: line -3 for a native method, -1 where
// the class has no line numbers.
func (d *dump) frame(serial uint64, m *rtda.Method, bci int) {
	line := -3
	if !m.IsNative() {
		line = m.LineNumber(bci)
	}
	w := d.w
	w.record(TagFrame, 4*IDSize+2*4)
	w.id(serial)
	w.id(d.name(m.Name))
	w.id(d.name(m.Descriptor))
	w.id(d.name(m.Class.SourceFile))
	w.u4(d.serial[m.Class])
	w.u4(uint32(int32(line)))
}
