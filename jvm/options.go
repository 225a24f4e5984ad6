package jvm

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/stdlib"
)

// Launch modes, as LauncherHelper numbers them.
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
}

func (e *OptionError) Error() string { return e.Msg }

// knownXX lists the -XX options gojvm accepts: bool flags map to true,
// others to the kind of value they take.
var knownXX = map[string]string{
	"UseSerialGC": "bool", "UseG1GC": "bool", "UseParallelGC": "bool", "UseConcMarkSweepGC": "bool",
	"PrintGCDetails": "bool", "PrintGC": "bool", "PrintStringTableStatistics": "bool",
	"DisableExplicitGC": "bool", "UseGCOverheadLimit": "bool", "UseCondCardMark": "bool",
	"HeapDumpOnOutOfMemoryError": "bool", "UseCompressedOops": "bool", "UseCompressedClassPointers": "bool",
	"UseTLAB": "bool", "ShowCodeDetailsInExceptionMessages": "bool", "UnlockDiagnosticVMOptions": "bool",
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
	"DisableAttachMechanism": "bool", "PerfDataMemorySize": "int", "PerfDataSamplingInterval": "int",
	"NativeMemoryTracking": "string", "PerfDataSaveFile": "string", "HeapDumpPath": "string", "ErrorFile": "string", "SharedArchiveFile": "string",
}

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

// ParseArgs parses java's command line (without the program name).
func ParseArgs(args []string) (*Options, error) {
	o := &Options{XX: map[string]string{}, Mode: ModeClass}
	o.VM.StackSize = 1 << 20
	o.VM.MaxHeap = defaultMaxHeap()
	o.ClassPath = os.Getenv("CLASSPATH")
	if o.ClassPath == "" {
		o.ClassPath = "."
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			o.Main = a
			o.Args = args[i+1:]
			return o, nil
		}
		o.VMArgs = append(o.VMArgs, a)
		switch {
		case a == "-cp" || a == "-classpath" || a == "--class-path":
			if i+1 >= len(args) {
				return nil, &OptionError{Msg: "Error: " + a + " requires class path specification", Launcher: true}
			}
			i++
			o.ClassPath = args[i]
			o.VMArgs = o.VMArgs[:len(o.VMArgs)-1]
		case strings.HasPrefix(a, "--class-path="):
			o.ClassPath = strings.TrimPrefix(a, "--class-path=")
		case a == "-jar":
			if i+1 >= len(args) {
				return nil, &OptionError{Msg: "Error: -jar requires jar file specification", Launcher: true}
			}
			o.Mode = ModeJar
			o.Main = args[i+1]
			o.ClassPath = args[i+1]
			o.Args = args[i+2:]
			o.VMArgs = o.VMArgs[:len(o.VMArgs)-1]
			return o, nil
		case strings.HasPrefix(a, "-D"):
			k, v, _ := strings.Cut(a[2:], "=")
			o.Properties = append(o.Properties, [2]string{k, v})
		case a == "-version" || a == "-showversion":
			o.Version, o.VersionOnly = ToStderr, a == "-version"
		case a == "--version" || a == "--show-version":
			o.Version, o.VersionOnly = ToStdout, a == "--version"
		case a == "-h" || a == "-help" || a == "-?":
			o.Help, o.HelpExtra = ToStderr, false
		case a == "--help":
			o.Help, o.HelpExtra = ToStdout, false
		case a == "-X":
			o.Help, o.HelpExtra = ToStderr, true
		case a == "--help-extra":
			o.Help, o.HelpExtra = ToStdout, true
		case a == "-verbose:class":
			o.Xlog = append(o.Xlog, "-Xlog:class+load=info,class+unload=info")
		case a == "-verbose:gc":
			o.Xlog = append(o.Xlog, "-Xlog:gc")
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
				return nil, &OptionError{Msg: "Invalid thread stack size: " + a}
			}
			o.VM.StackSize = uintptr(max(n, 136<<10))
		case strings.HasPrefix(a, "-Xmx"):
			n, ok := ParseSize(a[4:])
			if !ok {
				return nil, &OptionError{Msg: "Invalid maximum heap size: " + a}
			}
			o.VM.MaxHeap = uintptr(n)
		case strings.HasPrefix(a, "-Xms"):
			n, ok := ParseSize(a[4:])
			if !ok {
				return nil, &OptionError{Msg: "Invalid initial heap size: " + a}
			}
			o.XX["InitialHeapSize"] = strconv.FormatUint(n, 10)
		case strings.HasPrefix(a, "-Xmn"):
			n, ok := ParseSize(a[4:])
			if !ok {
				return nil, &OptionError{Msg: "Invalid maximum new generation size: " + a}
			}
			o.XX["NewSize"], o.XX["MaxNewSize"] = strconv.FormatUint(n, 10), strconv.FormatUint(n, 10)
		case a == "-Xshare:off":
			o.NoSharing = true
		case a == "-Xshare:auto" || a == "-Xshare:on":
			o.NoSharing = false
		case a == "-Xint" || a == "-Xmixed" || a == "-Xcomp" || strings.HasPrefix(a, "-Xshare") ||
			a == "-Xbatch" || a == "-Xrs" || a == "-Xnoclassgc" ||
			a == "-server" || a == "-client" || strings.HasPrefix(a, "-Xdiag"):
		case a == "-Xverify" || a == "-Xverify:all":
			o.Verify = "all"
		case a == "-Xverify:remote":
			o.Verify = "remote"
		case a == "-Xverify:none" || a == "-noverify":
			o.Verify = "none"
		case strings.HasPrefix(a, "-Xverify"):
			return nil, &OptionError{Msg: "Unrecognized verification option: " + a}
		case strings.HasPrefix(a, "-XX:"):
			if err := o.parseXX(a); err != nil {
				return nil, err
			}
		case a == "--add-opens" || a == "--add-exports" || a == "--add-modules" || a == "--add-reads" ||
			a == "--module-path" || a == "-p" || a == "--enable-native-access":
			if i+1 >= len(args) {
				return nil, &OptionError{Msg: "Error: " + a + " requires modules to be specified", Launcher: true}
			}
			i++
			o.VMArgs = append(o.VMArgs[:len(o.VMArgs)-1], a+"="+args[i])
			o.addModuleProperty(a, args[i])
		case strings.HasPrefix(a, "--add-opens=") || strings.HasPrefix(a, "--add-exports=") ||
			strings.HasPrefix(a, "--add-modules=") || strings.HasPrefix(a, "--add-reads=") ||
			strings.HasPrefix(a, "--enable-native-access="):
			k, v, _ := strings.Cut(a, "=")
			o.addModuleProperty(k, v)
		case strings.HasPrefix(a, "--illegal-access="):
		default:
			return nil, &OptionError{Msg: "Unrecognized option: " + a}
		}
	}
	return o, nil
}

// moduleProperties are the properties through which HotSpot hands the
// module options to ModuleBootstrap (Arguments::create_numbered_module_property):
// each --add-opens becomes jdk.module.addopens.<n>, numbered from 0 in
// command-line order, and so on.
var moduleProperties = map[string]string{
	"--add-opens":            "jdk.module.addopens",
	"--add-exports":          "jdk.module.addexports",
	"--add-reads":            "jdk.module.addreads",
	"--add-modules":          "jdk.module.addmods",
	"--enable-native-access": "jdk.module.enable.native.access",
}

// addModuleProperty records module option opt with value v as HotSpot's
// numbered jdk.module.* property, which the JDK's ModuleBootstrap reads to
// open, export and read packages and modules as the options ask.
// (--module-path is accepted without effect.)
func (o *Options) addModuleProperty(opt, v string) {
	prefix, ok := moduleProperties[opt]
	if !ok {
		return
	}
	n := 0
	for _, p := range o.moduleProps {
		if strings.HasPrefix(p[0], prefix+".") {
			n++
		}
	}
	o.moduleProps = append(o.moduleProps, [2]string{prefix + "." + strconv.Itoa(n), v})
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
			o.VM.MaxHeap = uintptr(n)
		case "ThreadStackSize":
			o.VM.StackSize = uintptr(n << 10)
		}
	case "int":
		if _, err := strconv.ParseInt(value, 10, 64); err != nil {
			return &OptionError{Msg: "Improperly specified VM option '" + spec + "'"}
		}
	}
	if prev, ok := o.XX[name]; ok && name == "OnOutOfMemoryError" {
		value = prev + "\n" + value // a list: each occurrence adds a line
	}
	o.XX[name] = value
	return nil
}

// defaultMaxHeap is HotSpot's default maximum heap: a quarter of memory.
func defaultMaxHeap() uintptr { return uintptr(min(physicalMemory()/4, 31<<30)) }

// physicalMemory is the machine's memory in bytes (4 GB if unknown).
func physicalMemory() uint64 {
	var total uint64
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "MemTotal:") {
				fmt.Sscanf(strings.TrimPrefix(line, "MemTotal:"), "%d", &total)
				total *= 1024
			}
		}
	}
	if total == 0 {
		total = 4 << 30
	}
	return total
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
	g := gc.Options{
		MaxHeap:                 o.VM.MaxHeap,
		NewSize:                 uintptr(num("MaxNewSize", num("NewSize", 0))),
		NewRatio:                int(num("NewRatio", 2)),
		SurvivorRatio:           int(num("SurvivorRatio", 8)),
		MaxTenuringThreshold:    int(num("MaxTenuringThreshold", 15)),
		TargetSurvivorRatio:     int(num("TargetSurvivorRatio", 50)),
		PretenureSizeThreshold:  uintptr(num("PretenureSizeThreshold", 0)),
		DisableExplicitGC:       flag("DisableExplicitGC"),
		SoftRefLRUPolicyMSPerMB: num("SoftRefLRUPolicyMSPerMB", 1000),
		CondCardMark:            flag("UseCondCardMark"),
	}
	// The initial heap (gojvm commits the whole heap at once, but reports
	// HotSpot's figure): -Xms, else a 64th of memory, within the maximum.
	initial := uintptr(num("InitialHeapSize", 0))
	if initial == 0 {
		initial = min(o.VM.MaxHeap, alignUp(uintptr(physicalMemory()/64), HeapAlignment))
	}
	minHeap := uintptr(8 << 20)
	if o.XX["InitialHeapSize"] != "" {
		minHeap = initial
	}
	g.Host = gc.HostInfo{
		Version:     o.VM.VMVersion + " (release)",
		CPUs:        runtime.NumCPU(),
		MemoryMB:    physicalMemory() >> 20,
		MinHeap:     min(minHeap, initial),
		InitialHeap: initial,
	}
	g.Log = o.VM.Log
	if v := os.Getenv("GOJVM_GC_STRESS"); v != "" {
		g.StressInterval, _ = strconv.Atoi(v)
	}
	g.Verify = os.Getenv("GOJVM_GC_VERIFY") != ""
	return g
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
		{"java.library.path", "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib"},
		{"java.class.path", o.ClassPath},
		{"sun.java.launcher", "SUN_STANDARD"},
		{"sun.java.command", strings.TrimSpace(o.Main + " " + strings.Join(o.Args, " "))},
		{"java.vm.compressedOopsMode", gc.CompressedOopsMode(o.VM.MaxHeap)},
		{"sun.management.compiler", "HotSpot 64-Bit Tiered Compilers"},
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
