package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("jdk/internal/agent/FileSystemImpl", map[string]rtda.NativeFunc{
		// libmanagement_agent's isAccessUserOnly0: whether the file (a
		// JMX password file) gives no permission to group or others; a
		// file stat cannot see is IOException with strerror's text.
		"isAccessUserOnly0(Ljava/lang/String;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			var st unix.Stat_t
			if err := unix.Stat(str(t, a[0]), &st); err != nil {
				if e, ok := err.(unix.Errno); ok {
					t.ThrowNew("java/io/IOException", strerrorText(e))
				} else {
					t.ThrowNew("java/io/IOException", "stat64 failed")
				}
				return 0
			}
			return boolSlot(st.Mode&(unix.S_IRWXG|unix.S_IRWXO) == 0)
		},
	})
}
