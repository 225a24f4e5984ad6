package jvm

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// -XX:+PrintCommandLineFlags (JVMFlag::printSetFlags): every flag whose
// value did not come from its default, by name, as ergonomics left it
// before the heap sizes were aligned.

// commandLineFlags lists the flags set on the command line or by
// ergonomics, each as an option ("-XX:+UseSerialGC", "-XX:MaxHeapSize=...").
func (o *Options) commandLineFlags() []string {
	e := o.ergo
	values := map[string][]string{} // name -> option texts
	set := func(name, kind, v string) {
		var text string
		switch kind {
		case "bool":
			if v == "true" {
				text = "-XX:+" + name
			} else {
				text = "-XX:-" + name
			}
		case "size":
			n, _ := ParseSize(v)
			text = "-XX:" + name + "=" + strconv.FormatUint(n, 10)
		case "int":
			n, _ := strconv.ParseInt(v, 10, 64)
			text = "-XX:" + name + "=" + strconv.FormatInt(n, 10)
		case "double":
			f, _ := strconv.ParseFloat(v, 64)
			text = fmt.Sprintf("-XX:%s=%f", name, f)
		default:
			text = "-XX:" + name + "=" + v
		}
		values[name] = append(values[name], text)
	}
	for name, v := range o.XX {
		if name == "OnOutOfMemoryError" { // a list: one entry per occurrence
			for _, c := range strings.Split(v, "\n") {
				set(name, "string", c)
			}
			continue
		}
		set(name, knownXX[name], v)
	}
	for name, v := range e.set {
		kind := knownXX[name]
		if name == "MaxHeapSize" || name == "InitialHeapSize" || name == "MinHeapSize" || name == "MaxRAM" {
			kind = "size"
		}
		values[name] = nil
		set(name, kind, v)
	}
	if o.maxHeapGiven && o.XX["MaxHeapSize"] == "" {
		set("MaxHeapSize", "size", strconv.FormatUint(e.maxHeap, 10))
	}
	// What the -X options stand for, and what the VM sets for them.
	for _, a := range o.VMArgs {
		switch {
		case strings.HasPrefix(a, "-Xss"):
			values["ThreadStackSize"] = []string{"-XX:ThreadStackSize=" + strconv.FormatUint(uint64(o.VM.StackSize>>10), 10)}
		case a == "-Xrs":
			values["ReduceSignalUsage"] = []string{"-XX:+ReduceSignalUsage"}
		case a == "-Xshare:off":
			values["RequireSharedSpaces"] = []string{"-XX:-RequireSharedSpaces"}
			values["UseSharedSpaces"] = []string{"-XX:-UseSharedSpaces"}
		case a == "-Xverify:none" || a == "-noverify":
			values["BytecodeVerificationLocal"] = []string{"-XX:-BytecodeVerificationLocal"}
			values["BytecodeVerificationRemote"] = []string{"-XX:-BytecodeVerificationRemote"}
		}
	}
	// The compilers' ergonomics: a segmented code cache for the tiered
	// compilers, no interpreter profiling without C2.
	interpreted := strings.HasPrefix(o.vmInfo(), "interpreted mode")
	if strings.HasPrefix(o.vmInfo(), "compiled mode") { // -Xcomp compiles at the first call
		values["Tier3InvokeNotifyFreqLog"] = []string{"-XX:Tier3InvokeNotifyFreqLog=0"}
		values["Tier4InvocationThreshold"] = []string{"-XX:Tier4InvocationThreshold=0"}
	}
	tiered := !interpreted && o.XX["TieredCompilation"] != "false" && o.XX["TieredStopAtLevel"] == ""
	if interpreted {
		values["TieredCompilation"] = []string{"-XX:-TieredCompilation"}
	}
	if interpreted || o.XX["TieredStopAtLevel"] == "1" {
		values["ProfileInterpreter"] = []string{"-XX:-ProfileInterpreter"}
	}
	if tiered {
		if _, ok := values["ReservedCodeCacheSize"]; !ok {
			values["ReservedCodeCacheSize"] = []string{"-XX:ReservedCodeCacheSize=251658240"}
		}
		values["SegmentedCodeCache"] = []string{"-XX:+SegmentedCodeCache"}
	}
	if !e.machine.THPAlways { // os::init_2 turns the mitigation off unless THP is "always"
		values["THPStackMitigation"] = []string{"-XX:-THPStackMitigation"}
	}
	names := make([]string, 0, len(values))
	for n := range values {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []string
	for _, n := range names {
		out = append(out, values[n]...)
	}
	return out
}

// printCommandLineFlags prints the flags as -XX:+PrintCommandLineFlags
// does: on one line, each followed by a space.
func printCommandLineFlags(w io.Writer, flags []string) {
	var b strings.Builder
	for _, f := range flags {
		b.WriteString(f)
		b.WriteByte(' ')
	}
	b.WriteByte('\n')
	io.WriteString(w, b.String())
}
