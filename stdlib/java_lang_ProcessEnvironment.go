package stdlib

import (
	"strings"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/ProcessEnvironment", map[string]rtda.NativeFunc{
		// environ returns names and values alternately, as byte arrays.
		"environ()[[B": func(t *rtda.Thread, a []uint64) uint64 {
			var parts [][]byte
			for _, e := range stateOf(t).cfg.Env {
				k, v, ok := strings.Cut(e, "=")
				if !ok || k == "" {
					continue
				}
				parts = append(parts, []byte(k), []byte(v))
			}
			mark := t.HandleMark()
			defer t.ReleaseHandles(mark)
			hs := make([]rtda.Handle, len(parts))
			for i, p := range parts {
				b := newByteArray(t, p)
				if b == 0 {
					return 0
				}
				hs[i] = t.NewHandle(b)
			}
			refs := make([]heap.Ref, len(hs))
			for i, h := range hs {
				refs[i] = *h
			}
			return uint64(t.NewRefArray(t.ArrayOf(t.VM.Primitive('B')), refs))
		},
	})
	natives("java/util/concurrent/atomic/AtomicLong", map[string]rtda.NativeFunc{
		"VMSupportsCS8()Z": func(t *rtda.Thread, a []uint64) uint64 { return 1 },
	})
}
