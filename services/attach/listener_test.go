package attach

import (
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// The client half of TestForeignUserRefused, run in a child process as
// another user: it connects, sends a request and prints what it reads back.
func TestMain(m *testing.M) {
	if path := os.Getenv("GOJVM_ATTACH_TEST_CLIENT"); path != "" {
		c, err := net.Dial("unix", path)
		if err != nil {
			os.Stdout.WriteString("dial: " + err.Error())
			os.Exit(0)
		}
		c.Write([]byte("1\x00properties\x00\x00\x00\x00"))
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		reply, err := io.ReadAll(c)
		os.Stdout.WriteString("reply: " + string(reply))
		if err != nil {
			os.Stdout.WriteString(" error: " + err.Error())
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// A request in the protocol jdk.attach's VirtualMachineImpl writes.
func request(name string, args ...string) []byte {
	b := []byte("1\x00" + name + "\x00")
	for i := 0; i < 3; i++ {
		if i < len(args) {
			b = append(b, args[i]...)
		}
		b = append(b, 0)
	}
	return b
}

func TestProtocol(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sock")
	l, err := ListenAt(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	st, err := os.Stat(path)
	if err != nil || st.Mode() != os.ModeSocket|0o600 {
		t.Fatalf("socket mode %v, %v", st.Mode(), err)
	}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			req, err := c.ReadRequest()
			if err == nil {
				c.Serve(req, func(req Request, out io.Writer) int {
					if req.Name != "echo" {
						return Unknown(req, out)
					}
					io.WriteString(out, strings.Join(req.Args[:], "|"))
					return 0
				})
			}
			c.Close()
		}
	}()
	for _, tc := range []struct {
		req  []byte
		want string
	}{
		{request("echo", "a", "b", "c"), "0\na|b|c"},
		{request("echo", "x"), "0\nx||"},
		{request("nope"), "-1\nOperation nope not recognized!"},
		{[]byte("2\x00echo\x00\x00\x00\x00"), "101\n"},
	} {
		c, err := net.Dial("unix", path)
		if err != nil {
			t.Fatal(err)
		}
		c.Write(tc.req)
		got, _ := io.ReadAll(c)
		c.Close()
		if string(got) != tc.want {
			t.Errorf("%q: got %q, want %q", tc.req, got, tc.want)
		}
	}
}

// TestForeignUserRefused makes the socket world-writable (the VM never
// does) so that only the credential check stands between another user and
// the VM: that user's request must get no answer, while the VM's own user
// is still served. It needs root, to run the client as another user.
func TestForeignUserRefused(t *testing.T) {
	foreign := foreignUser(t)
	dir, err := os.MkdirTemp("", "attach-test")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o755)
	path := filepath.Join(dir, "sock")
	l, err := ListenAt(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	os.Chmod(path, 0o777)
	served := make(chan string, 4)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			req, err := c.ReadRequest()
			if err == nil {
				served <- req.Name
				c.Serve(req, func(req Request, out io.Writer) int { io.WriteString(out, "secret"); return 0 })
			}
			c.Close()
		}
	}()
	// The test binary, where the other user can run it.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "client")
	data, err := os.ReadFile(self)
	if err != nil || os.WriteFile(exe, data, 0o755) != nil {
		t.Fatal("cannot copy the test binary")
	}
	out, err := foreign([]string{"GOJVM_ATTACH_TEST_CLIENT=" + path}, exe).Output()
	if err != nil {
		t.Fatalf("client: %v", err)
	}
	if strings.Contains(string(out), "secret") || !strings.HasPrefix(string(out), "reply: ") {
		t.Errorf("a foreign user got: %q", out)
	}
	// The VM's own user is served.
	c, err := net.Dial("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	c.Write(request("mine"))
	reply, _ := io.ReadAll(c)
	c.Close()
	if string(reply) != "0\nsecret" {
		t.Errorf("own user got %q", reply)
	}
	if name := <-served; name != "mine" {
		t.Errorf("served %q first, want only the own user's request", name)
	}
}

// TestTriggerFileOfAnotherUser: a .attach_pid file made by another
// (non-root) user does not start the listener.
func TestTriggerFileOfAnotherUser(t *testing.T) {
	foreign := foreignUser(t)
	name := filepath.Join("/tmp", ".attach_pid"+itoa(os.Getpid()))
	if err := os.WriteFile(name, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(name)
	if !IsInitTrigger() {
		t.Error("the VM's own user's trigger file is not honoured")
	}
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	// The other user makes the file (in /tmp, where anyone may) and
	// removes it at the end (/tmp's sticky bit keeps others from it).
	if out, err := foreign(nil, "touch", name).CombinedOutput(); err != nil {
		t.Fatalf("touch as another user: %v: %s", err, out)
	}
	defer foreign(nil, "rm", "-f", name).Run()
	var st syscall.Stat_t
	if err := syscall.Stat(name, &st); err != nil || int(st.Uid) == os.Geteuid() {
		t.Fatalf("%s: owner %d, %v", name, st.Uid, err)
	}
	if IsInitTrigger() {
		t.Error("another user's trigger file starts the listener")
	}
}

// foreignUser returns a way to run a command as another user (nobody,
// 65534) with variables added to its environment: as root directly,
// otherwise through sudo if it asks for no password (.ci/run uses sudo
// when it does not run as root). Without either the test cannot run.
func foreignUser(t *testing.T) func(env []string, name string, args ...string) *exec.Cmd {
	t.Helper()
	if os.Geteuid() == 0 {
		return func(env []string, name string, args ...string) *exec.Cmd {
			cmd := exec.Command(name, args...)
			cmd.Env = append(os.Environ(), env...)
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
			return cmd
		}
	}
	sudo := []string{"-n", "-u", "#65534", "-g", "#65534", "--"}
	if exec.Command("sudo", append(sudo, "true")...).Run() == nil {
		return func(env []string, name string, args ...string) *exec.Cmd {
			argv := append(append(append(append([]string{}, sudo...), "env"), env...), name)
			return exec.Command("sudo", append(argv, args...)...)
		}
	}
	t.Skip("running a process as another user needs root or sudo without a password")
	return nil
}

// TestTrusted checks the credential rule itself (HotSpot's
// matches_effective_uid_and_gid_or_root) for users and groups the test
// cannot be: it runs whoever runs the tests.
func TestTrusted(t *testing.T) {
	uid, gid := uint32(os.Geteuid()), uint32(os.Getegid())
	for _, c := range []struct {
		cred unix.Ucred
		want bool
	}{
		{unix.Ucred{Uid: uid, Gid: gid}, true},
		{unix.Ucred{Uid: 0, Gid: 12345}, true},
		{unix.Ucred{Uid: uid + 1, Gid: gid}, uid+1 == 0},
		{unix.Ucred{Uid: uid, Gid: gid + 1}, uid == 0},
		{unix.Ucred{Uid: 65534, Gid: 65534}, uid == 65534 && gid == 65534},
	} {
		if got := trusted(&c.cred); got != c.want {
			t.Errorf("trusted(uid %d, gid %d) = %v, want %v (VM: uid %d, gid %d)", c.cred.Uid, c.cred.Gid, got, c.want, uid, gid)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
