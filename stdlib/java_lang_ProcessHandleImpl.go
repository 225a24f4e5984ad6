package stdlib

import (
	"bytes"
	"os"
	"os/user"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// java.lang.ProcessHandleImpl (Linux): processes seen through /proc, as the
// JDK's ProcessHandleImpl_linux.c and ProcessHandleImpl_unix.c see them.
// A process's start time is the boot time plus its start in clock ticks
// (/proc/<pid>/stat), in milliseconds; it tells a process from a later one
// that reuses its pid.

// notAChild is what waitForProcessExit0 returns for a process that is not
// a child of this one (ProcessHandleImpl.NOT_A_CHILD).
const notAChild = -2

// clockTicks is the kernel's USER_HZ, the unit of /proc's times
// (sysconf(_SC_CLK_TCK), 100 on Linux).
const clockTicks = 100

var (
	bootTimeOnce sync.Once
	bootTimeMS   int64
)

// bootTime returns when the system booted, in milliseconds since the epoch
// (the btime line of /proc/stat).
func bootTime() int64 {
	bootTimeOnce.Do(func() {
		data, err := os.ReadFile("/proc/stat")
		if err != nil {
			return
		}
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(line, "btime "); ok {
				s, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
				bootTimeMS = s * 1000
			}
		}
	})
	return bootTimeMS
}

// procStat reads a process's parent pid, its CPU time in nanoseconds and its
// start time in milliseconds since the epoch from /proc/<pid>/stat. ppid is
// -1 if there is no such process, 0 if the file could not be parsed
// (os_getParentPidAndTimings).
func procStat(pid int64) (ppid, totalNanos, start int64) {
	data, err := os.ReadFile("/proc/" + strconv.FormatInt(pid, 10) + "/stat")
	if err != nil || bytes.IndexByte(data, '(') < 0 {
		return -1, 0, 0
	}
	// The command may hold anything: the fields follow the last ')'.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return -1, 0, 0
	}
	f := strings.Fields(string(data[i+1:]))
	// f[0] is the state (field 3); ppid is field 4, utime 14, stime 15,
	// starttime 22.
	if len(f) < 20 {
		return 0, 0, 0
	}
	ppid, err1 := strconv.ParseInt(f[1], 10, 64)
	utime, err2 := strconv.ParseUint(f[11], 10, 64)
	stime, err3 := strconv.ParseUint(f[12], 10, 64)
	startTicks, err4 := strconv.ParseUint(f[19], 10, 64)
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
		return 0, 0, 0
	}
	totalNanos = int64(utime+stime) * (1e9 / clockTicks)
	start = bootTime() + int64(startTicks*1000/clockTicks)
	return ppid, totalNanos, start
}

// processStart is isAlive0: the start time of a live process, 0 if it is
// not known, -1 if there is no such process.
func processStart(pid int64) int64 {
	ppid, _, start := procStat(pid)
	if ppid < 0 {
		return -1
	}
	return start
}

func init() {
	natives("java/lang/ProcessHandleImpl", map[string]rtda.NativeFunc{
		"initNative()V": func(t *rtda.Thread, a []uint64) uint64 {
			bootTime()
			return 0
		},
		"getCurrentPid0()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(os.Getpid())
		},
		"isAlive0(J)J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(processStart(i64(a[0])))
		},
		"parent0(JJ)J": func(t *rtda.Thread, a []uint64) uint64 {
			pid, startTime := i64(a[0]), i64(a[2])
			if pid == int64(os.Getpid()) {
				return uint64(os.Getppid())
			}
			ppid, _, start := procStat(pid)
			if start != startTime && start != 0 && startTime != 0 {
				ppid = -1
			}
			return uint64(ppid)
		},
		"getProcessPids0(J[J[J[J)I": getProcessPids,
		"destroy0(JJZ)Z": func(t *rtda.Thread, a []uint64) uint64 {
			pid, startTime, force := i64(a[0]), i64(a[2]), a[4] != 0
			sig := unix.SIGTERM
			if force {
				sig = unix.SIGKILL
			}
			start := processStart(pid)
			if start != startTime && start != 0 && startTime != 0 {
				return 0
			}
			return boolSlot(unix.Kill(int(pid), sig) == nil)
		},
		"waitForProcessExit0(JZ)I": waitForProcessExit,
	})
	natives("java/lang/ProcessHandleImpl$Info", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"info0(J)V":  processInfo,
	})
}

// waitForProcessExit implements waitForProcessExit0(pid, reapStatus): it
// blocks until the child pid ends and returns its exit status, or 0x80 plus
// the signal that killed it, as a shell shows it. Without reapStatus the
// child is left waitable. A process that is not a child gives notAChild.
// The thread is safe for collections while it waits.
func waitForProcessExit(t *rtda.Thread, a []uint64) uint64 {
	pid, reap := int(i64(a[0])), a[2] != 0
	var status int
	t.Blocking(func() {
		if reap {
			var ws unix.WaitStatus
			for {
				_, err := unix.Wait4(pid, &ws, 0, nil)
				if err == nil {
					break
				}
				switch err {
				case unix.EINTR:
					continue
				case unix.ECHILD:
					status = notAChild
				default:
					status = -1
				}
				return
			}
			switch {
			case ws.Exited():
				status = ws.ExitStatus()
			case ws.Signaled():
				status = 0x80 + int(ws.Signal())
			default:
				status = int(ws)
			}
			return
		}
		var info unix.Siginfo
		for {
			err := unix.Waitid(unix.P_PID, pid, &info, unix.WEXITED|unix.WNOWAIT, nil)
			if err == nil {
				break
			}
			switch err {
			case unix.EINTR:
				continue
			case unix.ECHILD:
				status = notAChild
			default:
				status = -1
			}
			return
		}
		code, st := siginfoStatus(&info)
		switch code {
		case cldExited:
			status = st
		case cldKilled, cldDumped:
			status = 0x80 + st
		default:
			status = st
		}
	})
	return intSlot(int32(status))
}

// The si_code values of SIGCHLD (CLD_EXITED, CLD_KILLED, CLD_DUMPED).
const (
	cldExited = 1
	cldKilled = 2
	cldDumped = 3
)

// siginfoStatus returns the si_code and si_status of a SIGCHLD siginfo:
// si_code is the third int; si_status follows si_pid and si_uid in the
// union, which starts at byte 16 on 64-bit Linux.
func siginfoStatus(info *unix.Siginfo) (code, status int) {
	b := (*[128]byte)(unsafe.Pointer(info))
	code = int(int32(le32(b[8:])))
	status = int(int32(le32(b[24:])))
	return code, status
}

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// getProcessPids implements getProcessPids0(pid, pids, ppids, starttimes):
// the children of pid (every process if pid is 0), scanned in /proc's
// order, with their parents and start times where arrays are given. It
// returns how many there are, which may exceed the arrays' length.
func getProcessPids(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	pid := i64(a[0])
	pids, ppids, starts := ref(a[2]), ref(a[3]), ref(a[4])
	if pids == 0 {
		return throwNPE(t)
	}
	size := int(vm.Heap.Len(pids))
	for _, arr := range []heap.Ref{ppids, starts} {
		if arr != 0 && int(vm.Heap.Len(arr)) != size {
			t.ThrowNew("java/lang/IllegalArgumentException", "array sizes not equal")
			return 0
		}
	}
	type proc struct{ pid, ppid, start int64 }
	var found []proc
	var scanErr error
	t.Blocking(func() {
		d, err := os.Open("/proc")
		if err != nil {
			scanErr = err
			return
		}
		defer d.Close()
		names, err := d.Readdirnames(-1)
		if err != nil {
			scanErr = err
			return
		}
		for _, name := range names {
			child, err := strconv.ParseInt(name, 10, 64)
			if err != nil || child <= 0 {
				continue
			}
			ppid, _, start := procStat(child)
			if ppid >= 0 && (pid == 0 || ppid == pid) {
				found = append(found, proc{child, ppid, start})
			}
		}
	})
	if scanErr != nil {
		t.ThrowNew("java/lang/RuntimeException", "Unable to open /proc")
		return 0
	}
	// A collection may have moved the arrays while t scanned.
	pids, ppids, starts = ref(a[2]), ref(a[3]), ref(a[4])
	for i, p := range found {
		if i >= size {
			break
		}
		vm.Heap.SetLong(pids, rtda.ElemOffset(i, 3), p.pid)
		if ppids != 0 {
			vm.Heap.SetLong(ppids, rtda.ElemOffset(i, 3), p.ppid)
		}
		if starts != 0 {
			vm.Heap.SetLong(starts, rtda.ElemOffset(i, 3), p.start)
		}
	}
	return intSlot(int32(len(found)))
}

// processInfo implements Info.info0(pid): CPU time and start time from
// /proc/<pid>/stat, the user owning /proc/<pid>, the executable
// (/proc/<pid>/exe, readable for one's own processes) and the arguments
// (/proc/<pid>/cmdline); without the executable, or with a command line
// longer than a page, the whole command line is given instead. Fields
// that cannot be read are left as they are.
func processInfo(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	pid := i64(a[1])
	p := "/proc/" + strconv.FormatInt(pid, 10)
	ppid, total, start := procStat(pid)
	var (
		userName, command, commandLine  string
		haveUser, haveCommand, haveLine bool
		args                            []string
		haveArgs                        bool
	)
	var st unix.Stat_t
	if unix.Stat(p, &st) == nil {
		if u, err := user.LookupId(strconv.FormatUint(uint64(st.Uid), 10)); err == nil && u.Username != "" {
			userName, haveUser = u.Username, true
		}
	}
	if cmdline, err := os.ReadFile(p + "/cmdline"); err == nil {
		if exe, err := os.Readlink(p + "/exe"); err == nil && exe != "" {
			command, haveCommand = exe, true
		}
		page := os.Getpagesize()
		if len(cmdline) > page {
			cmdline = cmdline[:page]
		}
		truncated := len(cmdline) == page && cmdline[page-1] != 0
		if len(cmdline) > 0 && (!haveCommand || truncated) {
			// Every NUL becomes a space, the last one too.
			commandLine, haveLine = string(bytes.ReplaceAll(cmdline, []byte{0}, []byte{' '})), true
		}
		if !truncated {
			// The arguments end at the first empty one.
			var parts []string
			for rest := cmdline; len(rest) > 0 && rest[0] != 0; {
				i := bytes.IndexByte(rest, 0)
				if i < 0 {
					i = len(rest)
				}
				parts = append(parts, string(rest[:i]))
				rest = rest[min(i+1, len(rest)):]
			}
			if len(parts) > 0 {
				args, haveArgs = parts[1:], true
			}
		}
	}
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	h := t.NewHandle(ref(a[0]))
	const info = "java/lang/ProcessHandleImpl$Info"
	if ppid >= 0 {
		vm.SetLongField(*h, info, "totalTime", total)
		vm.SetLongField(*h, info, "startTime", start)
	}
	setString := func(field, s string) bool {
		r := t.NewString(s)
		if r == 0 {
			return false
		}
		vm.SetRefField(*h, info, field, "Ljava/lang/String;", r)
		return true
	}
	if haveUser && !setString("user", userName) {
		return 0
	}
	if haveArgs {
		arr := newStringArray(t, args)
		if arr == 0 {
			return 0
		}
		vm.SetRefField(*h, info, "arguments", "[Ljava/lang/String;", arr)
	}
	if haveCommand && !setString("command", command) {
		return 0
	}
	if haveLine && !setString("commandLine", commandLine) {
		return 0
	}
	return 0
}
