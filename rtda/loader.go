package rtda

import (
	"sync"

	"github.com/gojvm/gojvm/heap"
)

// Loader is a class loader as the method area sees it: the boot loader
// (Object 0) or a java.lang.ClassLoader object, with the classes it has
// defined or initiated.
type Loader struct {
	vm      *VM
	Object  heap.Ref // the java.lang.ClassLoader; 0 for the boot loader
	mu      sync.Mutex
	classes map[string]*Class
	// loading holds the names this loader is defining right now, to detect
	// ClassCircularityError.
	loading map[string]bool
	// placeholders are the names some thread is loading for this loader
	// right now (HotSpot's placeholder table): other threads wanting the
	// same class wait for it instead of defining it twice.
	placeholders map[string]*placeholder
	// Born is the number of classes defined before the loader was first
	// seen: where its ClassLoaderData stands among HotSpot's, which are
	// made in that order with those of weak hidden classes.
	Born uint32
	// deps are the other loaders whose classes l has recorded (it
	// initiated their loading): they live as long as l (unload.go).
	deps []*Loader
}

type placeholder struct {
	owner *Thread
	depth int
	done  chan struct{}
}

// claim makes t the thread that loads name for l. It returns false if the
// class got loaded meanwhile (by another thread, which t waited for); the
// caller then looks it up again.
func (t *Thread) claim(l *Loader, name string) bool {
	for {
		l.mu.Lock()
		if l.classes[name] != nil {
			l.mu.Unlock()
			return false
		}
		ph := l.placeholders[name]
		if ph == nil || ph.owner == t {
			if ph == nil {
				if l.placeholders == nil {
					l.placeholders = map[string]*placeholder{}
				}
				ph = &placeholder{owner: t, done: make(chan struct{})}
				l.placeholders[name] = ph
			}
			ph.depth++
			l.mu.Unlock()
			return true
		}
		l.mu.Unlock()
		t.Blocking(func() { <-ph.done })
	}
}

// unclaim ends t's loading of name for l, successful or not.
func (t *Thread) unclaim(l *Loader, name string) {
	l.mu.Lock()
	if ph := l.placeholders[name]; ph != nil && ph.owner == t {
		if ph.depth--; ph.depth == 0 {
			delete(l.placeholders, name)
			close(ph.done)
		}
	}
	l.mu.Unlock()
}

// IsBoot reports whether l is the bootstrap loader.
func (l *Loader) IsBoot() bool { return l.Object == 0 }

func (l *Loader) lookup(name string) *Class {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.classes[name]
}

func (l *Loader) record(c *Class) *Class {
	l.mu.Lock()
	defer l.mu.Unlock()
	if old, ok := l.classes[c.Name]; ok {
		return old
	}
	l.classes[c.Name] = c
	l.noteDependency(c)
	return c
}

// LoaderFor returns the Loader of a java.lang.ClassLoader object, creating
// it on first use; a null object is the boot loader.
func (vm *VM) LoaderFor(obj heap.Ref) *Loader {
	if obj == 0 {
		return vm.Boot
	}
	vm.mu.Lock()
	defer vm.mu.Unlock()
	for _, l := range vm.loaders {
		if l.Object == obj {
			return l
		}
	}
	l := &Loader{vm: vm, Object: obj, classes: map[string]*Class{}, Born: uint32(len(vm.classes))}
	// The collector looks for Loaders behind objects of this class only.
	vm.classes[vm.Heap.ClassID(obj)].loaderClass = true
	vm.loaders = append(vm.loaders, l)
	return l
}

// Loaders returns every loader, the boot loader first.
func (vm *VM) Loaders() []*Loader {
	vm.mu.RLock()
	defer vm.mu.RUnlock()
	return append([]*Loader(nil), vm.loaders...)
}

// LoadedClass returns the class with this name that l has defined or
// initiated loading of, or nil.
func (l *Loader) LoadedClass(name string) *Class { return l.lookup(name) }
