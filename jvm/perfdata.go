package jvm

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/services/perfdata"
	"github.com/gojvm/gojvm/stdlib"
)

// The VM's own performance counters: the ones HotSpot creates that jps
// and jstat read (runtime, properties, class loading, threads, the
// collector's generations, spaces and collections), kept current by a
// sampler every PerfDataSamplingInterval milliseconds (HotSpot's
// StatSampler) and after each collection.

// perfStringProperties are the system properties HotSpot publishes as
// java.property.* (and one sun.property.*) counters, in its order.
var perfStringProperties = []string{
	"java.vm.specification.name", "java.version", "java.vm.version", "java.vm.name", "java.vm.vendor",
	"jdk.debug", "sun.boot.library.path", "java.vm.specification.version", "java.vm.specification.vendor",
	"java.vm.info", "java.library.path", "java.class.path", "java.home",
}

// perfCounters are the counters the VM updates.
type perfCounters struct {
	m        *perfdata.Memory
	vm       *rtda.VM
	gc       gc.Collector
	mu       sync.Mutex
	stop     chan struct{}
	interval time.Duration

	ticks                          *perfdata.Long
	threadsStarted, threadsLive    *perfdata.Long
	threadsPeak, threadsDaemon     *perfdata.Long
	classesLoaded, classesUnloaded *perfdata.Long
	cause, lastCause               *perfdata.String
	tenuring, desiredSurvivor      *perfdata.Long
	// adaptive are the adaptive size policy's counters, in
	// gc.PolicySample.Adaptive's order.
	adaptive                         []*perfdata.Long
	ages                             [16]*perfdata.Long
	genCapacity                      []*perfdata.Long
	spaceCapacity, spaceUsed         [][]*perfdata.Long
	spaceMax                         [][]*perfdata.Long
	collectors                       []collectorCounters
	metaCapacity, metaUsed           *perfdata.Long
	classSpaceCapacity, classSpaceUs *perfdata.Long
}

type collectorCounters struct {
	invocations, time, lastEntry, lastExit *perfdata.Long
}

// setupPerfData creates the region (unless -XX:-UsePerfData, when it is
// private and holds only what Java code creates) and the VM's counters.
func setupPerfData(vm *rtda.VM, collector gc.Collector, jdk *classpath.JDK, opts *Options) *perfCounters {
	use := opts.XX["UsePerfData"] != "false"
	size := perfdata.DefaultSize
	if v, ok := ParseSize(opts.XX["PerfDataMemorySize"]); ok && v > 0 {
		size = int(v)
	}
	m, err := perfdata.New(perfdata.Options{
		Size:   size,
		Shared: use && opts.XX["PerfDisableSharedMem"] != "true",
		Start:  vm.Start,
	})
	if err != nil {
		fmt.Fprintf(vm.Options.Stderr, "OpenJDK 64-Bit Server VM warning: %v\n", err)
	}
	// Java code reads and writes counters through direct buffers over the
	// region (Perf.createLong, Perf.attach), so Unsafe must find it.
	nio.AddMapping(m.Region(), false)
	vm.PerfData = m
	if !use {
		return nil
	}
	if opts.XX["PerfDataSaveToFile"] == "true" {
		// HotSpot keeps a copy of the counters as they were at exit.
		name := opts.XX["PerfDataSaveFile"]
		if name == "" {
			name = "hsperfdata_" + strconv.Itoa(os.Getpid())
		}
		vm.AtExit(func() { os.WriteFile(name, m.Region(), 0o600) })
	}
	vm.AtExit(m.Close)
	p := &perfCounters{m: m, vm: vm, gc: collector, stop: make(chan struct{}), interval: 50 * time.Millisecond}
	if v, err := strconv.Atoi(opts.XX["PerfDataSamplingInterval"]); err == nil && v > 0 {
		p.interval = time.Duration(v) * time.Millisecond
	}
	p.create(jdk, opts)
	collector.AddCollectionListener(func(gc.CollectionRecord) { p.sample() })
	vm.AtExit(func() { close(p.stop) })
	return p
}

// create makes the counters in HotSpot's order (the order does not
// matter to readers, but keeps the region's layout familiar).
func (p *perfCounters) create(jdk *classpath.JDK, opts *Options) {
	m := p.m
	L := func(name string, u perfdata.Units, v perfdata.Variability, value int64) *perfdata.Long {
		return m.MustLong(name, u, v, value)
	}
	S := func(name string, v perfdata.Variability, value string, maxLen int) *perfdata.String {
		return m.MustString(name, v, value, maxLen)
	}
	start := p.vm.Start.UnixMilli()
	L("sun.rt.createVmBeginTime", perfdata.UnitsNone, perfdata.Variable, start)
	L("sun.rt.createVmEndTime", perfdata.UnitsNone, perfdata.Variable, 0)
	L("sun.rt.vmInitDoneTime", perfdata.UnitsNone, perfdata.Variable, 0)
	p.threadsStarted = L("java.threads.started", perfdata.UnitsEvents, perfdata.Monotonic, 0)
	p.threadsLive = L("java.threads.live", perfdata.UnitsNone, perfdata.Variable, 0)
	p.threadsPeak = L("java.threads.livePeak", perfdata.UnitsNone, perfdata.Variable, 0)
	p.threadsDaemon = L("java.threads.daemon", perfdata.UnitsNone, perfdata.Variable, 0)
	L("sun.rt.jvmVersion", perfdata.UnitsNone, perfdata.Constant, jvmVersionNumber(p.vm.Options.VMVersion))
	// The first capability is the attach mechanism.
	S("sun.rt.jvmCapabilities", perfdata.Constant, "1"+strings.Repeat("0", 63), 0)
	p.classesLoaded = L("java.cls.loadedClasses", perfdata.UnitsEvents, perfdata.Monotonic, 0)
	p.classesUnloaded = L("java.cls.unloadedClasses", perfdata.UnitsEvents, perfdata.Monotonic, 0)
	L("java.cls.sharedLoadedClasses", perfdata.UnitsEvents, perfdata.Monotonic, 0)
	L("java.cls.sharedUnloadedClasses", perfdata.UnitsEvents, perfdata.Monotonic, 0)
	for _, n := range []string{"loadedBytes", "unloadedBytes", "sharedLoadedBytes", "sharedUnloadedBytes"} {
		L("sun.cls."+n, perfdata.UnitsBytes, perfdata.Monotonic, 0)
	}
	L("sun.cls.time", perfdata.UnitsTicks, perfdata.Monotonic, 0)
	p.createGC()
	L("sun.os.hrt.frequency", perfdata.UnitsHertz, perfdata.Constant, int64(time.Second))
	props := map[string]string{}
	cfg := opts.stdlibConfig(jdk)
	for _, kv := range cfg.VMProperties {
		props[kv[0]] = kv[1]
	}
	props["java.version"] = jdk.Release("JAVA_VERSION")
	for _, name := range perfStringProperties {
		ns := "java.property."
		if strings.HasPrefix(name, "sun.") {
			ns = "sun.property."
		}
		S(ns+name, perfdata.Constant, props[name], 0)
	}
	S("java.rt.vmFlags", perfdata.Constant, "", 0)
	S("java.rt.vmArgs", perfdata.Constant, strings.Join(cfg.Args, " "), 0)
	S("sun.rt.javaCommand", perfdata.Constant, props["sun.java.command"], 0)
	S("sun.rt.internalVersion", perfdata.Constant, fmt.Sprintf("%s (%s) for linux-amd64 JRE (%s), built by gojvm with %s",
		p.vm.Options.VMName, p.vm.Options.VMVersion, p.vm.Options.VMVersion, runtime.Version()), 0)
	p.ticks = L("sun.os.hrt.ticks", perfdata.UnitsTicks, perfdata.Monotonic, 0)
}

// createGC makes the collector's counters (sun.gc.*).
func (p *perfCounters) createGC() {
	m := p.m
	L := func(name string, u perfdata.Units, v perfdata.Variability, value int64) *perfdata.Long {
		return m.MustLong(name, u, v, value)
	}
	S := func(name string, v perfdata.Variability, value string, maxLen int) *perfdata.String {
		return m.MustString(name, v, value, maxLen)
	}
	pol := p.gc.Policy()
	const causeLength = 80 // HotSpot's GCCause string counters
	p.cause = S("sun.gc.cause", perfdata.Variable, pol.Cause, causeLength)
	p.lastCause = S("sun.gc.lastCause", perfdata.Variable, pol.LastCause, causeLength)
	// A collector without a collection policy (Epsilon) has neither
	// policy, age table nor collector counters.
	if pol.Name != "" {
		S("sun.gc.policy.name", perfdata.Constant, pol.Name, 0)
		L("sun.gc.policy.collectors", perfdata.UnitsNone, perfdata.Constant, 2)
		L("sun.gc.policy.generations", perfdata.UnitsNone, perfdata.Constant, 2)
		L("sun.gc.policy.maxTenuringThreshold", perfdata.UnitsNone, perfdata.Constant, int64(pol.MaxTenuringThreshold))
		p.tenuring = L("sun.gc.policy.tenuringThreshold", perfdata.UnitsNone, perfdata.Variable, int64(pol.TenuringThreshold))
		p.desiredSurvivor = L("sun.gc.policy.desiredSurvivorSize", perfdata.UnitsBytes, perfdata.Variable, int64(pol.DesiredSurvivorSize))
		L("sun.gc.policy.gcTimeLimitExceeded", perfdata.UnitsEvents, perfdata.Variable, 0)
		for _, a := range pol.Adaptive {
			u := perfdata.UnitsNone
			switch a.Unit {
			case gc.UnitBytes:
				u = perfdata.UnitsBytes
			case gc.UnitTicks:
				u = perfdata.UnitsTicks
			}
			p.adaptive = append(p.adaptive, L("sun.gc.policy."+a.Name, u, perfdata.Variable, a.Value))
		}
		if pol.HasAgeTable {
			for i := range p.ages {
				p.ages[i] = L(fmt.Sprintf("sun.gc.generation.0.agetable.bytes.%02d", i), perfdata.UnitsBytes, perfdata.Variable, 0)
			}
			L("sun.gc.generation.0.agetable.size", perfdata.UnitsNone, perfdata.Constant, int64(len(p.ages)))
		}
		for i, c := range pol.Collectors {
			cp := fmt.Sprintf("sun.gc.collector.%d.", i)
			S(cp+"name", perfdata.Constant, c.Name, 0)
			p.collectors = append(p.collectors, collectorCounters{
				invocations: L(cp+"invocations", perfdata.UnitsEvents, perfdata.Monotonic, 0),
				time:        L(cp+"time", perfdata.UnitsTicks, perfdata.Monotonic, 0),
				lastEntry:   L(cp+"lastEntryTime", perfdata.UnitsTicks, perfdata.Variable, 0),
				lastExit:    L(cp+"lastExitTime", perfdata.UnitsTicks, perfdata.Variable, 0),
			})
		}
	}
	for _, gen := range p.gc.Generations() {
		prefix := fmt.Sprintf("sun.gc.generation.%d.", gen.Ordinal)
		S(prefix+"name", perfdata.Constant, gen.Name, 0)
		L(prefix+"spaces", perfdata.UnitsNone, perfdata.Constant, int64(len(gen.Spaces)))
		L(prefix+"minCapacity", perfdata.UnitsBytes, perfdata.Constant, int64(gen.Min))
		L(prefix+"maxCapacity", perfdata.UnitsBytes, perfdata.Constant, int64(gen.Max))
		p.genCapacity = append(p.genCapacity, L(prefix+"capacity", perfdata.UnitsBytes, perfdata.Variable, int64(gen.Capacity)))
		var caps, used, maxes []*perfdata.Long
		for s, sp := range gen.Spaces {
			sprefix := fmt.Sprintf("%sspace.%d.", prefix, s)
			S(sprefix+"name", perfdata.Constant, sp.Name, 0)
			maxes = append(maxes, L(sprefix+"maxCapacity", perfdata.UnitsBytes, perfdata.Variable, int64(sp.Max)))
			caps = append(caps, L(sprefix+"capacity", perfdata.UnitsBytes, perfdata.Variable, int64(sp.Capacity)))
			used = append(used, L(sprefix+"used", perfdata.UnitsBytes, perfdata.Variable, int64(sp.Used)))
			L(sprefix+"initCapacity", perfdata.UnitsBytes, perfdata.Constant, int64(sp.Init))
		}
		p.spaceCapacity, p.spaceUsed, p.spaceMax = append(p.spaceCapacity, caps), append(p.spaceUsed, used), append(p.spaceMax, maxes)
	}
	for _, n := range []string{"allocThreads", "fills", "maxFills", "alloc", "gcWaste", "maxGcWaste", "refillWaste",
		"maxRefillWaste", "slowAlloc", "maxSlowAlloc"} {
		u := perfdata.UnitsNone
		if n == "alloc" || strings.HasSuffix(n, "Waste") {
			u = perfdata.UnitsBytes
		}
		L("sun.gc.tlab."+n, u, perfdata.Variable, 0)
	}
	meta := p.vm.Metaspace.Stats()
	L("sun.gc.metaspace.minCapacity", perfdata.UnitsBytes, perfdata.Constant, 0)
	p.metaCapacity = L("sun.gc.metaspace.capacity", perfdata.UnitsBytes, perfdata.Variable, 0)
	L("sun.gc.metaspace.maxCapacity", perfdata.UnitsBytes, perfdata.Variable, int64(meta.Reserved()))
	p.metaUsed = L("sun.gc.metaspace.used", perfdata.UnitsBytes, perfdata.Variable, 0)
	L("sun.gc.compressedclassspace.minCapacity", perfdata.UnitsBytes, perfdata.Constant, 0)
	p.classSpaceCapacity = L("sun.gc.compressedclassspace.capacity", perfdata.UnitsBytes, perfdata.Variable, 0)
	L("sun.gc.compressedclassspace.maxCapacity", perfdata.UnitsBytes, perfdata.Variable, int64(meta.ClassReserved))
	p.classSpaceUs = L("sun.gc.compressedclassspace.used", perfdata.UnitsBytes, perfdata.Variable, 0)
}

// started marks the end of VM creation: the region becomes readable and
// the sampler starts.
func (p *perfCounters) started() {
	now := time.Now().UnixMilli()
	if l := p.lookup("sun.rt.vmInitDoneTime"); l != nil {
		l.Set(now)
	}
	if l := p.lookup("sun.rt.createVmEndTime"); l != nil {
		l.Set(now)
	}
	p.sample()
	p.m.SetAccessible()
	go p.run()
}

func (p *perfCounters) lookup(name string) *perfdata.Long { return p.m.LookupLong(name) }

func (p *perfCounters) run() {
	tick := time.NewTicker(p.interval)
	defer tick.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-tick.C:
			p.sample()
		}
	}
}

// sample brings the variable counters up to date.
func (p *perfCounters) sample() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ticks.Set(p.m.Ticks())
	live, daemon, peak, started := stdlib.ThreadCounts(p.vm)
	p.threadsLive.Set(int64(live))
	p.threadsDaemon.Set(int64(daemon))
	p.threadsPeak.Set(int64(peak))
	p.threadsStarted.Set(started)
	p.classesLoaded.Set(int64(stdlib.LoadedClassCount(p.vm)))
	p.classesUnloaded.Set(p.vm.UnloadedClasses())

	for g, gen := range p.gc.Generations() {
		p.genCapacity[g].Set(int64(gen.Capacity))
		for s, sp := range gen.Spaces {
			p.spaceCapacity[g][s].Set(int64(sp.Capacity))
			p.spaceMax[g][s].Set(int64(sp.Max))
			p.spaceUsed[g][s].Set(int64(sp.Used))
		}
	}
	pol := p.gc.Policy()
	p.cause.Set(pol.Cause)
	p.lastCause.Set(pol.LastCause)
	for i, a := range pol.Adaptive {
		if i < len(p.adaptive) {
			p.adaptive[i].Set(a.Value)
		}
	}
	if p.tenuring != nil {
		p.tenuring.Set(int64(pol.TenuringThreshold))
		p.desiredSurvivor.Set(int64(pol.DesiredSurvivorSize))
		for i, b := range pol.AgeTable {
			if p.ages[i] != nil {
				p.ages[i].Set(int64(b))
			}
		}
	}
	ticks := func(t time.Time) int64 {
		if t.IsZero() {
			return 0
		}
		return int64(t.Sub(p.vm.Start))
	}
	for i, c := range pol.Collectors[:len(p.collectors)] {
		p.collectors[i].invocations.Set(int64(c.Invocations))
		p.collectors[i].time.Set(int64(c.Time))
		p.collectors[i].lastEntry.Set(ticks(c.LastEntry))
		p.collectors[i].lastExit.Set(ticks(c.LastExit))
	}
	meta := p.vm.Metaspace.Stats()
	p.metaCapacity.Set(int64(meta.Committed()))
	p.metaUsed.Set(int64(meta.Used()))
	p.classSpaceCapacity.Set(int64(meta.ClassCommitted))
	p.classSpaceUs.Set(int64(meta.ClassUsed))
}

// jvmVersionNumber is HotSpot's Abstract_VM_Version::jvm_version (the
// sun.rt.jvmVersion counter): major, minor, security and build numbers of
// a version string like "17.0.15+6-Debian-1deb12u1", a byte each.
func jvmVersionNumber(version string) int64 {
	num, build, _ := strings.Cut(version, "+")
	parts := strings.Split(num, ".")
	field := func(i int) int64 {
		if i >= len(parts) {
			return 0
		}
		n, _ := strconv.Atoi(parts[i])
		return int64(n & 0xff)
	}
	b := 0
	for _, c := range build {
		if c < '0' || c > '9' {
			break
		}
		b = b*10 + int(c-'0')
	}
	return field(0)<<24 | field(1)<<16 | field(2)<<8 | int64(b&0xff)
}
