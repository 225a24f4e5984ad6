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
	l := &Loader{vm: vm, Object: obj, classes: map[string]*Class{}}
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
