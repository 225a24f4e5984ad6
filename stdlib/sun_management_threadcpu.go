package stdlib

import (
	"os"
	"strconv"
	"strings"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
	"golang.org/x/sys/unix"
)

// Per-thread CPU time for ThreadMXBean. Each Java thread runs locked to
// its own OS thread (rtda.Thread.NativeID), so, as HotSpot does on Linux,
// the total comes from the thread's CPU-time clock and the user part from
// /proc/self/task/<tid>/stat.

// threadCPUTimeEnabled is ThreadMXBean.setThreadCpuTimeEnabled (on by
// default, as HotSpot's ThreadCPUTime flag).
var threadCPUTimeEnabled = true

// javaThreadByID returns the live thread whose java.lang.Thread has tid id
// (0: t itself).
func javaThreadByID(t *rtda.Thread, id int64) *rtda.Thread {
	if id == 0 {
		return t
	}
	threadsMu.Lock()
	defer threadsMu.Unlock()
	for _, th := range threads {
		if th.VM == t.VM && th.Object != 0 && t.VM.GetLongField(th.Object, "java/lang/Thread", "tid") == id {
			return th
		}
	}
	return nil
}

// threadCPUNanos is the CPU time of th in nanoseconds, all of it or the
// user part; -1 if it cannot be known.
func threadCPUNanos(th *rtda.Thread, userOnly bool) int64 {
	if th == nil || th.NativeID() == 0 {
		return -1
	}
	tid := th.NativeID()
	if !userOnly {
		// The kernel's per-thread CPU clock: CPUCLOCK_SCHED of the thread.
		clock := int32(^tid<<3) | 6
		var ts unix.Timespec
		if err := unix.ClockGettime(clock, &ts); err != nil {
			return -1
		}
		return ts.Nano()
	}
	data, err := os.ReadFile("/proc/self/task/" + strconv.Itoa(tid) + "/stat")
	if err != nil {
		return -1
	}
	// Fields after the parenthesized command: state is field 3, utime 14.
	s := string(data)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 12 {
		return -1
	}
	ticks, err := strconv.ParseInt(fields[11], 10, 64)
	if err != nil {
		return -1
	}
	return ticks * (1e9 / 100) // USER_HZ
}

func init() {
	cpu := func(userOnly bool) rtda.NativeFunc {
		return func(t *rtda.Thread, a []uint64) uint64 {
			if !threadCPUTimeEnabled {
				return uint64(^uint64(0))
			}
			return uint64(threadCPUNanos(javaThreadByID(t, int64(a[0])), userOnly))
		}
	}
	cpuArray := func(userOnly bool) rtda.NativeFunc {
		return func(t *rtda.Thread, a []uint64) uint64 {
			ids, result := heap.Ref(a[0]), heap.Ref(a[1])
			h := t.VM.Heap
			for i := int32(0); i < h.Len(ids); i++ {
				v := int64(-1)
				if threadCPUTimeEnabled {
					v = threadCPUNanos(javaThreadByID(t, h.Long(ids, rtda.ElemOffset(int(i), 3))), userOnly)
				}
				h.SetLong(result, rtda.ElemOffset(int(i), 3), v)
			}
			return 0
		}
	}
	natives("sun/management/ThreadImpl", map[string]rtda.NativeFunc{
		"getThreadTotalCpuTime0(J)J":    cpu(false),
		"getThreadUserCpuTime0(J)J":     cpu(true),
		"getThreadTotalCpuTime1([J[J)V": cpuArray(false),
		"getThreadUserCpuTime1([J[J)V":  cpuArray(true),
		"setThreadCpuTimeEnabled0(Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			threadCPUTimeEnabled = a[0] != 0
			return 0
		},
	})
}
