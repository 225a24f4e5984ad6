package jvm

import (
	"io"
	"strconv"

	"github.com/gojvm/gojvm/rtda"
)

// VM.stringtable and VM.symboltable (HotSpot's StringtableDCmd and
// SymboltableDCmd): the tables' statistics, as -XX:+PrintStringTableStatistics
// prints them, or with -verbose their contents.
func tableDCmds() []*dcmd {
	monitor := "java.lang.management.ManagementPermission(monitor)"
	return []*dcmd{
		{name: "VM.stringtable", desc: "Dump string table.", impact: "Medium: Depends on Java content.", permission: monitor,
			options: []dcmdArg{{"-verbose", "Dump the content of each string in the table", "BOOLEAN", "false", true}},
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				size := 65536
				if v, ok := j.Flag("StringTableSize"); ok {
					if n, err := strconv.Atoi(v); err == nil {
						size = n
					}
				}
				j.VM.StopTheWorld(t, func() { j.VM.PrintStringTable(out, size, c.flag("-verbose")) })
				return 0
			}},
		{name: "VM.symboltable", desc: "Dump symbol table.", impact: "Medium: Depends on Java content.", permission: monitor,
			options: []dcmdArg{{"-verbose", "Dump the content of each symbol in the table", "BOOLEAN", "false", true}},
			run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
				j.VM.StopTheWorld(t, func() { j.VM.PrintSymbolTable(out, c.flag("-verbose")) })
				return 0
			}},
	}
}
