package stdlib

import (
	"sort"
	"strings"
	"testing"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/classpath"
)

// jdkNative is a native method of a class of the JDK's runtime image.
type jdkNative struct {
	module string
	key    string // "java/lang/Object.hashCode()I"
	// polymorphic: a signature-polymorphic method of MethodHandle or
	// VarHandle (JVMS §2.9.3), which the interpreter links itself.
	polymorphic bool
}

// jdkNatives lists the native methods of the JDK in use.
func jdkNatives(t *testing.T) []jdkNative {
	t.Helper()
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Skip(err)
	}
	var all []jdkNative
	for _, e := range jdk.Image.Entries() {
		if !strings.HasSuffix(e, ".class") || strings.HasSuffix(e, "module-info.class") {
			continue
		}
		data, err := jdk.Image.Resource(e)
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		cf, err := classfile.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		class, _ := cf.Name()
		mod, _, _ := strings.Cut(strings.TrimPrefix(e, "/"), "/")
		for i := range cf.Methods {
			m := &cf.Methods[i]
			if !m.Access.Has(classfile.AccNative) {
				continue
			}
			name, _ := m.Name(cf.ConstantPool)
			desc, _ := m.Descriptor(cf.ConstantPool)
			poly := (class == "java/lang/invoke/MethodHandle" || class == "java/lang/invoke/VarHandle") &&
				m.Access.Has(classfile.AccVarargs) && strings.HasPrefix(desc, "([Ljava/lang/Object;)")
			all = append(all, jdkNative{mod, class + "." + name + desc, poly})
		}
	}
	return all
}

// nativesCoveredModules are the modules whose native methods gojvm
// implements, each but those of nativesAbsent. The others: java.desktop is
// partly there (README, headless AWT); java.instrument, jdk.attach (the
// attach API's client side), jdk.hotspot.agent, jdk.internal.vm.ci, jdk.jfr
// and jdk.incubator.foreign need VM services gojvm does not have; the
// bindings to system libraries for Kerberos (java.security.jgss),
// smart cards, PKCS#11 and SCTP are not there either.
var nativesCoveredModules = map[string]bool{
	"java.base": true, "java.management": true, "java.prefs": true, "java.rmi": true,
	"jdk.management": true, "jdk.management.agent": true, "jdk.net": true, "jdk.security.auth": true,
}

// nativesAbsent are natives of those modules that gojvm leaves out on
// purpose; calling one throws UnsatisfiedLinkError. A prefix ending in '.'
// stands for every native of the class.
var nativesAbsent = []string{
	// The legacy socket implementations (-Djdk.net.usePlainSocketImpl,
	// -Djdk.net.usePlainDatagramSocketImpl), which README lists as absent.
	"java/net/AbstractPlainDatagramSocketImpl.", "java/net/AbstractPlainSocketImpl.",
	"java/net/PlainDatagramSocketImpl.", "java/net/PlainSocketImpl.",
	"java/net/SocketInputStream.", "java/net/SocketOutputStream.", "java/net/SocketCleanable.",
	// CDS archive dumping (-XX:ArchiveClassesAtExit, jcmd VM.cds): gojvm
	// maps the JDK's archive of class names but dumps none, and its
	// isSharingEnabled says no lambda proxy comes from an archive.
	"java/lang/invoke/LambdaProxyClassArchive.", "jdk/internal/misc/CDS.dumpClassList(",
	"jdk/internal/misc/CDS.dumpDynamicArchive(",
	// Bootstrap arguments are always pushed to the bootstrap method, never
	// pulled through a BootstrapCallInfo.
	"java/lang/invoke/MethodHandleNatives.copyOutBootstrapArguments(",
	// The incubating foreign-function and vector APIs.
	"jdk/internal/invoke/NativeEntryPoint.", "jdk/internal/vm/vector/VectorSupport.",
	"jdk/internal/misc/ScopedMemoryAccess.closeScope0(",
	// The class library looks native symbols up through it only for the
	// foreign-function API; gojvm's JNI linker finds them itself.
	"jdk/internal/loader/NativeLibraries.findEntry0(",
	// No reference is ever stored uncompressed.
	"jdk/internal/misc/Unsafe.getUncompressedObject(",
	// Members and NameAndType entries of a constant pool, which no class of
	// the JDK asks for (annotation parsing uses the others).
	"jdk/internal/reflect/ConstantPool.getClassAtIfLoaded0(", "jdk/internal/reflect/ConstantPool.getClassRefIndexAt0(",
	"jdk/internal/reflect/ConstantPool.getMethodAt0(", "jdk/internal/reflect/ConstantPool.getMethodAtIfLoaded0(",
	"jdk/internal/reflect/ConstantPool.getFieldAt0(", "jdk/internal/reflect/ConstantPool.getFieldAtIfLoaded0(",
	"jdk/internal/reflect/ConstantPool.getMemberRefInfoAt0(", "jdk/internal/reflect/ConstantPool.getNameAndTypeRefIndexAt0(",
	"jdk/internal/reflect/ConstantPool.getNameAndTypeRefInfoAt0(",
	// HotSpot's internal threads (compiler, GC workers), which gojvm does
	// not have as such: the HotspotInternal MBean is not registered.
	"sun/management/HotspotThread.",
	// Windows only.
	"com/sun/security/auth/module/NTSystem.",
}

// TestNativesCoverage checks that every native method of the modules gojvm
// covers is implemented, but those left out on purpose: a JDK 17 update
// that adds one (17.0.17 added Console.ttyStatus, 17.0.21
// NativeThread.supportPendingSignals0) fails here, naming it, before any
// program meets an UnsatisfiedLinkError.
func TestNativesCoverage(t *testing.T) {
	have := map[string]bool{}
	for _, tab := range tables {
		for m := range tab.methods {
			have[tab.class+"."+m] = true
		}
	}
	absent := func(key string) bool {
		for _, p := range nativesAbsent {
			if strings.HasPrefix(key, p) {
				return true
			}
		}
		return false
	}
	var missing []string
	usedAbsent := map[string]bool{}
	for _, n := range jdkNatives(t) {
		if !nativesCoveredModules[n.module] || n.polymorphic || have[n.key] {
			continue
		}
		if absent(n.key) {
			for _, p := range nativesAbsent {
				if strings.HasPrefix(n.key, p) {
					usedAbsent[p] = true
				}
			}
			continue
		}
		missing = append(missing, n.key)
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("native not implemented: %s", m)
	}
	// An entry this JDK does not need is only reported: another update
	// may still have the native.
	for _, p := range nativesAbsent {
		if !usedAbsent[p] {
			t.Logf("nativesAbsent names %q, which matches no unimplemented native of this JDK", p)
		}
	}
}
