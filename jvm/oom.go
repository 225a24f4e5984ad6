package jvm

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/services/hprof"
)

// What the first OutOfMemoryError for the heap or the metaspace sets off,
// as HotSpot's report_java_out_of_memory does, in its order: a heap dump
// (-XX:+HeapDumpOnOutOfMemoryError, to -XX:HeapDumpPath), the commands of
// -XX:OnOutOfMemoryError, an abort (-XX:+CrashOnOutOfMemoryError), an
// immediate exit with status 3 (-XX:+ExitOnOutOfMemoryError). Later
// OutOfMemoryErrors set off nothing. The messages go to standard output,
// as HotSpot's tty.
type outOfMemoryReport struct {
	j        *JVM
	reported atomic.Bool

	dump      bool
	dumpPath  string
	gzipLevel int
	commands  string // -XX:OnOutOfMemoryError, several joined by newlines
	crash     bool
	exit      bool
}

// setupOutOfMemory installs the report when a flag asks for it.
func (j *JVM) setupOutOfMemory() {
	xx := j.opts.XX
	r := &outOfMemoryReport{
		j:        j,
		dump:     xx["HeapDumpOnOutOfMemoryError"] == "true",
		dumpPath: xx["HeapDumpPath"],
		commands: xx["OnOutOfMemoryError"],
		crash:    xx["CrashOnOutOfMemoryError"] == "true",
		// Epsilon's ergonomics turn ExitOnOutOfMemoryError on unless it
		// is given (EpsilonArguments::initialize).
		exit: xx["ExitOnOutOfMemoryError"] == "true" || j.opts.collectorDefaultTrue("ExitOnOutOfMemoryError"),
	}
	r.gzipLevel, _ = strconv.Atoi(xx["HeapDumpGzipLevel"])
	if r.dump || r.commands != "" || r.crash || r.exit {
		j.VM.OutOfMemory = r.report
	}
}

func (r *outOfMemoryReport) report(t *rtda.Thread, msg string) {
	if !r.reported.CompareAndSwap(false, true) {
		return
	}
	vm := r.j.VM
	out := vm.Options.Stdout
	if r.dump {
		fmt.Fprintf(out, "java.lang.OutOfMemoryError: %s\n", msg)
		path := hprof.OutOfMemoryPath(r.dumpPath, os.Getpid(), r.gzipLevel > 0)
		hprof.New(vm).DumpReporting(t, path, hprof.Options{OutOfMemory: true, Compression: r.gzipLevel}, out)
	}
	if r.commands != "" {
		// HotSpot runs the commands in a VM operation: the world stays
		// stopped until they end.
		vm.StopTheWorld(t, func() { runOnOutOfMemory(out, msg, r.commands) })
	}
	if r.crash {
		fmt.Fprintf(out, "Aborting due to java.lang.OutOfMemoryError: %s\n", msg)
		r.abort(t, msg)
	}
	if r.exit {
		fmt.Fprintf(out, "Terminating due to java.lang.OutOfMemoryError: %s\n", msg)
		r.j.opts.exit(3) // at once: no shutdown hooks (os::_exit)
	}
}

// exit ends the process with status, through the launcher's Exit if set.
func (o *Options) exit(status int) {
	if o.Exit != nil {
		o.Exit(status)
		return
	}
	os.Exit(status)
}

// runOnOutOfMemory runs the commands of -XX:OnOutOfMemoryError as HotSpot's
// VM_ReportJavaOutOfMemory does: each command (they are separated by ';')
// with %p replaced by the process id, through /bin/sh -c, one after the
// other, waiting for each.
func runOnOutOfMemory(out io.Writer, msg, commands string) {
	fmt.Fprintf(out, "#\n# java.lang.OutOfMemoryError: %s\n# -XX:OnOutOfMemoryError=\"%s\"\n", msg, commands)
	for _, cmd := range onErrorCommands(commands, os.Getpid()) {
		fmt.Fprintf(out, "#   Executing /bin/sh -c \"%s\"...\n", cmd)
		c := exec.Command("/bin/sh", "-c", cmd)
		c.Args[0] = "sh" // as HotSpot's fork_and_exec passes it
		c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
		if err := c.Run(); err != nil {
			var exitErr *exec.ExitError
			if errors.As(err, &exitErr) {
				continue // the command's own status does not matter
			}
			var errno unix.Errno
			if !errors.As(err, &errno) {
				errno = unix.ENOENT
			}
			fmt.Fprintf(out, "os::fork_and_exec failed: %s (%s=%d)\n", strerror(errno), unix.ErrnoName(errno), int(errno))
		}
	}
}

// onErrorCommands splits a command list as HotSpot's next_OnError_command
// does (';' separates commands, leading blanks and ';' are skipped) and
// expands each (Arguments::copy_expand_pid: %p is the process id, %% a %).
func onErrorCommands(list string, pid int) []string {
	var cmds []string
	for _, part := range strings.Split(list, ";") {
		part = strings.TrimLeft(part, " ")
		if part == "" {
			continue
		}
		cmds = append(cmds, expandPid(part, pid))
	}
	return cmds
}

// expandPid replaces %p by the process id and %% by %
// (Arguments::copy_expand_pid); any other % stays.
func expandPid(s string, pid int) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+1 < len(s) {
			switch s[i+1] {
			case 'p':
				b.WriteString(strconv.Itoa(pid))
				i++
				continue
			case '%':
				b.WriteByte('%')
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// strerror is the C library's text for errno ("No such file or directory").
func strerror(e unix.Errno) string {
	s := e.Error()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// abort is -XX:+CrashOnOutOfMemoryError: HotSpot reports a fatal error
// (its banner on standard output, an hs_err_pid<pid>.log file) and aborts.
// gojvm prints the same banner, writes a short error report of its own
// (it has no native frames, registers or memory map to show) and exits
// with the status of an abort, 134.
func (r *outOfMemoryReport) abort(t *rtda.Thread, msg string) {
	vm := r.j.VM
	pid := os.Getpid()
	var banner strings.Builder
	fmt.Fprintf(&banner, "#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n")
	fmt.Fprintf(&banner, "#  Internal Error (debug.cpp:362), pid=%d, tid=%d\n", pid, t.NativeID())
	fmt.Fprintf(&banner, "#  fatal error: OutOfMemory encountered: %s\n#\n", msg)
	banner.WriteString(r.j.versionBanner())
	var lim unix.Rlimit
	if unix.Getrlimit(unix.RLIMIT_CORE, &lim) == nil && lim.Cur == 0 {
		banner.WriteString("# No core dump will be written. Core dumps have been disabled. To enable core dumping, try \"ulimit -c unlimited\" before starting Java again\n")
	} else {
		banner.WriteString("# No core dump will be written. gojvm does not write core dumps\n")
	}
	banner.WriteString("#\n")

	out := vm.Options.Stdout
	io.WriteString(out, banner.String())
	if path, f := r.openErrorFile(pid); f != nil {
		r.writeErrorReport(f, t, banner.String())
		f.Close()
		fmt.Fprintf(out, "# An error report file with more information is saved as:\n# %s\n", path)
	}
	r.j.opts.exit(ExitInternalError)
}

// openErrorFile creates the error report: -XX:ErrorFile (with %p for the
// process id), by default hs_err_pid<pid>.log in the current directory, else
// in the temporary directory. HotSpot never overwrites one.
func (r *outOfMemoryReport) openErrorFile(pid int) (string, *os.File) {
	name := "hs_err_pid" + strconv.Itoa(pid) + ".log"
	var tries []string
	if e := r.j.opts.XX["ErrorFile"]; e != "" {
		tries = append(tries, expandPid(e, pid))
	} else if wd, err := os.Getwd(); err == nil {
		tries = append(tries, wd+"/"+name)
	}
	tries = append(tries, os.TempDir()+"/"+name)
	for _, p := range tries {
		if f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666); err == nil {
			return p, f
		}
	}
	return "", nil
}

func (r *outOfMemoryReport) writeErrorReport(w io.Writer, t *rtda.Thread, banner string) {
	o := r.j.opts
	io.WriteString(w, banner)
	fmt.Fprintf(w, "\n---------------  S U M M A R Y ------------\n\n")
	cmd := append(append(append([]string{}, o.VMArgs...), o.Main), o.Args...)
	fmt.Fprintf(w, "Command Line: %s\n\n", strings.Join(cmd, " "))
	fmt.Fprintf(w, "Time: %s elapsed time: %.6f seconds\n\n", time.Now().Format("Mon Jan  2 15:04:05 2006 MST"), r.j.VM.Uptime().Seconds())
	fmt.Fprintf(w, "This report was written by gojvm, which stopped on purpose: -XX:+CrashOnOutOfMemoryError\n"+
		"was given and the program ran out of memory. gojvm is an interpreter written in Go: it has\n"+
		"no native frames, registers or memory map to show.\n\n")
	fmt.Fprintf(w, "---------------  T H R E A D  ---------------\n\n")
	fmt.Fprintf(w, "Current thread: JavaThread %q, id=%d\n\n", threadName(t), t.NativeID())
	fmt.Fprintf(w, "Java frames:\n")
	for i := len(t.Frames) - 1; i >= 0; i-- {
		f := &t.Frames[i]
		fmt.Fprintf(w, "j  %s\n", r.j.VM.FrameText(f.Method, r.j.VM.Exec.FrameBCI(f)))
	}
	fmt.Fprintf(w, "\nEND.\n")
}

// threadName is the name of t's java.lang.Thread.
func threadName(t *rtda.Thread) string {
	if t.Object == 0 {
		return ""
	}
	return t.VM.GoString(t.VM.GetRefField(t.Object, "java/lang/Thread", "name", "Ljava/lang/String;"))
}
