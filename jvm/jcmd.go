package jvm

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/services/hprof"
	"github.com/gojvm/gojvm/stdlib"
)

// Diagnostic commands (jcmd; HotSpot's DCmd framework, services/
// diagnosticCommand.cpp): each command has a name, a description, an
// impact and permission for help, and options and arguments parsed from
// the command line jcmd sends as HotSpot's DCmdParser does.

type dcmdArg struct {
	name, desc, kind, def string
	optional              bool
}

type dcmd struct {
	name, desc, impact, permission string
	attachOnly                     bool // for jcmd only: not offered by the DiagnosticCommand MBean
	options, args                  []dcmdArg
	run                            func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int
}

// dcmdCall is one parsed invocation.
type dcmdCall struct {
	opts map[string]string
	args []string
	// mbean is set for the DiagnosticCommand MBean, which sees only the
	// commands exported to it (help lists no others).
	mbean bool
}

// visible reports whether the caller may see command d.
func (c *dcmdCall) visible(d *dcmd) bool { return d != nil && !(c.mbean && d.attachOnly) }

func (c *dcmdCall) flag(name string) bool {
	v, ok := c.opts[name]
	return ok && (v == "" || v == "true")
}

const dcmdOptionsHeader = "Options: (options must be specified using the <key> or <key>=<value> syntax)"

var dcmds []*dcmd

func init() {
	dcmds = []*dcmd{
		{name: "GC.class_histogram", desc: "Provide statistics about the Java heap usage.",
			impact: "High: Depends on Java heap size and content.", permission: "java.lang.management.ManagementPermission(monitor)",
			options: []dcmdArg{
				{"-all", "Inspect all objects, including unreachable objects", "BOOLEAN", "false", true},
				{"-parallel", "Number of parallel threads to use for heap inspection. 0 (the default) means let the VM determine the number of threads to use. 1 means use one thread (disable parallelism). For any other value the VM will try to use the specified number of threads, but might use fewer.", "INT", "0", true},
			},
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				return j.classHistogram(t, out, !c.flag("-all"), "")
			}},
		{name: "GC.finalizer_info", desc: "Provide information about Java finalization queue.",
			impact: "Medium", permission: "java.lang.management.ManagementPermission(monitor)",
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				fmt.Fprintln(out, "No instances waiting for finalization found")
				return 0
			}},
		{name: "GC.heap_dump", desc: "Generate a HPROF format dump of the Java heap.", attachOnly: true,
			impact:     "High: Depends on Java heap size and content. Request a full GC unless the '-all' option is specified.",
			permission: "java.lang.management.ManagementPermission(monitor)",
			options: []dcmdArg{
				{"-all", "Dump all objects, including unreachable objects", "BOOLEAN", "false", true},
				{"-gz", "If specified, the heap dump is written in gzipped format using the given compression level. 1 (recommended) is the fastest, 9 the strongest compression.", "INT", "1", true},
				{"-overwrite", "If specified, the dump file will be overwritten if it exists", "BOOLEAN", "false", true},
			},
			args: []dcmdArg{{"filename", "Name of the dump file", "STRING", "no default value", false}},
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				level := 0
				if v, ok := c.opts["-gz"]; ok {
					level, _ = strconv.Atoi(v)
					if level < 1 || level > 9 {
						fmt.Fprintf(out, "Compression level out of range (1-9): %d\n", level)
						return 0
					}
				}
				opts := hprof.Options{Live: !c.flag("-all"), Compression: level, Overwrite: c.flag("-overwrite")}
				hprof.New(j.VM).DumpReporting(t, c.args[0], opts, out)
				return 0
			}},
		{name: "GC.heap_info", desc: "Provide generic Java heap information.",
			impact: "Medium", permission: "java.lang.management.ManagementPermission(monitor)",
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				j.VM.StopTheWorld(t, func() { j.GC.HeapSummary(func(line string) { fmt.Fprintln(out, line) }) })
				return 0
			}},
		{name: "GC.run", desc: "Call java.lang.System.gc().", impact: "Medium: Depends on Java heap size and content.",
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				j.GC.Collect(t, "Diagnostic Command")
				return 0
			}},
		{name: "Thread.print", desc: "Print all threads with stacktraces.",
			impact: "Medium: Depends on the number of threads.", permission: "java.lang.management.ManagementPermission(monitor)",
			options: []dcmdArg{
				{"-l", "print java.util.concurrent locks", "BOOLEAN", "false", true},
				{"-e", "print extended thread information", "BOOLEAN", "false", true},
			},
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				j.VM.PrintThreadDumpTo(out, t, rtda.ThreadDumpOptions{Locks: c.flag("-l")})
				return 0
			}},
		{name: "VM.command_line", desc: "Print the command line used to start this VM instance.",
			impact: "Low", permission: "java.lang.management.ManagementPermission(monitor)",
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				j.printCommandLine(out)
				return 0
			}},
		{name: "VM.flags", desc: "Print VM flag options and their current values.",
			impact: "Low", permission: "java.lang.management.ManagementPermission(monitor)",
			options: []dcmdArg{{"-all", "Print all flags supported by the VM", "BOOLEAN", "false", true}},
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				j.printFlags(out, c.flag("-all"))
				return 0
			}},
		{name: "VM.system_properties", desc: "Print system properties.", impact: "Low",
			permission: "java.util.PropertyPermission(*, read)",
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				return j.attach.serialized(t, "serializePropertiesToByteArray", out)
			}},
		{name: "VM.uptime", desc: "Print VM uptime.", impact: "Low",
			options: []dcmdArg{{"-date", "Add a prefix with current date", "BOOLEAN", "false", true}},
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				if c.flag("-date") {
					fmt.Fprint(out, time.Now().Format("2006-01-02T15:04:05.000-0700")+": ")
				}
				fmt.Fprintf(out, "%.3f s\n", time.Since(j.VM.Start).Seconds())
				return 0
			}},
		{name: "VM.version", desc: "Print JVM version information.", impact: "Low",
			permission: "java.util.PropertyPermission(java.vm.version, read)",
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				fmt.Fprintf(out, "%s version %s\n", j.VM.Options.VMName, j.VM.Options.VMVersion)
				fmt.Fprintf(out, "JDK %s\n", j.VM.JDK.Release("JAVA_VERSION"))
				return 0
			}},
		{name: "help", desc: "For more information about a specific command use 'help <command>'. With no argument this will show a list of available commands. 'help all' will show help for all commands.",
			impact:  "Low",
			options: []dcmdArg{{"-all", "Show help for all commands", "BOOLEAN", "false", true}},
			args:    []dcmdArg{{"command name", "The name of the command for which we want help", "STRING", "no default value", true}},
			run:     dcmdHelp},
	}
	dcmds = append(dcmds, managementDCmds()...)
	dcmds = append(dcmds, compilerDCmds()...)
	dcmds = append(dcmds, classLoaderStatsDCmd(), metaspaceDCmd(), nativeMemoryDCmd(), vmInfoDCmd())
	dcmds = append(dcmds, tableDCmds()...)
	dcmds = append(dcmds, moreDCmds()...)
	sort.Slice(dcmds, func(a, b int) bool { return dcmds[a].name < dcmds[b].name })
}

func findDCmd(name string) *dcmd {
	for _, d := range dcmds {
		if d.name == name {
			return d
		}
	}
	return nil
}

// jcmd parses and runs one command line (several, separated by newlines,
// as jcmd -f sends them).
func (j *JVM) jcmd(t *rtda.Thread, line string, out io.Writer) int {
	for _, cmd := range strings.Split(line, "\n") {
		cmd = strings.TrimSpace(cmd)
		if cmd == "" || strings.HasPrefix(cmd, "#") {
			continue
		}
		name, rest, _ := strings.Cut(cmd, " ")
		d := findDCmd(name)
		if d == nil {
			fmt.Fprint(out, "java.lang.IllegalArgumentException: Unknown diagnostic command\n")
			return -1
		}
		call, err := d.parse(rest)
		if err != "" {
			fmt.Fprintf(out, "java.lang.IllegalArgumentException: %s\n", err)
			return -1
		}
		if code := d.run(j, t, call, out); code != 0 {
			return code
		}
		if t.Pending != 0 {
			// AttachListener's jcmd: java_lang_Throwable::print (the
			// class name and message) and a newline, status JNI_ERR.
			ex := t.Pending
			t.Pending = 0
			msg := j.VM.GetRefField(ex, "java/lang/Throwable", "detailMessage", "Ljava/lang/String;")
			fmt.Fprint(out, j.VM.ClassOf(ex).JavaName())
			if msg != 0 {
				fmt.Fprint(out, ": "+j.VM.GoString(msg))
			}
			fmt.Fprintln(out)
			return -1
		}
	}
	return 0
}

// parse splits the arguments at spaces (single or double quotes keep
// spaces in a value) into options, known by name, and positional
// arguments, as DCmdParser::parse does.
func (d *dcmd) parse(line string) (*dcmdCall, string) {
	call := &dcmdCall{opts: map[string]string{}}
	for _, tok := range dcmdTokens(line) {
		key, value, hasValue := strings.Cut(tok, "=")
		known := false
		for _, o := range d.options {
			if o.name == key {
				known = true
				// HotSpot's value parsing errors end with a newline.
				if o.kind == "BOOLEAN" && hasValue && value != "true" && value != "false" {
					return nil, "Boolean parsing error in command argument '" + key + "'. Could not parse: " + value + ".\n"
				}
				if o.kind == "INT" {
					if _, err := strconv.ParseInt(value, 10, 64); err != nil {
						return nil, "Integer parsing error in command argument '" + key + "'. Could not parse: " + value + ".\n"
					}
				}
				call.opts[key] = value
			}
		}
		if known {
			continue
		}
		// Not an option: the next positional argument, which takes the
		// text before any '=' (as DCmdParser::parse reads the key).
		if len(call.args) < len(d.args) {
			call.args = append(call.args, key)
			continue
		}
		if len(d.options) == 0 && len(d.args) == 0 {
			return nil, "The argument list of this diagnostic command should be empty."
		}
		if len(key) > 29 { // HotSpot's 30-byte buffer for the name
			key = key[:29]
		}
		return nil, "Unknown argument '" + key + "' in diagnostic command."
	}
	for i, a := range d.args {
		if !a.optional && i >= len(call.args) {
			return nil, "The argument '" + a.name + "' is mandatory."
		}
	}
	return call, ""
}

func dcmdTokens(line string) []string {
	var toks []string
	var cur strings.Builder
	var quote byte
	inTok := false
	for i := 0; i < len(line); i++ {
		ch := line[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			} else {
				cur.WriteByte(ch)
			}
		case ch == '"' || ch == '\'':
			quote, inTok = ch, true
		case ch == ' ':
			if inTok {
				toks = append(toks, cur.String())
				cur.Reset()
				inTok = false
			}
		default:
			cur.WriteByte(ch)
			inTok = true
		}
	}
	if inTok {
		toks = append(toks, cur.String())
	}
	return toks
}

func dcmdHelp(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
	if c.flag("-all") {
		for _, d := range dcmds {
			if c.visible(d) {
				d.printHelp(j, out)
				fmt.Fprintln(out)
			}
		}
		return 0
	}
	if len(c.args) > 0 {
		d := findDCmd(c.args[0])
		if !c.visible(d) {
			fmt.Fprintf(out, "Help unavailable : '%s' : No such command\n", c.args[0])
			return 0
		}
		d.printHelp(j, out)
		return 0
	}
	fmt.Fprintln(out, "The following commands are available:")
	for _, d := range dcmds {
		if c.visible(d) {
			fmt.Fprintln(out, d.name)
		}
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, "For more information about a specific command use 'help <command>'.")
	return 0
}

func (d *dcmd) printHelp(j *JVM, out io.Writer) {
	fmt.Fprintf(out, "%s\n%s\n\nImpact: %s\n\n", d.name, d.desc, d.impact)
	if d.permission != "" {
		fmt.Fprintf(out, "Permission: %s\n\n", d.permission)
	}
	if len(d.options) == 0 && len(d.args) == 0 {
		fmt.Fprintf(out, "Syntax: %s\n", d.name)
		return
	}
	// DCmd::print_help: the name, then "[options]" or nothing, space
	// separated.
	syntax := "Syntax : " + d.name + " "
	if len(d.options) > 0 {
		syntax += "[options]"
	}
	for _, a := range d.args {
		if a.optional {
			syntax += " [<" + a.name + ">]"
		} else {
			syntax += " <" + a.name + ">"
		}
	}
	fmt.Fprintln(out, syntax)
	describe := func(a dcmdArg) {
		opt := ""
		if a.optional {
			opt = "[optional]"
		}
		fmt.Fprintf(out, "\t%s : %s %s (%s, %s)\n", a.name, opt, j.hotspotWording(a.desc), a.kind, a.def)
	}
	if len(d.args) > 0 {
		fmt.Fprintln(out, "\nArguments:")
		for _, a := range d.args {
			describe(a)
		}
	}
	if len(d.options) > 0 {
		fmt.Fprintln(out, "\n"+dcmdOptionsHeader)
		for _, o := range d.options {
			describe(o)
		}
	}
}

// printCommandLine is VM.command_line (Arguments::print_on).
func (j *JVM) printCommandLine(out io.Writer) {
	fmt.Fprintln(out, "VM Arguments:")
	if len(j.opts.VMArgs) > 0 {
		fmt.Fprintf(out, "jvm_args: %s \n", strings.Join(j.opts.VMArgs, " "))
	}
	cmd := strings.TrimSpace(j.opts.Main + " " + strings.Join(j.opts.Args, " "))
	fmt.Fprintf(out, "java_command: %s\n", cmd)
	fmt.Fprintf(out, "java_class_path (initial): %s\n", j.opts.ClassPath)
	fmt.Fprintln(out, "Launcher Type: SUN_STANDARD")
}

// MBeanDCmds lists the commands the DiagnosticCommand MBean offers, as
// jmm_GetDiagnosticCommandInfo and jmm_GetDiagnosticCommandArgumentsInfo
// describe them: options first, then the positional arguments.
func (j *JVM) MBeanDCmds() []stdlib.DCmdInfo {
	var out []stdlib.DCmdInfo
	for _, d := range dcmds {
		if d.attachOnly {
			continue
		}
		info := stdlib.DCmdInfo{Name: d.name, Description: d.desc, Impact: d.impact}
		if d.permission != "" {
			// "java.util.PropertyPermission(*, read)"
			class, rest, _ := strings.Cut(strings.TrimSuffix(d.permission, ")"), "(")
			name, action, _ := strings.Cut(rest, ",")
			info.PermissionClass, info.PermissionName, info.PermissionAction = class, strings.TrimSpace(name), strings.TrimSpace(action)
		}
		arg := func(a dcmdArg, option bool, pos int32) stdlib.DCmdArgInfo {
			ai := stdlib.DCmdArgInfo{Name: a.name, Description: a.desc, Type: a.kind, Mandatory: !a.optional, Option: option, Position: pos}
			if a.def != "no default value" {
				ai.Default, ai.HasDefault = a.def, true
			}
			return ai
		}
		for _, o := range d.options {
			info.Args = append(info.Args, arg(o, true, -1))
		}
		for i, a := range d.args {
			info.Args = append(info.Args, arg(a, false, int32(i)))
		}
		out = append(out, info)
	}
	return out
}

// ExecuteDCmd runs one command for the DiagnosticCommand MBean
// (jmm_ExecuteDiagnosticCommand: DCmd::parse_and_execute from the MBean
// source, so the commands not exported to it are unknown).
func (j *JVM) ExecuteDCmd(t *rtda.Thread, line string) (string, string) {
	name, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	d := findDCmd(name)
	if d == nil || d.attachOnly {
		return "", "Unknown diagnostic command"
	}
	call, err := d.parse(rest)
	if err != "" {
		return "", err
	}
	call.mbean = true
	var out bytes.Buffer
	d.run(j, t, call, &out)
	return out.String(), ""
}
