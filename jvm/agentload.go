package jvm

import (
	"archive/zip"
	"debug/elf"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/gojvm/gojvm/jni"
	"github.com/gojvm/gojvm/rtda"
)

// Agent loading through attach (the "load" operation, which the attach
// API's loadAgentLibrary, loadAgentPath and loadAgent send, and the
// JVMTI.agent_load command): HotSpot's JvmtiExport::load_agent_library.
// The library is looked for and opened as HotSpot does, so that a missing
// or broken library, or one without Agent_OnAttach, gets HotSpot's answer.
// gojvm has no JVMTI, so an agent's Agent_OnAttach is never called: such
// a request is refused.

// Result codes of the load operation (jni.h, and libinstrument's
// ATTACH_ERROR_BADJAR that the attach API turns into its message).
const (
	jniOK             = 0
	jniErr            = -1
	attachErrorBadJar = 100
)

// loadAgentLibrary runs one load request: agent is a library name (looked
// for in the JDK's lib directory, then by the dynamic linker) or, if
// absolute, a path; options is what the agent would be given.
func (j *JVM) loadAgentLibrary(t *rtda.Thread, agent string, absolute bool, options string, out io.Writer) int {
	jdkLib := filepath.Join(j.VM.JDK.Home, "lib")
	var onAttach, loaded bool
	var loadErr, path string
	if absolute {
		path = agent
		onAttach, loadErr = j.probeAgent(t, jdkLib, path)
		loaded = loadErr == ""
	} else {
		// os::dll_locate_lib in the JDK's lib directory, then
		// os::dll_build_name for the dynamic linker's own search.
		name := "lib" + agent + ".so"
		if st, err := os.Stat(filepath.Join(jdkLib, name)); err == nil && !st.IsDir() {
			path = filepath.Join(jdkLib, name)
			onAttach, loadErr = j.probeAgent(t, jdkLib, path)
			loaded = loadErr == ""
		}
		if !loaded {
			path = name
			onAttach, loadErr = j.probeAgent(t, jdkLib, path)
			loaded = loadErr == ""
		}
	}
	if !loaded {
		fmt.Fprintf(out, "%s was not loaded.\n", agent)
		if loadErr != "" {
			fmt.Fprintln(out, loadErr)
		}
		return jniErr
	}
	if !onAttach {
		fmt.Fprintf(out, "Agent_OnAttach is not available in %s\n", agent)
		return jniErr
	}
	if path == filepath.Join(jdkLib, "libinstrument.so") && !hasAgentClass(options) {
		// libinstrument (java.lang.instrument's agent, which loadAgent
		// asks for) first reads the agent's jar: a missing jar or one
		// without Agent-Class is its ATTACH_ERROR_BADJAR, reported as
		// the agent's return code.
		fmt.Fprintf(out, "return code: %d\n", attachErrorBadJar)
		return jniOK
	}
	fmt.Fprintf(out, "%s was not loaded.\n", agent)
	fmt.Fprintln(out, "gojvm has no JVMTI: Agent_OnAttach was not called")
	return jniErr
}

// probeAgent opens a library: the JDK's own, which gojvm implements in
// Go and never hands to the dynamic linker, are read as ELF files for
// their Agent_OnAttach.
func (j *JVM) probeAgent(t *rtda.Thread, jdkLib, path string) (onAttach bool, loadErr string) {
	if !strings.HasPrefix(path, jdkLib+"/") {
		return jni.ProbeAgent(t, path)
	}
	f, err := elf.Open(path)
	if err != nil {
		return jni.ProbeAgent(t, path) // the dynamic linker's message
	}
	defer f.Close()
	syms, _ := f.DynamicSymbols()
	for _, s := range syms {
		if s.Name == "Agent_OnAttach" && s.Section != elf.SHN_UNDEF {
			return true, ""
		}
	}
	return false, ""
}

// hasAgentClass reports whether libinstrument's options ("jarpath" or
// "jarpath=options") name a jar whose manifest has an Agent-Class.
func hasAgentClass(options string) bool {
	jar, _, _ := strings.Cut(options, "=")
	z, err := zip.OpenReader(jar)
	if err != nil {
		return false
	}
	defer z.Close()
	f, err := z.Open("META-INF/MANIFEST.MF")
	if err != nil {
		return false
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return false
	}
	for _, line := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && k == "Agent-Class" && strings.TrimSpace(v) != "" {
			return true
		}
	}
	return false
}
