package stdlib

import (
	"math"
	"path/filepath"

	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// jdk.internal.jimage.NativeImageBuffer.getNativeMap: the JDK's
// ImageReader asks for the VM's own mapping of the runtime image
// (lib/modules) instead of mapping the file again. gojvm already maps it
// (classpath.RuntimeImage); the mapping is recorded in package nio as
// read-only memory and wrapped in a DirectByteBuffer, as JNI's
// NewDirectByteBuffer does. Other paths get null, and the reader maps the
// file itself through FileChannel.

func init() {
	natives("jdk/internal/jimage/NativeImageBuffer", map[string]rtda.NativeFunc{
		"getNativeMap(Ljava/lang/String;)Ljava/nio/ByteBuffer;": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			img := t.VM.JDK.Image
			if img == nil {
				return 0
			}
			name := str(t, a[0])
			if name != img.Path() && filepath.Clean(name) != filepath.Clean(img.Path()) {
				return 0
			}
			data := img.Data()
			if len(data) == 0 || len(data) > math.MaxInt32 {
				return 0
			}
			addr := nio.AddMapping(data, true)
			return uint64(newInstance(t, "java/nio/DirectByteBuffer", "(JI)V", uint64(addr), uint64(0), uint64(len(data))))
		},
	})
}
