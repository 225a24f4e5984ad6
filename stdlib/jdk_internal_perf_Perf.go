package stdlib

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/services/perfdata"
)

// jdk.internal.perf.Perf: the performance counters (perf.cpp in HotSpot).
// PerfCounter (used by ZipFile, the class loaders, ...) creates named longs
// and byte arrays in the VM's performance-data region
// (services/perfdata), each handed to Java as a DirectByteBuffer over its
// bytes, as JNI's NewDirectByteBuffer does; jvmstat's tools attach to a
// VM's region, this VM's own or another's file in /tmp/hsperfdata_<user>.

const (
	perfModeRO = 0 // Perf.PERF_MODE_RO
	perfModeRW = 1
)

var errBadVariability = errors.New("unexpected variability")

// perfName returns a counter's name, or "" after throwing
// NullPointerException.
func perfName(t *rtda.Thread, nameArg uint64) string {
	if nameArg == 0 {
		throwNPE(t)
		return ""
	}
	return str(t, nameArg)
}

// perfCreated throws for a failed creation and returns whether it worked.
func perfCreated(t *rtda.Thread, err error, kind string) bool {
	switch {
	case errors.Is(err, perfdata.ErrExists):
		t.ThrowNew("java/lang/IllegalArgumentException", kind+" name already exists")
	case errors.Is(err, errBadVariability):
		t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
		return false
	case err != nil:
		t.ThrowNewNoMessage("java/lang/OutOfMemoryError")
		return false
	}
	return true
}

// directBufferOver returns a DirectByteBuffer over b: counter memory in
// the VM's region (which nio knows), another VM's mapped region, or a
// counter that did not fit in the region (private memory, as HotSpot
// spills it), which Unsafe must find too.
func directBufferOver(t *rtda.Thread, b []byte) uint64 {
	if nio.Bytes(uintptr(unsafe.Pointer(&b[0])), len(b)) == nil {
		nio.AddMapping(b, false)
	}
	addr := uint64(uintptr(unsafe.Pointer(&b[0])))
	return uint64(newInstance(t, "java/nio/DirectByteBuffer", "(JI)V", addr, uint64(0), uint64(len(b))))
}

// perfAttach maps the performance data of VM pid: this VM's own region,
// or another process's file read-only (PerfMemory::attach).
func perfAttach(t *rtda.Thread, user string, pid int) ([]byte, error) {
	if pid == 0 || pid == os.Getpid() {
		return t.VM.PerfData.Region(), nil
	}
	dir, err := perfdata.UserDir()
	if err != nil {
		return nil, err
	}
	if user != "" {
		dir = filepath.Join(filepath.Dir(dir), "hsperfdata_"+user)
	}
	path := filepath.Join(dir, strconv.Itoa(pid))
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, err
	}
	if st.Size <= 0 {
		return nil, errors.New("Could not determine PerfMemory size")
	}
	b, err := unix.Mmap(fd, 0, int(st.Size), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	nio.AddMapping(b, false)
	return b, nil
}

func init() {
	natives("jdk/internal/perf/Perf", map[string]rtda.NativeFunc{
		"registerNatives()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"attach(Ljava/lang/String;II)Ljava/nio/ByteBuffer;": func(t *rtda.Thread, a []uint64) uint64 {
			user := ""
			if a[1] != 0 {
				user = str(t, a[1])
			}
			mode, pid := i32(a[3]), int(i32(a[2]))
			if mode != perfModeRO && mode != perfModeRW {
				t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
				return 0
			}
			if mode == perfModeRW && pid != 0 && pid != os.Getpid() {
				// HotSpot maps another VM's counters read-only only.
				t.ThrowNew("java/lang/IllegalArgumentException", "Unsupported access mode")
				return 0
			}
			b, err := perfAttach(t, user, pid)
			if err != nil {
				throwIOException(t, err)
				return 0
			}
			return directBufferOver(t, b)
		},
		"detach(Ljava/nio/ByteBuffer;)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"createLong(Ljava/lang/String;IIJ)Ljava/nio/ByteBuffer;": func(t *rtda.Thread, a []uint64) uint64 {
			variability, units := perfdata.Variability(i32(a[2])), i32(a[3])
			if units <= 0 || units > int32(perfdata.UnitsHertz) {
				t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
				return 0
			}
			name := perfName(t, a[1])
			if name == "" {
				return 0
			}
			var err error
			var l *perfdata.Long
			if variability < perfdata.Constant || variability > perfdata.Variable {
				err = errBadVariability
				if t.VM.PerfData.Exists(name) {
					err = perfdata.ErrExists
				}
			} else {
				l, err = t.VM.PerfData.NewLong(name, perfdata.Units(units), variability, i64(a[4]))
			}
			if !perfCreated(t, err, "PerfLong") {
				return 0
			}
			return directBufferOver(t, l.Bytes())
		},
		"createByteArray(Ljava/lang/String;II[BI)Ljava/nio/ByteBuffer;": func(t *rtda.Thread, a []uint64) uint64 {
			arr := ref(a[4])
			if a[1] == 0 || arr == 0 {
				return throwNPE(t)
			}
			variability, maxLen := perfdata.Variability(i32(a[2])), int(i32(a[5]))
			if (variability != perfdata.Constant && variability != perfdata.Variable) || i32(a[3]) != int32(perfdata.UnitsString) {
				t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
				return 0
			}
			h := t.NewHandle(arr)
			name := str(t, a[1])
			data := append([]byte(nil), t.VM.Heap.Bytes(*h, heap.ArrayBaseOffset, int(t.VM.Heap.Len(*h)))...)
			if variability == perfdata.Constant {
				maxLen = len(data)
			}
			b, err := t.VM.PerfData.NewBytes(name, perfdata.UnitsString, variability, data, maxLen+1)
			if !perfCreated(t, err, "PerfByteArray") {
				return 0
			}
			return directBufferOver(t, b)
		},
		"highResCounter()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(time.Since(t.VM.Start).Nanoseconds())
		},
		"highResFrequency()J": func(t *rtda.Thread, a []uint64) uint64 { return uint64(time.Second) },
	})
}
