package stdlib

import (
	"testing"

	"golang.org/x/sys/unix"
)

// handleSocketError's choice of exception class.
func TestSocketErrorClass(t *testing.T) {
	for e, want := range map[unix.Errno]string{
		unix.ECONNREFUSED:  "java/net/ConnectException",
		unix.ETIMEDOUT:     "java/net/ConnectException",
		unix.EHOSTUNREACH:  "java/net/NoRouteToHostException",
		unix.EADDRINUSE:    "java/net/BindException",
		unix.EADDRNOTAVAIL: "java/net/BindException",
		unix.EPROTO:        "java/net/ProtocolException",
		unix.ECONNRESET:    "java/net/SocketException",
	} {
		if got := socketErrorClass(e); got != want {
			t.Errorf("socketErrorClass(%v) = %s, want %s", e, got, want)
		}
	}
}

func TestIsIPv4Mapped(t *testing.T) {
	mapped := [16]byte{10: 0xff, 11: 0xff, 12: 127, 15: 1}
	loopback := [16]byte{15: 1}
	if !isIPv4Mapped(&mapped) || isIPv4Mapped(&loopback) {
		t.Errorf("isIPv4Mapped: %v %v", isIPv4Mapped(&mapped), isIPv4Mapped(&loopback))
	}
}

// An ICMP echo request with its checksum filled in sums to zero.
func TestICMPChecksum(t *testing.T) {
	pkt := []byte{8, 0, 0, 0, 0x12, 0x34, 0, 1, 'g', 'o', 'j', 'v', 'm'}
	c := icmpChecksum(pkt)
	pkt[2], pkt[3] = byte(c), byte(c>>8)
	if got := icmpChecksum(pkt); got != 0 {
		t.Errorf("checksum of a checksummed packet = %#x, want 0", got)
	}
}
