package rtda

import (
	"sort"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
)

// This file lays out fields and builds dispatch tables when a class is
// linked (JVMS §5.4).

// layoutFields gives every instance field an offset, as HotSpot's field
// layout does: the superclass's fields first, then this class's primitive
// fields by decreasing size and then its references, each placed in the
// first gap that fits (so a 4-byte field fills the gap after the 12-byte
// header). Static fields are laid out the same way in their own space,
// which will follow java.lang.Class's fields in the mirror.
func (c *Class) layoutFields(injected []*Field) {
	var l layout
	if c.Super != nil {
		l = c.Super.instanceLayout()
		c.RefOffsets = append(c.RefOffsets, c.Super.RefOffsets...)
	} else {
		l.end = heap.InstanceHeaderSize
	}
	var inst, stat []*Field
	for _, f := range c.Fields {
		if f.IsStatic() {
			stat = append(stat, f)
		} else {
			inst = append(inst, f)
		}
	}
	inst = append(inst, injected...)
	for _, f := range orderForLayout(inst) {
		f.Offset = l.place(f.Kind.Size())
		if f.Kind == KindRef {
			c.RefOffsets = append(c.RefOffsets, f.Offset)
		}
	}
	c.InstanceSize = alignUp(l.end, heap.Alignment)
	c.layout = l

	var s layout
	for _, f := range orderForLayout(stat) {
		f.Offset = s.place(f.Kind.Size()) // relative until the mirror layout is known
		if f.Kind == KindRef {
			c.StaticRefOffsets = append(c.StaticRefOffsets, f.Offset)
		}
	}
	c.StaticsSize = alignUp(s.end, heap.Alignment)
}

// orderForLayout sorts fields as HotSpot places them: longs and doubles,
// ints and floats, shorts and chars, bytes and booleans, then references,
// each group in declaration order.
func orderForLayout(fs []*Field) []*Field {
	rank := func(f *Field) int {
		if f.Kind == KindRef {
			return 4
		}
		switch f.Kind.Size() {
		case 8:
			return 0
		case 4:
			return 1
		case 2:
			return 2
		}
		return 3
	}
	out := append([]*Field(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i]) < rank(out[j]) })
	return out
}

// layout tracks the bytes used in an object: its end and the gaps left by
// alignment.
type layout struct {
	end  uintptr
	gaps []gap
}

type gap struct{ off, size uintptr }

func (c *Class) instanceLayout() layout {
	return layout{end: c.layout.end, gaps: append([]gap(nil), c.layout.gaps...)}
}

// place returns the offset for a field of the given size (also its alignment).
func (l *layout) place(size uintptr) uintptr {
	for i, g := range l.gaps {
		off := alignUp(g.off, size)
		if off+size <= g.off+g.size {
			l.gaps = append(l.gaps[:i], l.gaps[i+1:]...)
			if off > g.off {
				l.gaps = append(l.gaps, gap{g.off, off - g.off})
			}
			if rest := g.off + g.size - (off + size); rest > 0 {
				l.gaps = append(l.gaps, gap{off + size, rest})
			}
			sort.Slice(l.gaps, func(a, b int) bool { return l.gaps[a].off < l.gaps[b].off })
			return off
		}
	}
	off := alignUp(l.end, size)
	if off > l.end {
		l.gaps = append(l.gaps, gap{l.end, off - l.end})
	}
	l.end = off + size
	return off
}

func alignUp(n, a uintptr) uintptr { return (n + a - 1) &^ (a - 1) }

// collectInterfaces fills AllInterfaces: the superclass's, then each direct
// superinterface and its superinterfaces, without repeats.
func (c *Class) collectInterfaces() {
	seen := map[*Class]bool{}
	add := func(i *Class) {
		if !seen[i] {
			seen[i] = true
			c.AllInterfaces = append(c.AllInterfaces, i)
		}
	}
	if c.Super != nil {
		for _, i := range c.Super.AllInterfaces {
			add(i)
		}
	}
	for _, i := range c.Interfaces {
		add(i)
		for _, j := range i.AllInterfaces {
			add(j)
		}
	}
}

// isVirtual reports whether m takes a vtable slot.
func isVirtual(m *Method) bool {
	return !m.IsStatic() && !m.IsPrivate() && m.Name != "<init>" && m.Name != "<clinit>"
}

// overrides reports whether m overrides the inherited method super
// (JVMS §5.4.5), given that they have the same name and descriptor.
func overrides(m, super *Method) bool {
	if super.IsPrivate() || super.IsStatic() {
		return false
	}
	if super.IsPublic() || super.IsProtected() {
		return true
	}
	// Package access: only within the same run-time package.
	return m.Class.IsSamePackage(super.Class)
}

// buildVtable lays out the virtual methods: the superclass's slots first,
// overridden in place, then new methods, then the default and abstract
// methods inherited from interfaces that no class method implements
// (HotSpot's "miranda" and default slots), so that invokevirtual can reach
// them by index.
func (c *Class) buildVtable() {
	if c.IsInterface() {
		// Interfaces are not instantiated: their methods are reached
		// through itables. Index their methods for that.
		n := 0
		for _, m := range c.Methods {
			m.VtableIndex = -1
			m.ItableIndex = -1
			if isVirtual(m) {
				m.ItableIndex = n
				n++
			}
		}
		return
	}
	var vt []*Method
	if c.Super != nil {
		vt = append(vt, c.Super.Vtable...)
	}
	c.vtableIdx = map[string]int{}
	if c.Super != nil {
		for k, v := range c.Super.vtableIdx {
			c.vtableIdx[k] = v
		}
	}
	for _, m := range c.Methods {
		m.VtableIndex = -1
		m.ItableIndex = -1
		if !isVirtual(m) {
			continue
		}
		key := m.Name + m.Descriptor
		placed := false
		for i, s := range vt {
			if s.Name == m.Name && s.Descriptor == m.Descriptor && overrides(m, s) {
				vt[i] = m
				if !placed {
					m.VtableIndex = i
					c.vtableIdx[key] = i
					placed = true
				}
			}
		}
		if !placed {
			m.VtableIndex = len(vt)
			c.vtableIdx[key] = len(vt)
			vt = append(vt, m)
		}
	}
	// Interface methods not implemented by a class method get a slot
	// holding the selected default method (or the abstract declaration).
	for _, i := range c.AllInterfaces {
		for _, im := range i.Methods {
			if !isVirtual(im) {
				continue
			}
			key := im.Name + im.Descriptor
			if idx, ok := c.vtableIdx[key]; ok {
				// A default method inherited earlier may be displaced by a
				// more specific one.
				if vt[idx].Class.IsInterface() {
					vt[idx] = c.selectInterfaceMethod(im)
				}
				continue
			}
			c.vtableIdx[key] = len(vt)
			vt = append(vt, c.selectInterfaceMethod(im))
		}
	}
	c.Vtable = vt
}

// buildItable records, for every superinterface, which method the class
// runs for each of the interface's methods (JVMS §5.4.6 selection).
func (c *Class) buildItable() {
	if c.IsInterface() {
		return
	}
	for _, i := range c.AllInterfaces {
		e := ItableEntry{Interface: i}
		for _, im := range i.Methods {
			if im.ItableIndex < 0 {
				continue
			}
			e.Methods = append(e.Methods, c.selectInterfaceMethod(im))
		}
		c.Itable = append(c.Itable, e)
	}
}

// selectInterfaceMethod finds the method that runs when interface method im
// is invoked on an instance of c: an instance method of c or a superclass
// with the same name and descriptor, else the unique maximally-specific
// default method of c's superinterfaces. If there is none, im itself is
// returned (invoking an abstract method throws AbstractMethodError); if
// several defaults conflict, a method marked as conflicting is returned.
func (c *Class) selectInterfaceMethod(im *Method) *Method {
	for k := c; k != nil; k = k.Super {
		if m := k.DeclaredMethod(im.Name, im.Descriptor); m != nil && !m.IsStatic() && !m.IsPrivate() {
			return m
		}
	}
	cands := c.maximallySpecific(im.Name, im.Descriptor)
	var defaults []*Method
	for _, m := range cands {
		if !m.IsAbstract() {
			defaults = append(defaults, m)
		}
	}
	switch len(defaults) {
	case 1:
		return defaults[0]
	case 0:
		return im
	}
	return &Method{Class: c, Name: im.Name, Descriptor: im.Descriptor, Access: classfile.AccPublic | classfile.AccAbstract,
		Type: im.Type, ArgSlots: im.ArgSlots, RetKind: im.RetKind, VtableIndex: -1, ItableIndex: -1,
		conflict: defaults}
}

// maximallySpecific returns the maximally-specific superinterface methods of
// c with this name and descriptor (JVMS §5.4.3.3).
func (c *Class) maximallySpecific(name, desc string) []*Method {
	var cands []*Method
	for _, i := range c.AllInterfaces {
		if m := i.DeclaredMethod(name, desc); m != nil && !m.IsStatic() && !m.IsPrivate() {
			cands = append(cands, m)
		}
	}
	var out []*Method
	for _, m := range cands {
		specific := true
		for _, o := range cands {
			if o != m && o.Class != m.Class && o.Class.IsSubclassOf(m.Class) {
				specific = false
				break
			}
		}
		if specific {
			out = append(out, m)
		}
	}
	return out
}

// ConflictingDefaults returns, for a method selectInterfaceMethod made to
// mark conflicting default methods, the conflicting methods.
func (m *Method) ConflictingDefaults() []*Method { return m.conflict }
