package stdlib

import (
	"os"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// java.io.Console (Console_md.c in the JDK): whether the VM talks to a
// terminal, and turning the terminal's echo off for readPassword.

// stdioTerminalFD returns the descriptor behind a configured standard
// stream if it is a file that is a terminal.
func stdioTerminalFD(s any) (int, bool) {
	f, ok := s.(*os.File)
	if !ok {
		return -1, false
	}
	fd := int(f.Fd())
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return fd, err == nil
}

func init() {
	natives("java/io/Console", map[string]rtda.NativeFunc{
		// The console's charset is the default one on Unix.
		"encoding()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"istty()Z": func(t *rtda.Thread, a []uint64) uint64 {
			fds := stateOf(t).fds
			_, in := stdioTerminalFD(fds.stdin)
			_, out := stdioTerminalFD(fds.stdout)
			return boolSlot(in && out)
		},
		// ttyStatus replaces istty from 17.0.17 on: a bit per standard
		// stream that is a terminal (stdin 1, stdout 2, stderr 4), from
		// which Console decides itself.
		"ttyStatus()I": func(t *rtda.Thread, a []uint64) uint64 {
			fds := stateOf(t).fds
			var status int32
			for bit, s := range []any{fds.stdin, fds.stdout, fds.stderr} {
				if _, ok := stdioTerminalFD(s); ok {
					status |= 1 << bit
				}
			}
			return uint64(uint32(status))
		},
		"echo(Z)Z": func(t *rtda.Thread, a []uint64) uint64 {
			fd := 0
			if f, ok := stateOf(t).fds.stdin.(*os.File); ok {
				fd = int(f.Fd())
			}
			tio, err := unix.IoctlGetTermios(fd, unix.TCGETS)
			if err != nil {
				throwIOErrno(t, err)
				return 0
			}
			old := tio.Lflag&unix.ECHO != 0
			if a[0] != 0 {
				tio.Lflag |= unix.ECHO
			} else {
				tio.Lflag &^= unix.ECHO
			}
			if err := unix.IoctlSetTermios(fd, unix.TCSETS, tio); err != nil {
				throwIOErrno(t, err)
				return 0
			}
			return boolSlot(old)
		},
	})
}
