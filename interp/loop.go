package interp

import (
	"math"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// execute runs frames until the frame at index depth returns, and returns
// that frame's result. If an exception propagates out of that frame, it is
// left pending on t.
func (it *Interp) execute(t *rtda.Thread, depth int) uint64 {
	vm := t.VM
	hp := vm.Heap
	hb := hp.Base()
	// The slot stack is reached through a pointer to a large array and
	// masked indexes, which lets the compiler drop bounds checks: every
	// index is below len(t.Stack) by construction (frames are checked
	// against it when pushed).
	st := (*slotArray)(unsafe.Pointer(&t.Stack[0]))
	var classes []*rtda.Class

	var (
		fi    int
		f     *rtda.Frame
		code  *Code
		insts []Inst
		pc    int
		lp    int
		sp    int
	)
reload:
	classes = vm.ClassTable()
	fi = len(t.Frames) - 1
	f = &t.Frames[fi]
	code = (*Code)(f.Method.Lowered)
	insts = code.Insts
	pc = f.PC
	lp = f.Locals
	sp = f.SP

	for {
		in := (*Inst)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(insts)), uintptr(pc)*unsafe.Sizeof(Inst{})))
		switch in.Op {
		case opNop:
			pc++
		case opAconstNull:
			st[sp&slotMask] = 0
			sp++
			pc++
		case opConst:
			st[sp&slotMask] = uint64(uint32(in.A))
			sp++
			pc++
		case opConst2:
			st[sp&slotMask] = uint64(uint32(in.A)) | uint64(uint32(in.B))<<32
			sp += 2
			pc++
		case opLoad1:
			st[sp&slotMask] = st[(lp+int(in.A))&slotMask]
			sp++
			pc++
		case opLoad2:
			st[sp&slotMask] = st[(lp+int(in.A))&slotMask]
			sp += 2
			pc++
		case opStore1:
			sp--
			st[(lp+int(in.A))&slotMask] = st[sp&slotMask]
			pc++
		case opStore2:
			sp -= 2
			st[(lp+int(in.A))&slotMask] = st[sp&slotMask]
			pc++
		case opLdcRef:
			st[sp&slotMask] = uint64(*(*heap.Ref)(in.P))
			sp++
			pc++
		case opLdcClass:
			st[sp&slotMask] = uint64((*rtda.Class)(in.P).Mirror)
			sp++
			pc++
		case opLdc:
			f.PC, f.SP = pc, sp
			if !it.resolveLdc(t, code, in) {
				goto throw
			}
			goto reload

		// Array loads: arrayref, index -> value.
		case opIaload, opFaload:
			arr := heap.Ref(st[(sp-2)&slotMask])
			idx := int32(st[(sp-1)&slotMask])
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			e := unsafe.Add(p, heap.ArrayBaseOffset)
			st[(sp-2)&slotMask] = uint64(*(*uint32)(unsafe.Add(e, uintptr(idx)*4)))
			sp--
			pc++
		case opAaload:
			arr := heap.Ref(st[(sp-2)&slotMask])
			idx := int32(st[(sp-1)&slotMask])
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			e := unsafe.Add(p, heap.ArrayBaseOffset)
			st[(sp-2)&slotMask] = uint64(*(*heap.Ref)(unsafe.Add(e, uintptr(idx)*4)))
			sp--
			pc++
		case opLaload, opDaload:
			arr := heap.Ref(st[(sp-2)&slotMask])
			idx := int32(st[(sp-1)&slotMask])
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			e := unsafe.Add(p, heap.ArrayBaseOffset)
			st[(sp-2)&slotMask] = *(*uint64)(unsafe.Add(e, uintptr(idx)*8))
			pc++
		case opBaload:
			arr := heap.Ref(st[(sp-2)&slotMask])
			idx := int32(st[(sp-1)&slotMask])
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			e := unsafe.Add(p, heap.ArrayBaseOffset)
			st[(sp-2)&slotMask] = intSlot(int32(*(*int8)(unsafe.Add(e, uintptr(idx)))))
			sp--
			pc++
		case opCaload:
			arr := heap.Ref(st[(sp-2)&slotMask])
			idx := int32(st[(sp-1)&slotMask])
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			e := unsafe.Add(p, heap.ArrayBaseOffset)
			st[(sp-2)&slotMask] = uint64(*(*uint16)(unsafe.Add(e, uintptr(idx)*2)))
			sp--
			pc++
		case opSaload:
			arr := heap.Ref(st[(sp-2)&slotMask])
			idx := int32(st[(sp-1)&slotMask])
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			e := unsafe.Add(p, heap.ArrayBaseOffset)
			st[(sp-2)&slotMask] = intSlot(int32(*(*int16)(unsafe.Add(e, uintptr(idx)*2))))
			sp--
			pc++

		// Array stores: arrayref, index, value ->.
		case opIastore, opFastore:
			arr := heap.Ref(st[(sp-3)&slotMask])
			idx := int32(st[(sp-2)&slotMask])
			v := st[(sp-1)&slotMask]
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			e := unsafe.Add(p, heap.ArrayBaseOffset)
			*(*uint32)(unsafe.Add(e, uintptr(idx)*4)) = uint32(v)
			sp -= 3
			pc++
		case opCastore, opSastore:
			arr := heap.Ref(st[(sp-3)&slotMask])
			idx := int32(st[(sp-2)&slotMask])
			v := st[(sp-1)&slotMask]
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			e := unsafe.Add(p, heap.ArrayBaseOffset)
			*(*uint16)(unsafe.Add(e, uintptr(idx)*2)) = uint16(v)
			sp -= 3
			pc++
		case opBastore:
			arr := heap.Ref(st[(sp-3)&slotMask])
			idx := int32(st[(sp-2)&slotMask])
			v := st[(sp-1)&slotMask]
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			e := unsafe.Add(p, heap.ArrayBaseOffset)
			if classes[*(*uint32)(unsafe.Add(p, heap.ClassIDOffset))].ElemKind == rtda.KindBoolean {
				v &= 1
			}
			*(*int8)(unsafe.Add(e, uintptr(idx))) = int8(v)
			sp -= 3
			pc++
		case opAastore:
			arr := heap.Ref(st[(sp-3)&slotMask])
			idx := int32(st[(sp-2)&slotMask])
			v := st[(sp-1)&slotMask]
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			if val := heap.Ref(v); val != 0 {
				ac := classes[*(*uint32)(unsafe.Add(p, heap.ClassIDOffset))]
				vc := classes[*(*uint32)(unsafe.Add(hb, uintptr(val)<<3+heap.ClassIDOffset))]
				if vc != ac.Component && !vc.IsSubclassOf(ac.Component) {
					f.PC, f.SP = pc, sp
					t.ThrowNew("java/lang/ArrayStoreException", vc.JavaName())
					goto throw
				}
			}
			hp.SetRef(arr, heap.ArrayBaseOffset+uintptr(idx)*4, heap.Ref(v))
			sp -= 3
			pc++
		case opLastore, opDastore:
			arr := heap.Ref(st[(sp-4)&slotMask])
			idx := int32(st[(sp-3)&slotMask])
			v := st[(sp-2)&slotMask]
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if n := *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)); uint32(idx) >= uint32(n) {
				f.PC, f.SP = pc, sp
				it.throwIndexOutOfBounds(t, idx, n)
				goto throw
			}
			*(*uint64)(unsafe.Add(p, heap.ArrayBaseOffset+uintptr(idx)*8)) = v
			sp -= 4
			pc++

		// Operand stack manipulation (JVMS §6.5, on slots regardless of type).
		case opPop:
			sp--
			pc++
		case opPop2:
			sp -= 2
			pc++
		case opDup:
			st[sp&slotMask] = st[(sp-1)&slotMask]
			sp++
			pc++
		case opDupX1:
			v1, v2 := st[(sp-1)&slotMask], st[(sp-2)&slotMask]
			st[(sp-2)&slotMask], st[(sp-1)&slotMask], st[sp&slotMask] = v1, v2, v1
			sp++
			pc++
		case opDupX2:
			v1, v2, v3 := st[(sp-1)&slotMask], st[(sp-2)&slotMask], st[(sp-3)&slotMask]
			st[(sp-3)&slotMask], st[(sp-2)&slotMask], st[(sp-1)&slotMask], st[sp&slotMask] = v1, v3, v2, v1
			sp++
			pc++
		case opDup2:
			st[sp&slotMask], st[(sp+1)&slotMask] = st[(sp-2)&slotMask], st[(sp-1)&slotMask]
			sp += 2
			pc++
		case opDup2X1:
			v1, v2, v3 := st[(sp-1)&slotMask], st[(sp-2)&slotMask], st[(sp-3)&slotMask]
			st[(sp-3)&slotMask], st[(sp-2)&slotMask], st[(sp-1)&slotMask], st[sp&slotMask], st[(sp+1)&slotMask] = v2, v1, v3, v2, v1
			sp += 2
			pc++
		case opDup2X2:
			v1, v2, v3, v4 := st[(sp-1)&slotMask], st[(sp-2)&slotMask], st[(sp-3)&slotMask], st[(sp-4)&slotMask]
			st[(sp-4)&slotMask], st[(sp-3)&slotMask], st[(sp-2)&slotMask], st[(sp-1)&slotMask], st[sp&slotMask], st[(sp+1)&slotMask] = v2, v1, v4, v3, v2, v1
			sp += 2
			pc++
		case opSwap:
			st[(sp-1)&slotMask], st[(sp-2)&slotMask] = st[(sp-2)&slotMask], st[(sp-1)&slotMask]
			pc++

		// int arithmetic
		case opIadd:
			st[(sp-2)&slotMask] = intSlot(int32(st[(sp-2)&slotMask]) + int32(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opIsub:
			st[(sp-2)&slotMask] = intSlot(int32(st[(sp-2)&slotMask]) - int32(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opImul:
			st[(sp-2)&slotMask] = intSlot(int32(st[(sp-2)&slotMask]) * int32(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opIdiv, opIrem:
			d := int32(st[(sp-1)&slotMask])
			if d == 0 {
				f.PC, f.SP = pc, sp
				t.ThrowNew("java/lang/ArithmeticException", "/ by zero")
				goto throw
			}
			n := int32(st[(sp-2)&slotMask])
			if in.Op == opIdiv {
				if d == -1 {
					st[(sp-2)&slotMask] = intSlot(-n)
				} else {
					st[(sp-2)&slotMask] = intSlot(n / d)
				}
			} else if d == -1 {
				st[(sp-2)&slotMask] = 0
			} else {
				st[(sp-2)&slotMask] = intSlot(n % d)
			}
			sp--
			pc++
		case opIneg:
			st[(sp-1)&slotMask] = intSlot(-int32(st[(sp-1)&slotMask]))
			pc++
		case opIshl:
			st[(sp-2)&slotMask] = intSlot(int32(st[(sp-2)&slotMask]) << (st[(sp-1)&slotMask] & 31))
			sp--
			pc++
		case opIshr:
			st[(sp-2)&slotMask] = intSlot(int32(st[(sp-2)&slotMask]) >> (st[(sp-1)&slotMask] & 31))
			sp--
			pc++
		case opIushr:
			st[(sp-2)&slotMask] = uint64(uint32(st[(sp-2)&slotMask]) >> (st[(sp-1)&slotMask] & 31))
			sp--
			pc++
		case opIand:
			st[(sp-2)&slotMask] = uint64(uint32(st[(sp-2)&slotMask]) & uint32(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opIor:
			st[(sp-2)&slotMask] = uint64(uint32(st[(sp-2)&slotMask]) | uint32(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opIxor:
			st[(sp-2)&slotMask] = uint64(uint32(st[(sp-2)&slotMask]) ^ uint32(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opIinc:
			st[(lp+int(in.A))&slotMask] = intSlot(int32(st[(lp+int(in.A))&slotMask]) + in.B)
			pc++

		// long arithmetic
		case opLadd:
			st[(sp-4)&slotMask] = uint64(int64(st[(sp-4)&slotMask]) + int64(st[(sp-2)&slotMask]))
			sp -= 2
			pc++
		case opLsub:
			st[(sp-4)&slotMask] = uint64(int64(st[(sp-4)&slotMask]) - int64(st[(sp-2)&slotMask]))
			sp -= 2
			pc++
		case opLmul:
			st[(sp-4)&slotMask] = uint64(int64(st[(sp-4)&slotMask]) * int64(st[(sp-2)&slotMask]))
			sp -= 2
			pc++
		case opLdiv, opLrem:
			d := int64(st[(sp-2)&slotMask])
			if d == 0 {
				f.PC, f.SP = pc, sp
				t.ThrowNew("java/lang/ArithmeticException", "/ by zero")
				goto throw
			}
			n := int64(st[(sp-4)&slotMask])
			if in.Op == opLdiv {
				if d == -1 {
					st[(sp-4)&slotMask] = uint64(-n)
				} else {
					st[(sp-4)&slotMask] = uint64(n / d)
				}
			} else if d == -1 {
				st[(sp-4)&slotMask] = 0
			} else {
				st[(sp-4)&slotMask] = uint64(n % d)
			}
			sp -= 2
			pc++
		case opLneg:
			st[(sp-2)&slotMask] = uint64(-int64(st[(sp-2)&slotMask]))
			pc++
		case opLshl:
			st[(sp-3)&slotMask] = uint64(int64(st[(sp-3)&slotMask]) << (st[(sp-1)&slotMask] & 63))
			sp--
			pc++
		case opLshr:
			st[(sp-3)&slotMask] = uint64(int64(st[(sp-3)&slotMask]) >> (st[(sp-1)&slotMask] & 63))
			sp--
			pc++
		case opLushr:
			st[(sp-3)&slotMask] = st[(sp-3)&slotMask] >> (st[(sp-1)&slotMask] & 63)
			sp--
			pc++
		case opLand:
			st[(sp-4)&slotMask] &= st[(sp-2)&slotMask]
			sp -= 2
			pc++
		case opLor:
			st[(sp-4)&slotMask] |= st[(sp-2)&slotMask]
			sp -= 2
			pc++
		case opLxor:
			st[(sp-4)&slotMask] ^= st[(sp-2)&slotMask]
			sp -= 2
			pc++

		// float and double arithmetic
		case opFadd:
			st[(sp-2)&slotMask] = floatSlot(slotFloat(st[(sp-2)&slotMask]) + slotFloat(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opFsub:
			st[(sp-2)&slotMask] = floatSlot(slotFloat(st[(sp-2)&slotMask]) - slotFloat(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opFmul:
			st[(sp-2)&slotMask] = floatSlot(slotFloat(st[(sp-2)&slotMask]) * slotFloat(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opFdiv:
			st[(sp-2)&slotMask] = floatSlot(slotFloat(st[(sp-2)&slotMask]) / slotFloat(st[(sp-1)&slotMask]))
			sp--
			pc++
		case opFrem:
			st[(sp-2)&slotMask] = floatSlot(float32(math.Mod(float64(slotFloat(st[(sp-2)&slotMask])), float64(slotFloat(st[(sp-1)&slotMask])))))
			sp--
			pc++
		case opFneg:
			st[(sp-1)&slotMask] = uint64(uint32(st[(sp-1)&slotMask]) ^ 0x80000000)
			pc++
		case opDadd:
			st[(sp-4)&slotMask] = doubleSlot(slotDouble(st[(sp-4)&slotMask]) + slotDouble(st[(sp-2)&slotMask]))
			sp -= 2
			pc++
		case opDsub:
			st[(sp-4)&slotMask] = doubleSlot(slotDouble(st[(sp-4)&slotMask]) - slotDouble(st[(sp-2)&slotMask]))
			sp -= 2
			pc++
		case opDmul:
			st[(sp-4)&slotMask] = doubleSlot(slotDouble(st[(sp-4)&slotMask]) * slotDouble(st[(sp-2)&slotMask]))
			sp -= 2
			pc++
		case opDdiv:
			st[(sp-4)&slotMask] = doubleSlot(slotDouble(st[(sp-4)&slotMask]) / slotDouble(st[(sp-2)&slotMask]))
			sp -= 2
			pc++
		case opDrem:
			st[(sp-4)&slotMask] = doubleSlot(math.Mod(slotDouble(st[(sp-4)&slotMask]), slotDouble(st[(sp-2)&slotMask])))
			sp -= 2
			pc++
		case opDneg:
			st[(sp-2)&slotMask] ^= 1 << 63
			pc++

		// conversions
		case opI2l:
			st[(sp-1)&slotMask] = uint64(int64(int32(st[(sp-1)&slotMask])))
			sp++
			pc++
		case opI2f:
			st[(sp-1)&slotMask] = floatSlot(float32(int32(st[(sp-1)&slotMask])))
			pc++
		case opI2d:
			st[(sp-1)&slotMask] = doubleSlot(float64(int32(st[(sp-1)&slotMask])))
			sp++
			pc++
		case opL2i:
			st[(sp-2)&slotMask] = intSlot(int32(int64(st[(sp-2)&slotMask])))
			sp--
			pc++
		case opL2f:
			st[(sp-2)&slotMask] = floatSlot(float32(int64(st[(sp-2)&slotMask])))
			sp--
			pc++
		case opL2d:
			st[(sp-2)&slotMask] = doubleSlot(float64(int64(st[(sp-2)&slotMask])))
			pc++
		case opF2i:
			st[(sp-1)&slotMask] = intSlot(f2i(float64(slotFloat(st[(sp-1)&slotMask]))))
			pc++
		case opF2l:
			st[(sp-1)&slotMask] = uint64(f2l(float64(slotFloat(st[(sp-1)&slotMask]))))
			sp++
			pc++
		case opF2d:
			st[(sp-1)&slotMask] = doubleSlot(float64(slotFloat(st[(sp-1)&slotMask])))
			sp++
			pc++
		case opD2i:
			st[(sp-2)&slotMask] = intSlot(f2i(slotDouble(st[(sp-2)&slotMask])))
			sp--
			pc++
		case opD2l:
			st[(sp-2)&slotMask] = uint64(f2l(slotDouble(st[(sp-2)&slotMask])))
			pc++
		case opD2f:
			st[(sp-2)&slotMask] = floatSlot(float32(slotDouble(st[(sp-2)&slotMask])))
			sp--
			pc++
		case opI2b:
			st[(sp-1)&slotMask] = intSlot(int32(int8(st[(sp-1)&slotMask])))
			pc++
		case opI2c:
			st[(sp-1)&slotMask] = uint64(uint16(st[(sp-1)&slotMask]))
			pc++
		case opI2s:
			st[(sp-1)&slotMask] = intSlot(int32(int16(st[(sp-1)&slotMask])))
			pc++

		// comparisons
		case opLcmp:
			a, b := int64(st[(sp-4)&slotMask]), int64(st[(sp-2)&slotMask])
			r := int32(0)
			if a < b {
				r = -1
			} else if a > b {
				r = 1
			}
			st[(sp-4)&slotMask] = intSlot(r)
			sp -= 3
			pc++
		case opFcmpl, opFcmpg:
			a, b := slotFloat(st[(sp-2)&slotMask]), slotFloat(st[(sp-1)&slotMask])
			st[(sp-2)&slotMask] = intSlot(fcmp(float64(a), float64(b), in.Op == opFcmpg))
			sp--
			pc++
		case opDcmpl, opDcmpg:
			a, b := slotDouble(st[(sp-4)&slotMask]), slotDouble(st[(sp-2)&slotMask])
			st[(sp-4)&slotMask] = intSlot(fcmp(a, b, in.Op == opDcmpg))
			sp -= 3
			pc++

		// branches
		case opIfeq:
			sp--
			if int32(st[sp&slotMask]) == 0 {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfne:
			sp--
			if int32(st[sp&slotMask]) != 0 {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIflt:
			sp--
			if int32(st[sp&slotMask]) < 0 {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfge:
			sp--
			if int32(st[sp&slotMask]) >= 0 {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfgt:
			sp--
			if int32(st[sp&slotMask]) > 0 {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfle:
			sp--
			if int32(st[sp&slotMask]) <= 0 {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmpeq:
			sp -= 2
			if int32(st[sp&slotMask]) == int32(st[(sp+1)&slotMask]) {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmpne:
			sp -= 2
			if int32(st[sp&slotMask]) != int32(st[(sp+1)&slotMask]) {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmplt:
			sp -= 2
			if int32(st[sp&slotMask]) < int32(st[(sp+1)&slotMask]) {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmpge:
			sp -= 2
			if int32(st[sp&slotMask]) >= int32(st[(sp+1)&slotMask]) {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmpgt:
			sp -= 2
			if int32(st[sp&slotMask]) > int32(st[(sp+1)&slotMask]) {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmple:
			sp -= 2
			if int32(st[sp&slotMask]) <= int32(st[(sp+1)&slotMask]) {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfAcmpeq:
			sp -= 2
			if uint32(st[sp&slotMask]) == uint32(st[(sp+1)&slotMask]) {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfAcmpne:
			sp -= 2
			if uint32(st[sp&slotMask]) != uint32(st[(sp+1)&slotMask]) {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfnull:
			sp--
			if uint32(st[sp&slotMask]) == 0 {
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfnonnull:
			sp--
			if uint32(st[sp&slotMask]) != 0 {
				pc = int(in.A)
			} else {
				pc++
			}
		case opGoto:
			if int(in.A) <= pc {
				if t.Yield--; t.Yield <= 0 {
					t.Yield = rtda.YieldQuantum
					f.PC, f.SP = pc, sp
					t.MaybeYield()
				}
			}
			pc = int(in.A)
		case opJsr:
			st[sp&slotMask] = uint64(pc + 1)
			sp++
			pc = int(in.A)
		case opRet:
			pc = int(st[(lp+int(in.A))&slotMask])
		case opTableSwitch:
			tbl := (*switchTable)(in.P)
			sp--
			k := int64(int32(st[sp&slotMask])) - int64(tbl.low)
			if k >= 0 && k < int64(len(tbl.targets)) {
				pc = int(tbl.targets[k])
			} else {
				pc = int(tbl.def)
			}
		case opLookupSwitch:
			lt := (*lookupTable)(in.P)
			sp--
			pc = int(lt.def)
			key := int32(st[sp&slotMask])
			lo, hi := 0, len(lt.keys)
			for lo < hi { // keys are sorted (JVMS §4.10.1)
				mid := (lo + hi) / 2
				switch k := lt.keys[mid]; {
				case k == key:
					pc = int(lt.targets[mid])
					lo = hi
				case k < key:
					lo = mid + 1
				default:
					hi = mid
				}
			}

		// returns
		case opIreturn, opFreturn, opAreturn:
			v := st[(sp-1)&slotMask]
			it.popFrame(t)
			if fi == depth {
				return v
			}
			caller := &t.Frames[fi-1]
			st[(caller.SP)&slotMask] = v
			caller.SP++
			caller.PC++
			goto reload
		case opLreturn, opDreturn:
			v := st[(sp-2)&slotMask]
			it.popFrame(t)
			if fi == depth {
				return v
			}
			caller := &t.Frames[fi-1]
			st[(caller.SP)&slotMask] = v
			caller.SP += 2
			caller.PC++
			goto reload
		case opReturn:
			it.popFrame(t)
			if fi == depth {
				return 0
			}
			t.Frames[fi-1].PC++
			goto reload

		// Quickened field access.
		case opGetfieldB:
			obj := heap.Ref(st[(sp-1)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))
			st[(sp-1)&slotMask] = intSlot(int32(*(*int8)(p)))
			pc++
		case opGetfieldC:
			obj := heap.Ref(st[(sp-1)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))
			st[(sp-1)&slotMask] = uint64(*(*uint16)(p))
			pc++
		case opGetfieldS:
			obj := heap.Ref(st[(sp-1)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))
			st[(sp-1)&slotMask] = intSlot(int32(*(*int16)(p)))
			pc++
		case opGetfieldI:
			obj := heap.Ref(st[(sp-1)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))
			st[(sp-1)&slotMask] = uint64(*(*uint32)(p))
			pc++
		case opGetfieldJ:
			obj := heap.Ref(st[(sp-1)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))
			st[(sp-1)&slotMask] = *(*uint64)(p)
			sp++
			pc++
		case opGetfieldL:
			obj := heap.Ref(st[(sp-1)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			p := unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))
			st[(sp-1)&slotMask] = uint64(*(*heap.Ref)(p))
			pc++
		case opPutfieldB:
			obj := heap.Ref(st[(sp-2)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			v := st[(sp-1)&slotMask]
			if in.B != 0 { // boolean
				v &= 1
			}
			*(*int8)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))) = int8(v)
			sp -= 2
			pc++
		case opPutfieldC:
			obj := heap.Ref(st[(sp-2)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			v := st[(sp-1)&slotMask]
			*(*uint16)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))) = uint16(v)
			sp -= 2
			pc++
		case opPutfieldI:
			obj := heap.Ref(st[(sp-2)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			v := st[(sp-1)&slotMask]
			*(*uint32)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))) = uint32(v)
			sp -= 2
			pc++
		case opPutfieldL:
			obj := heap.Ref(st[(sp-2)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			v := st[(sp-1)&slotMask]
			hp.SetRef(obj, uintptr(in.A), heap.Ref(v))
			sp -= 2
			pc++
		case opPutfieldJ:
			obj := heap.Ref(st[(sp-3)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			*(*uint64)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))) = st[(sp-2)&slotMask]
			sp -= 3
			pc++
		case opGetstaticB:
			p := unsafe.Add(hb, uintptr((*rtda.Field)(in.P).Class.Mirror)<<3+uintptr(in.A))
			st[sp&slotMask] = intSlot(int32(*(*int8)(p)))
			sp++
			pc++
		case opGetstaticC:
			p := unsafe.Add(hb, uintptr((*rtda.Field)(in.P).Class.Mirror)<<3+uintptr(in.A))
			st[sp&slotMask] = uint64(*(*uint16)(p))
			sp++
			pc++
		case opGetstaticS:
			p := unsafe.Add(hb, uintptr((*rtda.Field)(in.P).Class.Mirror)<<3+uintptr(in.A))
			st[sp&slotMask] = intSlot(int32(*(*int16)(p)))
			sp++
			pc++
		case opGetstaticI:
			p := unsafe.Add(hb, uintptr((*rtda.Field)(in.P).Class.Mirror)<<3+uintptr(in.A))
			st[sp&slotMask] = uint64(*(*uint32)(p))
			sp++
			pc++
		case opGetstaticJ:
			p := unsafe.Add(hb, uintptr((*rtda.Field)(in.P).Class.Mirror)<<3+uintptr(in.A))
			st[sp&slotMask] = *(*uint64)(p)
			sp += 2
			pc++
		case opGetstaticL:
			p := unsafe.Add(hb, uintptr((*rtda.Field)(in.P).Class.Mirror)<<3+uintptr(in.A))
			st[sp&slotMask] = uint64(*(*heap.Ref)(p))
			sp++
			pc++
		case opPutstaticB, opPutstaticC, opPutstaticI, opPutstaticJ, opPutstaticL:
			fld := (*rtda.Field)(in.P)
			mirror := fld.Class.Mirror
			p := unsafe.Add(hb, uintptr(mirror)<<3+uintptr(in.A))
			switch in.Op {
			case opPutstaticB:
				v := st[(sp-1)&slotMask]
				if in.B != 0 {
					v &= 1
				}
				*(*int8)(p) = int8(v)
				sp--
			case opPutstaticC:
				*(*uint16)(p) = uint16(st[(sp-1)&slotMask])
				sp--
			case opPutstaticI:
				*(*uint32)(p) = uint32(st[(sp-1)&slotMask])
				sp--
			case opPutstaticJ:
				*(*uint64)(p) = st[(sp-2)&slotMask]
				sp -= 2
			case opPutstaticL:
				hp.SetRef(mirror, uintptr(in.A), heap.Ref(st[(sp-1)&slotMask]))
				sp--
			}
			pc++
		case opGetfield, opPutfield, opGetstatic, opPutstatic:
			f.PC, f.SP = pc, sp
			if !it.resolveField(t, code, in) {
				goto throw
			}
			goto reload

		// Invocation.
		case opInvokeVirtualQ:
			recv := heap.Ref(st[(sp-int(in.B))&slotMask])
			if recv == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			rc := classes[*(*uint32)(unsafe.Add(hb, uintptr(recv)<<3+heap.ClassIDOffset))]
			m := rc.Vtable[in.A]
			f.PC, f.SP = pc, sp-int(in.B)
			if !it.call(t, m, sp-int(in.B)) {
				goto throw
			}
			goto reload
		case opInvokeDirectQ:
			if st[(sp-int(in.B))&slotMask] == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			f.PC, f.SP = pc, sp-int(in.B)
			if !it.call(t, (*rtda.Method)(in.P), sp-int(in.B)) {
				goto throw
			}
			goto reload
		case opInvokeStaticQ:
			f.PC, f.SP = pc, sp-int(in.B)
			if !it.call(t, (*rtda.Method)(in.P), sp-int(in.B)) {
				goto throw
			}
			goto reload
		case opInvokeInterfaceQ:
			recv := heap.Ref(st[(sp-int(in.B))&slotMask])
			if recv == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			rc := classes[*(*uint32)(unsafe.Add(hb, uintptr(recv)<<3+heap.ClassIDOffset))]
			f.PC, f.SP = pc, sp
			m := it.selectInterfaceMethod(t, rc, (*rtda.Method)(in.P))
			if m == nil {
				goto throw
			}
			f.SP = sp - int(in.B)
			if !it.call(t, m, sp-int(in.B)) {
				goto throw
			}
			goto reload
		case opInvokevirt, opInvokespec, opInvokestat, opInvokeintf:
			f.PC, f.SP = pc, sp
			if !it.resolveInvoke(t, code, in) {
				goto throw
			}
			goto reload
		case opInvokeHandle:
			f.PC, f.SP = pc, sp
			if !it.invokeHandle(t, in, sp) {
				goto throw
			}
			goto reload
		case opInvokeBasic:
			f.PC, f.SP = pc, sp
			if !it.invokeBasic(t, in) {
				goto throw
			}
			goto reload
		case opLinkToStatic, opLinkToSpecial, opLinkToVirtual, opLinkToInterface:
			f.PC, f.SP = pc, sp
			if !it.linkTo(t, in, in.Op) {
				goto throw
			}
			goto reload
		case opInvokedyn, opInvokeDynamicQ:
			f.PC, f.SP = pc, sp
			if !it.invokeDynamic(t, code, in, sp) {
				goto throw
			}
			goto reload

		// Objects and arrays.
		case opNewQ:
			f.PC, f.SP = pc, sp
			obj := t.NewObject((*rtda.Class)(in.P))
			if obj == 0 {
				goto throw
			}
			st[sp&slotMask] = uint64(obj)
			sp++
			pc++
		case opNew:
			f.PC, f.SP = pc, sp
			if !it.resolveNew(t, code, in) {
				goto throw
			}
			goto reload
		case opNewarray:
			f.PC, f.SP = pc, sp
			a := t.NewArrayOf(vm.Primitive(primitiveOfAtype[in.A]), int32(st[(sp-1)&slotMask]))
			if a == 0 {
				goto throw
			}
			st[(sp-1)&slotMask] = uint64(a)
			pc++
		case opAnewarrayQ:
			f.PC, f.SP = pc, sp
			a := t.NewArray((*rtda.Class)(in.P), int32(st[(sp-1)&slotMask]))
			if a == 0 {
				goto throw
			}
			st[(sp-1)&slotMask] = uint64(a)
			pc++
		case opArraylength:
			arr := heap.Ref(st[(sp-1)&slotMask])
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			st[(sp-1)&slotMask] = uint64(uint32(*(*int32)(unsafe.Add(hb, uintptr(arr)<<3+heap.ArrayLengthOffset))))
			pc++
		case opAthrow:
			ex := heap.Ref(st[(sp-1)&slotMask])
			f.PC, f.SP = pc, sp
			if ex == 0 {
				it.throwNPE(t, f)
			} else {
				t.Throw(ex)
			}
			goto throw
		case opCheckcastQ:
			if obj := heap.Ref(st[(sp-1)&slotMask]); obj != 0 {
				oc := classes[*(*uint32)(unsafe.Add(hb, uintptr(obj)<<3+heap.ClassIDOffset))]
				target := (*rtda.Class)(in.P)
				if oc != target && !oc.IsSubclassOf(target) {
					f.PC, f.SP = pc, sp
					t.ThrowNew("java/lang/ClassCastException", castMessage(oc, target))
					goto throw
				}
			}
			pc++
		case opInstanceofQ:
			if obj := heap.Ref(st[(sp-1)&slotMask]); obj != 0 {
				oc := classes[*(*uint32)(unsafe.Add(hb, uintptr(obj)<<3+heap.ClassIDOffset))]
				target := (*rtda.Class)(in.P)
				st[(sp-1)&slotMask] = boolSlot(oc == target || oc.IsSubclassOf(target))
			}
			pc++
		case opAnewarray, opCheckcast, opInstanceof, opMultianew:
			f.PC, f.SP = pc, sp
			if !it.resolveClassOp(t, code, in) {
				goto throw
			}
			goto reload
		case opMultianewarrayQ:
			f.PC, f.SP = pc, sp
			dims := int(in.B)
			a := it.multiNewArray(t, (*rtda.Class)(in.P), t.Stack[sp-dims:sp])
			if a == 0 {
				goto throw
			}
			sp -= dims
			st[sp&slotMask] = uint64(a)
			sp++
			pc++
		case opMonitorent:
			obj := heap.Ref(st[(sp-1)&slotMask])
			f.PC, f.SP = pc, sp
			if obj == 0 {
				it.throwNPE(t, f)
				goto throw
			}
			it.monitorEnter(t, obj)
			sp--
			pc++
		case opMonitorexit:
			obj := heap.Ref(st[(sp-1)&slotMask])
			f.PC, f.SP = pc, sp
			if obj == 0 {
				it.throwNPE(t, f)
				goto throw
			}
			if !it.monitorExit(t, obj) {
				goto throw
			}
			sp--
			pc++

		// Superinstructions (fuse.go).
		case opLoad1x2:
			st[sp&slotMask] = st[(lp+int(in.A))&slotMask]
			st[(sp+1)&slotMask] = st[(lp+int(in.B))&slotMask]
			sp += 2
			pc += 2
		case opLoad2x2:
			st[sp&slotMask] = st[(lp+int(in.A))&slotMask]
			st[(sp+2)&slotMask] = st[(lp+int(in.B))&slotMask]
			sp += 4
			pc += 2
		case opStore1Load1:
			st[(lp+int(in.A))&slotMask] = st[(sp-1)&slotMask]
			st[(sp-1)&slotMask] = st[(lp+int(in.B))&slotMask]
			pc += 2
		case opIfICmpLLeq:
			if int32(st[(lp+int(in.A))&slotMask]) == int32(st[(lp+int(in.B))&slotMask]) {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLne:
			if int32(st[(lp+int(in.A))&slotMask]) != int32(st[(lp+int(in.B))&slotMask]) {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLlt:
			if int32(st[(lp+int(in.A))&slotMask]) < int32(st[(lp+int(in.B))&slotMask]) {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLge:
			if int32(st[(lp+int(in.A))&slotMask]) >= int32(st[(lp+int(in.B))&slotMask]) {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLgt:
			if int32(st[(lp+int(in.A))&slotMask]) > int32(st[(lp+int(in.B))&slotMask]) {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLle:
			if int32(st[(lp+int(in.A))&slotMask]) <= int32(st[(lp+int(in.B))&slotMask]) {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKeq:
			if int32(st[(lp+int(in.A))&slotMask]) == in.B {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKne:
			if int32(st[(lp+int(in.A))&slotMask]) != in.B {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKlt:
			if int32(st[(lp+int(in.A))&slotMask]) < in.B {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKge:
			if int32(st[(lp+int(in.A))&slotMask]) >= in.B {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKgt:
			if int32(st[(lp+int(in.A))&slotMask]) > in.B {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKle:
			if int32(st[(lp+int(in.A))&slotMask]) <= in.B {
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfLeq:
			if int32(st[(lp+int(in.A))&slotMask]) == 0 {
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLne:
			if int32(st[(lp+int(in.A))&slotMask]) != 0 {
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLlt:
			if int32(st[(lp+int(in.A))&slotMask]) < 0 {
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLge:
			if int32(st[(lp+int(in.A))&slotMask]) >= 0 {
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLgt:
			if int32(st[(lp+int(in.A))&slotMask]) > 0 {
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLle:
			if int32(st[(lp+int(in.A))&slotMask]) <= 0 {
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLnull:
			if uint32(st[(lp+int(in.A))&slotMask]) == 0 {
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLnonnull:
			if uint32(st[(lp+int(in.A))&slotMask]) != 0 {
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIaddLL:
			st[sp&slotMask] = intSlot(int32(st[(lp+int(in.A))&slotMask]) + int32(st[(lp+int(in.B))&slotMask]))
			sp++
			pc += 3
		case opIsubLL:
			st[sp&slotMask] = intSlot(int32(st[(lp+int(in.A))&slotMask]) - int32(st[(lp+int(in.B))&slotMask]))
			sp++
			pc += 3
		case opIaddLK:
			st[sp&slotMask] = intSlot(int32(st[(lp+int(in.A))&slotMask]) + in.B)
			sp++
			pc += 3
		case opIaloadLL:
			arr := heap.Ref(st[(lp+int(in.A))&slotMask])
			idx := int32(st[(lp+int(in.B))&slotMask])
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if arr == 0 || uint32(idx) >= uint32(*(*int32)(unsafe.Add(p, heap.ArrayLengthOffset))) {
				// Fail as the array load itself would.
				st[sp&slotMask], st[(sp+1)&slotMask] = uint64(arr), uint64(uint32(idx))
				sp += 2
				pc += 2
				f.PC, f.SP = pc, sp
				if arr == 0 {
					it.throwNPE(t, f)
				} else {
					it.throwIndexOutOfBounds(t, idx, *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)))
				}
				goto throw
			}
			st[sp&slotMask] = uint64(*(*uint32)(unsafe.Add(p, heap.ArrayBaseOffset+uintptr(idx)*4)))
			sp += 1
			pc += 3
		case opAaloadLL:
			arr := heap.Ref(st[(lp+int(in.A))&slotMask])
			idx := int32(st[(lp+int(in.B))&slotMask])
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if arr == 0 || uint32(idx) >= uint32(*(*int32)(unsafe.Add(p, heap.ArrayLengthOffset))) {
				// Fail as the array load itself would.
				st[sp&slotMask], st[(sp+1)&slotMask] = uint64(arr), uint64(uint32(idx))
				sp += 2
				pc += 2
				f.PC, f.SP = pc, sp
				if arr == 0 {
					it.throwNPE(t, f)
				} else {
					it.throwIndexOutOfBounds(t, idx, *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)))
				}
				goto throw
			}
			st[sp&slotMask] = uint64(*(*heap.Ref)(unsafe.Add(p, heap.ArrayBaseOffset+uintptr(idx)*4)))
			sp += 1
			pc += 3
		case opBaloadLL:
			arr := heap.Ref(st[(lp+int(in.A))&slotMask])
			idx := int32(st[(lp+int(in.B))&slotMask])
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if arr == 0 || uint32(idx) >= uint32(*(*int32)(unsafe.Add(p, heap.ArrayLengthOffset))) {
				// Fail as the array load itself would.
				st[sp&slotMask], st[(sp+1)&slotMask] = uint64(arr), uint64(uint32(idx))
				sp += 2
				pc += 2
				f.PC, f.SP = pc, sp
				if arr == 0 {
					it.throwNPE(t, f)
				} else {
					it.throwIndexOutOfBounds(t, idx, *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)))
				}
				goto throw
			}
			st[sp&slotMask] = intSlot(int32(*(*int8)(unsafe.Add(p, heap.ArrayBaseOffset+uintptr(idx)))))
			sp += 1
			pc += 3
		case opCaloadLL:
			arr := heap.Ref(st[(lp+int(in.A))&slotMask])
			idx := int32(st[(lp+int(in.B))&slotMask])
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if arr == 0 || uint32(idx) >= uint32(*(*int32)(unsafe.Add(p, heap.ArrayLengthOffset))) {
				// Fail as the array load itself would.
				st[sp&slotMask], st[(sp+1)&slotMask] = uint64(arr), uint64(uint32(idx))
				sp += 2
				pc += 2
				f.PC, f.SP = pc, sp
				if arr == 0 {
					it.throwNPE(t, f)
				} else {
					it.throwIndexOutOfBounds(t, idx, *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)))
				}
				goto throw
			}
			st[sp&slotMask] = uint64(*(*uint16)(unsafe.Add(p, heap.ArrayBaseOffset+uintptr(idx)*2)))
			sp += 1
			pc += 3
		case opDaloadLL:
			arr := heap.Ref(st[(lp+int(in.A))&slotMask])
			idx := int32(st[(lp+int(in.B))&slotMask])
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if arr == 0 || uint32(idx) >= uint32(*(*int32)(unsafe.Add(p, heap.ArrayLengthOffset))) {
				// Fail as the array load itself would.
				st[sp&slotMask], st[(sp+1)&slotMask] = uint64(arr), uint64(uint32(idx))
				sp += 2
				pc += 2
				f.PC, f.SP = pc, sp
				if arr == 0 {
					it.throwNPE(t, f)
				} else {
					it.throwIndexOutOfBounds(t, idx, *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)))
				}
				goto throw
			}
			st[sp&slotMask] = *(*uint64)(unsafe.Add(p, heap.ArrayBaseOffset+uintptr(idx)*8))
			sp += 2
			pc += 3
		case opArraylengthL:
			arr := heap.Ref(st[(lp+int(in.A))&slotMask])
			if arr == 0 {
				st[sp&slotMask] = 0
				sp++
				pc++
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			st[sp&slotMask] = uint64(uint32(*(*int32)(unsafe.Add(hb, uintptr(arr)<<3+heap.ArrayLengthOffset))))
			sp++
			pc += 2
		case opIincGoto:
			st[(lp+int(in.A))&slotMask] = intSlot(int32(st[(lp+int(in.A))&slotMask]) + in.B)
			if int(in.C) <= pc {
				if t.Yield--; t.Yield <= 0 {
					t.Yield = rtda.YieldQuantum
					f.PC, f.SP = pc+1, sp
					t.MaybeYield()
				}
			}
			pc = int(in.C)
		case opDaddL:
			st[(sp-2)&slotMask] = doubleSlot(slotDouble(st[(sp-2)&slotMask]) + slotDouble(st[(lp+int(in.A))&slotMask]))
			pc += 2
		case opDsubL:
			st[(sp-2)&slotMask] = doubleSlot(slotDouble(st[(sp-2)&slotMask]) - slotDouble(st[(lp+int(in.A))&slotMask]))
			pc += 2
		case opDmulL:
			st[(sp-2)&slotMask] = doubleSlot(slotDouble(st[(sp-2)&slotMask]) * slotDouble(st[(lp+int(in.A))&slotMask]))
			pc += 2
		case opDdivL:
			st[(sp-2)&slotMask] = doubleSlot(slotDouble(st[(sp-2)&slotMask]) / slotDouble(st[(lp+int(in.A))&slotMask]))
			pc += 2
		case opGetfieldIL:
			obj := heap.Ref(st[(lp+int(in.A))&slotMask])
			if obj == 0 {
				st[sp&slotMask] = 0
				sp++
				pc++
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			st[sp&slotMask] = uint64(*(*uint32)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.B))))
			sp += 1
			pc += 2
		case opGetfieldJL:
			obj := heap.Ref(st[(lp+int(in.A))&slotMask])
			if obj == 0 {
				st[sp&slotMask] = 0
				sp++
				pc++
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			st[sp&slotMask] = *(*uint64)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.B)))
			sp += 2
			pc += 2
		case opGetfieldLL:
			obj := heap.Ref(st[(lp+int(in.A))&slotMask])
			if obj == 0 {
				st[sp&slotMask] = 0
				sp++
				pc++
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			st[sp&slotMask] = uint64(*(*heap.Ref)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.B))))
			sp += 1
			pc += 2
		default:
			f.PC, f.SP = pc, sp
			t.ThrowNew("java/lang/InternalError", "unimplemented instruction "+opName(in.Op))
			goto throw
		}
		continue

	throw:
		if !it.unwind(t, depth) {
			return 0
		}
		goto reload
	}
}

// f2i converts a float or double to int as JVMS §6.5.d2i says: NaN is 0,
// out-of-range values saturate.
func f2i(d float64) int32 {
	switch {
	case d != d:
		return 0
	case d >= math.MaxInt32:
		return math.MaxInt32
	case d <= math.MinInt32:
		return math.MinInt32
	}
	return int32(d)
}

func f2l(d float64) int64 {
	switch {
	case d != d:
		return 0
	case d >= math.MaxInt64:
		return math.MaxInt64
	case d <= math.MinInt64:
		return math.MinInt64
	}
	return int64(d)
}

// fcmp is fcmpl/dcmpl (NaN gives -1) or, with nanIsGreater, fcmpg/dcmpg.
func fcmp(a, b float64, nanIsGreater bool) int32 {
	switch {
	case a > b:
		return 1
	case a < b:
		return -1
	case a == b:
		return 0
	case nanIsGreater:
		return 1
	}
	return -1
}

var primitiveOfAtype = [...]byte{4: 'Z', 5: 'C', 6: 'F', 7: 'D', 8: 'B', 9: 'S', 10: 'I', 11: 'J'}
