package stdlib

import (
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/ref/Reference", map[string]rtda.NativeFunc{
		"getAndClearReferencePendingList()Ljava/lang/ref/Reference;": func(t *rtda.Thread, a []uint64) uint64 {
			return 0
		},
		"hasReferencePendingList()Z": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		// The Reference Handler waits here for the collector to discover
		// references; gojvm's collector does not yet, so it waits on.
		"waitForReferencePendingList()V": func(t *rtda.Thread, a []uint64) uint64 {
			t.WaitOnCondition(func() { select {} })
			return 0
		},
		"refersTo0(Ljava/lang/Object;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(t.VM.GetRefField(ref(a[0]), "referent", "Ljava/lang/Object;") == ref(a[1]))
		},
		"clear0()V": func(t *rtda.Thread, a []uint64) uint64 {
			t.VM.SetRefField(ref(a[0]), "referent", "Ljava/lang/Object;", 0)
			return 0
		},
	})
	natives("java/lang/ref/PhantomReference", map[string]rtda.NativeFunc{
		"refersTo0(Ljava/lang/Object;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(t.VM.GetRefField(ref(a[0]), "referent", "Ljava/lang/Object;") == ref(a[1]))
		},
	})
	natives("java/lang/ref/Finalizer", map[string]rtda.NativeFunc{
		"isFinalizationEnabled()Z": func(t *rtda.Thread, a []uint64) uint64 { return 1 },
	})
	natives("java/lang/NullPointerException", map[string]rtda.NativeFunc{
		"getExtendedNPEMessage()Ljava/lang/String;": extendedNPEMessage,
	})
}
