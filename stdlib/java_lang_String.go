package stdlib

import "github.com/gojvm/gojvm/rtda"

func init() {
	natives("java/lang/String", map[string]rtda.NativeFunc{
		"intern()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(t.VM.Strings.InternObject(t, ref(a[0])))
		},
	})
	natives("java/lang/StringUTF16", map[string]rtda.NativeFunc{
		"isBigEndian()Z": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
	natives("java/lang/StringCoding", map[string]rtda.NativeFunc{
		"err(Ljava/lang/String;)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
}
