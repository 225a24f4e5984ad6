package jvm

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// Machine is what HotSpot's ergonomics read about the host: its
// processors and memory, with a container's limits applied (os::Linux
// with OSContainer, cgroup v1 and v2).
type Machine struct {
	// CPUs is the number of processors configured (os::processor_count).
	CPUs int
	// ActiveCPUs is the number the process may use: its affinity mask, or
	// the container's CPU quota if lower (os::active_processor_count,
	// before -XX:ActiveProcessorCount).
	ActiveCPUs int
	// Memory is the physical memory in bytes, or the container's memory
	// limit if lower (os::physical_memory).
	Memory uint64
	// THPAlways is set when transparent huge pages are in "always" mode.
	THPAlways bool
}

// HostMachine reads the machine gojvm runs on; containerSupport is
// -XX:+UseContainerSupport (the default).
func HostMachine(containerSupport bool) Machine {
	m := Machine{CPUs: configuredCPUs(), ActiveCPUs: runtime.NumCPU(), Memory: hostMemory()}
	if m.CPUs < m.ActiveCPUs {
		m.CPUs = m.ActiveCPUs
	}
	if containerSupport {
		c := readCgroups("/")
		if c.memoryLimit > 0 && c.memoryLimit < m.Memory {
			m.Memory = c.memoryLimit
		}
		if c.cpuLimit > 0 && c.cpuLimit < m.ActiveCPUs {
			m.ActiveCPUs = c.cpuLimit
		}
	}
	if b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err == nil {
		m.THPAlways = strings.Contains(string(b), "[always]")
	}
	return m
}

// configuredCPUs is sysconf(_SC_NPROCESSORS_CONF): the cpuN entries of
// /sys/devices/system/cpu.
func configuredCPUs() int {
	entries, _ := filepath.Glob("/sys/devices/system/cpu/cpu[0-9]*")
	return len(entries)
}

// hostMemory is the machine's memory in bytes (sysconf(_SC_PHYS_PAGES)
// times the page size, /proc/meminfo's MemTotal), 4 GB if unknown.
func hostMemory() uint64 {
	f, err := os.Open("/proc/meminfo")
	if err == nil {
		defer f.Close()
		s := bufio.NewScanner(f)
		for s.Scan() {
			if rest, ok := strings.CutPrefix(s.Text(), "MemTotal:"); ok {
				kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				if kb > 0 {
					return kb << 10
				}
			}
		}
	}
	return 4 << 30
}

// cgroupLimits are a container's limits: memory in bytes and processors
// (the CPU quota over its period, rounded up); 0 when unlimited.
type cgroupLimits struct {
	memoryLimit uint64
	cpuLimit    int
}

// readCgroups finds the process's memory and cpu controllers as HotSpot's
// CgroupSubsystemFactory does, under the file system root (a directory
// standing for "/" in tests): each controller's mount point from
// /proc/self/mountinfo and the process's path in it from /proc/self/cgroup.
func readCgroups(root string) cgroupLimits {
	var l cgroupLimits
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			return ""
		}
		return strings.TrimSpace(string(b))
	}
	// /proc/self/cgroup: "N:controllers:path"; v2 has the one line "0::path".
	paths := map[string]string{}
	for _, line := range strings.Split(read("/proc/self/cgroup"), "\n") {
		parts := strings.SplitN(line, ":", 3)
		if len(parts) != 3 {
			continue
		}
		if parts[1] == "" {
			paths["v2"] = parts[2]
			continue
		}
		for _, c := range strings.Split(parts[1], ",") {
			paths[c] = parts[2]
		}
	}
	// mountinfo: "id parent major:minor root mountpoint opts ... - fstype source superopts".
	mounts := map[string][2]string{} // controller -> (mount root, mount point)
	for _, line := range strings.Split(read("/proc/self/mountinfo"), "\n") {
		pre, post, ok := strings.Cut(line, " - ")
		f, g := strings.Fields(pre), strings.Fields(post)
		if !ok || len(f) < 5 || len(g) < 3 {
			continue
		}
		switch g[0] {
		case "cgroup2":
			mounts["v2"] = [2]string{f[3], f[4]}
		case "cgroup":
			for _, c := range strings.Split(g[2], ",") {
				if c == "memory" || c == "cpu" {
					mounts[c] = [2]string{f[3], f[4]}
				}
			}
		}
	}
	dir := func(controller string) (string, bool) {
		m, ok := mounts[controller]
		p, ok2 := paths[controller]
		if !ok || !ok2 {
			return "", false
		}
		// The process's path relative to the mount's root (a container
		// sees its own cgroup mounted as the root).
		rel := p
		if m[0] != "/" {
			if r, ok := strings.CutPrefix(p, m[0]); ok {
				rel = r
			} else {
				rel = ""
			}
		}
		return filepath.Join(m[1], rel), true
	}
	parseLimit := func(s string) uint64 {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || n >= 1<<62 { // "max", or v1's "unlimited" (page-aligned LONG_MAX)
			return 0
		}
		return n
	}
	cpus := func(quota, period int64) int {
		if quota <= 0 || period <= 0 {
			return 0
		}
		return int((quota + period - 1) / period)
	}
	if d, ok := dir("memory"); ok {
		l.memoryLimit = parseLimit(read(filepath.Join(d, "memory.limit_in_bytes")))
	} else if d, ok := dir("v2"); ok {
		l.memoryLimit = parseLimit(read(filepath.Join(d, "memory.max")))
	}
	if d, ok := dir("cpu"); ok {
		q, _ := strconv.ParseInt(read(filepath.Join(d, "cpu.cfs_quota_us")), 10, 64)
		p, _ := strconv.ParseInt(read(filepath.Join(d, "cpu.cfs_period_us")), 10, 64)
		l.cpuLimit = cpus(q, p)
	} else if d, ok := dir("v2"); ok {
		if f := strings.Fields(read(filepath.Join(d, "cpu.max"))); len(f) == 2 {
			q, _ := strconv.ParseInt(f[0], 10, 64) // "max": no quota
			p, _ := strconv.ParseInt(f[1], 10, 64)
			l.cpuLimit = cpus(q, p)
		}
	}
	return l
}
