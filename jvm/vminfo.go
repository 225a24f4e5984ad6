package jvm

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// VM.info (HotSpot's VMInfoDCmd, VMError::print_vm_info): the error
// report's sections for a running VM, without a crash. gojvm prints the
// parts that describe it truthfully, in HotSpot's order and formats:
// the version banner, the summary (command line, host, time), the
// process (heap address, the collector's start-up lines, the heap, the
// metaspace, the memory map, the arguments, the environment and locale)
// and the system (the OS, limits, memory, processors). It leaves out what
// describes HotSpot's own machinery, which gojvm does not have: the CDS
// archive and class space mappings, the card table's and polling page's
// addresses, the code cache, the event logs (compilations,
// deoptimizations, VM operations, ...), unified logging's tag list,
// signal handlers, the C heap's statistics, HotSpot's processor feature
// detection and the container's metrics.

func vmInfoDCmd() *dcmd {
	return &dcmd{name: "VM.info", desc: "Print information about JVM environment and status.",
		impact: "Low", permission: "java.lang.management.ManagementPermission(monitor)",
		run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
			j.printVMInfo(t, out)
			return 0
		}}
}

// gcName is the collector as the banner's "Java VM" line names it.
func (j *JVM) gcName() string {
	if j.GC == nil {
		return "serial gc"
	}
	return strings.ToLower(j.GC.Describe().Name) + " gc"
}

// versionBanner is the error report's "JRE version" and "Java VM" lines
// (VMError::print_error_report's header).
func (j *JVM) versionBanner() string {
	vm := j.VM
	version := vm.Options.VMVersion
	release, _, _ := strings.Cut(version, "-")
	flags := vm.Options.VMInfo
	if !strings.HasPrefix(flags, "interpreted") {
		flags += ", tiered"
	}
	return fmt.Sprintf("# JRE version: OpenJDK Runtime Environment (%s) (build %s)\n", release, version) +
		fmt.Sprintf("# Java VM: %s (%s, %s, compressed oops, compressed class ptrs, %s, linux-amd64)\n",
			vm.Options.VMName, version, flags, j.gcName())
}

// commandLine is the "Command Line:" text: the VM's arguments and the
// java command.
func (j *JVM) commandLine() string {
	o := j.opts
	return strings.Join(append(append(append([]string{}, o.VMArgs...), o.Main), o.Args...), " ")
}

// hotspotTime is os::print_date_and_time's date: ctime's with the zone.
func hotspotTime(t time.Time) string { return t.Format("Mon Jan _2 15:04:05 2006 MST") }

func (j *JVM) printVMInfo(t *rtda.Thread, out io.Writer) {
	w := bufio.NewWriter(out)
	defer w.Flush()
	vm := j.VM
	fmt.Fprintf(w, "#\n%s\n", j.versionBanner())

	fmt.Fprintf(w, "---------------  S U M M A R Y ------------\n\n")
	fmt.Fprintf(w, "Command Line: %s\n\n", j.commandLine())
	m := HostMachine(j.opts.XX["UseContainerSupport"] != "false")
	fmt.Fprintf(w, "Host: %s, %d cores, %dG, %s\n", cpuModel(), m.CPUs, m.Memory>>30, osPrettyName())
	up := vm.Uptime()
	secs := int64(up.Seconds())
	fmt.Fprintf(w, "Time: %s elapsed time: %.6f seconds (%dd %dh %dm %ds)\n\n", hotspotTime(time.Now()), up.Seconds(),
		secs/86400, secs%86400/3600, secs%3600/60, secs%60)

	fmt.Fprintf(w, "---------------  P R O C E S S  ---------------\n\n")
	if j.GC != nil {
		maxHeap := j.GC.Reserved()
		fmt.Fprintf(w, "Heap address: 0x%016x, size: %d MB, Compressed Oops mode: %s\n\n",
			uintptr(vm.Heap.Base())+heap.FirstOffset, maxHeap>>20, gc.CompressedOopsMode(maxHeap))
		if p, ok := j.GC.(interface{ PreciousLog() []string }); ok && len(p.PreciousLog()) > 0 {
			fmt.Fprintln(w, "GC Precious Log:")
			for _, line := range p.PreciousLog() {
				fmt.Fprintln(w, " "+line)
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, "Heap:")
		vm.StopTheWorld(t, func() { j.GC.HeapSummary(func(line string) { fmt.Fprintln(w, line) }) })
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "Metaspace:")
	(&metaspaceReport{j: j, out: w}).basic()

	fmt.Fprintln(w, "Dynamic libraries:")
	printFile(w, "/proc/self/maps")
	fmt.Fprintln(w)
	j.printCommandLine(w)
	fmt.Fprintln(w)
	printEnvironment(w)
	printActiveLocale(w)

	fmt.Fprintf(w, "---------------  S Y S T E M  ---------------\n\n")
	printSystem(w)
	fmt.Fprintf(w, "vm_info: %s (%s) for linux-amd64 JRE (%s), built by gojvm with %s\n\n",
		vm.Options.VMName, vm.Options.VMVersion, vm.Options.VMVersion, runtime.Version())
	fmt.Fprintln(w, "END.")
}

// printFile copies a file as HotSpot's os::print_file does.
func printFile(w io.Writer, path string) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	w.Write(b)
	return true
}

// firstLine is a file's first line, "" if it cannot be read.
func firstLine(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return line
}

// cpuModel is /proc/cpuinfo's "model name" (os::get_summary_cpu_info).
func cpuModel() string {
	if v := cpuinfoField("model name"); v != "" {
		return v
	}
	return "unknown"
}

func cpuinfoField(name string) string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == name {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// osPrettyName is the distribution's name (os::get_summary_os_info):
// os-release's PRETTY_NAME.
func osPrettyName() string {
	b, _ := os.ReadFile("/etc/os-release")
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "PRETTY_NAME="); ok {
			return strings.Trim(v, "\"")
		}
	}
	var u unix.Utsname
	if unix.Uname(&u) == nil {
		return unix.ByteSliceToString(u.Sysname[:])
	}
	return "Linux"
}

// vmInfoEnvironment are the variables HotSpot's os::print_environment_variables
// shows, in its order, when they are set.
var vmInfoEnvironment = []string{
	"JAVA_HOME", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH", "PATH", "USERNAME",
	"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "FC_LANG", "FONTCONFIG_USE_MMAP",
	"LD_LIBRARY_PATH", "LD_PRELOAD", "SHELL", "DISPLAY",
	"HOSTTYPE", "OSTYPE", "ARCH", "MACHTYPE", "LANG", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LC_TIME",
	"TERM", "TMPDIR", "TZ",
	"LIBPATH", "LDR_PRELOAD", "LDR_PRELOAD64", "_JAVA_SR_SIGNUM",
	"DYLD_LIBRARY_PATH", "DYLD_FALLBACK_LIBRARY_PATH", "DYLD_FRAMEWORK_PATH", "DYLD_FALLBACK_FRAMEWORK_PATH",
	"DYLD_INSERT_LIBRARIES",
	"OS", "PROCESSOR_IDENTIFIER", "_ALT_JAVA_HOME_DIR", "TMP", "TEMP",
}

func printEnvironment(w io.Writer) {
	fmt.Fprintln(w, "Environment Variables:")
	for _, name := range vmInfoEnvironment {
		if v, ok := os.LookupEnv(name); ok {
			fmt.Fprintf(w, "%s=%s\n", name, v)
		}
	}
	fmt.Fprintln(w)
}

// printActiveLocale is os::print_active_locale: each category's locale
// after the launcher's setlocale(LC_ALL, ""), which takes LC_ALL, then
// the category's variable, then LANG, and keeps "C" for a locale the
// system does not have.
func printActiveLocale(w io.Writer) {
	fmt.Fprintln(w, "Active Locale:")
	cats := []string{"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
		"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"}
	value := map[string]string{}
	ok := true
	for _, c := range cats {
		v := os.Getenv("LC_ALL")
		if v == "" {
			v = os.Getenv(c)
		}
		if v == "" {
			v = os.Getenv("LANG")
		}
		if v == "" {
			v = "C"
		}
		if !localeAvailable(v) {
			ok = false // setlocale fails as a whole
		}
		value[c] = v
	}
	all := value["LC_CTYPE"]
	for _, c := range cats {
		if !ok {
			value[c] = "C"
		} else if value[c] != all {
			all = ""
		}
	}
	if !ok {
		all = "C"
	}
	if all == "" {
		// glibc's composite name.
		var parts []string
		for _, c := range cats {
			parts = append(parts, c+"="+value[c])
		}
		all = strings.Join(parts, ";")
	}
	fmt.Fprintf(w, "LC_ALL=%s\n", all)
	for _, c := range []string{"LC_COLLATE", "LC_CTYPE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC", "LC_TIME"} {
		fmt.Fprintf(w, "%s=%s\n", c, value[c])
	}
	fmt.Fprintln(w)
}

// localeAvailable reports whether glibc can load locale name: its
// built-in ones, or one compiled into /usr/lib/locale.
func localeAvailable(name string) bool {
	switch name {
	case "C", "POSIX", "C.UTF-8", "C.utf8":
		return true
	}
	lang, codeset, hasCodeset := strings.Cut(name, ".")
	norm := lang
	if hasCodeset {
		// glibc's normalized codeset: lower case, digits and letters only.
		var b strings.Builder
		for _, r := range strings.ToLower(codeset) {
			if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
				b.WriteRune(r)
			}
		}
		norm = lang + "." + b.String()
	}
	for _, n := range []string{name, norm} {
		if st, err := os.Stat("/usr/lib/locale/" + n); err == nil && st.IsDir() {
			return true
		}
	}
	archive, err := os.ReadFile("/usr/lib/locale/locale-archive")
	return err == nil && (bytes.Contains(archive, []byte(norm+"\x00")) || bytes.Contains(archive, []byte(name+"\x00")))
}

// The distribution files os::Linux::print_distro_info looks for, in order.
var distroFiles = []string{
	"/etc/oracle-release", "/etc/mandriva-release", "/etc/mandrake-release", "/etc/sun-release",
	"/etc/redhat-release", "/etc/SuSE-release", "/etc/lsb-release", "/etc/turbolinux-release",
	"/etc/gentoo-release", "/etc/ltib-release", "/etc/angstrom-version", "/etc/system-release",
	"/etc/os-release",
}

func printSystem(w io.Writer) {
	fmt.Fprintln(w, "OS:")
	printed := false
	for _, f := range distroFiles {
		if printFile(w, f) {
			printed = true
			break
		}
	}
	if !printed {
		if v := firstLine("/etc/debian_version"); v != "" {
			fmt.Fprintf(w, "Debian %s\n", v)
		} else {
			fmt.Fprintln(w, "Linux")
		}
	}
	var u unix.Utsname
	if unix.Uname(&u) == nil {
		fmt.Fprintf(w, "uname: %s %s %s %s\n", unix.ByteSliceToString(u.Sysname[:]), unix.ByteSliceToString(u.Release[:]),
			unix.ByteSliceToString(u.Version[:]), unix.ByteSliceToString(u.Machine[:]))
	}
	var si unix.Sysinfo_t
	haveSysinfo := unix.Sysinfo(&si) == nil
	if haveSysinfo {
		up := int64(si.Uptime)
		fmt.Fprintf(w, "OS uptime: %d days %d:%02d hours\n", up/86400, up%86400/3600, up%3600/60)
	}
	printRlimits(w)
	if f := strings.Fields(firstLine("/proc/loadavg")); len(f) >= 3 {
		fmt.Fprintf(w, "load average: %s %s %s\n", f[0], f[1], f[2])
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "/proc/meminfo:")
	printFile(w, "/proc/meminfo")
	fmt.Fprintln(w)
	const thp = "/sys/kernel/mm/transparent_hugepage/"
	for _, f := range []struct{ path, label string }{
		{thp + "enabled", thp + "enabled"},
		{thp + "hpage_pmd_size", thp + "hpage_pmd_size"},
		{thp + "defrag", thp + "defrag (defrag/compaction efforts parameter)"},
	} {
		if v := firstLine(f.path); v != "" {
			fmt.Fprintf(w, "%s: %s\n", f.label, v)
		}
	}
	fmt.Fprintln(w)
	printProcessMemory(w)
	for _, f := range []struct{ path, label string }{
		{"/proc/sys/kernel/threads-max", "system-wide limit on the number of threads"},
		{"/proc/sys/vm/max_map_count", "maximum number of memory map areas a process may have"},
		{"/proc/sys/vm/swappiness", "control to define how aggressively the kernel swaps out anonymous memory"},
		{"/proc/sys/kernel/pid_max", "system-wide limit on number of process identifiers"},
	} {
		if v := firstLine(f.path); v != "" {
			fmt.Fprintf(w, "%s (%s): %s\n", f.path, f.label, v)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "CPU Model and flags from /proc/cpuinfo:")
	fmt.Fprintf(w, "model name\t: %s\n", cpuModel())
	fmt.Fprintf(w, "flags\t\t: %s\n", cpuinfoRawField("flags"))
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Online cpus: %s\n", firstLine("/sys/devices/system/cpu/online"))
	fmt.Fprintf(w, "Offline cpus: %s\n", firstLine("/sys/devices/system/cpu/offline"))
	const freq = "/sys/devices/system/cpu/cpu0/cpufreq/"
	for _, f := range []struct{ label, path string }{
		{"BIOS frequency limitation", freq + "bios_limit"},
		{"Frequency switch latency (ns)", freq + "cpuinfo_transition_latency"},
		{"Available cpu frequencies", freq + "scaling_available_frequencies"},
		{"Current governor", freq + "scaling_governor"},
		{"Core performance/turbo boost", "/sys/devices/system/cpu/cpufreq/boost"},
	} {
		v := firstLine(f.path)
		if v == "" {
			v = "<Not Available>"
		}
		fmt.Fprintf(w, "%s: %s\n", f.label, v)
	}
	fmt.Fprintln(w)
	if haveSysinfo {
		unit := uint64(si.Unit)
		fmt.Fprintf(w, "Memory: %dk page, physical %dk(%dk free), swap %dk(%dk free)\n", os.Getpagesize()>>10,
			si.Totalram*unit>>10, si.Freeram*unit>>10, si.Totalswap*unit>>10, si.Freeswap*unit>>10)
	}
	fmt.Fprintf(w, "Page Sizes: %dk\n\n", os.Getpagesize()>>10)
}

// cpuinfoRawField is a /proc/cpuinfo field's text after its colon.
func cpuinfoRawField(name string) string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == name {
			return strings.TrimPrefix(v, " ")
		}
	}
	return ""
}

// printRlimits is os::Posix::print_rlimit_info.
func printRlimits(w io.Writer) {
	var items []string
	for _, r := range []struct {
		name string
		res  int
		kb   bool
	}{
		{"STACK", unix.RLIMIT_STACK, true}, {"CORE", unix.RLIMIT_CORE, true}, {"NPROC", unix.RLIMIT_NPROC, false},
		{"NOFILE", unix.RLIMIT_NOFILE, false}, {"AS", unix.RLIMIT_AS, true}, {"CPU", unix.RLIMIT_CPU, false},
		{"DATA", unix.RLIMIT_DATA, true}, {"FSIZE", unix.RLIMIT_FSIZE, true}, {"MEMLOCK", unix.RLIMIT_MEMLOCK, true},
	} {
		var lim unix.Rlimit
		if unix.Getrlimit(r.res, &lim) != nil {
			continue
		}
		value := func(v uint64) string {
			switch {
			case v == unix.RLIM_INFINITY:
				return "infinity"
			case r.kb:
				return strconv.FormatUint(v>>10, 10) + "k"
			}
			return strconv.FormatUint(v, 10)
		}
		items = append(items, r.name+" "+value(lim.Cur)+"/"+value(lim.Max))
	}
	fmt.Fprintf(w, "rlimit (soft/hard): %s\n", strings.Join(items, " , "))
}

// printProcessMemory is os::Linux::print_process_memory_info, from
// /proc/self/status.
func printProcessMemory(w io.Writer) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	kb := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			kb[k] = strings.TrimSuffix(strings.TrimSpace(v), " kB")
		}
	}
	fmt.Fprintln(w, "Process Memory:")
	fmt.Fprintf(w, "Virtual Size: %sK (peak: %sK)\n", kb["VmSize"], kb["VmPeak"])
	fmt.Fprintf(w, "Resident Set Size: %sK (peak: %sK) (anon: %sK, file: %sK, shmem: %sK)\n",
		kb["VmRSS"], kb["VmHWM"], kb["RssAnon"], kb["RssFile"], kb["RssShmem"])
	fmt.Fprintf(w, "Swapped out: %sK\n\n", kb["VmSwap"])
}
