package main

import (
	"net"
	"path/filepath"
	"strings"
	"testing"
)

// TestNetGolden runs the networking corpus of testdata/net (issue 19:
// sockets, channels and selectors, datagrams, Unix-domain and asynchronous
// channels, name lookups and interfaces, HTTP, TLS, a concurrent load)
// and compares gojvm's stdout, stderr and exit status with what java 17
// printed (testdata/net/regen.sh). Everything runs on loopback. Tests
// named ipv6- need ::1 and are skipped on a machine without it.
func TestNetGolden(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/net")
	cases := readRunCases(t, filepath.Join(dir, "tests.txt"))
	if len(cases) < 10 {
		t.Fatalf("only %d cases", len(cases))
	}
	ipv6 := hasIPv6Loopback()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if strings.HasPrefix(c.name, "ipv6-") {
				if !ipv6 {
					t.Skip("this machine has no IPv6 loopback address (::1): IPv6 test skipped")
				}
			}
			t.Parallel()
			for _, d := range runAndCompare(t, bin, dir, c) {
				t.Error(d)
			}
		})
	}
}

// hasIPv6Loopback reports whether a socket can be bound to ::1.
func hasIPv6Loopback() bool {
	l, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		return false
	}
	l.Close()
	return true
}
