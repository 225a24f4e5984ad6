package interp

import (
	"fmt"
	"math"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// execute runs frames until the frame at index depth returns, and returns
// that frame's result. If an exception propagates out of that frame, it is
// left pending on t.
func (it *Interp) execute(t *rtda.Thread, depth int) uint64 {
	hb := t.VM.Heap.Base()
	// The slot stack is reached through a pointer to a large array and
	// masked indexes, which lets the compiler drop bounds checks: every
	// index is below len(t.Stack) by construction (frames are checked
	// against it when pushed).
	st := (*slotArray)(unsafe.Pointer(&t.Stack[0]))

	// The loop keeps only what the fast paths use in variables, so that
	// they stay in registers: instructions, pc, locals and stack pointer.
	// Slow paths find the frame, its code and the VM through t, and leave
	// the loop through reload after any call, so that pc and sp never have
	// to survive a call.
	var (
		ip unsafe.Pointer // the frame's instructions
		pc int
		lp int
		sp int
	)
reload:
	{
		f := t.Top()
		ip = unsafe.Pointer(unsafe.SliceData((*Code)(f.Method.Lowered).Insts))
		pc = f.PC
		lp = f.Locals
		sp = f.SP
	}

	for {
		in := (*Inst)(unsafe.Add(ip, uintptr(pc)*unsafe.Sizeof(Inst{})))
		switch op := in.Op; op {
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
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.resolveLdc(t, (*Code)(f.Method.Lowered), in) {
				goto throw
			}
			goto reload

		// Array loads: arrayref, index -> value.
		case opIaload, opFaload:
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			if t.VM.ClassTable()[*(*uint32)(unsafe.Add(p, heap.ClassIDOffset))].ElemKind == rtda.KindBoolean {
				v &= 1
			}
			*(*int8)(unsafe.Add(e, uintptr(idx))) = int8(v)
			sp -= 3
			pc++
		case opAastore:
			f := t.Top()
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
				classes := t.VM.ClassTable()
				ac := classes[*(*uint32)(unsafe.Add(p, heap.ClassIDOffset))]
				vc := classes[*(*uint32)(unsafe.Add(hb, uintptr(val)<<3+heap.ClassIDOffset))]
				if vc != ac.Component {
					// Calls leave the loop through reload, so that the
					// loop's state need not survive them in memory.
					f.PC, f.SP = pc, sp
					if !vc.IsSubclassOf(ac.Component) {
						t.ThrowNew("java/lang/ArrayStoreException", vc.JavaName())
						goto throw
					}
					t.VM.Heap.SetRef(arr, heap.ArrayBaseOffset+uintptr(idx)*4, val)
					f.PC++
					f.SP -= 3
					goto reload
				}
			}
			*(*heap.Ref)(unsafe.Add(p, heap.ArrayBaseOffset+uintptr(idx)*4)) = heap.Ref(v)
			t.VM.Heap.PostWrite(uintptr(arr)<<3 + heap.ArrayBaseOffset + uintptr(idx)*4)
			sp -= 3
			pc++
		case opLastore, opDastore:
			f := t.Top()
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
			f := t.Top()
			d := int32(st[(sp-1)&slotMask])
			if d == 0 {
				f.PC, f.SP = pc, sp
				t.ThrowNew("java/lang/ArithmeticException", "/ by zero")
				goto throw
			}
			n := int32(st[(sp-2)&slotMask])
			if op == opIdiv {
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
			f := t.Top()
			d := int64(st[(sp-2)&slotMask])
			if d == 0 {
				f.PC, f.SP = pc, sp
				t.ThrowNew("java/lang/ArithmeticException", "/ by zero")
				goto throw
			}
			n := int64(st[(sp-4)&slotMask])
			if op == opLdiv {
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
			a, b := slotFloat(st[(sp-2)&slotMask]), slotFloat(st[(sp-1)&slotMask])
			r := a + b
			if r != r {
				r = nan32(b, a)
			}
			st[(sp-2)&slotMask] = floatSlot(r)
			sp--
			pc++
		case opFsub:
			a, b := slotFloat(st[(sp-2)&slotMask]), slotFloat(st[(sp-1)&slotMask])
			r := a - b
			if r != r {
				r = nan32(a, b)
			}
			st[(sp-2)&slotMask] = floatSlot(r)
			sp--
			pc++
		case opFmul:
			a, b := slotFloat(st[(sp-2)&slotMask]), slotFloat(st[(sp-1)&slotMask])
			r := a * b
			if r != r {
				r = nan32(b, a)
			}
			st[(sp-2)&slotMask] = floatSlot(r)
			sp--
			pc++
		case opFdiv:
			a, b := slotFloat(st[(sp-2)&slotMask]), slotFloat(st[(sp-1)&slotMask])
			r := a / b
			if r != r {
				r = nan32(a, b)
			}
			st[(sp-2)&slotMask] = floatSlot(r)
			sp--
			pc++
		case opFrem:
			st[(sp-2)&slotMask] = floatSlot(frem(slotFloat(st[(sp-2)&slotMask]), slotFloat(st[(sp-1)&slotMask])))
			sp--
			pc++
		case opFneg:
			st[(sp-1)&slotMask] = uint64(uint32(st[(sp-1)&slotMask]) ^ 0x80000000)
			pc++
		case opDadd:
			a, b := slotDouble(st[(sp-4)&slotMask]), slotDouble(st[(sp-2)&slotMask])
			r := a + b
			if r != r {
				r = nan64(b, a)
			}
			st[(sp-4)&slotMask] = doubleSlot(r)
			sp -= 2
			pc++
		case opDsub:
			a, b := slotDouble(st[(sp-4)&slotMask]), slotDouble(st[(sp-2)&slotMask])
			r := a - b
			if r != r {
				r = nan64(a, b)
			}
			st[(sp-4)&slotMask] = doubleSlot(r)
			sp -= 2
			pc++
		case opDmul:
			a, b := slotDouble(st[(sp-4)&slotMask]), slotDouble(st[(sp-2)&slotMask])
			r := a * b
			if r != r {
				r = nan64(b, a)
			}
			st[(sp-4)&slotMask] = doubleSlot(r)
			sp -= 2
			pc++
		case opDdiv:
			a, b := slotDouble(st[(sp-4)&slotMask]), slotDouble(st[(sp-2)&slotMask])
			r := a / b
			if r != r {
				r = nan64(a, b)
			}
			st[(sp-4)&slotMask] = doubleSlot(r)
			sp -= 2
			pc++
		case opDrem:
			st[(sp-4)&slotMask] = doubleSlot(drem(slotDouble(st[(sp-4)&slotMask]), slotDouble(st[(sp-2)&slotMask])))
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
		case opFcmpl:
			st[(sp-2)&slotMask] = intSlot(fcmpl(float64(slotFloat(st[(sp-2)&slotMask])), float64(slotFloat(st[(sp-1)&slotMask]))))
			sp--
			pc++
		case opFcmpg:
			st[(sp-2)&slotMask] = intSlot(fcmpg(float64(slotFloat(st[(sp-2)&slotMask])), float64(slotFloat(st[(sp-1)&slotMask]))))
			sp--
			pc++
		case opDcmpl:
			st[(sp-4)&slotMask] = intSlot(fcmpl(slotDouble(st[(sp-4)&slotMask]), slotDouble(st[(sp-2)&slotMask])))
			sp -= 3
			pc++
		case opDcmpg:
			st[(sp-4)&slotMask] = intSlot(fcmpg(slotDouble(st[(sp-4)&slotMask]), slotDouble(st[(sp-2)&slotMask])))
			sp -= 3
			pc++

		// branches
		case opIfeq:
			sp--
			if int32(st[sp&slotMask]) == 0 {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfne:
			sp--
			if int32(st[sp&slotMask]) != 0 {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIflt:
			sp--
			if int32(st[sp&slotMask]) < 0 {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfge:
			sp--
			if int32(st[sp&slotMask]) >= 0 {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfgt:
			sp--
			if int32(st[sp&slotMask]) > 0 {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfle:
			sp--
			if int32(st[sp&slotMask]) <= 0 {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmpeq:
			sp -= 2
			if int32(st[sp&slotMask]) == int32(st[(sp+1)&slotMask]) {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmpne:
			sp -= 2
			if int32(st[sp&slotMask]) != int32(st[(sp+1)&slotMask]) {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmplt:
			sp -= 2
			if int32(st[sp&slotMask]) < int32(st[(sp+1)&slotMask]) {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmpge:
			sp -= 2
			if int32(st[sp&slotMask]) >= int32(st[(sp+1)&slotMask]) {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmpgt:
			sp -= 2
			if int32(st[sp&slotMask]) > int32(st[(sp+1)&slotMask]) {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfIcmple:
			sp -= 2
			if int32(st[sp&slotMask]) <= int32(st[(sp+1)&slotMask]) {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfAcmpeq:
			sp -= 2
			if uint32(st[sp&slotMask]) == uint32(st[(sp+1)&slotMask]) {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfAcmpne:
			sp -= 2
			if uint32(st[sp&slotMask]) != uint32(st[(sp+1)&slotMask]) {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfnull:
			sp--
			if uint32(st[sp&slotMask]) == 0 {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opIfnonnull:
			sp--
			if uint32(st[sp&slotMask]) != 0 {
				if int(in.A) <= pc && t.SafepointRequested() {
					pc = int(in.A)
					goto safepoint
				}
				pc = int(in.A)
			} else {
				pc++
			}
		case opGoto:
			if int(in.A) <= pc && t.SafepointRequested() {
				pc = int(in.A)
				goto safepoint
			}
			pc = int(in.A)
		case opJsr:
			st[sp&slotMask] = uint64(pc + 1)
			sp++
			pc = int(in.A)
		case opRet:
			// The decoder cannot know where a ret goes: the local must hold
			// a return address that a jsr of this method pushed, and the
			// stack must be as deep as at that jsr.
			f := t.Top()
			code := (*Code)(f.Method.Lowered)
			to := st[(lp+int(in.A))&slotMask]
			if to >= uint64(len(code.retDepth)) || code.retDepth[to] < 0 ||
				int(code.retDepth[to]) != sp-(lp+f.Method.MaxLocals) {
				f.PC, f.SP = pc, sp
				t.ThrowNew("java/lang/VerifyError", fmt.Sprintf("%s at bytecode %d: ret to an address that is not a return address",
					f.Method, in.BCI))
				goto throw
			}
			pc = int(to)
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
			if len(t.Frames) == depth {
				return v
			}
			caller := t.Top()
			st[(caller.SP)&slotMask] = v
			caller.SP++
			caller.PC++
			goto reload
		case opLreturn, opDreturn:
			v := st[(sp-2)&slotMask]
			it.popFrame(t)
			if len(t.Frames) == depth {
				return v
			}
			caller := t.Top()
			st[(caller.SP)&slotMask] = v
			caller.SP += 2
			caller.PC++
			goto reload
		case opReturnRegisterFinalizer:
			if obj := heap.Ref(st[lp&slotMask]); t.VM.ClassOf(obj).HasFinalizer {
				f := t.Top()
				f.PC, f.SP = pc, sp
				if !it.registerFinalizer(t, obj) {
					goto throw
				}
			}
			it.popFrame(t)
			if len(t.Frames) == depth {
				return 0
			}
			t.Top().PC++
			goto reload
		case opReturn:
			it.popFrame(t)
			if len(t.Frames) == depth {
				return 0
			}
			t.Top().PC++
			goto reload

		// Quickened field access.
		case opGetfieldB:
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
			obj := heap.Ref(st[(sp-2)&slotMask])
			if obj == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			v := st[(sp-1)&slotMask]
			*(*heap.Ref)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.A))) = heap.Ref(v)
			t.VM.Heap.PostWrite(uintptr(obj)<<3 + uintptr(in.A))
			sp -= 2
			pc++
		case opPutfieldJ:
			f := t.Top()
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
				*(*heap.Ref)(p) = heap.Ref(st[(sp-1)&slotMask])
				sp--
				t.VM.Heap.PostWrite(uintptr(mirror)<<3 + uintptr(in.A))
			}
			pc++
		case opGetfield, opPutfield, opGetstatic, opPutstatic:
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.resolveField(t, (*Code)(f.Method.Lowered), in, op) {
				goto throw
			}
			goto reload

		// Invocation.
		case opInvokeVirtualQ:
			f := t.Top()
			recv := heap.Ref(st[(sp-int(in.B))&slotMask])
			if recv == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			rc := t.VM.ClassTable()[*(*uint32)(unsafe.Add(hb, uintptr(recv)<<3+heap.ClassIDOffset))]
			m := rc.Vtable[in.A]
			f.PC, f.SP = pc, sp-int(in.B)
			if !it.call(t, m, sp-int(in.B)) {
				goto throw
			}
			goto reload
		case opInvokeDirectQ:
			f := t.Top()
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
			f := t.Top()
			f.PC, f.SP = pc, sp-int(in.B)
			if !it.call(t, (*rtda.Method)(in.P), sp-int(in.B)) {
				goto throw
			}
			goto reload
		case opInvokeInterfaceQ:
			f := t.Top()
			recv := heap.Ref(st[(sp-int(in.B))&slotMask])
			if recv == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			rc := t.VM.ClassTable()[*(*uint32)(unsafe.Add(hb, uintptr(recv)<<3+heap.ClassIDOffset))]
			f.PC, f.SP = pc, sp
			base := sp - int(in.B)
			m := it.selectInterfaceMethod(t, rc, (*rtda.Method)(in.P))
			if m == nil {
				goto throw
			}
			f.SP = base
			if !it.call(t, m, base) {
				goto throw
			}
			goto reload
		case opInvokevirt, opInvokespec, opInvokestat, opInvokeintf:
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.resolveInvoke(t, (*Code)(f.Method.Lowered), in, op) {
				goto throw
			}
			goto reload
		case opInvokeHandle:
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.invokeHandle(t, in, sp) {
				goto throw
			}
			goto reload
		case opInvokeBasic:
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.invokeBasic(t, in) {
				goto throw
			}
			goto reload
		case opLinkToStatic, opLinkToSpecial, opLinkToVirtual, opLinkToInterface:
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.linkTo(t, in, op) {
				goto throw
			}
			goto reload
		case opInvokedyn, opInvokeDynamicQ:
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.invokeDynamic(t, (*Code)(f.Method.Lowered), in, sp) {
				goto throw
			}
			goto reload

		// Objects and arrays.
		case opNewQ:
			f := t.Top()
			f.PC, f.SP = pc, sp
			obj := t.NewObject((*rtda.Class)(in.P))
			if obj == 0 {
				goto throw
			}
			st[f.SP&slotMask] = uint64(obj)
			f.PC++
			f.SP++
			goto reload
		case opNew:
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.resolveNew(t, (*Code)(f.Method.Lowered), in) {
				goto throw
			}
			goto reload
		case opNewarray:
			f := t.Top()
			f.PC, f.SP = pc, sp
			n := int32(st[(sp-1)&slotMask])
			a := t.NewArrayOf(t.VM.Primitive(primitiveOfAtype[in.A]), n)
			if a == 0 {
				goto throw
			}
			st[(f.SP-1)&slotMask] = uint64(a)
			f.PC++
			goto reload
		case opAnewarrayQ:
			f := t.Top()
			f.PC, f.SP = pc, sp
			a := t.NewArray((*rtda.Class)(in.P), int32(st[(sp-1)&slotMask]))
			if a == 0 {
				goto throw
			}
			st[(f.SP-1)&slotMask] = uint64(a)
			f.PC++
			goto reload
		case opArraylength:
			f := t.Top()
			arr := heap.Ref(st[(sp-1)&slotMask])
			if arr == 0 {
				f.PC, f.SP = pc, sp
				it.throwNPE(t, f)
				goto throw
			}
			st[(sp-1)&slotMask] = uint64(uint32(*(*int32)(unsafe.Add(hb, uintptr(arr)<<3+heap.ArrayLengthOffset))))
			pc++
		case opAthrow:
			f := t.Top()
			ex := heap.Ref(st[(sp-1)&slotMask])
			f.PC, f.SP = pc, sp
			if ex == 0 {
				it.throwNPE(t, f)
			} else {
				t.Throw(ex)
			}
			goto throw
		case opCheckcastQ:
			f := t.Top()
			if obj := heap.Ref(st[(sp-1)&slotMask]); obj != 0 {
				oc := t.VM.ClassTable()[*(*uint32)(unsafe.Add(hb, uintptr(obj)<<3+heap.ClassIDOffset))]
				if target := (*rtda.Class)(in.P); oc != target {
					f.PC, f.SP = pc, sp
					if !oc.IsSubclassOf(target) {
						t.ThrowNew("java/lang/ClassCastException", castMessage(oc, target))
						goto throw
					}
					f.PC++
					goto reload
				}
			}
			pc++
		case opInstanceofQ:
			f := t.Top()
			if obj := heap.Ref(st[(sp-1)&slotMask]); obj != 0 {
				oc := t.VM.ClassTable()[*(*uint32)(unsafe.Add(hb, uintptr(obj)<<3+heap.ClassIDOffset))]
				if target := (*rtda.Class)(in.P); oc == target {
					st[(sp-1)&slotMask] = 1
				} else {
					f.PC, f.SP = pc+1, sp
					r := oc.IsSubclassOf(target)
					st[(f.SP-1)&slotMask] = boolSlot(r)
					goto reload
				}
			}
			pc++
		case opAnewarray, opCheckcast, opInstanceof, opMultianew:
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.resolveClassOp(t, (*Code)(f.Method.Lowered), in, op) {
				goto throw
			}
			goto reload
		case opMultianewarrayQ:
			f := t.Top()
			f.PC, f.SP = pc, sp
			dims := int(in.B)
			a := it.multiNewArray(t, (*rtda.Class)(in.P), t.Stack[sp-dims:sp])
			if a == 0 {
				goto throw
			}
			f.SP -= dims
			st[f.SP&slotMask] = uint64(a)
			f.SP++
			f.PC++
			goto reload
		case opMonitorent:
			f := t.Top()
			obj := heap.Ref(st[(sp-1)&slotMask])
			f.PC, f.SP = pc, sp
			if obj == 0 {
				it.throwNPE(t, f)
				goto throw
			}
			// As HotSpot's interpreter does, the frame moves past the
			// instruction before it may block: a thread waiting for the
			// monitor shows at the next bytecode in stack dumps.
			f.PC, f.SP = pc+1, sp-1
			it.monitorEnter(t, obj)
			goto reload
		case opMonitorexit:
			f := t.Top()
			obj := heap.Ref(st[(sp-1)&slotMask])
			f.PC, f.SP = pc, sp
			if obj == 0 {
				it.throwNPE(t, f)
				goto throw
			}
			if !it.monitorExit(t, obj) {
				goto throw
			}
			f.PC++
			f.SP--
			goto reload

		case opPutVolatile:
			f := t.Top()
			f.PC, f.SP = pc, sp
			if !it.putVolatile(t, in) {
				goto throw
			}
			goto reload

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
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLne:
			if int32(st[(lp+int(in.A))&slotMask]) != int32(st[(lp+int(in.B))&slotMask]) {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLlt:
			if int32(st[(lp+int(in.A))&slotMask]) < int32(st[(lp+int(in.B))&slotMask]) {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLge:
			if int32(st[(lp+int(in.A))&slotMask]) >= int32(st[(lp+int(in.B))&slotMask]) {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLgt:
			if int32(st[(lp+int(in.A))&slotMask]) > int32(st[(lp+int(in.B))&slotMask]) {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLLle:
			if int32(st[(lp+int(in.A))&slotMask]) <= int32(st[(lp+int(in.B))&slotMask]) {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKeq:
			if int32(st[(lp+int(in.A))&slotMask]) == in.B {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKne:
			if int32(st[(lp+int(in.A))&slotMask]) != in.B {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKlt:
			if int32(st[(lp+int(in.A))&slotMask]) < in.B {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKge:
			if int32(st[(lp+int(in.A))&slotMask]) >= in.B {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKgt:
			if int32(st[(lp+int(in.A))&slotMask]) > in.B {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfICmpLKle:
			if int32(st[(lp+int(in.A))&slotMask]) <= in.B {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 3
			}
		case opIfLeq:
			if int32(st[(lp+int(in.A))&slotMask]) == 0 {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLne:
			if int32(st[(lp+int(in.A))&slotMask]) != 0 {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLlt:
			if int32(st[(lp+int(in.A))&slotMask]) < 0 {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLge:
			if int32(st[(lp+int(in.A))&slotMask]) >= 0 {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLgt:
			if int32(st[(lp+int(in.A))&slotMask]) > 0 {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLle:
			if int32(st[(lp+int(in.A))&slotMask]) <= 0 {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLnull:
			if uint32(st[(lp+int(in.A))&slotMask]) == 0 {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
				pc = int(in.C)
			} else {
				pc += 2
			}
		case opIfLnonnull:
			if uint32(st[(lp+int(in.A))&slotMask]) != 0 {
				if int(in.C) <= pc && t.SafepointRequested() {
					pc = int(in.C)
					goto safepoint
				}
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
				it.throwFusedArrayLoad(t, st, sp, pc, arr, idx, p)
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
				it.throwFusedArrayLoad(t, st, sp, pc, arr, idx, p)
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
				it.throwFusedArrayLoad(t, st, sp, pc, arr, idx, p)
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
				it.throwFusedArrayLoad(t, st, sp, pc, arr, idx, p)
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
				it.throwFusedArrayLoad(t, st, sp, pc, arr, idx, p)
				goto throw
			}
			st[sp&slotMask] = *(*uint64)(unsafe.Add(p, heap.ArrayBaseOffset+uintptr(idx)*8))
			sp += 2
			pc += 3
		case opArraylengthL:
			f := t.Top()
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
			if int(in.C) <= pc && t.SafepointRequested() {
				pc = int(in.C)
				goto safepoint
			}
			pc = int(in.C)
		case opDaddL:
			a, b := slotDouble(st[(sp-2)&slotMask]), slotDouble(st[(lp+int(in.A))&slotMask])
			r := a + b
			if r != r {
				r = nan64(b, a)
			}
			st[(sp-2)&slotMask] = doubleSlot(r)
			pc += 2
		case opDsubL:
			a, b := slotDouble(st[(sp-2)&slotMask]), slotDouble(st[(lp+int(in.A))&slotMask])
			r := a - b
			if r != r {
				r = nan64(a, b)
			}
			st[(sp-2)&slotMask] = doubleSlot(r)
			pc += 2
		case opDmulL:
			a, b := slotDouble(st[(sp-2)&slotMask]), slotDouble(st[(lp+int(in.A))&slotMask])
			r := a * b
			if r != r {
				r = nan64(b, a)
			}
			st[(sp-2)&slotMask] = doubleSlot(r)
			pc += 2
		case opDdivL:
			a, b := slotDouble(st[(sp-2)&slotMask]), slotDouble(st[(lp+int(in.A))&slotMask])
			r := a / b
			if r != r {
				r = nan64(a, b)
			}
			st[(sp-2)&slotMask] = doubleSlot(r)
			pc += 2
		case opGetfieldIL:
			f := t.Top()
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
			f := t.Top()
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
			f := t.Top()
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
		case opGetfieldILDup:
			obj := heap.Ref(st[(lp+int(in.A))&slotMask])
			if obj == 0 {
				f := t.Top()
				st[sp&slotMask], st[(sp+1)&slotMask] = 0, 0
				f.PC, f.SP = pc+2, sp+2
				it.throwNPE(t, f)
				goto throw
			}
			st[sp&slotMask] = uint64(obj)
			st[(sp+1)&slotMask] = uint64(*(*uint32)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.B))))
			sp += 1 + 1
			pc += 3
		case opGetfieldJLDup:
			obj := heap.Ref(st[(lp+int(in.A))&slotMask])
			if obj == 0 {
				f := t.Top()
				st[sp&slotMask], st[(sp+1)&slotMask] = 0, 0
				f.PC, f.SP = pc+2, sp+2
				it.throwNPE(t, f)
				goto throw
			}
			st[sp&slotMask] = uint64(obj)
			st[(sp+1)&slotMask] = *(*uint64)(unsafe.Add(hb, uintptr(obj)<<3+uintptr(in.B)))
			sp += 1 + 2
			pc += 3
		case opIastoreL:
			arr := heap.Ref(st[(sp-2)&slotMask])
			idx := int32(st[(sp-1)&slotMask])
			p := unsafe.Add(hb, uintptr(arr)<<3)
			if arr == 0 || uint32(idx) >= uint32(*(*int32)(unsafe.Add(p, heap.ArrayLengthOffset))) {
				f := t.Top()
				st[sp&slotMask] = st[(lp+int(in.A))&slotMask]
				f.PC, f.SP = pc+1, sp+1
				if arr == 0 {
					it.throwNPE(t, f)
				} else {
					it.throwIndexOutOfBounds(t, idx, *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)))
				}
				goto throw
			}
			*(*uint32)(unsafe.Add(p, heap.ArrayBaseOffset+uintptr(idx)*4)) = uint32(st[(lp+int(in.A))&slotMask])
			sp -= 2
			pc += 2
		default:
			f := t.Top()
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

	safepoint: // a backward branch to pc found a stop requested
		{
			f := t.Top()
			f.PC, f.SP = pc, sp
			t.Safepoint()
		}
		goto reload
	}
}

// throwFusedArrayLoad throws what an xaload fused with the loads of its
// array and index from locals (the xaloadLL superinstructions) throws: the
// operands are pushed and the pc moved as the two plain loads would leave
// them, so the exception comes from the array load itself.
func (it *Interp) throwFusedArrayLoad(t *rtda.Thread, st *slotArray, sp, pc int, arr heap.Ref, idx int32, p unsafe.Pointer) {
	st[sp&slotMask], st[(sp+1)&slotMask] = uint64(arr), uint64(uint32(idx))
	f := t.Top()
	f.PC, f.SP = pc+2, sp+2
	if arr == 0 {
		it.throwNPE(t, f)
	} else {
		it.throwIndexOutOfBounds(t, idx, *(*int32)(unsafe.Add(p, heap.ArrayLengthOffset)))
	}
}

// f2i converts a float or double to int as JVMS §6.5.d2i says: NaN is 0,
// out-of-range values saturate. (These helpers are kept small enough for
// the compiler to inline them into the interpreter loop.)
func f2i(d float64) int32 {
	if d != d {
		return 0
	}
	return int32(max(min(d, math.MaxInt32), math.MinInt32))
}

// f2l is d2l (JVMS §6.5.d2l).
func f2l(d float64) int64 {
	if d >= 0x1p63 {
		return math.MaxInt64
	}
	if d != d {
		return 0
	}
	return int64(max(d, -0x1p63))
}

// fcmpl is dcmpl and fcmpl: NaN compares as less (JVMS §6.5.dcmp_op).
func fcmpl(a, b float64) int32 {
	if a > b {
		return 1
	}
	if a == b {
		return 0
	}
	return -1
}

// fcmpg is dcmpg and fcmpg: NaN compares as greater.
func fcmpg(a, b float64) int32 {
	if a < b {
		return -1
	}
	if a == b {
		return 0
	}
	return 1
}

var primitiveOfAtype = [...]byte{4: 'Z', 5: 'C', 6: 'F', 7: 'D', 8: 'B', 9: 'S', 10: 'I', 11: 'J'}
