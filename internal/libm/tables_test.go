package libm

import (
	"bytes"
	"debug/elf"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The tables are Intel's (see gentables.go). These tests recompute with
// math/big what each entry means, which documents the tables and shows
// that they were copied intact; TestTablesFromLibjvm regenerates them from
// the installed JDK when its libjvm.so has a symbol table.

const bigPrec = 1500

func newBig() *big.Float { return new(big.Float).SetPrec(bigPrec) }

func bigF(x float64) *big.Float { return newBig().SetFloat64(x) }

// bigPi computes pi by Machin's formula, 16*atan(1/5) - 4*atan(1/239).
func bigPi() *big.Float {
	atanInv := func(n int64) *big.Float {
		// atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
		sum := newBig()
		pow := newBig().Quo(bigF(1), bigF(float64(n)))
		n2 := bigF(float64(n * n))
		eps := newBig().SetMantExp(bigF(1), -bigPrec-10)
		for k := int64(0); ; k++ {
			term := newBig().Quo(pow, bigF(float64(2*k+1)))
			if k%2 == 0 {
				sum.Add(sum, term)
			} else {
				sum.Sub(sum, term)
			}
			if term.Cmp(eps) < 0 {
				return sum
			}
			pow.Quo(pow, n2)
		}
	}
	a := newBig().Mul(bigF(16), atanInv(5))
	return a.Sub(a, newBig().Mul(bigF(4), atanInv(239)))
}

// bigLn computes ln(x) for x > 0 as 2*atanh((x-1)/(x+1)).
func bigLn(x *big.Float) *big.Float {
	num := newBig().Sub(x, bigF(1))
	den := newBig().Add(x, bigF(1))
	z := newBig().Quo(num, den)
	z2 := newBig().Mul(z, z)
	sum := newBig()
	pow := newBig().Set(z)
	eps := newBig().SetMantExp(bigF(1), -bigPrec-10)
	for k := int64(0); ; k++ {
		term := newBig().Quo(pow, bigF(float64(2*k+1)))
		sum.Add(sum, term)
		if newBig().Abs(term).Cmp(eps) < 0 {
			return sum.Mul(sum, bigF(2))
		}
		pow.Mul(pow, z2)
	}
}

// bigSinCos computes sin(x) and cos(x) for small x by their series.
func bigSinCos(x *big.Float) (*big.Float, *big.Float) {
	s, c := newBig(), newBig()
	term := bigF(1)
	eps := newBig().SetMantExp(bigF(1), -bigPrec-10)
	for k := int64(0); ; k++ {
		// term = x^k / k!
		switch k % 4 {
		case 0:
			c.Add(c, term)
		case 1:
			s.Add(s, term)
		case 2:
			c.Sub(c, term)
		case 3:
			s.Sub(s, term)
		}
		if k > 2 && newBig().Abs(term).Cmp(eps) < 0 {
			return s, c
		}
		term = newBig().Mul(term, x)
		term.Quo(term, bigF(float64(k+1)))
	}
}

// bigExp2 returns 2**(j/n) for n a power of 2.
func bigExp2(j, n int) *big.Float {
	r := bigF(2)
	for m := n; m > 1; m /= 2 {
		r.Sqrt(r)
	}
	v := bigF(1)
	for i := 0; i < j; i++ {
		v.Mul(v, r)
	}
	return v
}

func roundBig(x *big.Float, mode big.RoundingMode) float64 {
	f, _ := new(big.Float).SetPrec(53).SetMode(mode).Set(x).Float64()
	return f
}

// relErr returns |a - b| / |b| as a float64.
func relErr(a, b *big.Float) float64 {
	d := newBig().Sub(a, b)
	d.Quo(d, b)
	f, _ := d.Abs(d).Float64()
	return f
}

func sumBig(xs ...float64) *big.Float {
	s := newBig()
	for _, x := range xs {
		s.Add(s, bigF(x))
	}
	return s
}

func TestExpTable(t *testing.T) {
	for j := 0; j < 64; j++ {
		v := bigExp2(j, 64)
		hi := roundBig(v, big.ToZero)
		if got := expTbl[2*j+1]; got != math.Float64bits(hi)&(1<<52-1) {
			t.Errorf("expTbl T_hi[%d] = %#x, 2**(%d/64) rounded down has fraction %#x", j, got, j, math.Float64bits(hi)&(1<<52-1))
		}
		// T_hi*(1+T_lo) is 2**(j/64) to about 2**-100.
		p := newBig().Mul(bigF(hi), sumBig(1, f64(expTbl[2*j])))
		if e := relErr(p, v); e > 0x1p-100 {
			t.Errorf("expTbl[%d]: relative error %g", j, e)
		}
	}
}

func TestPowExpTable(t *testing.T) {
	for j := 0; j < 256; j++ {
		v := bigExp2(j, 256)
		hi := f64(powExpTbl[2*j])
		if hi != roundBig(v, big.ToNearestEven) {
			t.Errorf("powExpTbl[%d] = %v, want 2**(%d/256) rounded", j, hi, j)
		}
		// (Entry 0's tail is 2**-72, not 0.)
		if e := relErr(sumBig(hi, f64(powExpTbl[2*j+1])), v); e > 0x1p-104 && j > 0 {
			t.Errorf("powExpTbl[%d]: relative error %g", j, e)
		}
	}
}

func TestPiInvTable(t *testing.T) {
	// 2/pi in 32-bit words after two zero words.
	x := newBig().Quo(bigF(2), bigPi())
	if piInvTbl[0] != 0 || piInvTbl[1] != 0 {
		t.Fatal("piInvTbl does not start with two zero words")
	}
	for i := 2; i < len(piInvTbl); i++ {
		x.Mul(x, bigF(0x1p32))
		w, _ := x.Uint64()
		if i == len(piInvTbl)-1 && x.Cmp(bigF(float64(w)+0.5)) >= 0 {
			w++ // the last word is rounded
		}
		if uint32(w) != piInvTbl[i] {
			t.Fatalf("piInvTbl[%d] = %#08x, 2/pi has %#08x", i, piInvTbl[i], uint32(w))
		}
		x.Sub(x, bigF(float64(w)))
	}
}

func TestLogTables(t *testing.T) {
	ln2 := bigLn(bigF(2))
	ln10 := bigLn(bigF(10))
	for i := 0; i <= 128; i++ {
		b := 0.5 + float64(i)/256
		// -log(B) = log(1/B)
		want := newBig().Neg(bigLn(bigF(b)))
		hi, lo := f64(logTbl[2*i]), f64(logTbl[2*i+1])
		if math.Float64bits(hi)&0x3ff != 0 {
			t.Errorf("logTbl[%d] head has more than 43 bits", i)
		}
		if d := newBig().Sub(sumBig(hi, lo), want); d.Abs(d).Cmp(bigF(0x1p-75)) > 0 {
			t.Errorf("logTbl[%d] = %v + %v, -log(%v) = %v", i, hi, lo, b, want)
		}
	}
	// log10: B = c*(1/2 + i/256) in float32 terms; the entry is log10(c/B)
	// for the B of index i + 0x5e (see Log10), i.e. -log10 of B's 8-bit value
	// over c.
	c := bigF(float64(log10C))
	for i := 0; i <= 128; i++ {
		idx := i + 0x5e
		// B as the float32 bits (idx << 16) with exponent 124 + idx>>7.
		bv := float64(math.Float32frombits(uint32(0x3e000000 + idx<<16)))
		want := newBig().Quo(bigLn(newBig().Quo(c, bigF(bv))), ln10)
		got := sumBig(f64(log10Tbl[2*i]), f64(log10Tbl[2*i+1]))
		if d := newBig().Sub(got, want); d.Abs(d).Cmp(bigF(0x1p-75)) > 0 {
			f, _ := d.Float64()
			t.Errorf("log10Tbl[%d]: off by %g", i, f)
		}
	}
	// pow: log2(LH/B) for B = LH*(1/2 + i/512)-ish, the 9-bit values of
	// index i + 0xe4.
	lh := bigF(powLH)
	for i := 0; i < 513; i++ {
		idx := i + 0xe4
		bv := float64(math.Float32frombits(uint32(0x3f000000 + idx<<14)))
		want := newBig().Quo(bigLn(newBig().Quo(lh, bigF(bv))), ln2)
		got := sumBig(f64(powLogTbl[2*i]), f64(powLogTbl[2*i+1]))
		if d := newBig().Sub(got, want); d.Abs(d).Cmp(bigF(0x1p-78)) > 0 {
			f, _ := d.Float64()
			t.Errorf("powLogTbl[%d]: off by %g", i, f)
		}
	}
}

func TestTrigTable(t *testing.T) {
	pi := bigPi()
	for j := 0; j < 64; j++ {
		b := newBig().Mul(pi, bigF(float64(j)/32))
		// Reduce to [-pi, pi] for the series: sin and cos of B - 2*pi*k.
		if j >= 32 {
			b.Sub(b, newBig().Mul(pi, bigF(2)))
		}
		s, c := bigSinCos(b)
		cHL, sHi, sLo, sigma := f64(trigTbl[4*j]), f64(trigTbl[4*j+1]), f64(trigTbl[4*j+2]), f64(trigTbl[4*j+3])
		if d := newBig().Sub(sumBig(sHi, sLo), s); d.Abs(d).Cmp(bigF(0x1p-70)) > 0 {
			t.Errorf("trigTbl[%d]: S_hi + S_lo is not sin(B)", j)
		}
		if d := newBig().Sub(sumBig(cHL, sigma), c); d.Abs(d).Cmp(bigF(0x1p-54)) > 0 {
			t.Errorf("trigTbl[%d]: C_hl + sigma is not cos(B)", j)
		}
		if fr, _ := math.Frexp(sigma); sigma != 0 && math.Abs(fr) != 0.5 {
			t.Errorf("trigTbl[%d]: sigma %v is not a power of 2", j, sigma)
		}
	}
}

// TestTablesFromLibjvm regenerates tables.go from the installed JDK 17 and
// compares, when that JDK's libjvm.so keeps its symbols (Debian's does).
func TestTablesFromLibjvm(t *testing.T) {
	lib := "/usr/lib/jvm/java-17-openjdk-amd64/lib/server/libjvm.so"
	f, err := elf.Open(lib)
	if err != nil {
		t.Skip(err)
	}
	syms, err := f.Symbols()
	f.Close()
	found := false
	for _, s := range syms {
		if s.Name == "_Ctable_tan" {
			found = true
		}
	}
	if !found {
		t.Skip("libjvm.so has no symbol table")
	}
	out := filepath.Join(t.TempDir(), "tables.go")
	cmd := exec.Command("go", "run", "gentables.go", "-o", out, lib)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gentables: %v\n%s", err, b)
	}
	want, _ := os.ReadFile(out)
	got, _ := os.ReadFile("tables.go")
	if !bytes.Equal(got, want) {
		t.Error("tables.go differs from the tables of the installed libjvm.so; rerun go run gentables.go")
	}
}
