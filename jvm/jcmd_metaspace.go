package jvm

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
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
		// The loader's own arena, then its weak hidden classes'.
		var own, hidden struct {
			classes        int
			chunks, blocks uintptr
		}
		for _, a := range s.Arenas {
			sum := &own
			if a.Hidden {
				sum = &hidden
			}
			sum.classes += len(a.Classes)
			sum.chunks += rtda.ArenaChunk(a.NonClass) + rtda.ArenaChunk(a.Class)
			sum.blocks += a.NonClass + a.Class
		}
		fmt.Fprintf(out, "0x%016x  0x%016x  0x%016x  %6d  %8d  %8d  %s\n",
			uintptr(unsafe.Pointer(loaderClass)), uintptr(unsafe.Pointer(parentClass)), s.Arenas[0].ID,
			own.classes, own.chunks, own.blocks, name)
		if hidden.classes > 0 {
			fmt.Fprintf(out, "%s%6d  %8d  %8d   + hidden classes\n", strings.Repeat(" ", 60),
				hidden.classes, hidden.chunks, hidden.blocks)
		}
		loaders++
		classes += own.classes + hidden.classes
		chunks += own.chunks + hidden.chunks
		blocks += own.blocks + hidden.blocks
	}
	fmt.Fprintf(out, "Total = %-6d%s%6d  %8d  %8d  \n", loaders, strings.Repeat(" ", 46), classes, chunks, blocks)
	fmt.Fprintln(out, "ChunkSz: Total size of all allocated metaspace chunks")
	fmt.Fprintln(out, "BlockSz: Total size of all allocated metaspace blocks (each chunk has several blocks)")
}

// VM.metaspace (HotSpot's MetaspaceDCmd, metaspaceReporter.cpp) reports
// gojvm's metaspace model (rtda.Metaspace) in HotSpot's sections: each
// loader an arena whose chunks are its charges rounded up (see
// rtda.LoaderMetaspace), the spaces committed in 64 KB granules and
// reserved as HotSpot reserves them, one virtual space node each. gojvm
// frees no metadata (classes are never unloaded), so its arenas never
// return chunks: the free lists are empty and nothing is deallocated.
// The classes it does not charge, those HotSpot maps from its CDS
// archive, are the shared ones. The options that look into the
// allocator show the model: by-chunktype its chunks by level, vslist its
// nodes, chunkfreelist its (empty) free lists.
func metaspaceDCmd() *dcmd {
	return &dcmd{name: "VM.metaspace", desc: "Prints the statistics for the metaspace",
		impact: "Medium: Depends on number of classes loaded.", permission: "java.lang.management.ManagementPermission(monitor)",
		options: []dcmdArg{
			{"basic", "Prints a basic summary (does not need a safepoint).", "BOOLEAN", "false", true},
			{"show-loaders", "Shows usage by class loader.", "BOOLEAN", "false", true},
			{"show-classes", "If show-loaders is set, shows loaded classes for each loader.", "BOOLEAN", "false", true},
			{"by-chunktype", "Break down numbers by chunk type.", "BOOLEAN", "false", true},
			{"by-spacetype", "Break down numbers by loader type.", "BOOLEAN", "false", true},
			{"vslist", "Shows details about the underlying virtual space.", "BOOLEAN", "false", true},
			{"chunkfreelist", "Shows details about global chunk free lists (ChunkManager).", "BOOLEAN", "false", true},
			{"scale", "Memory usage in which to scale. Valid values are: 1, KB, MB or GB (fixed scale) or \"dynamic\" for a dynamically choosen scale.", "STRING", "dynamic", true},
		},
		run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
			var scale uintptr
			if v, ok := c.opts["scale"]; ok {
				switch v {
				case "1":
					scale = 1
				case "KB", "kb":
					scale = 1 << 10
				case "MB", "mb":
					scale = 1 << 20
				case "GB", "gb":
					scale = 1 << 30
				case "dynamic":
				default:
					fmt.Fprintf(out, "Invalid scale: \"%s\". Will use dynamic scaling.\n", v)
				}
			}
			r := &metaspaceReport{j: j, out: out, scale: scale,
				byChunkType: c.flag("by-chunktype"), vslist: c.flag("vslist"), chunkFreelist: c.flag("chunkfreelist")}
			if c.flag("basic") {
				if len(c.opts) > 1 && !(len(c.opts) == 2 && c.opts["scale"] != "") {
					fmt.Fprintln(out, "In basic mode, additional arguments are ignored.")
				}
				r.basic()
				return 0
			}
			j.VM.StopTheWorld(t, func() { r.full(c.flag("show-loaders"), c.flag("show-classes"), c.flag("by-spacetype")) })
			return 0
		}}
}

type metaspaceReport struct {
	j     *JVM
	out   io.Writer
	scale uintptr // 0: dynamic
	// The options that look into the allocator: usage by chunk level,
	// the virtual space lists, the chunk free lists' details.
	byChunkType, vslist, chunkFreelist bool
}

// size is HotSpot's print_human_readable_size: width is that of a size in
// bytes; scaled sizes take three more, so that the units line up.
func (r *metaspaceReport) size(n uintptr, width int) string {
	scale := r.scale
	if scale == 0 {
		switch {
		case n == 0:
			scale = 1
		case n >= 1<<30:
			scale = 1 << 30
		case n >= 1<<20:
			scale = 1 << 20
		case n >= 1<<10:
			scale = 1 << 10
		default:
			scale = 1
		}
	}
	unit := map[uintptr]string{1 << 10: "KB", 1 << 20: "MB", 1 << 30: "GB"}[scale]
	if scale == 1 {
		return fmt.Sprintf("%*d bytes", width, n)
	}
	v := float32(n) / float32(scale)
	if n > 0 && v < 0.01 { // never a size that is not zero shown as 0.00
		return fmt.Sprintf("%*s %s", width+3, "<0.01", unit)
	}
	return fmt.Sprintf("%*.2f %s", width+3, v, unit)
}

// percent is HotSpot's print_percentage.
func percent(total, part uintptr) string {
	switch {
	case total == 0:
		return "  ?%"
	case part == 0:
		return "  0%"
	case part == total:
		return "100%"
	}
	p := float32(part) / float32(total) * 100
	switch {
	case p < 1:
		return " <1%"
	case p > 99:
		return ">99%"
	}
	return fmt.Sprintf("%3.0f%%", p)
}

// column pads line with spaces so that field ends at column end (one
// space at least) and appends it.
func column(line *strings.Builder, field string, end int) {
	pad := end - line.Len() - len(field)
	if pad < 1 {
		pad = 1
	}
	line.WriteString(strings.Repeat(" ", pad) + field)
}

// chunkTotals is what some chunks hold.
type chunkTotals struct {
	chunks                    int
	capacity, committed, used uintptr
}

func (a chunkTotals) plus(b chunkTotals) chunkTotals {
	return chunkTotals{a.chunks + b.chunks, a.capacity + b.capacity, a.committed + b.committed, a.used + b.used}
}

// chunkLevels are HotSpot's chunk levels, lv00 (16 MB, a root chunk) to
// lv14 (1 KB).
const chunkLevels = 15

// chunkLevel is the level of a chunk of size bytes (a power of two).
func chunkLevel(size uintptr) int {
	l := 24
	for n := size; n > 1; n >>= 1 {
		l--
	}
	return min(max(l, 0), chunkLevels-1)
}

// levelName is a level's chunk size as HotSpot names it: "16m", "1k".
func levelName(l int) string {
	size := uintptr(16<<20) >> l
	if size >= 1<<20 {
		return fmt.Sprintf("%dm", size>>20)
	}
	return fmt.Sprintf("%dk", size>>10)
}

// arenaStats is what some arenas hold in one space or both, in all and
// by chunk level.
type arenaStats struct {
	chunkTotals
	levels [chunkLevels]chunkTotals
}

func (a arenaStats) plus(b arenaStats) arenaStats {
	sum := arenaStats{chunkTotals: a.chunkTotals.plus(b.chunkTotals)}
	for l := range sum.levels {
		sum.levels[l] = a.levels[l].plus(b.levels[l])
	}
	return sum
}

// chunkLine prints one line of InUseChunkStats: prefix, the chunks and
// their figures in HotSpot's columns (which start after the chunk count:
// a longer prefix moves them right), then tail.
func (r *metaspaceReport) chunkLine(prefix string, a chunkTotals, tail string) {
	var b strings.Builder
	b.WriteString(prefix)
	s := "s"
	if a.chunks == 1 {
		s = ""
	}
	fmt.Fprintf(&b, "%4d chunk%s,", a.chunks, s)
	if a.chunks == 0 {
		// InUseChunkStats prints no figures for no chunks.
		fmt.Fprintln(r.out, b.String()+" "+tail)
		return
	}
	shift := len(prefix) - 13
	column(&b, r.size(a.capacity, 0), 38+shift)
	b.WriteString(" capacity,")
	column(&b, r.size(a.committed, 0)+" ("+percent(a.capacity, a.committed)+")", 66+shift)
	b.WriteString(" committed,")
	column(&b, r.size(a.used, 0)+" ("+percent(a.capacity, a.used)+")", 96+shift)
	b.WriteString(" used,")
	free := a.committed - a.used
	column(&b, r.size(free, 0)+" ("+percent(a.capacity, free)+")", 121+shift)
	b.WriteString(" free,")
	column(&b, r.size(0, 0)+" ("+percent(a.capacity, 0)+")", 146+shift)
	b.WriteString(" waste " + tail)
	fmt.Fprintln(r.out, b.String())
}

// usageLine is one line of InUseChunkStats with its label, or with
// by-chunktype its breakdown by chunk level.
func (r *metaspaceReport) usageLine(label string, a arenaStats) {
	deallocated := "deallocated: 0 blocks with " + r.size(0, 0)
	if !r.byChunkType {
		r.chunkLine(fmt.Sprintf("%12s ", label), a.chunkTotals, ", "+deallocated)
		return
	}
	fmt.Fprintf(r.out, "%12s \n", label)
	fmt.Fprintln(r.out, "    Usage by chunk level:")
	for l, c := range a.levels {
		if c.chunks == 0 {
			fmt.Fprintf(r.out, "%10s chunks:  (none)\n", levelName(l))
			continue
		}
		r.chunkLine(fmt.Sprintf("%10s chunks: ", levelName(l)), c, "")
	}
	r.chunkLine(fmt.Sprintf("%21s: ", "-total-"), a.chunkTotals, "")
	// A "deallocated" line follows only for blocks deallocated, which
	// gojvm never has.
	fmt.Fprintln(r.out)
}

// usage prints a group's three lines: non-class, class, both.
func (r *metaspaceReport) usage(nonClass, class arenaStats) {
	r.usageLine("Non-Class:", nonClass)
	r.usageLine("Class:", class)
	r.usageLine("Both:", nonClass.plus(class))
}

// arena is one loader's arena (or a weak hidden class's) in each space:
// fully committed chunks, as HotSpot's small arenas' chunks are.
func arena(nonClassUsed, classUsed uintptr) (nonClass, class arenaStats) {
	for _, s := range []struct {
		used uintptr
		out  *arenaStats
	}{{nonClassUsed, &nonClass}, {classUsed, &class}} {
		if s.used > 0 {
			c := rtda.ArenaChunk(s.used)
			t := chunkTotals{chunks: 1, capacity: c, committed: c, used: s.used}
			s.out.chunkTotals = t
			s.out.levels[chunkLevel(c)] = t
		}
	}
	return nonClass, class
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (r *metaspaceReport) virtualSpace() {
	st := r.j.VM.Metaspace.Stats()
	line := func(label string, reserved, committed uintptr, nodes string) {
		var b strings.Builder
		b.WriteString(label)
		column(&b, r.size(reserved, 0), 33)
		b.WriteString(" reserved,")
		column(&b, r.size(committed, 0)+" ("+percent(reserved, committed)+")", 64)
		b.WriteString(" committed" + nodes)
		fmt.Fprintln(r.out, b.String())
	}
	fmt.Fprintln(r.out, "Virtual space:")
	line("  Non-class space:", st.NonClassReserved, st.NonClassCommitted, ",  1 nodes.")
	line("      Class space:", st.ClassReserved, st.ClassCommitted, ",  1 nodes.")
	line("             Both:", st.Reserved(), st.Committed(), ". ")
}

func (r *metaspaceReport) settings() {
	j := r.j
	size := func(name string) uintptr {
		v, _ := j.Flag(name)
		n, _ := strconv.ParseUint(v, 10, 64)
		return uintptr(n)
	}
	max := "unlimited"
	if m := size("MaxMetaspaceSize"); m != ^uintptr(0) {
		max = r.size(m, 0)
	}
	fmt.Fprintln(r.out, "MaxMetaspaceSize: "+max)
	fmt.Fprintln(r.out, "CompressedClassSpaceSize: "+r.size(size("CompressedClassSpaceSize"), 0))
	fmt.Fprintln(r.out, "Initial GC threshold: "+r.size(size("MetaspaceSize"), 0))
	fmt.Fprintln(r.out, "Current GC threshold: "+r.size(j.VM.Metaspace.Threshold(), 0))
	cds := "off"
	if j.VM.Options.CDSArchive != "" {
		cds = "on"
	}
	fmt.Fprintln(r.out, "CDS: "+cds)
	// The balanced policy's settings, which gojvm's granules follow.
	fmt.Fprint(r.out, "MetaspaceReclaimPolicy: balanced\n"+
		" - commit_granule_bytes: 65536.\n - commit_granule_words: 8192.\n"+
		" - virtual_space_node_default_size: 8388608.\n - enlarge_chunks_in_place: 1.\n"+
		" - new_chunks_are_fully_committed: 0.\n - uncommit_free_chunks: 1.\n"+
		" - use_allocation_guard: 0.\n - handle_deallocations: 1.\n")
}

// statistics prints the internal counters: arenas born (two, one per
// space, for each loader
// with classes and each weak hidden class), the two spaces' nodes,
// granules committed, chunks handed out.
func (r *metaspaceReport) statistics(arenas, chunks int) {
	st := r.j.VM.Metaspace.Stats()
	fmt.Fprintln(r.out, "Internal statistics:")
	fmt.Fprintln(r.out)
	for _, c := range []struct {
		name string
		n    int
	}{
		{"num_allocs_failed_limit", r.j.VM.Metaspace.Failures()}, {"num_arena_births", 2 * arenas}, {"num_arena_deaths", 0},
		{"num_vsnodes_births", 2}, {"num_vsnodes_deaths", 0},
		{"num_space_committed", int(st.Committed() / (64 << 10))}, {"num_space_uncommitted", 0},
		{"num_chunks_returned_to_freelist", 0}, {"num_chunks_taken_from_freelist", chunks},
		{"num_chunk_merges", 0}, {"num_chunk_splits", 0}, {"num_chunks_enlarged", 0}, {"num_inconsistent_stats", 0},
	} {
		fmt.Fprintf(r.out, "%s: %d.\n", c.name, c.n)
	}
}

// freeLists prints the chunk free lists, empty in gojvm.
func (r *metaspaceReport) freeLists() {
	fmt.Fprintln(r.out, "Chunk freelists:")
	for _, label := range []string{"   Non-Class:", "       Class:", "        Both:"} {
		fmt.Fprintf(r.out, "%s\n\n", label)
		for _, level := range []string{"16m", "8m", "4m", "2m", "1m", "512k", "256k", "128k", "64k", "32k", "16k", "8k", "4k", "2k", "1k"} {
			fmt.Fprintf(r.out, "%4s: (none)\n", level)
		}
		fmt.Fprintf(r.out, "Total word size: %s, committed: %s (%s)\n\n", r.size(0, 0), r.size(0, 0), percent(0, 0))
	}
}

// virtualSpaceLists is vslist: each space's one node (a model: it has no
// address, so its base is printed as 0), its size and what its root
// chunks take. HotSpot's maps of the chunks in each root chunk and of
// the committed granules describe its allocator's layout, which gojvm's
// model does not have: they are left out.
func (r *metaspaceReport) virtualSpaceLists(nonClass, class arenaStats) {
	st := r.j.VM.Metaspace.Stats()
	fmt.Fprintln(r.out, "Virtual space lists:")
	for _, sp := range []struct {
		label, name         string
		reserved, committed uintptr
		chunks              arenaStats
	}{
		{"Non-Class:", "non-class-space", st.NonClassReserved, st.NonClassCommitted, nonClass},
		{"Class:", "class-space", st.ClassReserved, st.ClassCommitted, class},
	} {
		const root = 16 << 20
		used := (sp.chunks.capacity + root - 1) / root * root
		kb := func(n uintptr) string { return fmt.Sprintf("%.2f KB", float64(n)/1024) }
		fmt.Fprintf(r.out, "%13s\n", sp.label)
		fmt.Fprintf(r.out, "vsl %s:\n", sp.name)
		fmt.Fprintf(r.out, "- node #0: base 0x%016x: reserved=%s, committed=%s (%s), used=%s (%s)\n", 0,
			kb(sp.reserved), kb(sp.committed), percent(sp.reserved, sp.committed), kb(used), percent(sp.reserved, used))
		fmt.Fprintf(r.out, "- total 1 nodes, %d reserved words, %d committed words.\n\n", sp.reserved/8, sp.committed/8)
	}
	fmt.Fprintln(r.out)
}

// freeListDetails is chunkfreelist's details: the chunk manager's lists
// by level, all empty (gojvm's arenas never return chunks).
func (r *metaspaceReport) freeListDetails() {
	fmt.Fprintln(r.out, "Chunk freelist details:")
	for _, sp := range []struct{ label, name string }{{"Non-Class:", "non-class-space"}, {"Class:", "class-space"}} {
		fmt.Fprintf(r.out, "%13s\n", sp.label)
		fmt.Fprintf(r.out, "cm %s: 0 chunks, total word size: 0.\n", sp.name)
		for l := 0; l < chunkLevels; l++ {
			fmt.Fprintf(r.out, "-- List[lv%02d]: empty\n", l)
		}
		fmt.Fprintf(r.out, "total chunks: 0, total word size: 0.\n\n")
	}
	fmt.Fprintln(r.out)
}

func (r *metaspaceReport) basic() {
	st := r.j.VM.Metaspace.Stats()
	fmt.Fprintln(r.out)
	fmt.Fprintln(r.out, "Usage:")
	fmt.Fprintf(r.out, "  Non-class: %s used.\n", r.size(st.NonClassUsed, 6))
	fmt.Fprintf(r.out, "      Class: %s used.\n", r.size(st.ClassUsed, 6))
	fmt.Fprintf(r.out, "       Both: %s used.\n", r.size(st.Used(), 6))
	fmt.Fprintln(r.out)
	r.virtualSpace()
	fmt.Fprintln(r.out)
	fmt.Fprintln(r.out, "Chunk freelists:")
	for _, label := range []string{"   Non-Class:", "       Class:", "        Both:"} {
		fmt.Fprintf(r.out, "%s %s\n", label, r.size(0, 3))
	}
	fmt.Fprintln(r.out)
	r.settings()
	fmt.Fprintln(r.out)
	fmt.Fprintln(r.out)
	arenas, chunks := r.arenas()
	r.statistics(arenas, chunks)
	fmt.Fprintln(r.out)
}

// arenas counts the arenas and their chunks.
func (r *metaspaceReport) arenas() (arenas, chunks int) {
	for _, s := range r.j.VM.MetaspaceByLoader() {
		for _, a := range s.Arenas {
			nc, c := arena(a.NonClass, a.Class)
			if nc.chunks+c.chunks > 0 {
				arenas++
				chunks += nc.chunks + c.chunks
			}
		}
	}
	return arenas, chunks
}

func (r *metaspaceReport) full(showLoaders, showClasses, bySpaceType bool) {
	vm := r.j.VM
	type group struct {
		loaders, classes, shared int
		nonClass, class          arenaStats
	}
	var total group
	// HotSpot's space types: the boot loader's, the reflection loaders',
	// the weak hidden classes' (ClassMirrorHolder), the others'.
	spaceTypes := []string{"Standard", "Boot", "ClassMirrorHolder", "Reflection"}
	byType := make([]group, len(spaceTypes))
	add := func(g *group, classes, shared int, nc, c arenaStats) {
		g.loaders++
		g.classes += classes
		g.shared += shared
		g.nonClass = g.nonClass.plus(nc)
		g.class = g.class.plus(c)
	}
	if showLoaders {
		fmt.Fprintln(r.out)
		fmt.Fprintln(r.out, "Usage per loader:")
	}
	// The arenas newest first, as HotSpot walks its ClassLoaderDataGraph:
	// a loader's is as old as the loader, a weak hidden class's as the
	// class.
	type entry struct {
		loader *rtda.Loader
		arena  rtda.LoaderArena
		first  uint32
	}
	var arenas []entry
	for _, s := range vm.MetaspaceByLoader() {
		for _, a := range s.Arenas {
			if len(a.Classes) == 0 && a.NonClass+a.Class == 0 {
				continue // no metaspace of its own yet
			}
			born := s.Loader.Born
			if a.Hidden {
				born = a.Classes[0].ID
			}
			arenas = append(arenas, entry{s.Loader, a, born})
		}
	}
	sort.SliceStable(arenas, func(x, y int) bool { return arenas[x].first > arenas[y].first })
	for n, e := range arenas {
		a := e.arena
		nc, c := arena(a.NonClass, a.Class)
		kind := 0
		switch {
		case a.Hidden:
			kind = 2
		case e.loader.IsBoot():
			kind = 1
		case vm.ClassOf(e.loader.Object).Name == "jdk/internal/reflect/DelegatingClassLoader":
			kind = 3
		}
		add(&total, len(a.Classes), a.Shared, nc, c)
		add(&byType[kind], len(a.Classes), a.Shared, nc, c)
		if showLoaders {
			r.loaderHeader(n+1, e.loader, a, showClasses)
			r.usage(nc, c)
		}
	}
	if showLoaders {
		fmt.Fprintln(r.out)
	}
	if bySpaceType {
		fmt.Fprintln(r.out)
		fmt.Fprintln(r.out, "Usage per space type:")
		fmt.Fprintln(r.out)
		for i, name := range spaceTypes {
			g := byType[i]
			if g.loaders == 0 {
				fmt.Fprintf(r.out, "%s - 0 loaders.\n\n", name)
				continue
			}
			fmt.Fprintf(r.out, "%s - %s, %s%s:\n", name, plural(g.loaders, "loader", "loaders"),
				plural(g.classes, "class", "classes"), sharedText(g.shared))
			r.usage(g.nonClass, g.class)
			fmt.Fprintln(r.out)
		}
	}
	fmt.Fprintln(r.out)
	fmt.Fprintf(r.out, "Total Usage - %s, %s%s:\n", plural(total.loaders, "loader", "loaders"),
		plural(total.classes, "class", "classes"), sharedText(total.shared))
	r.usage(total.nonClass, total.class)
	fmt.Fprintln(r.out)
	fmt.Fprintln(r.out)
	r.virtualSpace()
	fmt.Fprintln(r.out)
	if r.vslist {
		r.virtualSpaceLists(total.nonClass, total.class)
	}
	fmt.Fprintln(r.out)
	r.freeLists()
	fmt.Fprintln(r.out)
	if r.chunkFreelist {
		r.freeListDetails()
	}
	fmt.Fprintln(r.out)
	st := vm.Metaspace.Stats()
	both := total.nonClass.plus(total.class)
	committed := st.Committed()
	fmt.Fprintf(r.out, "Waste (unused committed space):(percentages refer to total committed size %s):\n", r.size(committed, 0))
	free := both.committed - both.used
	fmt.Fprintf(r.out, "        Waste in chunks in use: %s (%s)\n", r.size(0, 6), percent(committed, 0))
	fmt.Fprintf(r.out, "        Free in chunks in use: %s (%s)\n", r.size(free, 6), percent(committed, free))
	fmt.Fprintf(r.out, "                In free chunks: %s (%s)\n", r.size(0, 6), percent(committed, 0))
	fmt.Fprintf(r.out, "Deallocated from chunks in use: %s (%s) (0 blocks)\n", r.size(0, 6), percent(committed, 0))
	fmt.Fprintf(r.out, "                       -total-: %s (%s)\n", r.size(free, 6), percent(committed, free))
	fmt.Fprintln(r.out)
	fmt.Fprintf(r.out, "chunk header pool: 0 items, %s.\n", r.size(0, 0))
	fmt.Fprintln(r.out)
	r.statistics(total.loaders, both.chunks)
	fmt.Fprintln(r.out)
	fmt.Fprintln(r.out)
	fmt.Fprintln(r.out, "Settings:")
	r.settings()
	fmt.Fprintln(r.out)
	fmt.Fprintln(r.out)
}

func sharedText(shared int) string {
	if shared == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d shared)", shared)
}

// loaderHeader is show-loaders' line for one arena:
//
//	1: CLD 0x...: "app" instance of jdk.internal.loader.ClassLoaders$AppClassLoader, 4 classes
func (r *metaspaceReport) loaderHeader(n int, l *rtda.Loader, a rtda.LoaderArena, showClasses bool) {
	vm := r.j.VM
	var what string
	switch {
	case a.Hidden && l.IsBoot():
		what = "<hidden class>, loaded by \"<bootstrap>\""
	case a.Hidden:
		what = "<hidden class>, loaded by " + loaderDescription(vm, l)
	case l.IsBoot():
		what = "\"<bootstrap>\""
	default:
		what = loaderDescription(vm, l)
	}
	if !showClasses {
		fmt.Fprintf(r.out, "\n%4d: CLD 0x%016x: %s, %s%s\n", n, a.ID, what, plural(len(a.Classes), "class", "classes"), sharedText(a.Shared))
		return
	}
	fmt.Fprintf(r.out, "\n%4d: CLD 0x%016x: %s\n", n, a.ID, what)
	if a.Shared > 0 {
		fmt.Fprintln(r.out, "      Loaded classes('s' = shared):")
	} else {
		fmt.Fprintln(r.out, "      Loaded classes:")
	}
	for i := range a.Classes {
		c := a.Classes[len(a.Classes)-1-i] // newest first
		mark := "   "
		if c.File != nil && !c.MetaspaceCharged() {
			mark = "s  "
		}
		fmt.Fprintf(r.out, "%10d: %s%s\n", i+1, mark, c.JavaName())
	}
	fmt.Fprintf(r.out, "      -total-: %s%s\n", plural(len(a.Classes), "class", "classes"), sharedText(a.Shared))
}

// loaderDescription is a loader as show-loaders names it: its name, if it
// has one, and its class.
func loaderDescription(vm *rtda.VM, l *rtda.Loader) string {
	text := "instance of " + vm.ClassOf(l.Object).JavaName()
	if name := vm.GetRefField(l.Object, "java/lang/ClassLoader", "name", "Ljava/lang/String;"); name != 0 {
		text = "\"" + vm.GoString(name) + "\" " + text
	}
	return text
}

// hotspotWording: a later JDK 17 update fixed a typo in the scale
// option's help ("choosen": 17.0.15; "chosen": 17.0.19). The text is in the
// JDK's libjvm.so, so the JDK in use tells which, read once on first help.
// hotspotWording returns a help text as the JDK in use's HotSpot words it.
func (j *JVM) hotspotWording(s string) string {
	const typo, fixed = "dynamically choosen scale", "dynamically chosen scale"
	if !strings.Contains(s, typo) {
		return s
	}
	j.chosenOnce.Do(func() {
		data, err := os.ReadFile(filepath.Join(j.VM.JDK.Home, "lib", "server", "libjvm.so"))
		j.chosen = err == nil && bytes.Contains(data, []byte(fixed)) && !bytes.Contains(data, []byte(typo))
	})
	if j.chosen {
		return strings.Replace(s, typo, fixed, 1)
	}
	return s
}
