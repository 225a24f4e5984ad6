package jvm

import (
	"fmt"
	"io"
	"strings"
	"unsafe"

	"github.com/gojvm/gojvm/rtda"
)

// VM.classloader_stats (HotSpot's ClassLoaderStatsDCmd,
// classLoaderStats.cpp): a line per class loader with its class's and its
// parent's class, its loader data, its classes and their metadata, the
// weak hidden classes below it; then the totals. gojvm's loader data is
// its rtda.Loader; the sizes are gojvm's metaspace figures.
func classLoaderStatsDCmd() *dcmd {
	return &dcmd{name: "VM.classloader_stats", desc: "Print statistics about all ClassLoaders.",
		impact: "Low", permission: "java.lang.management.ManagementPermission(monitor)",
		run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
			j.VM.StopTheWorld(t, func() { j.printClassLoaderStats(out) })
			return 0
		}}
}

func (j *JVM) printClassLoaderStats(out io.Writer) {
	vm := j.VM
	fmt.Fprintln(out, "ClassLoader         Parent              CLD*               Classes   ChunkSz   BlockSz  Type")
	var loaders, classes int
	var chunks, blocks uintptr
	for _, s := range vm.MetaspaceByLoader() {
		l := s.Loader
		var loaderClass, parentClass *rtda.Class
		if !l.IsBoot() {
			loaderClass = vm.ClassOf(l.Object)
			if p := vm.GetRefField(l.Object, "java/lang/ClassLoader", "parent", "Ljava/lang/ClassLoader;"); p != 0 {
				parentClass = vm.ClassOf(p)
			}
		}
		name := "<boot class loader>"
		if loaderClass != nil {
			name = loaderClass.JavaName()
		}
		fmt.Fprintf(out, "0x%016x  0x%016x  0x%016x  %6d  %8d  %8d  %s\n",
			uintptr(unsafe.Pointer(loaderClass)), uintptr(unsafe.Pointer(parentClass)), uintptr(unsafe.Pointer(l)),
			s.Classes, s.ChunkBytes, s.BlockBytes, name)
		if s.HiddenClasses > 0 {
			fmt.Fprintf(out, "%s%6d  %8d  %8d   + hidden classes\n", strings.Repeat(" ", 60),
				s.HiddenClasses, s.HiddenChunkBytes, s.HiddenBlockBytes)
		}
		loaders++
		classes += s.Classes + s.HiddenClasses
		chunks += s.ChunkBytes + s.HiddenChunkBytes
		blocks += s.BlockBytes + s.HiddenBlockBytes
	}
	fmt.Fprintf(out, "Total = %-6d%s%6d  %8d  %8d  \n", loaders, strings.Repeat(" ", 46), classes, chunks, blocks)
	fmt.Fprintln(out, "ChunkSz: Total size of all allocated metaspace chunks")
	fmt.Fprintln(out, "BlockSz: Total size of all allocated metaspace blocks (each chunk has several blocks)")
}
