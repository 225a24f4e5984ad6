package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/security/AccessController", map[string]rtda.NativeFunc{
		"getStackAccessControlContext()Ljava/security/AccessControlContext;": getStackAccessControlContext,
		// The context Thread's constructor saved (JVM_GetInheritedAccessControlContext).
		"getInheritedAccessControlContext()Ljava/security/AccessControlContext;": func(t *rtda.Thread, a []uint64) uint64 {
			if t.Object == 0 {
				return 0
			}
			return uint64(t.VM.GetRefField(t.Object, "java/lang/Thread", "inheritedAccessControlContext",
				"Ljava/security/AccessControlContext;"))
		},
		"getProtectionDomain(Ljava/lang/Class;)Ljava/security/ProtectionDomain;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(classArg(t, a[0]).ProtectionDomain)
		},
		"ensureMaterializedForStackWalk(Ljava/lang/Object;)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
}

// getStackAccessControlContext is JVM_GetStackAccessControlContext: the
// protection domains of the frames on the stack (consecutive duplicates
// once, null domains left out) down to the first privileged frame
// (AccessController.executePrivileged, whose caller's domain counts and
// whose context argument becomes the privileged context). The
// privileged context carries what Subject.doAs attached (its
// SubjectDomainCombiner): that is how the JMX agent's access controller
// knows which authenticated subject is calling.
func getStackAccessControlContext(t *rtda.Thread, a []uint64) uint64 {
	var domains []heap.Ref
	var previous heap.Ref
	privileged := false
	var privilegedContext heap.Ref
	for i := len(t.Frames) - 1; i >= 0; i-- {
		f := t.Frames[i]
		m := f.Method
		var pd heap.Ref
		if m.Class.Name == "java/security/AccessController" && m.Name == "executePrivileged" {
			// static executePrivileged(action, AccessControlContext context, Class<?> caller)
			privileged = true
			privilegedContext = heap.Ref(t.Stack[f.Locals+1])
			if caller := heap.Ref(t.Stack[f.Locals+2]); caller != 0 {
				pd = t.VM.ClassFromMirror(caller).ProtectionDomain
			}
		} else {
			pd = m.Class.ProtectionDomain
		}
		if pd != previous && pd != 0 {
			domains = append(domains, pd)
			previous = pd
		}
		if privileged {
			break
		}
	}
	if len(domains) == 0 && privileged && privilegedContext == 0 {
		return 0
	}
	hctx := t.NewHandle(privilegedContext)
	var harr rtda.Handle
	if len(domains) > 0 {
		pdc := t.LoadClass(t.VM.Boot, "java/security/ProtectionDomain")
		if pdc == nil {
			return 0
		}
		harr = t.NewHandle(t.NewRefArray(pdc, domains))
		if t.Pending != 0 {
			return 0
		}
	}
	c := t.LoadClass(t.VM.Boot, "java/security/AccessControlContext")
	if c == nil {
		return 0
	}
	acc := t.NewObject(c)
	if acc == 0 {
		return 0
	}
	const class = "java/security/AccessControlContext"
	if harr != nil {
		t.VM.SetRefField(acc, class, "context", "[Ljava/security/ProtectionDomain;", *harr)
	}
	t.VM.SetRefField(acc, class, "privilegedContext", "Ljava/security/AccessControlContext;", *hctx)
	t.VM.SetBoolField(acc, class, "isPrivileged", privileged)
	t.VM.SetBoolField(acc, class, "isAuthorized", true)
	return uint64(acc)
}
