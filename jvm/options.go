package jvm

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/stdlib"
)

// Launch modes, as LauncherHelper numbers them (0: none given).
const (
	ModeClass  = 1
	ModeJar    = 2
	ModeModule = 3
	ModeSource = 4
)

// Options is a parsed java command line.
type Options struct {
	VM         rtda.Options
	ClassPath  string
	Mode       int
	Main       string   // main class name, or jar file with ModeJar
	Args       []string // the program's arguments
	Properties [][2]string
	Assertions []string
	// Xlog are the unified-logging options in order (-Xlog and what
	// -verbose:gc and -verbose:class stand for).
	Xlog []string
	// XX holds the -XX options given, by name ("+Foo" is "Foo" -> "true").
	XX map[string]string
	// VMArgs are the options before the main class, for
	// RuntimeMXBean.getInputArguments.
	VMArgs []string

	NoSharing bool // -Xshare:off
	// Verify is -Xverify's setting: "" (the default, remote), "all",
	// "remote" or "none" (-Xverify:none and -noverify, deprecated).
	Verify string

	// moduleProps are the jdk.module.* properties of the module options
	// (--add-opens and friends), as HotSpot sets them for ModuleBootstrap.
	moduleProps [][2]string

	// Version says where the launcher prints the version (-version,
	// -showversion: stderr; --version, --show-version: stdout), and
	// VersionOnly that it then exits (-version, --version).
	Version     Stream
	VersionOnly bool
	// Help says where the launcher prints its usage (-help, -h, -?, -X:
	// stderr; --help, --help-extra: stdout); HelpExtra selects the -X text.
	Help      Stream
	HelpExtra bool
	// FullVersion says where the launcher prints its full version
	// (-fullversion: stderr, --full-version: stdout), without a VM.
	FullVersion Stream
	// LauncherStatus is the exit status when the launcher prints usage
	// because of an error (1: no main class, -jar without a jar).
	LauncherStatus int
	// usageError is printed (by ParseCommandLine) before that usage.
	usageError string
	// launcherWarnings are printed by ParseCommandLine, as the launcher
	// prints them while it parses.
	launcherWarnings []string
	// vmWarnings are printed by the VM while parsing its options.
	vmWarnings []string

	// The module launcher options: --list-modules, --show-resolved-modules,
	// --validate-modules, --describe-module (describe: given).
	ListModules, ShowResolvedModules, ValidateModules bool
	DescribeModule                                    string
	describe                                          bool
	// DryRun is --dry-run: load and check the main class, but do not run it.
	DryRun bool
	// ShowSettings is the -XshowSettings option as given ("" if none).
	ShowSettings string
	// The sizes of the launcher's -Xss, -Xmx and -Xms options (0 if not
	// given), which -XshowSettings reports.
	launcherStackSize, launcherMaxHeap, launcherInitialHeap int64

	// maxHeapGiven: -Xmx or -XX:MaxHeapSize was given.
	maxHeapGiven bool
	// ergo is what the ergonomics decided (ergo.go), once the VM starts.
	ergo *ergonomics
	// machine stands for the host in tests (nil: HostMachine).
	machine *Machine

	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Exit           func(int)
}

// Stream is where the launcher prints version and usage text.
type Stream int

const (
	NoStream Stream = iota
	ToStderr
	ToStdout
)

// OptionError is a bad command line; its message is what java prints
// before "Error: Could not create the Java Virtual Machine." (or, for
// Launcher set, on its own).
type OptionError struct {
	Msg      string
	Launcher bool // reported by the launcher itself ("Error: -cp requires ...")
	// NoNewline: HotSpot prints Msg without a line break before its
	// "Error: Could not create the Java Virtual Machine."
	NoNewline bool
	// Stdout: HotSpot prints Msg on stdout (the rest still goes to stderr).
	Stdout bool
}

func (e *OptionError) Error() string { return e.Msg }

// knownXX lists the -XX options gojvm accepts: bool flags map to true,
// others to the kind of value they take.
var knownXX = map[string]string{
	"UseSerialGC": "bool", "UseG1GC": "bool", "UseParallelGC": "bool", "UseConcMarkSweepGC": "bool",
	"PrintGCDetails": "bool", "PrintGC": "bool", "PrintStringTableStatistics": "bool",
	"DisableExplicitGC": "bool", "UseGCOverheadLimit": "bool", "UseAdaptiveSizePolicy": "bool", "UseCondCardMark": "bool",
	"HeapDumpOnOutOfMemoryError": "bool", "UseCompressedOops": "bool", "UseCompressedClassPointers": "bool",
	"UseTLAB": "bool", "ClassUnloading": "bool", "ShowCodeDetailsInExceptionMessages": "bool", "UnlockDiagnosticVMOptions": "bool",
	"UnlockExperimentalVMOptions": "bool", "VerifyBeforeGC": "bool", "VerifyAfterGC": "bool",
	"PrintNMTStatistics": "bool", "TraceClassLoading": "bool", "PrintCommandLineFlags": "bool",
	"UseStringDeduplication": "bool", "AlwaysPreTouch": "bool", "ScavengeALot": "bool", "FullGCALot": "bool",
	"TieredCompilation": "bool", "UseCodeCacheFlushing": "bool", "StackTraceInThrowable": "bool",
	"OmitStackTraceInFastThrow": "bool", "ExplicitGCInvokesConcurrent": "bool", "UsePerfData": "bool",
	"MaxHeapSize": "size", "InitialHeapSize": "size", "NewSize": "size", "MaxNewSize": "size",
	"MaxDirectMemorySize": "size", "MetaspaceSize": "size", "MaxMetaspaceSize": "size",
	"PretenureSizeThreshold": "size", "ThreadStackSize": "size", "ReservedCodeCacheSize": "size",
	"CompressedClassSpaceSize": "size", "MinHeapSize": "size",
	"NewRatio": "int", "SurvivorRatio": "int", "MaxTenuringThreshold": "int", "InitialTenuringThreshold": "int",
	"StringTableSize": "int", "MaxJavaStackTraceDepth": "int", "GCTimeRatio": "int", "ParallelGCThreads": "int",
	"ScavengeALotInterval": "int", "GCHeapFreeLimit": "int", "GCTimeLimit": "int", "TargetSurvivorRatio": "int", "TieredStopAtLevel": "int",
	"AutoBoxCacheMax": "int", "MaxGCPauseMillis": "int", "CICompilerCount": "int", "SoftRefLRUPolicyMSPerMB": "int",
	"ExitOnOutOfMemoryError": "bool", "CrashOnOutOfMemoryError": "bool", "HeapDumpGzipLevel": "int",
	"OnOutOfMemoryError":        "string",
	"BytecodeVerificationLocal": "bool", "BytecodeVerificationRemote": "bool",
	"PerfDisableSharedMem": "bool", "PerfDataSaveToFile": "bool", "StartAttachListener": "bool",
	"DisableAttachMechanism": "bool", "ManagementServer": "bool", "PerfDataMemorySize": "int", "PerfDataSamplingInterval": "int",
	"MaxRAM": "size", "MaxRAMPercentage": "double", "InitialRAMPercentage": "double", "MinRAMPercentage": "double",
	"ActiveProcessorCount": "int", "UseContainerSupport": "bool", "UseZGC": "bool", "UseShenandoahGC": "bool",
	"UseEpsilonGC": "bool", "OldSize": "size", "MinHeapFreeRatio": "int", "MaxHeapFreeRatio": "int",
	"ConcGCThreads": "int", "PrintFlagsFinal": "bool",
	"NativeMemoryTracking": "string", "PerfDataSaveFile": "string", "HeapDumpPath": "string", "ErrorFile": "string", "SharedArchiveFile": "string",
}

// experimentalXX lists the experimental options among knownXX: setting
// one needs -XX:+UnlockExperimentalVMOptions before it.
var experimentalXX = map[string]bool{"UseEpsilonGC": true}

// diagnosticXX lists the diagnostic options among knownXX: setting one
// needs -XX:+UnlockDiagnosticVMOptions before it.
var diagnosticXX = map[string]bool{"PrintNMTStatistics": true,
	"BytecodeVerificationLocal": true, "BytecodeVerificationRemote": true}

// verifyNoneWarning is what HotSpot prints for -Xverify:none and -noverify.
const verifyNoneWarning = "OpenJDK 64-Bit Server VM warning: Options -Xverify:none and -noverify were deprecated in JDK 13 and will likely be removed in a future release.\n"

// verifyOptions derives which classes are verified from -Xverify and
// -XX:±BytecodeVerificationLocal/Remote (HotSpot: remote only by default).
func (o *Options) verifyOptions() rtda.VerifyOptions {
	v := rtda.VerifyOptions{Local: o.XX["BytecodeVerificationLocal"] == "true",
		Remote: o.XX["BytecodeVerificationRemote"] != "false"}
	switch o.Verify {
	case "all":
		v.Local, v.Remote = true, true
	case "remote":
		v.Local, v.Remote = false, true
	case "none":
		v.Local, v.Remote = false, false
	}
	return v
}

// ParseSize parses a size like "512k", "10m", "2G" or "1024".
func ParseSize(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	mult := uint64(1)
	switch s[len(s)-1] {
	case 'k', 'K':
		mult = 1 << 10
	case 'm', 'M':
		mult = 1 << 20
	case 'g', 'G':
		mult = 1 << 30
	case 't', 'T':
		mult = 1 << 40
	}
	if mult != 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, false
	}
	return n * mult, true
}

// Env is what of the process's environment the launcher and the VM read.
type Env struct {
	// Lookup returns an environment variable and whether it is set.
	Lookup func(string) (string, bool)
	// Stderr receives the notes the VM prints while parsing ("Picked up
	// JAVA_TOOL_OPTIONS: ...").
	Stderr io.Writer
}

// ParseArgs parses java's command line (without the program name, already
// expanded: see ExpandArgs) in an empty environment.
func ParseArgs(args []string) (*Options, error) { return ParseCommandLine(args, Env{}) }

// ParseCommandLine parses java's command line (without the program name,
// already expanded: see ExpandArgs) as the launcher and then the VM do: the
// launcher takes its own options and the main class and hands the rest to
// the VM, which reads JAVA_TOOL_OPTIONS before them and _JAVA_OPTIONS
// after them.
func ParseCommandLine(args []string, env Env) (*Options, error) {
	lookup := env.Lookup
	if lookup == nil {
		lookup = func(string) (string, bool) { return "", false }
	}
	stderr := env.Stderr
	if stderr == nil {
		stderr = io.Discard
	}
	o := &Options{XX: map[string]string{}}
	o.VM.StackSize = 1 << 20
	cp, hasCP := lookup("CLASSPATH")
	l, err := parseLauncherArgs(args, cp, hasCP, o)
	if err != nil {
		return nil, err
	}
	o.Mode, o.Main, o.Args, o.LauncherStatus = l.mode, l.what, l.args, l.status
	l.noteSizes(o)
	// What the launcher reports while parsing: options it no longer
	// supports, and the error that makes it print usage (-jar without a
	// jar).
	for _, m := range o.launcherWarnings {
		fmt.Fprintln(stderr, m)
	}
	if o.usageError != "" {
		fmt.Fprintln(stderr, o.usageError)
	}
	// The launcher has one stream for version and usage: stdout once any
	// option asked for it (--version, --help, ...).
	if o.Version == ToStdout || o.Help == ToStdout {
		if o.Version != NoStream {
			o.Version = ToStdout
		}
		if o.Help != NoStream {
			o.Help = ToStdout
		}
	}
	if o.FullVersion != NoStream {
		return o, nil // printed by the launcher, without a VM
	}
	fromEnv := func(name string) []string {
		v, ok := lookup(name)
		if !ok {
			return nil
		}
		fmt.Fprintf(stderr, "Picked up %s: %s\n", name, v)
		return splitOptionsEnv(v)
	}
	vmOpts := fromEnv("JAVA_TOOL_OPTIONS")
	vmOpts = append(vmOpts, l.vmOptions...)
	vmOpts = append(vmOpts, fromEnv("_JAVA_OPTIONS")...)
	if err := o.parseVMOptions(vmOpts, stderr); err != nil {
		return nil, err
	}
	return o, nil
}

// splitOptionsEnv splits JAVA_TOOL_OPTIONS or _JAVA_OPTIONS into options as
// HotSpot does: at white space, with quotes grouping words.
func splitOptionsEnv(s string) []string {
	var out []string
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' }
	for i := 0; i < len(s); {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		var b strings.Builder
		for i < len(s) && !isSpace(s[i]) {
			if c := s[i]; c == '\'' || c == '"' {
				end := strings.IndexByte(s[i+1:], c)
				if end < 0 {
					b.WriteString(s[i+1:])
					i = len(s)
					break
				}
				b.WriteString(s[i+1 : i+1+end])
				i += end + 2
				continue
			}
			b.WriteByte(s[i])
			i++
		}
		out = append(out, b.String())
	}
	return out
}

// internalModuleProperty reports whether -Dname is one of the properties
// through which the VM hands its module options to the JDK, which a user
// may not set (HotSpot's is_internal_module_property).
func internalModuleProperty(name string) bool {
	rest, ok := strings.CutPrefix(name, "jdk.module.")
	if !ok {
		return false
	}
	for _, p := range []string{"addexports", "addopens", "addreads", "patch", "addmods", "limitmods",
		"path", "upgrade.path", "enable.native.access", "illegalAccess"} {
		if rest == p || strings.HasPrefix(rest, p+".") {
			return true
		}
	}
	return false
}

// parseVMOptions parses the options the launcher hands the VM, as
// HotSpot's Arguments::parse_each_vm_init_arg does.
func (o *Options) parseVMOptions(opts []string, stderr io.Writer) error {
	ignoredModuleProperty := false
	for _, a := range opts {
		switch {
		case strings.HasPrefix(a, "-Djava.class.path="):
			o.ClassPath = strings.TrimPrefix(a, "-Djava.class.path=")
			continue // not an input argument
		case strings.HasPrefix(a, "-Dsun.java.command=") || strings.HasPrefix(a, "-Dsun.java.launcher="):
			continue // set by the launcher, as stdlibConfig does
		}
		// HotSpot keeps the launcher's own properties out of the input
		// arguments (-Dsun.java.launcher.diag of -Xdiag too).
		if !strings.HasPrefix(a, "-Dsun.java.launcher") {
			o.VMArgs = append(o.VMArgs, a)
		}
		switch {
		case strings.HasPrefix(a, "-D"):
			k, v, _ := strings.Cut(a[2:], "=")
			if internalModuleProperty(k) {
				ignoredModuleProperty = true
				continue
			}
			o.Properties = append(o.Properties, [2]string{k, v})
			if strings.HasPrefix(k, "com.sun.management") {
				// Arguments::parse_each_vm_init_arg: any com.sun.management
				// property asks for the management agent at startup
				// (-XX:+ManagementServer) and resolves its module.
				o.addModuleProperty("--add-modules", "jdk.management.agent")
				o.XX["ManagementServer"] = "true"
			}
		case a == "-verbose:class":
			o.Xlog = append(o.Xlog, "-Xlog:class+load=info,class+unload=info")
		case a == "-verbose:gc":
			o.Xlog = append(o.Xlog, "-Xlog:gc")
		case a == "-verbose:jni": // HotSpot: debug level, exactly jni+resolve
			o.Xlog = append(o.Xlog, "-Xlog:jni+resolve=debug")
		case strings.HasPrefix(a, "-verbose"):
		case strings.HasPrefix(a, "-Xlog"):
			o.Xlog = append(o.Xlog, a)
		case a == "-ea" || a == "-enableassertions":
			o.Assertions = append(o.Assertions, "")
		case strings.HasPrefix(a, "-ea:") || strings.HasPrefix(a, "-enableassertions:"):
			_, v, _ := strings.Cut(a, ":")
			o.Assertions = append(o.Assertions, v)
		case a == "-da" || a == "-disableassertions" || strings.HasPrefix(a, "-da:") ||
			strings.HasPrefix(a, "-disableassertions:"), a == "-esa", a == "-dsa",
			a == "-enablesystemassertions", a == "-disablesystemassertions":
		case strings.HasPrefix(a, "-Xss"):
			n, ok := ParseSize(a[4:])
			if !ok {
				return &OptionError{Msg: "Invalid thread stack size: " + a}
			}
			switch {
			case n == 0: // the default
				n = 1 << 20
			case n < 136<<10: // os::Posix::set_minimum_stack_sizes
				return &OptionError{Msg: "\nThe Java thread stack size specified is too small. Specify at least 136k", Stdout: true}
			}
			o.VM.StackSize = uintptr(n)
		case strings.HasPrefix(a, "-Xmx"):
			n, ok := ParseSize(a[4:])
			if !ok {
				return &OptionError{Msg: "Invalid maximum heap size: " + a}
			}
			o.VM.MaxHeap, o.maxHeapGiven = uintptr(n), true
		case strings.HasPrefix(a, "-Xms"):
			n, ok := ParseSize(a[4:])
			if !ok {
				return &OptionError{Msg: "Invalid initial heap size: " + a}
			}
			// -Xms sets the initial and the minimum heap size.
			o.XX["InitialHeapSize"] = strconv.FormatUint(n, 10)
			o.XX["MinHeapSize"] = o.XX["InitialHeapSize"]
		case strings.HasPrefix(a, "-Xmn"):
			n, ok := ParseSize(a[4:])
			if !ok {
				return &OptionError{Msg: "Invalid maximum new generation size: " + a}
			}
			o.XX["NewSize"], o.XX["MaxNewSize"] = strconv.FormatUint(n, 10), strconv.FormatUint(n, 10)
		case a == "-Xshare:off":
			o.NoSharing = true
		case a == "-Xshare:auto" || a == "-Xshare:on":
			o.NoSharing = false
		case a == "-Xint" || a == "-Xmixed" || a == "-Xcomp" || strings.HasPrefix(a, "-Xshare") ||
			a == "-Xbatch" || a == "-Xrs" ||
			a == "-server" || a == "-client" || strings.HasPrefix(a, "-Xdiag"):
		case a == "-Xnoclassgc":
			o.XX["ClassUnloading"] = "false"
		case a == "-Xverify" || a == "-Xverify:all":
			o.Verify = "all"
		case a == "-Xverify:remote":
			o.Verify = "remote"
		case a == "-Xverify:none" || a == "-noverify":
			o.Verify = "none"
		case strings.HasPrefix(a, "-Xverify"):
			return &OptionError{Msg: "Unrecognized verification option: " + a}
		case a == "-Xcheck:jni":
			o.VM.CheckJNI = true
		case strings.HasPrefix(a, "-Xcheck"):
			return &OptionError{Msg: "Unrecognized check option: " + a}
		case strings.HasPrefix(a, "-XX:"):
			if err := o.parseXX(a); err != nil {
				return err
			}
		case a == "--enable-preview":
			o.VM.EnablePreview = true
		case strings.HasPrefix(a, "--illegal-access="):
			o.vmWarnings = append(o.vmWarnings, "Ignoring option "+a+"; support was removed in 17.0")
		default:
			k, v, _ := strings.Cut(a, "=")
			if !o.addModuleProperty(k, v) {
				return &OptionError{Msg: "Unrecognized option: " + a}
			}
		}
	}
	if ignoredModuleProperty {
		o.vmWarnings = append(o.vmWarnings, "Ignoring system property options whose names match the '-Djdk.module.*'. names that are reserved for internal use.")
	}
	for _, w := range o.vmWarnings {
		fmt.Fprintln(stderr, vmName+" warning: "+w)
	}
	o.vmWarnings = nil
	return nil
}

// moduleProperties are the properties through which HotSpot hands the
// module options to ModuleBootstrap (Arguments::create_numbered_module_property):
// each --add-opens becomes jdk.module.addopens.<n>, numbered from 0 in
// command-line order, and so on; the paths and --limit-modules are single
// properties, the last option winning.
var moduleProperties = map[string]struct {
	name     string
	numbered bool
}{
	"--add-opens":            {"jdk.module.addopens", true},
	"--add-exports":          {"jdk.module.addexports", true},
	"--add-reads":            {"jdk.module.addreads", true},
	"--add-modules":          {"jdk.module.addmods", true},
	"--patch-module":         {"jdk.module.patch", true},
	"--enable-native-access": {"jdk.module.enable.native.access", true},
	"--module-path":          {"jdk.module.path", false},
	"--upgrade-module-path":  {"jdk.module.upgrade.path", false},
	"--limit-modules":        {"jdk.module.limitmods", false},
}

// addModuleProperty records module option opt (in its --opt=v form) with
// value v as HotSpot's jdk.module.* property, which the JDK's
// ModuleBootstrap reads to find, resolve, open, export and read modules as
// the options ask. It reports whether opt is a module option.
func (o *Options) addModuleProperty(opt, v string) bool {
	p, ok := moduleProperties[opt]
	if !ok {
		return false
	}
	if !p.numbered {
		for i, q := range o.moduleProps {
			if q[0] == p.name {
				o.moduleProps = append(o.moduleProps[:i], o.moduleProps[i+1:]...)
				break
			}
		}
		o.moduleProps = append(o.moduleProps, [2]string{p.name, v})
		return true
	}
	n := 0
	for _, q := range o.moduleProps {
		if strings.HasPrefix(q[0], p.name+".") {
			n++
		}
	}
	o.moduleProps = append(o.moduleProps, [2]string{p.name + "." + strconv.Itoa(n), v})
	return true
}

func (o *Options) parseXX(a string) error {
	spec := a[4:]
	// HotSpot's Arguments::process_argument: "+Name" and "-Name" set a
	// bool flag, "Name=value" any other; a known flag in the wrong form
	// gets a message naming the argument without its +/- sign.
	plusMinus := strings.HasPrefix(spec, "+") || strings.HasPrefix(spec, "-")
	argname := spec
	if plusMinus {
		argname = spec[1:]
	}
	name, value, hasValue := strings.Cut(argname, "=")
	kind, ok := knownXX[name]
	if !ok {
		return &OptionError{Msg: "Unrecognized VM option '" + argname + "'"}
	}
	switch isBool := kind == "bool"; {
	case isBool && !plusMinus:
		return &OptionError{Msg: "Missing +/- setting for VM option '" + argname + "'"}
	case !isBool && plusMinus:
		return &OptionError{Msg: "Unexpected +/- setting in VM option '" + argname + "'"}
	case isBool == hasValue:
		return &OptionError{Msg: "Improperly specified VM option '" + argname + "'"}
	case isBool:
		value = strconv.FormatBool(spec[0] == '+')
	}
	if diagnosticXX[name] && o.XX["UnlockDiagnosticVMOptions"] != "true" {
		return &OptionError{Msg: "Error: VM option '" + name + "' is diagnostic and must be enabled via -XX:+UnlockDiagnosticVMOptions.\nError: The unlock option must precede '" + name + "'."}
	}
	if err := checkNMTOption(name, value); err != nil {
		return err
	}
	switch kind {
	case "size":
		n, ok := ParseSize(value)
		if !ok {
			what := map[string]string{"MaxHeapSize": "maximum heap size", "InitialHeapSize": "initial heap size"}[name]
			if what != "" {
				return &OptionError{Msg: "Invalid " + what + ": " + a}
			}
			return &OptionError{Msg: "Improperly specified VM option '" + spec + "'"}
		}
		switch name {
		case "MaxHeapSize":
			o.VM.MaxHeap, o.maxHeapGiven = uintptr(n), true
		case "ThreadStackSize":
			o.VM.StackSize = uintptr(n << 10)
		}
	case "int":
		if _, err := strconv.ParseInt(value, 10, 64); err != nil {
			return &OptionError{Msg: "Improperly specified VM option '" + spec + "'"}
		}
	case "double":
		f, err := strconv.ParseFloat(value, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return &OptionError{Msg: "Improperly specified VM option '" + spec + "'"}
		}
		if f < 0 || f > 100 { // the range of the RAM percentages
			return &OptionError{Msg: fmt.Sprintf("double %s=%f is outside the allowed range [ 0.000000 ... 100.000000 ]\nImproperly specified VM option '%s'", name, f, spec)}
		}
	}
	if experimentalXX[name] && o.XX["UnlockExperimentalVMOptions"] != "true" {
		return &OptionError{Msg: "Error: VM option '" + name + "' is experimental and must be enabled via -XX:+UnlockExperimentalVMOptions.\nError: The unlock option must precede '" + name + "'."}
	}
	if prev, ok := o.XX[name]; ok && name == "OnOutOfMemoryError" {
		value = prev + "\n" + value // a list: each occurrence adds a line
	}
	o.XX[name] = value
	return nil
}

// cdsArchive is the class-data sharing archive HotSpot would map with these
// options: the JDK's default archive for compressed or uncompressed oops,
// or -XX:SharedArchiveFile; "" with -Xshare:off.
func (o *Options) cdsArchive(jdk *classpath.JDK) string {
	if o.NoSharing {
		return ""
	}
	if f := o.XX["SharedArchiveFile"]; f != "" {
		return f
	}
	name := "classes.jsa"
	if o.XX["UseCompressedOops"] == "false" || o.VM.MaxHeap >= 32<<30 {
		name = "classes_nocoops.jsa"
	}
	return filepath.Join(jdk.Home, "lib", "server", name)
}

// hasVMArg reports whether the command line has option a.
func (o *Options) hasVMArg(a string) bool {
	for _, v := range o.VMArgs {
		if v == a {
			return true
		}
	}
	return false
}

// unifiedLog builds the -Xlog configuration, with what the deprecated
// -XX:+PrintGC and -XX:+PrintGCDetails stand for (and their warnings).
func (o *Options) unifiedLog(start time.Time, stdout, stderr io.Writer) (*ulog.Log, error) {
	l := ulog.New(start, stdout)
	for _, x := range o.Xlog {
		if err := l.Configure(x, stdout, stderr); err != nil {
			return nil, &OptionError{Msg: err.Error()}
		}
	}
	if o.XX["PrintGC"] == "true" {
		l.Printf(ulog.Warning, "gc", "-XX:+PrintGC is deprecated. Will use -Xlog:gc instead.")
		l.Configure("-Xlog:gc", stdout, stderr)
	}
	if o.XX["PrintGCDetails"] == "true" {
		l.Printf(ulog.Warning, "gc", "-XX:+PrintGCDetails is deprecated. Will use -Xlog:gc* instead.")
		l.Configure("-Xlog:gc*", stdout, stderr)
	}
	return l, nil
}

// gcOptions derives the collector's settings from -X and -XX options,
// with HotSpot's defaults.
func (o *Options) gcOptions() gc.Options {
	num := func(name string, def int64) int64 {
		if v, ok := o.XX[name]; ok {
			if n, ok := ParseSize(v); ok {
				return int64(n)
			}
		}
		return def
	}
	flag := func(name string) bool { return o.XX[name] == "true" }
	e := o.ergo
	gens := o.generationSizes(uint64(o.VM.MaxHeap), alignUp64(e.initialHeap, uint64(o.heapAlignment())), alignUp64(e.minHeap, uint64(o.heapAlignment())))
	g := gc.Options{
		MaxHeap:                 o.VM.MaxHeap,
		InitialHeap:             alignUp(uintptr(e.initialHeap), o.heapAlignment()),
		InitialYoung:            uintptr(gens.NewSize),
		InitialOld:              uintptr(gens.OldSize),
		MinHeapFreeRatio:        int(num("MinHeapFreeRatio", o.freeRatioDefault("MinHeapFreeRatio", 40))),
		MaxHeapFreeRatio:        int(num("MaxHeapFreeRatio", o.freeRatioDefault("MaxHeapFreeRatio", 70))),
		AlwaysPreTouch:          flag("AlwaysPreTouch"),
		NewSize:                 uintptr(num("MaxNewSize", num("NewSize", 0))),
		NewRatio:                int(num("NewRatio", 2)),
		SurvivorRatio:           int(num("SurvivorRatio", 8)),
		MaxTenuringThreshold:    int(num("MaxTenuringThreshold", 15)),
		TargetSurvivorRatio:     int(num("TargetSurvivorRatio", 50)),
		PretenureSizeThreshold:  uintptr(num("PretenureSizeThreshold", 0)),
		DisableExplicitGC:       flag("DisableExplicitGC"),
		UseGCOverheadLimit:      o.XX["UseGCOverheadLimit"] != "false",
		UseAdaptiveSizePolicy:   o.XX["UseAdaptiveSizePolicy"] != "false",
		GCTimeRatio:             int(num("GCTimeRatio", 99)),
		MaxGCPauseMillis:        num("MaxGCPauseMillis", 0),
		SoftRefLRUPolicyMSPerMB: num("SoftRefLRUPolicyMSPerMB", 1000),
		CondCardMark:            flag("UseCondCardMark"),
	}
	// The initial and minimum heap as ergonomics sized them, aligned as
	// the maximum.
	g.Host = gc.HostInfo{
		Version:     o.VM.VMVersion + " (release)",
		CPUs:        e.machine.CPUs,
		ActiveCPUs:  e.activeCPUs,
		MemoryMB:    e.machine.Memory >> 20,
		MinHeap:     alignUp(uintptr(e.minHeap), o.heapAlignment()),
		InitialHeap: alignUp(uintptr(e.initialHeap), o.heapAlignment()),
	}
	if e.running != e.collector {
		g.Host.Substitute = e.collector.String()
	}
	g.Log = o.VM.Log
	if v := os.Getenv("GOJVM_GC_STRESS"); v != "" {
		g.StressInterval, _ = strconv.Atoi(v)
	}
	g.Verify = os.Getenv("GOJVM_GC_VERIFY") != ""
	return g
}

// freeRatioDefault is a free ratio's default: the collector's, or def.
func (o *Options) freeRatioDefault(name string, def int64) int64 {
	if v, ok := o.collectorDefault(name); ok {
		n, _ := strconv.ParseInt(v, 10, 64)
		return n
	}
	return def
}

// vmName is java.vm.name: gojvm answers as the VM it reproduces.
const vmName = "OpenJDK 64-Bit Server VM"

// vmInfo is java.vm.info as HotSpot reports it for these options (the third
// line of -version): gojvm always interprets, but reports what java would.
func (o *Options) vmInfo() string {
	mode := "mixed mode"
	for _, a := range o.VMArgs {
		switch a {
		case "-Xint":
			mode = "interpreted mode"
		case "-Xcomp":
			mode = "compiled mode"
		case "-Xmixed":
			mode = "mixed mode"
		}
	}
	if !o.NoSharing {
		mode += ", sharing"
	}
	return mode
}

// stdlibConfig derives the natives' configuration.
func (o *Options) stdlibConfig(jdk *classpath.JDK) stdlib.Config {
	props := [][2]string{
		{"java.vm.specification.name", "Java Virtual Machine Specification"},
		{"java.vm.specification.vendor", "Oracle Corporation"},
		{"java.vm.specification.version", "17"},
		{"java.vm.name", vmName},
		{"java.vm.vendor", jdk.Release("IMPLEMENTOR")},
		{"java.vm.version", jdk.Release("JAVA_RUNTIME_VERSION")},
		{"java.vm.info", o.vmInfo()},
		{"jdk.debug", "release"},
		{"java.home", jdk.Home},
		{"sun.boot.library.path", jdk.Home + "/lib"},
		{"java.library.path", javaLibraryPath(jdk.Home)},
		{"java.class.path", o.ClassPath},
		{"sun.java.launcher", "SUN_STANDARD"},
		{"java.vm.compressedOopsMode", gc.CompressedOopsMode(o.VM.MaxHeap)},
		{"sun.management.compiler", "HotSpot 64-Bit Tiered Compilers"},
	}
	if o.Main != "" { // the launcher sets it only when it has something to run
		props = append(props, [2]string{"sun.java.command", strings.Join(append([]string{o.Main}, o.Args...), " ")})
	}
	props = append(props, o.moduleProps...)
	// HotSpot hands -XX:MaxDirectMemorySize to jdk.internal.misc.VM as this
	// property ("-1" when the flag is not given: VM then takes
	// Runtime.maxMemory(), the maximum heap size); VM.saveAndRemoveProperties
	// reads and removes it.
	maxDirect := "-1"
	if v, ok := o.XX["MaxDirectMemorySize"]; ok {
		if n, ok := ParseSize(v); ok {
			maxDirect = strconv.FormatUint(n, 10)
		}
	}
	props = append(props, [2]string{"sun.nio.MaxDirectMemorySize", maxDirect})
	props = append(props, o.Properties...)
	// Arguments::set_aggressive_opts_flags feeds -XX:AutoBoxCacheMax to the
	// JDK after the -D options, so it wins over
	// -Djava.lang.Integer.IntegerCache.high (VM.saveAndRemoveProperties
	// keeps it for IntegerCache and removes it from the system properties).
	if v, ok := o.XX["AutoBoxCacheMax"]; ok {
		props = append(props, [2]string{"java.lang.Integer.IntegerCache.high", v})
	}
	return stdlib.Config{
		Stdin: o.Stdin, Stdout: o.Stdout, Stderr: o.Stderr, Exit: o.Exit,
		VMProperties: props, Env: os.Environ(), Args: o.VMArgs, EnableAssertions: o.Assertions,
		ReduceSignalUsage: o.hasVMArg("-Xrs"),
	}
}
