package jvm

import (
	"fmt"
	"io"
	"strings"

	"github.com/gojvm/gojvm/rtda"
)

// The diagnostic commands of the compilers and of JVMTI that have an
// answer in an interpreter without JVMTI agents, given as HotSpot gives
// it with -Xint: nothing is compiled or queued, no agent waits for a data
// dump. The commands about the code cache and compiler directives
// (Compiler.codecache, Compiler.CodeHeap_Analytics, Compiler.perfmap,
// Compiler.directives_*) and the flight recorder (JFR.*) describe
// machinery gojvm does not have; it does not offer them, as HotSpot built
// without JFR does not offer JFR.*: jcmd reports them unknown.
func compilerDCmds() []*dcmd {
	monitor := "java.lang.management.ManagementPermission(monitor)"
	return []*dcmd{
		{name: "Compiler.codelist", desc: "Print all compiled methods in code cache that are alive",
			impact: "Medium", permission: monitor,
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int { return 0 }},
		{name: "Compiler.queue", desc: "Print methods queued for compilation.", impact: "Low", permission: monitor,
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				// CompileBroker::print_compile_queues: no compiler
				// thread is compiling and, with -Xint, there are no
				// compile queues.
				fmt.Fprint(out, "Current compiles: \n\n")
				return 0
			}},
		{name: "JVMTI.agent_load", desc: "Load JVMTI native agent.", impact: "Low",
			permission: "java.lang.management.ManagementPermission(control)",
			args: []dcmdArg{
				{"library path", "Absolute path of the JVMTI agent to load.", "STRING", "no default value", false},
				{"agent option", "Option string to pass the agent.", "STRING", "no default value", true},
			},
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				// JVMTIAgentLoadDCmd: a jar is a Java agent, given to
				// libinstrument; anything else is a library path. The
				// load's result is not the command's.
				lib := c.args[0]
				if i := strings.LastIndexByte(lib, '.'); i >= 0 && strings.HasPrefix(lib[i:], ".jar") {
					opts := lib
					if len(c.args) > 1 {
						opts += "=" + c.args[1]
					}
					j.loadAgentLibrary(t, "instrument", false, opts, out)
					return 0
				}
				opt := ""
				if len(c.args) > 1 {
					opt = c.args[1]
				}
				j.loadAgentLibrary(t, lib, true, opt, out)
				return 0
			}},
		{name: "JVMTI.data_dump", desc: "Signal the JVM to do a data-dump request for JVMTI.", impact: "High", permission: monitor,
			// JvmtiExport::post_data_dump: gojvm has no JVMTI
			// environment to post it to.
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int { return 0 }},
	}
}
