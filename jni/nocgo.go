//go:build !(cgo && linux && amd64)

package jni

import (
	"path/filepath"
	"strings"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/interp"
	"github.com/gojvm/gojvm/rtda"
)

// Without cgo (or off linux/amd64) gojvm cannot call native code: the
// JDK's own libraries, which gojvm implements in Go, still load, and any
// other library fails to, with UnsatisfiedLinkError.

// Install gives vm the NativeLibraries natives.
func Install(vm *rtda.VM, it *interp.Interp, host Host) {
	jdkLib := filepath.Join(vm.JDK.Home, "lib") + "/"
	var next int64 = 1
	vm.RegisterNatives("jdk/internal/loader/NativeLibraries", map[string]rtda.NativeFunc{
		"findBuiltinLib(Ljava/lang/String;)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"load(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z": func(t *rtda.Thread, a []uint64) uint64 {
			name := t.VM.GoString(heap.Ref(a[1]))
			if !strings.HasPrefix(name, jdkLib) {
				if a[4] != 0 {
					t.ThrowNew("java/lang/UnsatisfiedLinkError", name+": this gojvm was built without cgo and cannot load native libraries")
				}
				return 0
			}
			t.VM.SetLongField(heap.Ref(a[0]), nativeLibraryImpl, "handle", next)
			next += 2
			return 1
		},
		"unload(Ljava/lang/String;ZZJ)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"findEntry0(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;)J": func(t *rtda.Thread, a []uint64) uint64 {
			return 0
		},
	})
}

// ProbeAgent reports that a library outside the JDK cannot be opened:
// without cgo gojvm has no dynamic linker.
func ProbeAgent(t *rtda.Thread, path string) (onAttach bool, loadErr string) {
	return false, path + ": this gojvm was built without cgo and cannot load native libraries"
}
