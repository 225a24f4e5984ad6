package rtda

// InitClass initializes c if it is not initialized yet (JVMS §5.5): its
// superclass first, then the superinterfaces that declare default methods,
// then its <clinit>. It returns false with an exception pending if
// initialization fails; a class whose initialization failed once throws
// NoClassDefFoundError ever after.
func (t *Thread) InitClass(c *Class) bool {
	switch c.State() {
	case StateInitialized:
		return true
	case StateErroneous:
		t.ThrowNew("java/lang/NoClassDefFoundError", "Could not initialize class "+c.JavaName())
		return false
	case StateInitializing:
		// A recursive request from the initializing thread (JVMS §5.5 step 3).
		// Other threads wait once threads are real.
		return true
	}
	c.InitThread = t
	c.SetState(StateInitializing)
	if c.Super != nil && !c.IsInterface() && !t.InitClass(c.Super) {
		c.SetState(StateErroneous)
		return false
	}
	if !c.IsInterface() {
		for _, i := range c.AllInterfaces {
			if i.declaresDefaults() && !t.InitClass(i) {
				c.SetState(StateErroneous)
				return false
			}
		}
	}
	if m := c.DeclaredMethod("<clinit>", "()V"); m != nil {
		t.VM.Exec.Invoke(t, m)
		if ex := t.Pending; ex != 0 {
			if !t.VM.ClassOf(ex).IsSubclassOf(t.VM.errorClass(t)) {
				t.Pending = 0
				t.ThrowWithCause("java/lang/ExceptionInInitializerError", "", ex)
			}
			c.SetState(StateErroneous)
			c.InitThread = nil
			return false
		}
	}
	c.InitThread = nil
	c.SetState(StateInitialized)
	return true
}

func (c *Class) declaresDefaults() bool {
	for _, m := range c.Methods {
		if !m.IsStatic() && !m.IsAbstract() && m.Name != "<clinit>" {
			return true
		}
	}
	return false
}

func (vm *VM) errorClass(t *Thread) *Class {
	return t.LoadClass(vm.Boot, "java/lang/Error")
}
