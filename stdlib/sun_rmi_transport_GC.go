package stdlib

import (
	"time"

	"github.com/gojvm/gojvm/rtda"
)

// sun.rmi.transport.GC: RMI's distributed collector asks how long ago the
// whole heap was last examined, and runs System.gc() when that is older
// than its latency target (HotSpot's JVM_MaxObjectInspectionAge, the time
// since the last full collection, or since start-up if none ran).
func init() {
	natives("sun/rmi/transport/GC", map[string]rtda.NativeFunc{
		"maxObjectInspectionAge()J": func(t *rtda.Thread, a []uint64) uint64 {
			since := t.VM.Start
			if c := collectorOf(t.VM); c != nil {
				// The managers of full collections examine the whole heap.
				for i, m := range c.Describe().Managers {
					if r, ok := c.LastCollection(i); ok && m.Action == "end of major GC" && r.End.After(since) {
						since = r.End
					}
				}
			}
			return uint64(time.Since(since).Milliseconds())
		},
	})
}
