package stdlib

import (
	"github.com/gojvm/gojvm/rtda"
)

func pendingList(t *rtda.Thread) rtda.ReferencePending {
	return t.VM.Allocator.(rtda.ReferencePending)
}

func init() {
	natives("java/lang/ref/Reference", map[string]rtda.NativeFunc{
		// The Reference Handler thread waits for the collector to clear
		// references and takes them (gc/refs.go).
		"getAndClearReferencePendingList()Ljava/lang/ref/Reference;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(pendingList(t).TakePendingReferences())
		},
		"hasReferencePendingList()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(pendingList(t).HasPendingReferences())
		},
		"waitForReferencePendingList()V": func(t *rtda.Thread, a []uint64) uint64 {
			pendingList(t).WaitForPendingReferences(t)
			return 0
		},
		"refersTo0(Ljava/lang/Object;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(t.VM.GetRefField(ref(a[0]), "java/lang/ref/Reference", "referent", "Ljava/lang/Object;") == ref(a[1]))
		},
		"clear0()V": func(t *rtda.Thread, a []uint64) uint64 {
			t.VM.SetRefField(ref(a[0]), "java/lang/ref/Reference", "referent", "Ljava/lang/Object;", 0)
			return 0
		},
	})
	natives("java/lang/ref/PhantomReference", map[string]rtda.NativeFunc{
		"refersTo0(Ljava/lang/Object;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(t.VM.GetRefField(ref(a[0]), "java/lang/ref/Reference", "referent", "Ljava/lang/Object;") == ref(a[1]))
		},
	})
	natives("java/lang/ref/Finalizer", map[string]rtda.NativeFunc{
		"isFinalizationEnabled()Z": func(t *rtda.Thread, a []uint64) uint64 { return 1 },
	})
	natives("java/lang/NullPointerException", map[string]rtda.NativeFunc{
		"getExtendedNPEMessage()Ljava/lang/String;": extendedNPEMessage,
	})
}
