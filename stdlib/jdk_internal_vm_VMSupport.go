package stdlib

import (
	"strings"

	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("jdk/internal/vm/VMSupport", map[string]rtda.NativeFunc{
		// JVM_InitAgentProperties: the launch as the agent properties
		// describe it (the attach API's agentProperties, the management
		// agent's own entries are added to them in Java).
		"initAgentProperties(Ljava/util/Properties;)Ljava/util/Properties;": func(t *rtda.Thread, a []uint64) uint64 {
			cfg := stateOf(t).cfg
			command := ""
			for _, p := range cfg.VMProperties {
				if p[0] == "sun.java.command" {
					command = p[1]
				}
			}
			for _, kv := range [][2]string{
				{"sun.java.command", command},
				{"sun.jvm.flags", ""}, // flags from a -XX:Flags= file: gojvm reads none
				{"sun.jvm.args", strings.Join(cfg.Args, " ")},
			} {
				k := t.NewHandle(t.NewString(kv[0]))
				v := t.NewHandle(t.NewString(kv[1]))
				if t.Pending != 0 {
					return 0
				}
				invokeVirtual(t, ref(a[0]), "java/util/Properties", "put",
					"(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", uint64(*k), uint64(*v))
				if t.Pending != 0 {
					return 0
				}
			}
			return a[0]
		},
		// os::get_temp_directory.
		"getVMTemporaryDirectory()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return newString(t, "/tmp")
		},
	})
}
