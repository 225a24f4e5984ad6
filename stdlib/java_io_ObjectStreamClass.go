package stdlib

import "github.com/gojvm/gojvm/rtda"

func init() {
	natives("java/io/ObjectStreamClass", map[string]rtda.NativeFunc{
		"initNative()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		// hasStaticInitializer tells the default serialVersionUID computation
		// whether the class declares <clinit>.
		"hasStaticInitializer(Ljava/lang/Class;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			return boolSlot(c != nil && c.DeclaredMethod("<clinit>", "()V") != nil)
		},
	})
}
