package classfile

import "encoding/binary"

// Instruction is one decoded instruction of a Code attribute.
type Instruction struct {
	PC     int
	Opcode Opcode
	Wide   bool // prefixed by wide: Index and Value are 16-bit
	Length int  // bytes, including a wide prefix and switch padding

	// Index is the constant-pool index (CPRef formats) or the local-variable
	// index (Local formats).
	Index int
	// Value is the immediate of bipush/sipush, iinc's delta, newarray's
	// atype, multianewarray's dimensions and invokeinterface's count.
	Value int32
	// Branch is the offset relative to PC of a branch, or a switch's default.
	Branch int32
	// Low and High bound a tableswitch; Keys are a lookupswitch's match
	// values. Targets are the switch's offsets relative to PC.
	Low, High int32
	Keys      []int32
	Targets   []int32
}

// Target returns the absolute target of a branch instruction.
func (in *Instruction) Target() int { return in.PC + int(in.Branch) }

// DecodeError reports an instruction that cannot be decoded.
type DecodeError struct {
	PC  int
	Msg string
}

func (e *DecodeError) Error() string {
	return "classfile: " + e.Msg + " at bytecode offset " + itoa(e.PC)
}

// Mnemonic is the instruction's name as javap prints it: wide forms of
// local-variable instructions get a "_w" suffix ("iinc_w").
func (in *Instruction) Mnemonic() string {
	if in.Wide {
		return in.Opcode.String() + "_w"
	}
	return in.Opcode.String()
}

// DecodeInstruction decodes the instruction at pc. It fails on undefined
// opcodes, on wide applied to an instruction that has no wide form, on
// malformed switches and on operands that run past the end of code.
func DecodeInstruction(code []byte, pc int) (Instruction, error) {
	in := Instruction{PC: pc}
	if pc < 0 || pc >= len(code) {
		return in, &DecodeError{pc, "instruction offset out of range"}
	}
	in.Opcode = Opcode(code[pc])
	info := &opcodeTable[in.Opcode]
	truncated := &DecodeError{pc, "truncated " + in.Opcode.String() + " instruction"}
	need := func(n int) bool { return pc+n <= len(code) }
	s1 := func(off int) int32 { return int32(int8(code[pc+off])) }
	u1 := func(off int) int { return int(code[pc+off]) }
	s2 := func(off int) int32 { return int32(int16(binary.BigEndian.Uint16(code[pc+off:]))) }
	u2 := func(off int) int { return int(binary.BigEndian.Uint16(code[pc+off:])) }
	s4 := func(off int) int32 { return int32(binary.BigEndian.Uint32(code[pc+off:])) }

	if info.Length > 0 && !need(int(info.Length)) {
		return in, truncated
	}
	in.Length = int(info.Length)
	switch info.Format {
	case FormatInvalid:
		return in, &DecodeError{pc, "invalid opcode " + itoa(int(in.Opcode))}
	case FormatNone:
	case FormatByte:
		in.Value = s1(1)
	case FormatShort:
		in.Value = s2(1)
	case FormatArrayType:
		in.Value = int32(u1(1))
	case FormatCPRef:
		in.Index = u1(1)
	case FormatCPRefWide:
		in.Index = u2(1)
	case FormatCPRefWideByte, FormatCPRefWideByteZero:
		in.Index = u2(1)
		in.Value = int32(u1(3))
	case FormatLocal:
		in.Index = u1(1)
	case FormatLocalByte:
		in.Index = u1(1)
		in.Value = s1(2)
	case FormatBranch:
		in.Branch = s2(1)
	case FormatBranchWide:
		in.Branch = s4(1)
	case FormatTableSwitch, FormatLookupSwitch:
		pad := 3 - pc%4 // bytes after the opcode up to a multiple of four
		base := 1 + pad
		if !need(base + 8) {
			return in, truncated
		}
		in.Branch = s4(base)
		if info.Format == FormatTableSwitch {
			if !need(base + 12) {
				return in, truncated
			}
			in.Low, in.High = s4(base+4), s4(base+8)
			if in.Low > in.High {
				return in, &DecodeError{pc, "tableswitch low is greater than high"}
			}
			n := int64(in.High) - int64(in.Low) + 1
			if int64(len(code)-pc-base-12) < 4*n {
				return in, truncated
			}
			in.Targets = make([]int32, n)
			for i := range in.Targets {
				in.Targets[i] = s4(base + 12 + 4*i)
			}
			in.Length = base + 12 + 4*int(n)
		} else {
			n := int64(s4(base + 4))
			if n < 0 {
				return in, &DecodeError{pc, "lookupswitch npairs is negative"}
			}
			if int64(len(code)-pc-base-8) < 8*n {
				return in, truncated
			}
			in.Keys = make([]int32, n)
			in.Targets = make([]int32, n)
			for i := range in.Keys {
				in.Keys[i] = s4(base + 8 + 8*i)
				in.Targets[i] = s4(base + 12 + 8*i)
			}
			in.Length = base + 8 + 8*int(n)
		}
	case FormatWide:
		if !need(2) {
			return in, truncated
		}
		in.Opcode = Opcode(code[pc+1])
		in.Wide = true
		switch in.Opcode {
		case Iload, Lload, Fload, Dload, Aload, Istore, Lstore, Fstore, Dstore, Astore, Ret:
			if !need(4) {
				return in, truncated
			}
			in.Index = u2(2)
			in.Length = 4
		case Iinc:
			if !need(6) {
				return in, truncated
			}
			in.Index = u2(2)
			in.Value = s2(4)
			in.Length = 6
		default:
			return in, &DecodeError{pc, "wide applied to " + in.Opcode.String()}
		}
	}
	return in, nil
}
