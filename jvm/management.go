package jvm

import (
	"fmt"
	"io"
	"strings"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The JDK's management agent (module jdk.management.agent): HotSpot starts
// it, it does the rest in Java. At startup Management::initialize calls
// jdk.internal.agent.Agent.startAgent when a com.sun.management property
// set -XX:+ManagementServer; the ManagementAgent.* diagnostic commands
// (services/diagnosticCommand.cpp's JMX*DCmd) call the Agent's other
// entry points.

const agentClass = "jdk/internal/agent/Agent"

// startManagementAgent is Management::initialize's part for
// -XX:+ManagementServer. An exception (the agent has printed why) ends the
// VM with status 1, as HotSpot's vm_exit(1) does.
func (j *JVM) startManagementAgent(t *rtda.Thread) error {
	if j.opts.XX["ManagementServer"] != "true" {
		return nil
	}
	c := j.loadAgentClass(t)
	if c == nil {
		// vm_exit_during_initialization: on tty, which is stdout.
		t.Pending = 0
		fmt.Fprintln(j.VM.Options.Stdout, "Error occurred during initialization of VM")
		fmt.Fprintln(j.VM.Options.Stdout, "Management agent initialization failure: class jdk.internal.agent.Agent not found.")
		return &ExitError{Status: 1}
	}
	j.Interp.Invoke(t, c.DeclaredMethod("startAgent", "()V"))
	if t.Pending != 0 {
		t.Pending = 0
		j.VM.BeforeExit()
		return &ExitError{Status: 1}
	}
	return nil
}

// loadAgentClass loads and initializes jdk.internal.agent.Agent through
// the system class loader, as HotSpot resolves it; nil with an exception
// pending if it cannot.
func (j *JVM) loadAgentClass(t *rtda.Thread) *rtda.Class {
	loader := heap.Ref(j.invokeStatic(t, "java/lang/ClassLoader", "getSystemClassLoader", "()Ljava/lang/ClassLoader;"))
	if t.Pending != 0 || loader == 0 {
		return nil
	}
	c := t.LoadClass(j.VM.LoaderFor(loader), agentClass)
	if c == nil || !t.InitClass(c) {
		return nil
	}
	return c
}

// callAgent is how the ManagementAgent commands reach the agent: the
// module is loaded (loadAgentModule: jdk.internal.module.Modules.loadModule,
// for a VM whose boot layer lacks it), then the Agent's static method runs.
// An exception is left pending for the jcmd operation to report.
func (j *JVM) callAgent(t *rtda.Thread, name, desc string, args ...any) uint64 {
	mod := t.NewHandle(t.NewString("jdk.management.agent"))
	if j.invokeStatic(t, "jdk/internal/module/Modules", "loadModule", "(Ljava/lang/String;)Ljava/lang/Module;", mod); t.Pending != 0 {
		return 0
	}
	c := j.loadAgentClass(t)
	if c == nil {
		return 0
	}
	return j.Interp.Invoke(t, c.DeclaredMethod(name, desc), rtda.Slots(args...)...)
}

// jmxRemoteOptions are ManagementAgent.start's options: each sets the
// com.sun.management property of its name (HotSpot's JMXStartRemoteDCmd,
// with its descriptions, typo included).
var jmxRemoteOptions = []dcmdArg{
	{"config.file", "set com.sun.management.config.file", "STRING", "no default value", true},
	{"jmxremote.host", "set com.sun.management.jmxremote.host", "STRING", "no default value", true},
	{"jmxremote.port", "set com.sun.management.jmxremote.port", "STRING", "no default value", true},
	{"jmxremote.rmi.port", "set com.sun.management.jmxremote.rmi.port", "STRING", "no default value", true},
	{"jmxremote.ssl", "set com.sun.management.jmxremote.ssl", "STRING", "no default value", true},
	{"jmxremote.registry.ssl", "set com.sun.management.jmxremote.registry.ssl", "STRING", "no default value", true},
	{"jmxremote.authenticate", "set com.sun.management.jmxremote.authenticate", "STRING", "no default value", true},
	{"jmxremote.password.file", "set com.sun.management.jmxremote.password.file", "STRING", "no default value", true},
	{"jmxremote.access.file", "set com.sun.management.jmxremote.access.file", "STRING", "no default value", true},
	{"jmxremote.login.config", "set com.sun.management.jmxremote.login.config", "STRING", "no default value", true},
	{"jmxremote.ssl.enabled.cipher.suites", "set com.sun.management.jmxremote.ssl.enabled.cipher.suite", "STRING", "no default value", true},
	{"jmxremote.ssl.enabled.protocols", "set com.sun.management.jmxremote.ssl.enabled.protocols", "STRING", "no default value", true},
	{"jmxremote.ssl.need.client.auth", "set com.sun.management.jmxremote.need.client.auth", "STRING", "no default value", true},
	{"jmxremote.ssl.config.file", "set com.sun.management.jmxremote.ssl.config.file", "STRING", "no default value", true},
	{"jmxremote.autodiscovery", "set com.sun.management.jmxremote.autodiscovery", "STRING", "no default value", true},
	{"jdp.port", "set com.sun.management.jdp.port", "INT", "no default value", true},
	{"jdp.address", "set com.sun.management.jdp.address", "STRING", "no default value", true},
	{"jdp.source_addr", "set com.sun.management.jdp.source_addr", "STRING", "no default value", true},
	{"jdp.ttl", "set com.sun.management.jdp.ttl", "INT", "no default value", true},
	{"jdp.pause", "set com.sun.management.jdp.pause", "INT", "no default value", true},
	{"jdp.name", "set com.sun.management.jdp.name", "STRING", "no default value", true},
}

// managementDCmds are the ManagementAgent.* diagnostic commands, which
// HotSpot offers to jcmd only, not to the DiagnosticCommand MBean.
func managementDCmds() []*dcmd {
	return []*dcmd{
		{name: "ManagementAgent.start", desc: "Start remote management agent.", impact: "Low: No impact", attachOnly: true,
			options: jmxRemoteOptions,
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				// Only the options given, in the command's order, as
				// com.sun.management.<option>=<value> joined by commas;
				// the Agent keeps its defaults for the others.
				var opts []string
				for _, o := range jmxRemoteOptions {
					if v, ok := c.opts[o.name]; ok {
						opts = append(opts, "com.sun.management."+o.name+"="+v)
					}
				}
				arg := t.NewHandle(t.NewString(strings.Join(opts, ",")))
				j.callAgent(t, "startRemoteManagementAgent", "(Ljava/lang/String;)V", arg)
				return 0
			}},
		{name: "ManagementAgent.start_local", desc: "Start local management agent.", impact: "Low: No impact", attachOnly: true,
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				j.callAgent(t, "startLocalManagementAgent", "()V")
				return 0
			}},
		{name: "ManagementAgent.status", desc: "Print the management agent status.", impact: "Low: No impact", attachOnly: true,
			permission: "java.lang.management.ManagementPermission(monitor)",
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				s := heap.Ref(j.callAgent(t, "getManagementAgentStatus", "()Ljava/lang/String;"))
				if t.Pending == 0 && s != 0 {
					fmt.Fprintln(out, j.VM.GoString(s))
				}
				return 0
			}},
		{name: "ManagementAgent.stop", desc: "Stop remote management agent.", impact: "Low: No impact", attachOnly: true,
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				j.callAgent(t, "stopRemoteManagementAgent", "()V")
				return 0
			}},
	}
}
