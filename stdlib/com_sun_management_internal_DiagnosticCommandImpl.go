package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The DiagnosticCommand MBean (com.sun.management:type=DiagnosticCommand):
// libmanagement_ext's DiagnosticCommandImpl.c over HotSpot's jmm
// interface, here over the VM's diagnostic command table.
func init() {
	natives("com/sun/management/internal/DiagnosticCommandImpl", map[string]rtda.NativeFunc{
		// Registration notifications: the VM registers no commands at run
		// time, so there is nothing to send.
		"setNotificationEnabled(Z)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getDiagnosticCommands()[Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			var names []string
			if d := stateOf(t).cfg.DCmds; d != nil {
				for _, c := range d.MBeanDCmds() {
					names = append(names, c.Name)
				}
			}
			return uint64(newStringArray(t, names))
		},
		"getDiagnosticCommandInfo([Ljava/lang/String;)[Lcom/sun/management/internal/DiagnosticCommandInfo;": diagnosticCommandInfo,
		"executeDiagnosticCommand(Ljava/lang/String;)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			if a[1] == 0 {
				throwNPE(t)
				return 0
			}
			d := stateOf(t).cfg.DCmds
			if d == nil {
				t.ThrowNew("java/lang/IllegalArgumentException", "Unknown diagnostic command")
				return 0
			}
			out, perr := d.ExecuteDCmd(t, str(t, a[1]))
			if t.Pending != 0 {
				return 0
			}
			if perr != "" {
				t.ThrowNew("java/lang/IllegalArgumentException", perr)
				return 0
			}
			return newString(t, out)
		},
	})
}

// diagnosticCommandInfo builds a DiagnosticCommandInfo for each command
// named (jmm_GetDiagnosticCommandInfo; an unknown name is
// IllegalArgumentException "Unknown diagnostic command").
func diagnosticCommandInfo(t *rtda.Thread, a []uint64) uint64 {
	if a[1] == 0 {
		throwNPE(t)
		return 0
	}
	var all []DCmdInfo
	if d := stateOf(t).cfg.DCmds; d != nil {
		all = d.MBeanDCmds()
	}
	names := arrayRefs(t.VM, ref(a[1]))
	var wanted []DCmdInfo
	for _, n := range names {
		name := ""
		if n != 0 {
			name = t.VM.GoString(n)
		}
		found := false
		for _, c := range all {
			if c.Name == name {
				wanted, found = append(wanted, c), true
				break
			}
		}
		if !found {
			t.ThrowNew("java/lang/IllegalArgumentException", "Unknown diagnostic command")
			return 0
		}
	}
	ic := t.LoadClass(t.VM.Boot, "com/sun/management/internal/DiagnosticCommandInfo")
	if ic == nil {
		return 0
	}
	result := t.NewHandle(t.NewArrayOf(ic, int32(len(wanted))))
	if t.Pending != 0 {
		return 0
	}
	optString := func(s string) uint64 {
		if s == "" {
			return 0
		}
		return uint64(t.NewString(s))
	}
	for i, c := range wanted {
		mark := t.HandleMark()
		args := t.NewHandle(dcmdArgInfoList(t, c.Args))
		if t.Pending != 0 {
			return 0
		}
		strs := make([]rtda.Handle, 6)
		for k, s := range []string{c.Name, c.Description, c.Impact, c.PermissionClass, c.PermissionName, c.PermissionAction} {
			if k < 3 {
				strs[k] = t.NewHandle(t.NewString(s))
			} else {
				strs[k] = t.NewHandle(heap.Ref(optString(s)))
			}
		}
		if t.Pending != 0 {
			return 0
		}
		info := newInstance(t, "com/sun/management/internal/DiagnosticCommandInfo",
			"(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;ZLjava/util/List;)V",
			strs[0], strs[1], strs[2], strs[3], strs[4], strs[5], uint64(1), args)
		if t.Pending != 0 {
			return 0
		}
		t.VM.Heap.SetRef(*result, rtda.ElemOffset(i, 2), info)
		t.ReleaseHandles(mark)
	}
	return uint64(*result)
}

// dcmdArgInfoList is Arrays.asList of DiagnosticCommandArgumentInfo.
func dcmdArgInfoList(t *rtda.Thread, args []DCmdArgInfo) heap.Ref {
	ac := t.LoadClass(t.VM.Boot, "com/sun/management/internal/DiagnosticCommandArgumentInfo")
	if ac == nil {
		return 0
	}
	arr := t.NewHandle(t.NewArrayOf(ac, int32(len(args))))
	if t.Pending != 0 {
		return 0
	}
	for i, a := range args {
		mark := t.HandleMark()
		name := t.NewHandle(t.NewString(a.Name))
		desc := t.NewHandle(t.NewString(a.Description))
		typ := t.NewHandle(t.NewString(a.Type))
		def := t.NewHandle(0)
		if a.HasDefault {
			*def = t.NewString(a.Default)
		}
		if t.Pending != 0 {
			return 0
		}
		info := newInstance(t, "com/sun/management/internal/DiagnosticCommandArgumentInfo",
			"(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;ZZZI)V",
			name, desc, typ, def, uint64(boolSlot(a.Mandatory)), uint64(boolSlot(a.Option)), uint64(0), uint64(uint32(a.Position)))
		if t.Pending != 0 {
			return 0
		}
		t.VM.Heap.SetRef(*arr, rtda.ElemOffset(i, 2), info)
		t.ReleaseHandles(mark)
	}
	return heap.Ref(invokeStatic(t, "java/util/Arrays", "asList", "([Ljava/lang/Object;)Ljava/util/List;", arr))
}
