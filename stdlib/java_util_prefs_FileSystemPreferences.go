package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// java.util.prefs.FileSystemPreferences (libprefs): the preferences files
// are guarded by POSIX record locks on a lock file and kept private by
// chmod. As in the JDK, the natives report failures as Unix error numbers
// for the Java code to interpret, never by throwing.

func init() {
	natives("java/util/prefs/FileSystemPreferences", map[string]rtda.NativeFunc{
		// chmod returns 0, or the errno of chmod(2).
		"chmod(Ljava/lang/String;I)I": func(t *rtda.Thread, a []uint64) uint64 {
			if ref(a[0]) == 0 {
				return throwNPE(t)
			}
			if err := unix.Chmod(str(t, a[0]), uint32(i32(a[1]))); err != nil {
				return intSlot(int32(prefsErrno(err)))
			}
			return 0
		},
		// lockFile0 opens the lock file (creating it with the given
		// permission, whatever the umask, for an exclusive lock) and locks
		// all of it without waiting. It returns {fd, errno}: fd 0 when the
		// file could not be opened or locked.
		"lockFile0(Ljava/lang/String;IZ)[I": func(t *rtda.Thread, a []uint64) uint64 {
			if ref(a[0]) == 0 {
				return throwNPE(t)
			}
			name, perm, shared := str(t, a[0]), uint32(i32(a[1])), i32(a[2]) != 0
			var fd int
			var err error
			lock := unix.Flock_t{Type: unix.F_WRLCK, Whence: 0}
			if shared {
				lock.Type = unix.F_RDLCK
				fd, err = unix.Open(name, unix.O_RDONLY, 0)
			} else {
				old := unix.Umask(0)
				fd, err = unix.Open(name, unix.O_WRONLY|unix.O_CREAT, perm)
				unix.Umask(old)
			}
			result := [2]int32{0, int32(prefsErrno(err))}
			if err == nil {
				for {
					err = unix.FcntlFlock(uintptr(fd), unix.F_SETLK, &lock)
					if err != unix.EINTR {
						break
					}
				}
				result[1] = int32(prefsErrno(err))
				if err != nil {
					unix.Close(fd)
				} else {
					result[0] = int32(fd)
				}
			}
			return uint64(newIntArray(t, result[:]))
		},
		// unlockFile0 unlocks and closes a lock file descriptor of
		// lockFile0, returning 0 or the errno of the unlock.
		"unlockFile0(I)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := int(i32(a[0]))
			lock := unix.Flock_t{Type: unix.F_UNLCK, Whence: 0}
			var err error
			for {
				err = unix.FcntlFlock(uintptr(fd), unix.F_SETLK, &lock)
				if err != unix.EINTR {
					break
				}
			}
			unix.Close(fd)
			return intSlot(int32(prefsErrno(err)))
		},
	})
}

// prefsErrno is the Unix error number of err, 0 for nil.
func prefsErrno(err error) unix.Errno {
	if err == nil {
		return 0
	}
	return errnoOf(err)
}

// newIntArray returns a new int[] holding vs (0 if allocation failed).
func newIntArray(t *rtda.Thread, vs []int32) heap.Ref {
	arr := t.NewArrayOf(t.VM.Primitive('I'), int32(len(vs)))
	if arr == 0 {
		return 0
	}
	for i, v := range vs {
		t.VM.Heap.SetInt(arr, rtda.ElemOffset(i, 2), v)
	}
	return arr
}
