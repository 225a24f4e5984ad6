package stdlib

import (
	"math"
	"strconv"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// com.sun.management.internal.Flag: the VM's flags for
// HotSpotDiagnosticMXBean (getVMOption, setVMOption, getDiagnosticOptions;
// HotSpot's jmm_GetVMGlobals and jmm_SetVMGlobal). Each flag becomes a Flag
// made by its constructor, its value boxed by type: Boolean, Long for the
// integer types, Double, String.

// flagOrigins maps HotSpot's origin names to VMOption.Origin's constants.
var flagOrigins = map[string]string{
	"default": "DEFAULT", "command line": "VM_CREATION", "environment": "ENVIRON_VAR",
	"config file": "CONFIG_FILE", "management": "MANAGEMENT", "ergonomic": "ERGONOMIC",
	"attach": "ATTACH_ON_DEMAND",
}

func vmFlags(t *rtda.Thread) []VMFlag {
	if f := stateOf(t).cfg.Flags; f != nil {
		return f.VMFlags()
	}
	return nil
}

// newFlag makes the Flag object of f, or returns 0 after throwing.
func newFlag(t *rtda.Thread, f VMFlag) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	var value uint64
	switch f.Kind {
	case "bool":
		value = invokeStatic(t, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", boolSlot(f.Value == "true"))
	case "double":
		d, _ := strconv.ParseFloat(f.Value, 64)
		value = invokeStatic(t, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", math.Float64bits(d), uint64(0))
	case "ccstr", "ccstrlist":
		value = newString(t, f.Value)
	default:
		n, err := strconv.ParseInt(f.Value, 10, 64)
		if err != nil { // uint64_t and size_t above the long range
			u, _ := strconv.ParseUint(f.Value, 10, 64)
			n = int64(u)
		}
		value = invokeStatic(t, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", uint64(n), uint64(0))
	}
	if t.Pending != 0 {
		return 0
	}
	hv := t.NewHandle(heap.Ref(value))
	originName := flagOrigins[f.Origin]
	if originName == "" {
		originName = "OTHER"
	}
	originClass := bootClass(t, "com/sun/management/VMOption$Origin")
	if originClass == nil || !t.InitClass(originClass) {
		return 0
	}
	of := originClass.FindField(originName, "Lcom/sun/management/VMOption$Origin;")
	origin := t.NewHandle(t.VM.Heap.Ref(originClass.Mirror, of.Offset))
	name := t.NewHandle(t.NewString(f.Name))
	return heap.Ref(newInstance(t, "com/sun/management/internal/Flag",
		"(Ljava/lang/String;Ljava/lang/Object;ZZLcom/sun/management/VMOption$Origin;)V",
		name, hv, boolSlot(f.Manageable), boolSlot(f.Manageable), origin))
}

func setFlag(t *rtda.Thread, nameArg uint64, value string) uint64 {
	f := stateOf(t).cfg.Flags
	if f == nil {
		return 0
	}
	if err := f.SetVMFlag(str(t, nameArg), value); err != nil {
		t.ThrowNew("java/lang/IllegalArgumentException", err.Error())
	}
	return 0
}

func init() {
	natives("com/sun/management/internal/Flag", map[string]rtda.NativeFunc{
		"initialize()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getAllFlagNames()[Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			var names []string
			for _, f := range vmFlags(t) {
				names = append(names, f.Name)
			}
			return uint64(newStringArray(t, names))
		},
		"getInternalFlagCount()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(int32(len(vmFlags(t))))
		},
		// getFlags fills flags with the named flags (all of them for
		// null), skipping unknown names, and returns how many it filled.
		"getFlags([Ljava/lang/String;[Lcom/sun/management/internal/Flag;I)I": func(t *rtda.Thread, a []uint64) uint64 {
			mark := t.HandleMark()
			defer t.ReleaseHandles(mark)
			hn, hf := t.NewHandle(ref(a[0])), t.NewHandle(ref(a[1]))
			count := int(i32(a[2]))
			if *hf == 0 {
				return throwNPE(t)
			}
			all := vmFlags(t)
			var want []VMFlag
			if *hn == 0 {
				want = all
			} else {
				byName := map[string]VMFlag{}
				for _, f := range all {
					byName[f.Name] = f
				}
				for i := 0; i < int(t.VM.Heap.Len(*hn)); i++ {
					if s := t.VM.Heap.Ref(*hn, rtda.ElemOffset(i, 2)); s != 0 {
						if f, ok := byName[t.VM.GoString(s)]; ok {
							want = append(want, f)
						}
					}
				}
			}
			n := 0
			for _, f := range want {
				if n >= count || n >= int(t.VM.Heap.Len(*hf)) {
					break
				}
				obj := newFlag(t, f)
				if obj == 0 {
					return 0
				}
				t.VM.Heap.SetRef(*hf, rtda.ElemOffset(n, 2), obj)
				n++
			}
			return intSlot(int32(n))
		},
		"setLongValue(Ljava/lang/String;J)V": func(t *rtda.Thread, a []uint64) uint64 {
			return setFlag(t, a[0], strconv.FormatInt(i64(a[1]), 10))
		},
		"setDoubleValue(Ljava/lang/String;D)V": func(t *rtda.Thread, a []uint64) uint64 {
			return setFlag(t, a[0], strconv.FormatFloat(f64(a[1]), 'f', 6, 64))
		},
		"setBooleanValue(Ljava/lang/String;Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			return setFlag(t, a[0], strconv.FormatBool(a[1] != 0))
		},
		"setStringValue(Ljava/lang/String;Ljava/lang/String;)V": func(t *rtda.Thread, a []uint64) uint64 {
			return setFlag(t, a[0], str(t, a[1]))
		},
	})
}
