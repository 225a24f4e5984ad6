package interp

// Superinstructions. Most executed instructions only move a local to the
// operand stack for the next one to consume, and each costs a dispatch.
// After lowering, fuse rewrites the first instruction of some common runs
// (a local loaded and compared, two locals added, an array element read
// through locals, an increment closing a loop) into one instruction that
// does the work of the run. The run's other instructions stay in place:
// nothing may jump into them (fuse checks), and when the fused instruction
// throws it does so at the instruction of the run that would have thrown,
// with the operand stack as that instruction would have seen it, so stack
// traces, exception handlers and helpful NullPointerException messages are
// unchanged.

// fuse rewrites runs of c's instructions into superinstructions.
func fuse(c *Code) {
	target := jumpTargets(c)
	c.targets = target
	insts := c.Insts
	// plain reports whether the n instructions after i can be skipped:
	// they exist and nothing jumps to them.
	plain := func(i, n int) bool {
		if i+n >= len(insts) {
			return false
		}
		for k := i + 1; k <= i+n; k++ {
			if target[k] {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(insts); i++ {
		in := &insts[i]
		switch in.Op {
		case opLoad1:
			if plain(i, 2) && insts[i+1].Op == opLoad1 {
				if op, ok := fuseLocalPair(insts[i+2].Op); ok {
					in.Op, in.B, in.C = op, insts[i+1].A, insts[i+2].A
					continue
				}
			}
			if plain(i, 2) && insts[i+1].Op == opConst {
				next := &insts[i+2]
				if op, ok := iCmpLK[next.Op]; ok {
					in.Op, in.B, in.C = op, insts[i+1].A, next.A
					continue
				}
				if next.Op == opIadd || next.Op == opIsub {
					k := insts[i+1].A
					if next.Op == opIsub {
						k = -k // wraps exactly as int subtraction does
					}
					in.Op, in.B = opIaddLK, k
					continue
				}
			}
			if plain(i, 1) {
				next := &insts[i+1]
				if op, ok := ifL[next.Op]; ok {
					in.Op, in.C = op, next.A
					continue
				}
				switch next.Op {
				case opLoad1:
					in.Op, in.B = opLoad1x2, next.A
				case opArraylength:
					in.Op = opArraylengthL
				case opIastore, opFastore:
					in.Op = opIastoreL
				}
			}
		case opLoad2:
			if plain(i, 1) {
				next := &insts[i+1]
				switch next.Op {
				case opLoad2:
					in.Op, in.B = opLoad2x2, next.A
				case opDadd:
					in.Op = opDaddL
				case opDsub:
					in.Op = opDsubL
				case opDmul:
					in.Op = opDmulL
				case opDdiv:
					in.Op = opDdivL
				}
			}
		case opStore1:
			if plain(i, 1) && insts[i+1].Op == opLoad1 {
				in.Op, in.B = opStore1Load1, insts[i+1].A
			}
		case opIinc:
			if plain(i, 1) && insts[i+1].Op == opGoto {
				in.Op, in.C = opIincGoto, insts[i+1].A
			}
		}
	}
}

// fuseLocalPair gives the superinstruction for two loaded locals consumed
// by op.
func fuseLocalPair(op Op) (Op, bool) {
	if f, ok := iCmpLL[op]; ok {
		return f, true
	}
	switch op {
	case opIadd:
		return opIaddLL, true
	case opIsub:
		return opIsubLL, true
	case opIaload, opFaload:
		return opIaloadLL, true
	case opAaload:
		return opAaloadLL, true
	case opBaload:
		return opBaloadLL, true
	case opCaload:
		return opCaloadLL, true
	case opLaload, opDaload:
		return opDaloadLL, true
	}
	return 0, false
}

var (
	iCmpLL = map[Op]Op{opIfIcmpeq: opIfICmpLLeq, opIfIcmpne: opIfICmpLLne, opIfIcmplt: opIfICmpLLlt,
		opIfIcmpge: opIfICmpLLge, opIfIcmpgt: opIfICmpLLgt, opIfIcmple: opIfICmpLLle}
	iCmpLK = map[Op]Op{opIfIcmpeq: opIfICmpLKeq, opIfIcmpne: opIfICmpLKne, opIfIcmplt: opIfICmpLKlt,
		opIfIcmpge: opIfICmpLKge, opIfIcmpgt: opIfICmpLKgt, opIfIcmple: opIfICmpLKle}
	ifL = map[Op]Op{opIfeq: opIfLeq, opIfne: opIfLne, opIflt: opIfLlt, opIfge: opIfLge, opIfgt: opIfLgt,
		opIfle: opIfLle, opIfnull: opIfLnull, opIfnonnull: opIfLnonnull}
)

// jumpTargets marks the instructions control can reach other than by
// falling through: branch and switch targets, exception handlers, and the
// return addresses of jsr.
func jumpTargets(c *Code) []bool {
	target := make([]bool, len(c.Insts)+1)
	for i := range c.Insts {
		in := &c.Insts[i]
		switch {
		case in.Op == opGoto, isBranch(in.Op):
			target[in.A] = true
		case in.Op == opJsr:
			target[in.A] = true
			target[i+1] = true
		case in.Op == opTableSwitch:
			tbl := (*switchTable)(in.P)
			target[tbl.def] = true
			for _, t := range tbl.targets {
				target[t] = true
			}
		case in.Op == opLookupSwitch:
			lt := (*lookupTable)(in.P)
			target[lt.def] = true
			for _, t := range lt.targets {
				target[t] = true
			}
		}
	}
	for _, h := range c.Handlers {
		target[h.Target] = true
	}
	return target
}

func isBranch(op Op) bool {
	return (op >= opIfeq && op <= opIfAcmpne) || op == opIfnull || op == opIfnonnull
}

// fuseGetfield is called when the getfield at index i has been quickened
// to op: a preceding load of a local (and a dup, as in compound assignments
// to a field) becomes one instruction with it.
func fuseGetfield(c *Code, i int, op Op, offset int32) {
	if i >= 2 && c.Insts[i-1].Op == opDup && c.Insts[i-2].Op == opLoad1 && !c.isTarget(i-1) && !c.isTarget(i) {
		var fused Op
		switch op {
		case opGetfieldI:
			fused = opGetfieldILDup
		case opGetfieldJ:
			fused = opGetfieldJLDup
		default:
			return
		}
		prev := &c.Insts[i-2]
		prev.B = offset
		prev.Op = fused
		return
	}
	if i == 0 || c.Insts[i-1].Op != opLoad1 || c.isTarget(i) {
		return
	}
	var fused Op
	switch op {
	case opGetfieldI:
		fused = opGetfieldIL
	case opGetfieldJ:
		fused = opGetfieldJL
	case opGetfieldL:
		fused = opGetfieldLL
	default:
		return
	}
	prev := &c.Insts[i-1]
	prev.B = offset
	prev.Op = fused
}
