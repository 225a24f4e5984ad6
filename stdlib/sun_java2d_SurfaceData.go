package stdlib

import (
	"sync"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The native side of sun.java2d.SurfaceData for BufferedImages
// (BufImgSurfaceData.c in the JDK). HotSpot's libawt keeps a malloc'd
// BufImgSDOps per surface and stores its address in SurfaceData.pData;
// gojvm keeps a bufImgOps in a table and stores its number there instead.
// Each is registered with sun.java2d.Disposer as the JDK's
// SurfaceData_SetOps does, so it is dropped when the SurfaceData is
// collected.

// bufImgOps is what BufImgSurfaceData.initRaster records: the pixel array
// and how a raster lies in it, in bytes (bitOffset in bits for packed
// rasters), and the IndexColorModel of an indexed image.
type bufImgOps struct {
	array, icm            heap.Ref // roots while the surface lives
	offset, bitOffset     int
	width, height         int
	pixStride, scanStride int

	// The inverse colour map of an indexed destination, made on first use.
	invOnce sync.Once
	inv     *invColorMap
}

// surfaceTable holds the bufImgOps of live surfaces by their pData number.
type surfaceTable struct {
	mu   sync.Mutex
	next int64
	m    map[int64]*bufImgOps
}

// disposeBufImgOps is the disposeMethod number gojvm gives sun.java2d.Disposer
// for a surface's ops (HotSpot passes the address of SurfaceData_DisposeOps).
const disposeBufImgOps = 1

func (st *surfaceTable) add(ops *bufImgOps) int64 {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.m == nil {
		st.m = map[int64]*bufImgOps{}
	}
	st.next++
	st.m[st.next] = ops
	return st.next
}

func (st *surfaceTable) get(id int64) *bufImgOps {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.m[id]
}

func (st *surfaceTable) remove(id int64) {
	st.mu.Lock()
	defer st.mu.Unlock()
	delete(st.m, id)
}

func (st *surfaceTable) visitRoots(visit func(*heap.Ref)) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, ops := range st.m {
		for _, r := range []*heap.Ref{&ops.array, &ops.icm} {
			if *r != 0 {
				visit(r)
			}
		}
	}
}

// surfaceOps returns the ops of a SurfaceData object, or nil if it has none
// (a surface of another kind, or one gojvm does not render to).
func surfaceOps(t *rtda.Thread, sd heap.Ref) *bufImgOps {
	if sd == 0 {
		return nil
	}
	id := t.VM.GetLongField(sd, "sun/java2d/SurfaceData", "pData")
	if id == 0 {
		return nil
	}
	return stateOf(t).surfaces.get(id)
}

func init() {
	natives("sun/awt/image/BufImgSurfaceData", map[string]rtda.NativeFunc{
		"initIDs(Ljava/lang/Class;Ljava/lang/Class;)V": awtNop,
		"initRaster(Ljava/lang/Object;IIIIIILjava/awt/image/IndexColorModel;)V": func(t *rtda.Thread, a []uint64) uint64 {
			this := ref(a[0])
			if t.VM.GetLongField(this, "sun/java2d/SurfaceData", "pData") != 0 {
				t.ThrowNew("java/lang/InternalError", "Attempting to set SurfaceData ops twice")
				return 0
			}
			ops := &bufImgOps{
				array: ref(a[1]), icm: ref(a[8]),
				offset: int(i32(a[2])), bitOffset: int(i32(a[3])),
				width: int(i32(a[4])), height: int(i32(a[5])),
				pixStride: int(i32(a[6])), scanStride: int(i32(a[7])),
			}
			id := stateOf(t).surfaces.add(ops)
			t.VM.SetLongField(this, "sun/java2d/SurfaceData", "pData", id)
			h := t.NewHandle(this)
			invokeStatic(t, "sun/java2d/Disposer", "addRecord", "(Ljava/lang/Object;JJ)V",
				h, uint64(disposeBufImgOps), uint64(0), uint64(id), uint64(0))
			return 0
		},
	})
	natives("sun/java2d/SurfaceData", map[string]rtda.NativeFunc{
		// SurfaceData.c reads IndexColorModel.allgrayopaque.
		"isOpaqueGray(Ljava/awt/image/IndexColorModel;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			icm := ref(a[0])
			if icm == 0 {
				return 0
			}
			return boolSlot(t.VM.GetBoolField(icm, "java/awt/image/IndexColorModel", "allgrayopaque"))
		},
	})
	natives("sun/java2d/DefaultDisposerRecord", map[string]rtda.NativeFunc{
		"invokeNativeDispose(JJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			if i64(a[0]) == disposeBufImgOps {
				stateOf(t).surfaces.remove(i64(a[2]))
			}
			return 0
		},
	})
}
