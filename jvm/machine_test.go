package jvm

import (
	"os"
	"path/filepath"
	"testing"
)

// writeTree creates files under root, by path relative to it.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for p, content := range files {
		full := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The limits of a container as the kernel shows them to a process inside:
// cgroup v1 with each controller mounted at the container's own group, and
// cgroup v2 with the unified hierarchy.
func TestReadCgroups(t *testing.T) {
	for _, tc := range []struct {
		name   string
		files  map[string]string
		memory uint64
		cpus   int
	}{
		{"v1", map[string]string{
			"/proc/self/cgroup": "12:memory:/docker/abc\n5:cpu,cpuacct:/docker/abc\n0::/\n",
			"/proc/self/mountinfo": "30 22 0:27 / /sys/fs/cgroup rw - tmpfs tmpfs rw\n" +
				"31 30 0:28 /docker/abc /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct\n" +
				"34 30 0:31 /docker/abc /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n",
			"/sys/fs/cgroup/memory/memory.limit_in_bytes":  "536870912\n",
			"/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us":  "150000\n",
			"/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us": "100000\n",
		}, 512 << 20, 2},
		{"v1-unlimited", map[string]string{
			"/proc/self/cgroup":                                "4:memory:/user\n1:cpu:/\n",
			"/proc/self/mountinfo":                             "34 30 0:31 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n31 30 0:28 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu\n",
			"/sys/fs/cgroup/memory/user/memory.limit_in_bytes": "9223372036854771712\n",
			"/sys/fs/cgroup/cpu/cpu.cfs_quota_us":              "-1\n",
			"/sys/fs/cgroup/cpu/cpu.cfs_period_us":             "100000\n",
		}, 0, 0},
		{"v2", map[string]string{
			"/proc/self/cgroup":    "0::/system.slice/app.service\n",
			"/proc/self/mountinfo": "25 21 0:22 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw\n",
			"/sys/fs/cgroup/system.slice/app.service/memory.max": "1073741824\n",
			"/sys/fs/cgroup/system.slice/app.service/cpu.max":    "max 100000\n",
		}, 1 << 30, 0},
		{"v2-quota", map[string]string{
			"/proc/self/cgroup":         "0::/\n",
			"/proc/self/mountinfo":      "25 21 0:22 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n",
			"/sys/fs/cgroup/memory.max": "max\n",
			"/sys/fs/cgroup/cpu.max":    "50000 100000\n",
		}, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, tc.files)
			l := readCgroups(root)
			if l.memoryLimit != tc.memory || l.cpuLimit != tc.cpus {
				t.Errorf("memory %d, cpus %d; want %d, %d", l.memoryLimit, l.cpuLimit, tc.memory, tc.cpus)
			}
		})
	}
}

// The collector java would pick, and the collectors gojvm does not have.
func TestSelectCollector(t *testing.T) {
	small := Machine{CPUs: 1, ActiveCPUs: 1, Memory: 1 << 30}
	big := Machine{CPUs: 2, ActiveCPUs: 2, Memory: 2 << 30}
	for _, tc := range []struct {
		machine Machine
		args    []string
		want    Collector
		err     string
	}{
		{small, nil, SerialGC, ""},
		{big, nil, G1GC, ""},
		{Machine{CPUs: 2, ActiveCPUs: 2, Memory: 2<<30 - 257<<20}, nil, SerialGC, ""},
		{big, []string{"-XX:ActiveProcessorCount=1"}, SerialGC, ""},
		{small, []string{"-XX:ActiveProcessorCount=4"}, SerialGC, ""},
		{big, []string{"-XX:+UseParallelGC"}, ParallelGC, ""},
		{big, []string{"-XX:+UseZGC"}, ZGC, "gojvm does not have the Z collector (-XX:+UseZGC)"},
		{big, []string{"-XX:+UseShenandoahGC"}, ShenandoahGC, "gojvm does not have the Shenandoah collector (-XX:+UseShenandoahGC)"},
	} {
		o, err := ParseArgs(append(tc.args, "-version"))
		if err != nil {
			t.Fatal(err)
		}
		m := tc.machine
		o.machine = &m
		err = o.applyErgonomics()
		var msg string
		if err != nil {
			msg = err.(*InitError).Msg
		}
		if msg != tc.err || o.ergo.collector != tc.want {
			t.Errorf("%v on %+v: %v, error %q; want %v, %q", tc.args, tc.machine, o.ergo.collector, msg, tc.want, tc.err)
		}
	}
}
