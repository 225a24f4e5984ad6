package jvm

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/gojvm/gojvm/stdlib"
)

// The VM's flags as jinfo -flag, jcmd VM.flags and VM.set_flag see them
// (HotSpot's JVMFlag table, runtime/globals.hpp): each has a type, a
// default, and an origin; the manageable ones can be changed while the VM
// runs. gojvm knows the flags it implements or accepts.

type vmFlag struct {
	name, kind string // kind is HotSpot's type name: bool, intx, uintx, size_t, double, ccstr...
	def        string
	manageable bool
	// attrs are the attributes PrintFlagsFinal shows besides manageable:
	// "pd" (a platform-dependent default), "C2", "lp64" ("" for a plain
	// product flag).
	attrs string
}

var vmFlagTable = []vmFlag{
	{"ActiveProcessorCount", "int", "-1", false, ""},
	{"AlwaysPreTouch", "bool", "false", false, ""},
	{"AutoBoxCacheMax", "intx", "128", false, "C2"},
	{"ClassUnloading", "bool", "true", false, ""},
	{"CompressedClassSpaceSize", "size_t", "1073741824", false, ""},
	{"ConcGCThreads", "uint", "0", false, ""},
	{"CrashOnOutOfMemoryError", "bool", "false", false, ""},
	{"DisableExplicitGC", "bool", "false", false, ""},
	{"ExitOnOutOfMemoryError", "bool", "false", false, ""},
	{"HeapDumpAfterFullGC", "bool", "false", true, ""},
	{"HeapDumpBeforeFullGC", "bool", "false", true, ""},
	{"HeapDumpGzipLevel", "intx", "0", true, ""},
	{"HeapDumpOnOutOfMemoryError", "bool", "false", true, ""},
	{"HeapDumpPath", "ccstr", "", true, ""},
	{"InitialHeapSize", "size_t", "", false, ""},
	{"InitialRAMPercentage", "double", "1.562500", false, ""},
	{"InitialTenuringThreshold", "uintx", "7", false, ""},
	{"MaxDirectMemorySize", "uint64_t", "0", false, ""},
	{"MaxHeapFreeRatio", "uintx", "70", true, ""},
	{"MaxHeapSize", "size_t", "", false, ""},
	{"MaxMetaspaceSize", "size_t", "18446744073709551615", false, ""},
	{"MaxNewSize", "size_t", "", false, ""},
	{"MaxRAM", "uint64_t", "137438953472", false, "pd"},
	{"MaxRAMPercentage", "double", "25.000000", false, ""},
	{"MaxTenuringThreshold", "uintx", "15", false, ""},
	{"MetaspaceSize", "size_t", "22020096", false, ""},
	{"MinHeapFreeRatio", "uintx", "40", true, ""},
	{"MinHeapSize", "size_t", "", false, ""},
	{"MinRAMPercentage", "double", "50.000000", false, ""},
	{"NewRatio", "uintx", "2", false, ""},
	{"NewSize", "size_t", "", false, ""},
	{"OldSize", "size_t", "", false, ""},
	{"ParallelGCThreads", "uint", "0", false, ""},
	{"PretenureSizeThreshold", "size_t", "0", false, ""},
	{"PrintClassHistogram", "bool", "false", true, ""},
	{"PrintConcurrentLocks", "bool", "false", true, ""},
	{"PrintGCDetails", "bool", "false", false, ""},
	{"ShowCodeDetailsInExceptionMessages", "bool", "true", true, ""},
	{"SoftRefLRUPolicyMSPerMB", "intx", "1000", false, ""},
	{"StringTableSize", "uintx", "65536", false, ""},
	{"SurvivorRatio", "uintx", "8", false, ""},
	{"TargetSurvivorRatio", "uintx", "50", false, ""},
	{"ThreadStackSize", "intx", "1024", false, "pd"},
	{"UseCompressedClassPointers", "bool", "true", false, "lp64"},
	{"UseCompressedOops", "bool", "true", false, "lp64"},
	{"UseContainerSupport", "bool", "true", false, ""},
	{"UseG1GC", "bool", "false", false, ""},
	{"UseParallelGC", "bool", "false", false, ""},
	{"UsePerfData", "bool", "true", false, ""},
	{"UseSerialGC", "bool", "false", false, ""},
	{"UseShenandoahGC", "bool", "false", false, ""},
	{"UseTLAB", "bool", "true", false, ""},
	{"UseZGC", "bool", "false", false, ""},
}

// label is the flag's kind as PrintFlagsFinal shows it: "{product}",
// "{pd product}", "{C2 product}", "{product lp64_product}", "{manageable}".
func (f *vmFlag) label() string {
	switch {
	case f.manageable:
		return "{manageable}"
	case f.attrs == "lp64":
		return "{product lp64_product}"
	case f.attrs != "":
		return "{" + f.attrs + " product}"
	}
	return "{product}"
}

func findFlag(name string) *vmFlag {
	for i := range vmFlagTable {
		if vmFlagTable[i].name == name {
			return &vmFlagTable[i]
		}
	}
	return nil
}

// flagStore holds the values of manageable flags set while the VM runs.
type flagStore struct {
	mu  sync.Mutex
	set map[string]string
}

// Flag returns a flag's current value as HotSpot prints it, and whether
// the VM has the flag.
func (j *JVM) Flag(name string) (string, bool) {
	f := findFlag(name)
	if f == nil {
		return "", false
	}
	j.flags.mu.Lock()
	v, ok := j.flags.set[name]
	j.flags.mu.Unlock()
	if ok {
		return v, true
	}
	if v, ok := j.opts.XX[name]; ok && !isHeapSizeFlag(name) {
		switch f.kind {
		case "bool", "ccstr", "ccstrlist":
			return v, true
		case "double":
			n, _ := strconv.ParseFloat(v, 64)
			return strconv.FormatFloat(n, 'f', 6, 64), true
		}
		if n, ok := ParseSize(v); ok {
			return strconv.FormatUint(n, 10), true
		}
		return v, true
	}
	if v, ok := j.opts.collectorDefault(name); ok {
		return v, true
	}
	if isHeapSizeFlag(name) {
		return strconv.FormatUint(j.opts.heapFlag(name), 10), true
	}
	if v, ok := j.opts.ergo.set[name]; ok {
		return v, true
	}
	switch name {
	case "ThreadStackSize":
		return strconv.FormatUint(uint64(j.opts.VM.StackSize>>10), 10), true
	case "ParallelGCThreads":
		// Parallel's workers are set by GCConfig at its default origin.
		if j.opts.ergo.running == ParallelGC {
			return strconv.Itoa(j.opts.parallelGCThreads()), true
		}
	}
	return f.def, true
}

// isHeapSizeFlag reports whether name is one of the heap's sizes, whose
// values are the heap's as the collector was set up: aligned, and the
// generations sized from them.
func isHeapSizeFlag(name string) bool {
	switch name {
	case "MaxHeapSize", "InitialHeapSize", "MinHeapSize", "NewSize", "MaxNewSize", "OldSize":
		return true
	}
	return false
}

// givenHeapFlag is a heap size as the command line gave it.
func (o *Options) givenHeapFlag(name string) uint64 {
	if name == "MaxHeapSize" && o.XX[name] == "" {
		return o.ergo.maxHeap // -Xmx
	}
	return o.xxSize(name, 0)
}

// heapFlag is a heap size as the heap was sized (GCArguments and
// GenArguments): the maximum, initial and minimum sizes aligned, and the
// generations' sizes derived from them.
func (o *Options) heapFlag(name string) uint64 {
	e := o.ergo
	maxHeap := uint64(o.VM.MaxHeap)
	initial := alignUp64(e.initialHeap, uint64(o.heapAlignment()))
	minHeap := alignUp64(e.minHeap, uint64(o.heapAlignment()))
	g := o.generationSizes(maxHeap, initial, minHeap)
	switch name {
	case "MaxHeapSize":
		return maxHeap
	case "InitialHeapSize":
		return initial
	case "MinHeapSize":
		return minHeap
	case "NewSize":
		return g.NewSize
	case "MaxNewSize":
		return g.MaxNewSize
	}
	return g.OldSize
}

// flagText is the flag as an option: -XX:+Name, -XX:-Name or -XX:Name=value.
func flagText(f *vmFlag, value string) string {
	if f.kind == "bool" {
		if value == "true" {
			return "-XX:+" + f.name
		}
		return "-XX:-" + f.name
	}
	return "-XX:" + f.name + "=" + value
}

// printFlag is the attach operation printflag (jinfo -flag name).
func (j *JVM) printFlag(out io.Writer, name string) int {
	v, ok := j.Flag(name)
	if !ok {
		fmt.Fprintf(out, "no such flag '%s'\n", name)
		return 0
	}
	fmt.Fprintln(out, flagText(findFlag(name), v))
	return 0
}

// setFlag is the attach operation setflag (jinfo -flag [+|-]name[=value]):
// only manageable flags change (WriteableFlags::set_flag).
func (j *JVM) setFlag(out io.Writer, name, value string) int {
	f := findFlag(name)
	if f == nil {
		fmt.Fprintf(out, "flag '%s' does not exist", name)
		return -1
	}
	if !f.manageable {
		fmt.Fprintf(out, "flag '%s' cannot be changed", name)
		return -1
	}
	switch f.kind {
	case "bool":
		switch value {
		case "1", "true":
			value = "true"
		case "0", "false":
			value = "false"
		default:
			fmt.Fprint(out, "flag value must be a boolean (1/0 or true/false)")
			return -1
		}
	case "intx", "uintx":
		n, err := strconv.ParseInt(value, 10, 64)
		if err != nil || (f.kind == "uintx" && n < 0) {
			if f.kind == "intx" {
				fmt.Fprint(out, "flag value must be an integer")
			} else {
				fmt.Fprint(out, "flag value must be an unsigned integer")
			}
			return -1
		}
		if (name == "MinHeapFreeRatio" || name == "MaxHeapFreeRatio") && n > 100 {
			fmt.Fprintf(out, "error: must be a value between 0 and 100")
			return -1
		}
		value = strconv.FormatInt(n, 10)
	}
	j.flags.mu.Lock()
	if j.flags.set == nil {
		j.flags.set = map[string]string{}
	}
	j.flags.set[name] = value
	j.flags.mu.Unlock()
	return 0
}

// printFlags is VM.flags: the flags set on the command line or by the VM
// (-all: every flag, as PrintFlagsFinal shows them).
func (j *JVM) printFlags(out io.Writer, all bool) {
	if all {
		for i := range vmFlagTable {
			f := &vmFlagTable[i]
			v, _ := j.Flag(f.name)
			fmt.Fprintf(out, "%9s %-40s = %-30s %20s %s\n", f.kind, f.name, v, f.label(), j.flagOrigin(f))
		}
		return
	}
	var parts []string
	for i := range vmFlagTable {
		f := &vmFlagTable[i]
		if j.flagOrigin(f) == "{default}" {
			continue
		}
		v, _ := j.Flag(f.name)
		parts = append(parts, flagText(f, v))
	}
	fmt.Fprintln(out, strings.Join(parts, " ")+" ")
}

func (j *JVM) flagOrigin(f *vmFlag) string {
	j.flags.mu.Lock()
	_, set := j.flags.set[f.name]
	j.flags.mu.Unlock()
	switch {
	case set:
		return "{management}"
	case j.opts.XX[f.name] != "" || j.flagFromShortOption(f.name):
		if isHeapSizeFlag(f.name) && j.opts.heapFlag(f.name) != j.opts.givenHeapFlag(f.name) {
			return "{command line, ergonomic}" // aligned or bounded since
		}
		return "{command line}"
	}
	if _, ok := j.opts.collectorDefault(f.name); ok {
		return "{default}"
	}
	if _, ok := j.opts.ergo.set[f.name]; ok || isHeapSizeFlag(f.name) {
		return "{ergonomic}"
	}
	return "{default}"
}

// collectorDefaultTrue reports whether the collector sets boolean flag
// name's default to true.
func (o *Options) collectorDefaultTrue(name string) bool {
	v, ok := o.collectorDefault(name)
	return ok && v == "true"
}

// collectorDefault is a flag's default as the collector's arguments set
// it (FLAG_SET_DEFAULT, the origin staying "default"), when the command
// line leaves it: Parallel's free ratios, which it takes as bounds of its
// own sizing (ParallelArguments::initialize); Epsilon's exit on
// OutOfMemoryError, and the generations' sizes no GenArguments sets.
func (o *Options) collectorDefault(name string) (string, bool) {
	if o.ergo == nil || o.XX[name] != "" {
		return "", false
	}
	switch o.ergo.running {
	case ParallelGC:
		switch name {
		case "MinHeapFreeRatio":
			return "0", true
		case "MaxHeapFreeRatio":
			return "100", true
		}
	case EpsilonGC:
		switch name {
		case "ExitOnOutOfMemoryError":
			return "true", true
		case "NewSize":
			return strconv.FormatUint(defaultNewSize, 10), true
		case "OldSize":
			return strconv.FormatUint(defaultOldSize, 10), true
		case "MaxNewSize":
			return strconv.FormatUint(math.MaxUint64, 10), true
		}
	}
	return "", false
}

// VMFlags lists the flags for the management interface
// (HotSpotDiagnosticMXBean).
func (j *JVM) VMFlags() []stdlib.VMFlag {
	out := make([]stdlib.VMFlag, 0, len(vmFlagTable))
	for i := range vmFlagTable {
		f := &vmFlagTable[i]
		v, _ := j.Flag(f.name)
		origin := strings.Trim(j.flagOrigin(f), "{}")
		out = append(out, stdlib.VMFlag{Name: f.name, Kind: f.kind, Value: v, Origin: origin, Manageable: f.manageable})
	}
	return out
}

// SetVMFlag sets a manageable flag from the management interface.
func (j *JVM) SetVMFlag(name, value string) error {
	var msg strings.Builder
	if j.setFlag(&msg, name, value) != 0 {
		return errors.New(msg.String())
	}
	return nil
}

// flagFromShortOption reports whether an -X option set the flag: -Xmx is
// MaxHeapSize, -Xms InitialHeapSize (and MinHeapSize), -Xmn NewSize and
// MaxNewSize, -Xss ThreadStackSize.
func (j *JVM) flagFromShortOption(name string) bool {
	prefixes := map[string][]string{
		"MaxHeapSize": {"-Xmx"}, "InitialHeapSize": {"-Xms"}, "MinHeapSize": {"-Xms"},
		"NewSize": {"-Xmn"}, "MaxNewSize": {"-Xmn"}, "ThreadStackSize": {"-Xss"},
	}[name]
	for _, a := range j.opts.VMArgs {
		for _, p := range prefixes {
			if strings.HasPrefix(a, p) {
				return true
			}
		}
	}
	return false
}
