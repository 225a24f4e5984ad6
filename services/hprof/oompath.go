package hprof

import (
	"os"
	"strconv"
	"strings"
)

// OutOfMemoryPath is the file a dump on OutOfMemoryError goes to
// (HotSpot's HeapDumper::dump_heap): java_pid<pid>.hprof, or .hprof.gz when
// compressed (-XX:HeapDumpGzipLevel), in the current directory; in the
// directory -XX:HeapDumpPath names if it is an existing directory; else
// -XX:HeapDumpPath itself.
func OutOfMemoryPath(heapDumpPath string, pid int, compressed bool) string {
	ext := ".hprof"
	if compressed {
		ext = ".hprof.gz"
	}
	name := "java_pid" + strconv.Itoa(pid) + ext
	if heapDumpPath == "" {
		return name
	}
	if fi, err := os.Stat(heapDumpPath); err != nil || !fi.IsDir() {
		return heapDumpPath
	}
	if !strings.HasSuffix(heapDumpPath, "/") {
		heapDumpPath += "/"
	}
	return heapDumpPath + name
}
