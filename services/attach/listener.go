// Package attach is the VM's attach listener (HotSpot's AttachListener,
// services/attachListener.hpp and os/linux/attachListener_linux.cpp): the
// way jstack, jmap, jcmd, jinfo and the attach API of other JVMs talk to a
// running VM.
//
// A client creates the file .attach_pid<pid> in the VM's working directory
// or in /tmp and sends SIGQUIT; the VM, instead of printing a thread dump,
// starts listening on the Unix socket /tmp/.java_pid<pid> (readable and
// writable by its owner only). Each connection carries one request: the
// protocol version "1", an operation name and three arguments, each
// NUL-terminated; the VM answers with a result code on a line of its own
// followed by the operation's output, and closes the connection. Only a
// peer with the VM's effective user and group, or root, is served.
package attach

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"golang.org/x/sys/unix"
)

const (
	tempDir = "/tmp" // os::get_temp_directory on Linux

	protocolVersion = "1"
	// HotSpot's limits: an operation name of 16 bytes, arguments of 1024,
	// three arguments.
	maxNameLength = 16
	maxArgLength  = 1024
	argCount      = 3
	// Result codes a client reads before the output.
	codeOK         = 0
	codeBadVersion = 101 // ATTACH_ERROR_BADVERSION
	codeError      = -1  // JNI_ERR
)

// Request is one operation a client asked for.
type Request struct {
	Name string
	Args [argCount]string
}

// Handler runs a request, writing its output to out, and returns the
// result code the client sees (0 for success).
type Handler func(req Request, out io.Writer) int

// Listener accepts attach requests on the VM's socket.
type Listener struct {
	mu     sync.Mutex
	fd     int
	path   string
	closed bool
}

// SocketPath is /tmp/.java_pid<pid>.
func SocketPath(pid int) string { return filepath.Join(tempDir, ".java_pid"+strconv.Itoa(pid)) }

// IsInitTrigger reports whether a client asked for the listener: the file
// .attach_pid<pid> exists in the working directory, or else in /tmp, and
// belongs to the VM's effective user or to root (a file another user made
// does not start the listener).
func IsInitTrigger() bool {
	name := ".attach_pid" + strconv.Itoa(os.Getpid())
	for _, path := range []string{name, filepath.Join(tempDir, name)} {
		var st unix.Stat_t
		if unix.Stat(path, &st) != nil {
			continue
		}
		return st.Uid == 0 || int(st.Uid) == os.Geteuid()
	}
	return false
}

// Listen creates the socket: bound under a temporary name, restricted to
// the owner, then renamed into place, so that a client never finds a
// socket it could connect to before its permissions are set.
func Listen() (*Listener, error) { return ListenAt(SocketPath(os.Getpid())) }

// ListenAt creates the socket at path.
func ListenAt(path string) (*Listener, error) {
	tmp := path + ".tmp"
	os.Remove(tmp)
	fd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*Listener, error) {
		unix.Close(fd)
		os.Remove(tmp)
		return nil, err
	}
	if err := unix.Bind(fd, &unix.SockaddrUnix{Name: tmp}); err != nil {
		return fail(err)
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		return fail(err)
	}
	if err := os.Chown(tmp, os.Geteuid(), os.Getegid()); err != nil {
		return fail(err)
	}
	if err := unix.Listen(fd, 5); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fail(err)
	}
	return &Listener{fd: fd, path: path}, nil
}

// Close stops listening and removes the socket.
func (l *Listener) Close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	l.closed = true
	os.Remove(l.path)
	unix.Shutdown(l.fd, unix.SHUT_RDWR)
	unix.Close(l.fd)
}

// ErrClosed is returned by Accept once the listener is closed.
var ErrClosed = errors.New("attach: listener closed")

// Conn is an accepted, authenticated connection.
type Conn struct{ fd int }

// Accept waits for the next client whose credentials match the VM's
// effective user and group (or root); others are disconnected unserved.
// The socket file may have been removed (a tool cleaning /tmp): HotSpot
// then re-creates it; gojvm keeps serving the clients it has.
func (l *Listener) Accept() (*Conn, error) {
	for {
		nfd, _, err := unix.Accept4(l.fd, unix.SOCK_CLOEXEC)
		if err != nil {
			if err == unix.EINTR || err == unix.ECONNABORTED {
				continue
			}
			l.mu.Lock()
			closed := l.closed
			l.mu.Unlock()
			if closed {
				return nil, ErrClosed
			}
			return nil, err
		}
		cred, err := unix.GetsockoptUcred(nfd, unix.SOL_SOCKET, unix.SO_PEERCRED)
		if err != nil || !trusted(cred) {
			unix.Close(nfd)
			continue
		}
		return &Conn{fd: nfd}, nil
	}
}

// trusted is HotSpot's matches_effective_uid_and_gid_or_root.
func trusted(c *unix.Ucred) bool {
	return c.Uid == 0 || (int(c.Uid) == os.Geteuid() && int(c.Gid) == os.Getegid())
}

// ReadRequest reads one request: the version and then the name and three
// arguments, NUL-terminated. A wrong version is answered here, and an
// error returned.
func (c *Conn) ReadRequest() (Request, error) {
	var fields []string
	var cur []byte
	buf := make([]byte, 256)
	limit := len(protocolVersion) + 1 + maxNameLength + 1 + argCount*(maxArgLength+1)
	total := 0
	for len(fields) < 2+argCount {
		n, err := unix.Read(c.fd, buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return Request{}, err
		}
		if n == 0 {
			break // the client sent fewer arguments: the rest are empty
		}
		total += n
		if total > limit {
			return Request{}, errors.New("attach: request too long")
		}
		for _, b := range buf[:n] {
			if b != 0 {
				cur = append(cur, b)
				continue
			}
			fields = append(fields, string(cur))
			cur = cur[:0]
			if len(fields) == 1 && fields[0] != protocolVersion {
				c.reply(codeBadVersion, nil)
				return Request{}, fmt.Errorf("attach: protocol version %q", fields[0])
			}
		}
	}
	if len(fields) < 2 {
		return Request{}, errors.New("attach: incomplete request")
	}
	req := Request{Name: fields[1]}
	if len(req.Name) > maxNameLength {
		return Request{}, errors.New("attach: operation name too long")
	}
	for i := 0; i < argCount && 2+i < len(fields); i++ {
		if len(fields[2+i]) > maxArgLength {
			return Request{}, errors.New("attach: argument too long")
		}
		req.Args[i] = fields[2+i]
	}
	return req, nil
}

// Serve runs req with h and sends the result code and output.
func (c *Conn) Serve(req Request, h Handler) {
	var out bytes.Buffer
	code := h(req, &out)
	c.reply(code, out.Bytes())
}

// Unknown answers an operation the VM does not have.
func Unknown(req Request, out io.Writer) int {
	fmt.Fprintf(out, "Operation %s not recognized!", req.Name)
	return codeError
}

func (c *Conn) reply(code int, body []byte) {
	msg := append([]byte(strconv.Itoa(code)+"\n"), body...)
	for len(msg) > 0 {
		n, err := unix.Write(c.fd, msg)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return
		}
		msg = msg[n:]
	}
}

// Close ends the connection.
func (c *Conn) Close() { unix.Close(c.fd) }
