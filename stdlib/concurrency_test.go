package stdlib

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// IdentityHash installs hashes with a compare-and-set of its own; its
// layout must be heap's.
func TestCompareAndExchange(t *testing.T) {
	var x uint32 = 5
	if got := compareAndExchange32(&x, 5, 7); got != 5 || x != 7 {
		t.Errorf("success: witness %d, value %d", got, x)
	}
	if got := compareAndExchange32(&x, 5, 9); got != 7 || x != 7 {
		t.Errorf("failure: witness %d, value %d", got, x)
	}
	var y uint64 = 1 << 40
	if got := compareAndExchange64(&y, 1<<40, 3); got != 1<<40 || y != 3 {
		t.Errorf("64-bit: witness %d, value %d", got, y)
	}
	// Increments through the exchange from many goroutines are not lost.
	var n uint64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				for old := atomic.LoadUint64(&n); ; {
					w := compareAndExchange64(&n, old, old+1)
					if w == old {
						break
					}
					old = w
				}
			}
		}()
	}
	wg.Wait()
	if n != 80000 {
		t.Errorf("counter %d, want 80000", n)
	}
}

func TestFillMemory(t *testing.T) {
	buf := make([]byte, 64)
	for _, c := range []struct{ off, n int }{{0, 64}, {8, 16}, {4, 12}, {2, 6}, {1, 7}, {3, 0}} {
		clear(buf)
		fillMemory(buf[c.off:c.off+c.n], 0xA5)
		for i, b := range buf {
			want := byte(0)
			if i >= c.off && i < c.off+c.n {
				want = 0xA5
			}
			if b != want {
				t.Fatalf("fill at %d of %d bytes: byte %d is %#x", c.off, c.n, i, b)
			}
		}
	}
}

// Writes to a configured stream that is not a file come one at a time.
func TestFDTableConcurrentWrites(t *testing.T) {
	var out bytes.Buffer
	ft := newFDTable(Config{Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				ft.write(1, []byte("0123456789\n"))
			}
		}()
	}
	wg.Wait()
	if out.Len() != 8*500*11 || strings.Count(out.String(), "0123456789\n") != 8*500 {
		t.Errorf("interleaved or lost writes: %d bytes", out.Len())
	}
}

func TestParker(t *testing.T) {
	p := &parker{}
	if p.take() {
		t.Error("a new parker has a permit")
	}
	p.unpark()
	p.unpark()
	if !p.take() || p.take() {
		t.Error("permits do not accumulate to one")
	}
	ch := make(chan struct{})
	p.mu.Lock()
	p.ch = ch
	p.mu.Unlock()
	go p.unpark()
	<-ch // closed by unpark
	if !p.take() {
		t.Error("unpark of a parked thread left no permit")
	}
}
