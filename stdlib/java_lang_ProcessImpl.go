package stdlib

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// java.lang.ProcessImpl (Linux): starting a child process, as the JDK's
// ProcessImpl_md.c and childproc.c do. Whatever launch mechanism
// jdk.lang.Process.launchMechanism names (posix_spawn through jspawnhelper,
// vfork, fork), the child sees the same thing: its standard streams are the
// given descriptors or new pipes (standard error joined to standard output
// when redirectErrorStream is set), it runs in the given directory with the
// given environment, and the program is looked up on the parent's PATH,
// run by /bin/sh if it is a script without #!. The child inherits no other
// descriptors, as the JDK's child closes them: every descriptor above 2 is
// made close-on-exec before the fork (closeOnExec).

// childFiles are the descriptors a child starts with.
type childFiles struct {
	files  [3]int // the child's 0, 1 and 2
	parent [3]int // the parent's ends of new pipes, or -1
	close  []int  // descriptors to close in the parent once the child runs
}

func init() {
	natives("java/lang/ProcessImpl", map[string]rtda.NativeFunc{
		"init()V":                        func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"forkAndExec(I[B[B[BI[BI[B[IZ)I": forkAndExec,
	})
}

// cBytes returns the bytes of a byte[] argument up to its terminating NUL
// (the JDK passes NUL-terminated C strings), or nil for null.
func cBytes(vm *rtda.VM, arr heap.Ref) []byte {
	if arr == 0 {
		return nil
	}
	b := append([]byte(nil), vm.Heap.Bytes(arr, heap.ArrayBaseOffset, int(vm.Heap.Len(arr)))...)
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return b
}

// splitBlock splits the first n NUL-terminated strings of a byte[] block.
func splitBlock(vm *rtda.VM, arr heap.Ref, n int) []string {
	if arr == 0 {
		return nil
	}
	b := vm.Heap.Bytes(arr, heap.ArrayBaseOffset, int(vm.Heap.Len(arr)))
	out := make([]string, 0, n)
	for len(out) < n {
		i := bytes.IndexByte(b, 0)
		if i < 0 {
			out = append(out, string(b))
			break
		}
		out = append(out, string(b[:i]))
		b = b[i+1:]
	}
	return out
}

// forkAndExec implements ProcessImpl.forkAndExec(mode, helperpath, prog,
// argBlock, argc, envBlock, envc, dir, fds, redirectErrorStream): it starts
// the child and returns its pid; fds comes back with the parent's ends of
// the pipes it made (-1 where the caller gave a descriptor).
func forkAndExec(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	st := stateOf(t)
	prog := string(cBytes(vm, ref(a[3])))
	argv := append([]string{prog}, splitBlock(vm, ref(a[4]), int(i32(a[5])))...)
	env := splitBlock(vm, ref(a[6]), int(i32(a[7])))
	if a[6] == 0 {
		env = st.cfg.Env
	}
	dir := string(cBytes(vm, ref(a[8])))
	fdsArr := ref(a[9])
	if fdsArr == 0 {
		return throwNPE(t)
	}
	var given [3]int
	for i := range given {
		given[i] = int(vm.Heap.Int(fdsArr, rtda.ElemOffset(i, 2)))
	}
	redirectErr := a[10] != 0

	var pid int
	var err error
	t.Blocking(func() {
		var cf *childFiles
		cf, err = st.childFiles(given, redirectErr)
		if err != nil {
			return
		}
		closeOnExec()
		pid, err = startChild(prog, argv, env, dir, cf.files[:], parentPath(st.cfg.Env))
		for _, fd := range cf.close {
			unix.Close(fd)
		}
		if err != nil {
			for _, fd := range cf.parent {
				if fd >= 0 {
					unix.Close(fd)
				}
			}
			return
		}
		for i, fd := range cf.parent {
			given[i] = fd
		}
	})
	if err != nil {
		var errno syscall.Errno
		if !errors.As(err, &errno) {
			errno = syscall.EIO
		}
		t.ThrowNew("java/io/IOException", "error="+itoa(int(errno))+", "+errnoMessage(unix.Errno(errno)))
		return 0
	}
	for i, fd := range given {
		vm.Heap.SetInt(ref(a[9]), rtda.ElemOffset(i, 2), int32(fd))
	}
	return intSlot(int32(pid))
}

// childFiles arranges the child's standard streams: -1 asks for a pipe,
// 0, 1 and 2 are the VM's own standard streams, any other number is a
// descriptor the Java code opened (a redirect to a file, or a pipe to the
// next process of a pipeline).
func (st *state) childFiles(given [3]int, redirectErr bool) (*childFiles, error) {
	cf := &childFiles{parent: [3]int{-1, -1, -1}}
	fail := func(err error) (*childFiles, error) {
		for _, fd := range append(cf.close, cf.parent[:]...) {
			if fd >= 0 {
				unix.Close(fd)
			}
		}
		return nil, err
	}
	for i, fd := range given {
		switch {
		case fd == -1:
			var p [2]int
			if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
				return fail(err)
			}
			child, parent := p[1], p[0] // the child writes its output
			if i == 0 {
				child, parent = p[0], p[1] // and reads its input
			}
			cf.files[i], cf.parent[i] = child, parent
			cf.close = append(cf.close, child)
		case fd <= 2:
			own, err := st.fds.inheritable(fd)
			if err != nil {
				return fail(err)
			}
			cf.files[i] = own
			if own != st.fds.osFD(fd) {
				cf.close = append(cf.close, own)
			}
		default:
			cf.files[i] = fd
		}
	}
	if redirectErr {
		// The child's standard error is its standard output; a pipe made
		// for it is left without a writer, so the parent reads end of file.
		if cf.parent[2] >= 0 {
			unix.Close(cf.files[2])
			cf.close = cf.close[:len(cf.close)-1]
		}
		cf.files[2] = cf.files[1]
	}
	return cf, nil
}

// inheritable returns a descriptor for the child to use as the VM's
// standard stream fd: the stream's own descriptor when it is a file, else
// the reading or writing end of a pipe copied to or from the stream.
func (ft *fdTable) inheritable(fd int) (int, error) {
	if own := ft.osFD(fd); own >= 0 {
		return own, nil
	}
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		return -1, err
	}
	if fd == 0 {
		// Input that is not a file is not shared with a child: it reads
		// an empty stream.
		unix.Close(p[1])
		return p[0], nil
	}
	go func() {
		r := os.NewFile(uintptr(p[0]), "child output")
		defer r.Close()
		buf := make([]byte, 8192)
		for {
			n, err := r.Read(buf)
			if n > 0 {
				ft.write(fd, buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()
	return p[1], nil
}

// closeOnExec marks every open descriptor above 2 close-on-exec, so that a
// child gets only its standard streams even from code that opened a
// descriptor without O_CLOEXEC. The child's own streams survive: the fork
// copies them onto 0, 1 and 2 without the flag.
func closeOnExec() {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return
	}
	for _, e := range ents {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd <= 2 {
			continue
		}
		if flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil && flags&unix.FD_CLOEXEC == 0 {
			unix.FcntlInt(uintptr(fd), unix.F_SETFD, flags|unix.FD_CLOEXEC)
		}
	}
}

// parentPath is the list of directories the JDK searches for a program
// named without a slash: the VM's own PATH (not the child's), or
// ":/bin:/usr/bin" without one; an empty entry is the current directory.
func parentPath(env []string) []string {
	path := ":/bin:/usr/bin"
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "PATH="); ok {
			path = v
		}
	}
	dirs := strings.Split(path, ":")
	for i, d := range dirs {
		if d == "" {
			dirs[i] = "."
		}
	}
	return dirs
}

// startChild runs prog as the JDK's childproc does: a name with a slash is
// executed as given; otherwise each directory of path is tried in turn,
// going on after ENOENT, ENOTDIR and the like and remembering EACCES, as
// execvp does. A file the kernel cannot execute (ENOEXEC) is run as a
// script by /bin/sh.
func startChild(prog string, argv, env []string, dir string, files []int, path []string) (int, error) {
	if prog == "" {
		return 0, syscall.ENOENT
	}
	if strings.Contains(prog, "/") {
		return execChild(prog, argv, env, dir, files)
	}
	var sticky error
	err := error(syscall.ENOENT)
	for _, d := range path {
		file := d + "/" + prog
		if strings.HasSuffix(d, "/") {
			file = d + prog
		}
		var pid int
		pid, err = execChild(file, argv, env, dir, files)
		if err == nil {
			return pid, nil
		}
		switch {
		case errors.Is(err, syscall.EACCES):
			sticky = err
		case errors.Is(err, syscall.ENOENT), errors.Is(err, syscall.ENOTDIR), errors.Is(err, syscall.ELOOP),
			errors.Is(err, syscall.ESTALE), errors.Is(err, syscall.ENODEV), errors.Is(err, syscall.ETIMEDOUT),
			errors.Is(err, syscall.ENAMETOOLONG):
		default:
			return 0, err
		}
	}
	if sticky != nil {
		return 0, sticky
	}
	return 0, err
}

// execChild forks and executes file, falling back to /bin/sh for a script
// the kernel does not recognize. A failure to enter dir or to execute the
// file comes back as the child's errno, which the JDK reports as it is
// ("error=2, No such file or directory").
func execChild(file string, argv, env []string, dir string, files []int) (int, error) {
	attr := &syscall.ProcAttr{Dir: dir, Env: env, Files: make([]uintptr, len(files))}
	for i, fd := range files {
		attr.Files[i] = uintptr(fd)
	}
	pid, err := syscall.ForkExec(file, argv, attr)
	if errors.Is(err, syscall.ENOEXEC) {
		shArgv := append([]string{"/bin/sh", file}, argv[1:]...)
		pid, err = syscall.ForkExec("/bin/sh", shArgv, attr)
	}
	return pid, err
}
