package jvm

import (
	"strconv"

	"github.com/gojvm/gojvm/gc/epsilon"
	"github.com/gojvm/gojvm/internal/ulog"
)

// InitError is HotSpot's vm_exit_during_initialization: java prints "Error
// occurred during initialization of VM" and the message on standard output
// and exits with status 1.
type InitError struct{ Msg string }

func (e *InitError) Error() string { return "Error occurred during initialization of VM\n" + e.Msg }

// flagRanges are the allowed ranges of the numeric heap flags HotSpot
// checks while parsing (its JVMFlag ranges); a value outside is an error
// that names the range. reportOption: HotSpot adds "Improperly specified VM
// option" (flags whose check is a constraint function do not).
var flagRanges = map[string]struct {
	min, max     int64 // for uintx flags, the values as uint64
	reportOption bool
	intx         bool // a signed flag (intx), else uintx
}{
	"SurvivorRatio":        {1, -3, true, false}, // [ 1 ... 18446744073709551613 ]
	"TargetSurvivorRatio":  {0, 100, true, false},
	"MaxTenuringThreshold": {0, 16, false, false},
	"StringTableSize":      {128, 16777216, true, false},
	"AutoBoxCacheMax":      {0, 1<<31 - 1, true, true},
	"TieredStopAtLevel":    {0, 4, true, true},
	"HeapDumpGzipLevel":    {0, 9, true, true},
}

// heapAlignment is the heap's alignment: Epsilon's, or HeapAlignment.
func (o *Options) heapAlignment() uintptr {
	if o.ergo != nil && o.ergo.running == EpsilonGC {
		return epsilon.HeapAlignment
	}
	return HeapAlignment
}

// HeapAlignment is Serial's heap alignment (CardTable's
// ct_max_alignment_constraint: 512-byte cards times the 4 KB page).
const HeapAlignment = 2 << 20

func alignUp(n, a uintptr) uintptr { return (n + a - 1) &^ (a - 1) }

// checkHeapOptions validates the heap options as HotSpot's argument
// processing and GenArguments do, with their messages, and logs the
// warnings of its ergonomics.
func (o *Options) checkHeapOptions(l *ulog.Log) error {
	for name, r := range flagRanges {
		v, ok := o.XX[name]
		if !ok {
			continue
		}
		var outside bool
		var err error
		kind, lo, hi := "uintx ", strconv.FormatUint(uint64(r.min), 10), strconv.FormatUint(uint64(r.max), 10)
		if r.intx {
			var n int64
			n, err = strconv.ParseInt(v, 10, 64)
			outside = n < r.min || n > r.max
			kind, lo, hi = "intx ", strconv.FormatInt(r.min, 10), strconv.FormatInt(r.max, 10)
		} else {
			var n uint64
			n, err = strconv.ParseUint(v, 10, 64)
			outside = n < uint64(r.min) || n > uint64(r.max)
		}
		if err != nil {
			return &OptionError{Msg: "Improperly specified VM option '" + name + "=" + v + "'"}
		}
		if outside {
			msg := kind + name + "=" + v + " is outside the allowed range [ " + lo + " ... " + hi + " ]"
			if r.reportOption {
				msg += "\nImproperly specified VM option '" + name + "=" + v + "'"
			}
			return &OptionError{Msg: msg}
		}
	}
	if v, ok := o.XX["NewRatio"]; ok {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return &OptionError{Msg: "Improperly specified VM option 'NewRatio=" + v + "'"}
		}
		if n == 0 {
			return &InitError{"Invalid young gen ratio specified"}
		}
	}
	if o.XX["NewSize"] == "0" && o.XX["MaxNewSize"] == "0" { // -Xmn0
		return &OptionError{Msg: "Invalid initial young generation size: -Xmn0"}
	}
	if err := o.applyErgonomics(); err != nil {
		return err
	}
	heapMax := o.VM.MaxHeap
	if heapMax < 2<<20 {
		return &InitError{"Too small maximum heap"}
	}
	initial, _ := ParseSize(o.XX["InitialHeapSize"])
	if uintptr(initial) > heapMax {
		return &InitError{"Initial heap size set to a larger value than the maximum heap size"}
	}
	// GCArguments::initialize_heap_flags_and_sizes then aligns -Xmx and -Xms
	// up to HeapAlignment, Serial's card table constraint (512-byte cards
	// times the 4 KB page: 2 MB): -Xmx17m is an 18 MB heap.
	heapMax = alignUp(heapMax, o.heapAlignment())
	o.VM.MaxHeap = heapMax
	if initial != 0 {
		initial = uint64(alignUp(uintptr(initial), o.heapAlignment()))
	}
	if n, ok := ParseSize(o.XX["MaxNewSize"]); ok {
		if initial == 0 {
			initial = uint64(heapMax)
		}
		if n > initial {
			l.Printf(ulog.Warning, "gc,ergo", "NewSize was set larger than initial heap size, will use initial heap size.")
		}
		if uintptr(n) >= heapMax {
			fixed := heapMax - 64<<10
			l.Printf(ulog.Warning, "gc,ergo", "MaxNewSize (%dk) is equal to or greater than the entire heap (%dk).  A new max generation size of %dk will be used.",
				n>>10, heapMax>>10, fixed>>10)
			o.XX["NewSize"] = strconv.FormatUint(uint64(fixed), 10)
			o.XX["MaxNewSize"] = o.XX["NewSize"]
		}
	}
	return nil
}
