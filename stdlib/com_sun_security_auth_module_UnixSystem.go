package stdlib

import (
	"os/user"
	"strconv"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// com.sun.security.auth.module.UnixSystem (jdk.security.auth's Unix.c):
// the real user and group ids, the supplementary groups and the user's
// name, which JAAS's UnixLoginModule turns into principals.
func init() {
	natives("com/sun/security/auth/module/UnixSystem", map[string]rtda.NativeFunc{
		"getUnixInfo()V": func(t *rtda.Thread, a []uint64) uint64 {
			const class = "com/sun/security/auth/module/UnixSystem"
			obj := t.NewHandle(ref(a[0]))
			uid, gid := unix.Getuid(), unix.Getgid()
			groups, err := unix.Getgroups()
			if err != nil {
				throwIOErrno(t, err)
				return 0
			}
			arr := t.NewArrayOf(t.VM.Primitive('J'), int32(len(groups)))
			if arr == 0 {
				return 0
			}
			for i, g := range groups {
				t.VM.Heap.SetLong(arr, rtda.ElemOffset(i, 3), int64(g))
			}
			t.VM.SetRefField(*obj, class, "groups", "[J", arr)
			t.VM.SetLongField(*obj, class, "uid", int64(uid))
			t.VM.SetLongField(*obj, class, "gid", int64(gid))
			if u, err := user.LookupId(strconv.Itoa(uid)); err == nil {
				name := t.NewString(u.Username)
				if name == 0 {
					return 0
				}
				t.VM.SetRefField(*obj, class, "username", "Ljava/lang/String;", name)
			}
			return 0
		},
	})
}
