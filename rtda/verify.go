package rtda

import (
	"errors"
	"strings"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/classfile/verify"
	"github.com/gojvm/gojvm/internal/ulog"
)

// VerifyOptions are HotSpot's verification flags.
type VerifyOptions struct {
	// Local verifies the classes of the boot loader
	// (-XX:+BytecodeVerificationLocal); Remote all others
	// (-XX:-BytecodeVerificationRemote turns it off, as -Xverify:none does).
	Local, Remote bool
}

// ShouldVerify reports whether classes of loader l are verified and
// format-checked in full (HotSpot's Verifier::should_verify_for).
func (vm *VM) ShouldVerify(l *Loader) bool {
	if l == vm.Boot {
		return vm.Options.Verify.Local
	}
	return vm.Options.Verify.Remote
}

// LinkClass links c (JVMS §5.4) if it is not linked yet: its superclass and
// superinterfaces first, then c is verified if its loader's classes are
// (HotSpot's InstanceKlass::link_class_impl). It throws and returns false
// if verification fails.
func (t *Thread) LinkClass(c *Class) bool {
	if c.linked.Load() || c.File == nil {
		return true
	}
	if c.Super != nil && !t.LinkClass(c.Super) {
		return false
	}
	for _, i := range c.Interfaces {
		if !t.LinkClass(i) {
			return false
		}
	}
	if c.linked.Load() {
		return true
	}
	if t.VM.eligibleForVerification(c) && !t.verifyClass(c) {
		return false
	}
	c.linked.Store(true)
	return true
}

// eligibleForVerification is HotSpot's is_eligible_for_verification: the
// loader's classes are verified, except the four classes bootstrapping
// needs and the reflection accessors the JDK generates.
func (vm *VM) eligibleForVerification(c *Class) bool {
	if !vm.ShouldVerify(c.Loader) {
		return false
	}
	switch c.Name {
	case "java/lang/Object", "java/lang/Class", "java/lang/String", "java/lang/Throwable":
		return false
	}
	for s := c.Super; s != nil; s = s.Super {
		if s.Name == "jdk/internal/reflect/MagicAccessorImpl" {
			return false
		}
	}
	return true
}

// errPending is how a verifier's class load reports a Java exception.
var errPending = errors.New("exception pending")

// verifyEnv answers the verifier's questions for class c.
type verifyEnv struct {
	t *Thread
	c *Class
}

func (e *verifyEnv) Load(name string) (verify.Class, error) {
	k := e.t.LoadClass(e.c.Loader, name)
	if k == nil {
		return nil, errPending
	}
	return k, nil
}

func (e *verifyEnv) Current() verify.Class { return e.c }

func (e *verifyEnv) IsInterface(c verify.Class) bool { return c.(*Class).IsInterface() }

func (e *verifyEnv) Name(c verify.Class) string { return c.(*Class).Name }

func (e *verifyEnv) Super(c verify.Class) verify.Class {
	if s := c.(*Class).Super; s != nil {
		return s
	}
	return nil
}

func (e *verifyEnv) IsSubclassOf(sub, super verify.Class) bool {
	return sub.(*Class).IsSubclassOf(super.(*Class))
}

func (e *verifyEnv) ProtectedElsewhere(target verify.Class, name, desc string, method bool) bool {
	k := target.(*Class)
	if method {
		for s := k; s != nil; s = s.Super {
			if m := s.DeclaredMethod(name, desc); m != nil {
				return m.Access.Has(classfile.AccProtected) && !e.c.IsSamePackage(s)
			}
		}
		return false
	}
	f := k.FindField(name, desc)
	return f != nil && f.Access.Has(classfile.AccProtected) && !e.c.IsSamePackage(f.Class)
}

// verifyClass runs the verifier over c and throws what it finds.
func (t *Thread) verifyClass(c *Class) bool {
	vm := t.VM
	in := &verify.Input{File: c.File, Env: &verifyEnv{t, c}}
	in.Name, _ = c.File.Name()
	for s := c.Super; s != nil; s = s.Super {
		in.Supers = append(in.Supers, s.Name)
	}
	for _, i := range c.Interfaces {
		in.Interfaces = append(in.Interfaces, i.Name)
	}
	for _, m := range c.ReflectionMethods() {
		in.Order = append(in.Order, m.Slot)
	}
	logging := vm.Options.Log != nil && vm.Options.Log.Enabled(ulog.Info, "verification")
	if logging {
		in.Log = func(line string) { vm.Logf("verification", "%s", line) }
	}
	err := verify.Verify(in)
	if logging {
		ext := strings.ReplaceAll(in.Name, "/", ".")
		if err == errPending && t.Pending != 0 {
			ex := vm.ClassOf(t.Pending)
			line := "Verification for " + ext + " has exception pending " + ex.JavaName() + " "
			if m := vm.GetRefField(t.Pending, "java/lang/Throwable", "detailMessage", "Ljava/lang/String;"); m != 0 {
				line = "Verification for " + ext + " has exception pending '" + ex.JavaName() + " " + vm.GoString(m) + "'"
			}
			vm.Logf("verification", "%s", line)
			vm.Logf("verification", "%s", "End class verification for: "+ext)
		} else {
			for _, l := range verify.LogEnd(in.Name, err) {
				vm.Logf("verification", "%s", l)
			}
		}
	}
	switch err := err.(type) {
	case nil:
		return true
	case *verify.Error:
		t.ThrowNew(err.Class, err.Message)
	}
	return false
}
