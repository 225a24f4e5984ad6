package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gojvm/gojvm/classpath"
)

// JMX through the JDK's management agent (issue 14): testdata/diag's
// JmxTarget runs on java and on gojvm, and JmxClient, run by java, looks
// at each through the attach API's startLocalManagementAgent or through
// the remote connector of -Dcom.sun.management.jmxremote.port. What the
// client prints for the two must agree; it prints varying numbers only as
// the facts they must satisfy.

var rmiStub = regexp.MustCompile(`/stub/[A-Za-z0-9+/=]+`)

var lambdaAddress = regexp.MustCompile(`\$\$Lambda\$(\d+)/0x[0-9a-f]+`)

type jmxTarget struct {
	cmd  *exec.Cmd
	pid  int
	port int
}

// startJMXTarget starts JmxTarget on the VM (java's path, or gojvm's
// followed by "run") and waits for it to be ready.
func startJMXTarget(t *testing.T, vm []string, opts ...string) *jmxTarget {
	t.Helper()
	dir, _ := filepath.Abs("../../testdata/diag")
	args := append(append(append([]string{}, vm[1:]...), "-XX:+UseSerialGC", "-Xmx64m"), opts...)
	cmd := exec.Command(vm[0], append(args, "-cp", "classes", "JmxTarget")...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Scan()
		ready <- sc.Text()
		for sc.Scan() {
		}
	}()
	select {
	case line := <-ready:
		if line != "ready" {
			t.Fatalf("%s printed %q, stderr:\n%s", vm[0], line, stderr.String())
		}
	case <-time.After(3 * time.Minute):
		t.Fatalf("%s: timed out waiting for ready", vm[0])
	}
	return &jmxTarget{cmd: cmd, pid: cmd.Process.Pid}
}

// jmxClient runs JmxClient with java and returns what it printed, with
// the run's own numbers masked.
func jmxClient(t *testing.T, target *jmxTarget, args ...string) string {
	t.Helper()
	return jmxClientWith(t, target, nil, args...)
}

// jmxClientWith runs JmxClient with java options of its own first.
func jmxClientWith(t *testing.T, target *jmxTarget, javaOpts []string, args ...string) string {
	t.Helper()
	dir, _ := filepath.Abs("../../testdata/diag")
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(append([]string{}, javaOpts...), "-cp", "classes")
	if args[0] == "jcmd" || args[0] == "agents" {
		opts = append(opts, "--add-opens", "jdk.attach/sun.tools.attach=ALL-UNNAMED")
	}
	cmd := exec.Command(filepath.Join(jdk.Home, "bin", "java"), append(append(opts, "JmxClient"), args...)...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	out, err := cmd.CombinedOutput()
	s := string(out)
	if err != nil {
		s += "client: " + err.Error() + "\n"
	}
	s = lambdaAddress.ReplaceAllString(s, "$$$$Lambda$$$1/ADDRESS")
	if target != nil && target.port != 0 {
		s = strings.ReplaceAll(s, strconv.Itoa(target.port), "PORT")
	}
	return s
}

var handedOut = struct {
	sync.Mutex
	ports map[int]bool
}{ports: map[int]bool{}}

// freePort returns a TCP port nothing listens on at the moment, below the
// ephemeral range (where RMI's anonymous ports and client connections
// come from) and never the same twice in a run.
func freePort(t *testing.T) int {
	handedOut.Lock()
	defer handedOut.Unlock()
	for range 1000 {
		port := 20000 + rand.IntN(10000)
		if handedOut.ports[port] {
			continue
		}
		l, err := net.Listen("tcp", ":"+strconv.Itoa(port))
		if err != nil {
			continue
		}
		l.Close()
		handedOut.ports[port] = true
		return port
	}
	t.Fatal("no free port")
	return 0
}

func jmxVMs(t *testing.T) (java, gojvm []string) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	return []string{filepath.Join(jdk.Home, "bin", "java")}, []string{gojvmBinary(t), "run"}
}

// onBoth runs f for java and for gojvm at the same time.
func onBoth(t *testing.T, f func(vm []string) string) (java, gojvm string) {
	javaVM, gojvmVM := jmxVMs(t)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); java = f(javaVM) }()
	go func() { defer wg.Done(); gojvm = f(gojvmVM) }()
	wg.Wait()
	return java, gojvm
}

func TestJMX(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the management agent on java and gojvm")
	}
	t.Run("attach", func(t *testing.T) {
		dumps := t.TempDir()
		java, gojvm := onBoth(t, func(vm []string) string {
			p := startJMXTarget(t, vm)
			return jmxClient(t, p, "attach", strconv.Itoa(p.pid), filepath.Join(dumps, strconv.Itoa(p.pid)+".hprof"))
		})
		if java != gojvm {
			t.Errorf("JmxClient differs:\n%s", diffText(java, gojvm))
		}
		if !strings.Contains(java, "deadlocked: [deadlock-1, deadlock-2]") || !strings.Contains(java, "heap dump: JAVA PROFILE 1.0.2, true") {
			t.Errorf("the client did not get through on java:\n%s", java)
		}
	})

	// The remote connector on a port, without authentication and SSL.
	t.Run("remote", func(t *testing.T) {
		java, gojvm := onBoth(t, func(vm []string) string {
			port := freePort(t)
			p := startJMXTarget(t, vm, "-Dcom.sun.management.jmxremote.port="+strconv.Itoa(port),
				"-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false")
			p.port = port
			return jmxClient(t, p, "remote", strconv.Itoa(port)) + listeningSockets(t, p.pid, port)
		})
		if java != gojvm {
			t.Errorf("JmxClient differs:\n%s", diffText(java, gojvm))
		}
		if !strings.Contains(java, "connected: ") {
			t.Errorf("the client did not connect to java:\n%s", java)
		}
	})

	// The ManagementAgent diagnostic commands, as jcmd sends them.
	t.Run("jcmd", func(t *testing.T) {
		java, gojvm := onBoth(t, func(vm []string) string {
			p := startJMXTarget(t, vm)
			p.port = freePort(t)
			out := jmxClient(t, p, "jcmd", strconv.Itoa(p.pid), strconv.Itoa(p.port))
			return rmiStub.ReplaceAllString(out, "/stub/STUB")
		})
		if java != gojvm {
			t.Errorf("jcmd differs:\n%s", diffText(java, gojvm))
		}
		if !strings.Contains(java, "Connection Type: remote") {
			t.Errorf("java's agent did not start:\n%s", java)
		}
	})

	// Agent loading through attach: libraries that are missing or no
	// agents, jars that are missing or no agents, as the attach API's
	// load requests and jcmd JVMTI.agent_load send them (-Xint, the
	// interpreter's shape).
	t.Run("agents", func(t *testing.T) {
		dir := t.TempDir()
		jar := filepath.Join(dir, "noagent.jar")
		writeJar(t, jar, "Manifest-Version: 1.0\r\nCreated-By: gojvm tests\r\n\r\n")
		lib := systemLibrary(t)
		java, gojvm := onBoth(t, func(vm []string) string {
			p := startJMXTarget(t, vm, "-Xint")
			out := jmxClient(t, p, "agents", strconv.Itoa(p.pid), lib, jar)
			return strings.ReplaceAll(strings.ReplaceAll(out, dir, "DIR"), lib, "LIB")
		})
		if java != gojvm {
			t.Errorf("agent loading differs:\n%s", diffText(java, gojvm))
		}
		for _, want := range []string{"/no/such/lib.so: cannot open shared object file", "Agent_OnAttach is not available in LIB",
			"Agent JAR not found or no Agent-Class attribute", "return code: 100"} {
			if !strings.Contains(java, want) {
				t.Errorf("java did not answer %q:\n%s", want, java)
			}
		}
	})

	// java's default is authentication: with a password file, a client
	// without credentials is refused, one with a read-only role may read
	// but not collect.
	t.Run("remote-authenticate", func(t *testing.T) {
		dir := t.TempDir()
		password := filepath.Join(dir, "jmxremote.password")
		if err := os.WriteFile(password, []byte("monitorRole secret\ncontrolRole other\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		java, gojvm := onBoth(t, func(vm []string) string {
			port := freePort(t)
			p := startJMXTarget(t, vm, "-Dcom.sun.management.jmxremote.port="+strconv.Itoa(port),
				"-Dcom.sun.management.jmxremote.ssl=false", "-Dcom.sun.management.jmxremote.password.file="+password)
			p.port = port
			return jmxClient(t, p, "remote", strconv.Itoa(port)) +
				jmxClient(t, p, "remote", strconv.Itoa(port), "monitorRole", "wrong") +
				jmxClient(t, p, "remote", strconv.Itoa(port), "monitorRole", "secret")
		})
		if java != gojvm {
			t.Errorf("JmxClient differs:\n%s", diffText(java, gojvm))
		}
		if !strings.Contains(java, "Credentials required") {
			t.Errorf("java let an unauthenticated client in:\n%s", java)
		}
	})

	// The remote connector over TLS (com.sun.management.jmxremote.ssl,
	// java's default) with a key store keytool makes now, and java's
	// default authentication through an owner-only password file: a
	// client that trusts the key store connects and reads MXBeans, with
	// and without the right credentials; one that does not trust it
	// fails the handshake.
	t.Run("remote-ssl", func(t *testing.T) {
		dir := t.TempDir()
		store := filepath.Join(dir, "keystore.p12")
		if out, errOut, rc := jdkTool(t, "keytool", "-genkeypair", "-alias", "jmx", "-keyalg", "EC", "-groupname", "secp256r1",
			"-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2",
			"-storetype", "PKCS12", "-keystore", store, "-storepass", "changeit"); rc != 0 {
			t.Fatalf("keytool: %d\n%s%s", rc, out, errOut)
		}
		password := filepath.Join(dir, "jmxremote.password")
		if err := os.WriteFile(password, []byte("monitorRole secret\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		trust := []string{"-Djavax.net.ssl.trustStore=" + store, "-Djavax.net.ssl.trustStorePassword=changeit"}
		java, gojvm := onBoth(t, func(vm []string) string {
			port := freePort(t)
			p := startJMXTarget(t, vm, "-Dcom.sun.management.jmxremote.port="+strconv.Itoa(port),
				"-Dcom.sun.management.jmxremote.ssl=true", "-Dcom.sun.management.jmxremote.password.file="+password,
				"-Djavax.net.ssl.keyStore="+store, "-Djavax.net.ssl.keyStorePassword=changeit")
			p.port = port
			out := jmxClientWith(t, p, trust, "remote", strconv.Itoa(port), "monitorRole", "secret") +
				jmxClientWith(t, p, trust, "remote", strconv.Itoa(port), "monitorRole", "wrong") +
				jmxClientWith(t, p, nil, "remote", strconv.Itoa(port), "monitorRole", "secret")
			return strings.ReplaceAll(out, dir, "DIR")
		})
		if java != gojvm {
			t.Errorf("JmxClient over TLS differs:\n%s", diffText(java, gojvm))
		}
		for _, want := range []string{"connected: ", "Authentication failed", "SSLHandshakeException"} {
			if !strings.Contains(java, want) {
				t.Errorf("java's answers lack %q:\n%s", want, java)
			}
		}
	})

	// Configurations the agent refuses at startup: no password file (java's
	// defaults, and the same said explicitly), a password file others may
	// read.
	t.Run("refused", func(t *testing.T) {
		dir := t.TempDir()
		password := filepath.Join(dir, "jmxremote.password")
		if err := os.WriteFile(password, []byte("monitorRole secret\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(password, 0o644); err != nil { // whatever the umask
			t.Fatal(err)
		}
		for _, opts := range [][]string{
			{"-Dcom.sun.management.jmxremote.port=PORT"},
			{"-Dcom.sun.management.jmxremote.port=PORT", "-Dcom.sun.management.jmxremote.ssl=true",
				"-Dcom.sun.management.jmxremote.authenticate=true"},
			{"-Dcom.sun.management.jmxremote.port=PORT", "-Dcom.sun.management.jmxremote.ssl=false",
				"-Dcom.sun.management.jmxremote.password.file=" + password},
		} {
			java, gojvm := onBoth(t, func(vm []string) string {
				port := strconv.Itoa(freePort(t))
				args := append(append([]string{}, vm[1:]...), "-Xmx64m")
				for _, o := range opts {
					args = append(args, strings.ReplaceAll(o, "PORT", port))
				}
				cmd := exec.Command(vm[0], append(args, "-cp", "classes", "JmxTarget")...)
				cmd.Dir = "../../testdata/diag"
				cmd.Env = testEnv()
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				err := cmd.Run()
				code := 0
				if ee, ok := err.(*exec.ExitError); ok {
					code = ee.ExitCode()
				}
				s := fmt.Sprintf("stdout:\n%sstderr:\n%sstatus %d\n", stdout.String(), stderr.String(), code)
				return strings.ReplaceAll(s, dir, "DIR")
			})
			if java != gojvm {
				t.Errorf("%v differs:\n%s", opts, diffText(java, gojvm))
			}
			if !strings.Contains(java, "status 1") {
				t.Errorf("%v: java started:\n%s", opts, java)
			}
		}
	})
}

// writeJar writes a jar holding only the given manifest.
func writeJar(t *testing.T, path, manifest string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	z := zip.NewWriter(f)
	w, err := z.Create("META-INF/MANIFEST.MF")
	if err == nil {
		_, err = io.WriteString(w, manifest)
	}
	if err == nil {
		err = z.Close()
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
}

// systemLibrary is a shared library of the system outside the JDK, one
// with no Agent_OnAttach: the C library this test runs with.
func systemLibrary(t *testing.T) string {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(maps), "\n") {
		f := strings.Fields(line)
		if len(f) == 6 && strings.Contains(filepath.Base(f[5]), "libc.so") {
			return f[5]
		}
	}
	for _, path := range []string{"/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/lib64/libc.so.6"} {
		if _, err := os.Stat(path); err == nil {
			return path
		}
	}
	t.Fatal("no C library found")
	return ""
}

// listeningSockets describes the TCP sockets process pid listens on (from
// /proc/net/tcp and tcp6 and its file descriptors): the address each is
// bound to, with the agent's port named and other ports masked, sorted.
func listeningSockets(t *testing.T, pid, port int) string {
	inodes := map[string]bool{}
	fds, _ := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	for _, fd := range fds {
		link, err := os.Readlink(fmt.Sprintf("/proc/%d/fd/%s", pid, fd.Name()))
		if err == nil && strings.HasPrefix(link, "socket:[") {
			inodes[strings.TrimSuffix(strings.TrimPrefix(link, "socket:["), "]")] = true
		}
	}
	var out []string
	for _, file := range []string{"tcp", "tcp6"} {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/net/%s", pid, file))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n")[1:] {
			f := strings.Fields(line)
			if len(f) < 10 || f[3] != "0A" || !inodes[f[9]] { // 0A: LISTEN
				continue
			}
			addr, hexPort, _ := strings.Cut(f[1], ":")
			p, _ := strconv.ParseInt(hexPort, 16, 32)
			name := "other port"
			if int(p) == port {
				name = "agent port"
			}
			out = append(out, fmt.Sprintf("listening %s %s on %s\n", file, addr, name))
		}
	}
	sort.Strings(out)
	return strings.Join(out, "")
}
