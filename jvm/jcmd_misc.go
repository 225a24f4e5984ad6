package jvm

import (
	"fmt"
	"io"
	"strings"

	"github.com/gojvm/gojvm/rtda"
)

// moreDCmds are small commands of HotSpot's diagnosticCommand.cpp:
// VM.dynlibs (the process's mappings, os::print_dll_info on Linux),
// GC.run_finalization (System.runFinalization) and VM.set_flag
// (SetVMFlagDCmd: a manageable flag, as jinfo -flag sets one, with its
// own messages).
func moreDCmds() []*dcmd {
	return []*dcmd{
		{name: "VM.dynlibs", desc: "Print loaded dynamic libraries.",
			impact: "Low", permission: "java.lang.management.ManagementPermission(monitor)",
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				fmt.Fprintln(out, "Dynamic libraries:")
				printFile(out, "/proc/self/maps")
				fmt.Fprintln(out)
				return 0
			}},
		{name: "GC.run_finalization", desc: "Call java.lang.System.runFinalization().",
			impact: "Medium: Depends on Java content.",
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				j.invokeStatic(t, "java/lang/System", "runFinalization", "()V")
				return 0
			}},
		{name: "VM.set_flag", desc: "Sets VM flag option using the provided value.",
			impact: "Low", permission: "java.lang.management.ManagementPermission(control)",
			args: []dcmdArg{
				{"flag name", "The name of the flag we want to set", "STRING", "no default value", false},
				{"string value", "The value we want to set", "STRING", "no default value", true},
			},
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				name := c.args[0]
				f := findFlag(name)
				switch {
				case f == nil:
					fmt.Fprintf(out, "flag %s does not exist\n", name)
				case !f.manageable:
					fmt.Fprintln(out, "only 'writeable' flags can be set")
				case len(c.args) < 2:
					fmt.Fprintln(out, "flag value is missing")
				default:
					var msg strings.Builder
					if j.setFlag(&msg, name, c.args[1]) != 0 {
						fmt.Fprintln(out, msg.String())
					}
				}
				return 0
			}},
	}
}
