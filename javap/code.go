package javap

import (
	"fmt"

	"github.com/gojvm/gojvm/classfile"
)

// writeCode prints a Code attribute for -v.
func (p *printer) writeCode(c *classfile.CodeAttribute) {
	p.println("Code:")
	p.indent(+1)
	args := "???"
	if m := p.method; m != nil {
		if d, err := p.cp.Utf8(m.DescriptorIndex); err != nil {
			args = p.report(err)
		} else if _, n, err := descriptorParams(d); err != nil {
			args = p.report(err)
		} else {
			if !m.Access.Has(classfile.AccStatic) {
				n++
			}
			args = itoa(n)
		}
	}
	p.println("stack=" + itoa(c.MaxStack) + ", locals=" + itoa(c.MaxLocals) + ", args_size=" + args)
	p.writeInstructions(c)
	p.writeExceptionTable(c)
	p.writeAttributes(c.Attributes)
	p.indent(-1)
}

// writeInstructions disassembles the bytecode, one instruction per line.
func (p *printer) writeInstructions(c *classfile.CodeAttribute) {
	code := c.Code
	// Multi-line instructions (switches) indent their body past "%4d: ".
	bodyIndent := (6 + p.indentWidth - 1) / p.indentWidth
	for pc := 0; pc < len(code); {
		op := classfile.Opcode(code[pc])
		if !op.Valid() || (op == classfile.Wide && pc+1 < len(code) && !wideable(classfile.Opcode(code[pc+1]))) {
			// javap shows an opcode it does not know as one byte and carries on.
			p.print(fmt.Sprintf("%4d: %-13s ", pc, "bytecode "+itoa(code[pc])))
			p.println()
			pc++
			continue
		}
		in, err := classfile.DecodeInstruction(code, pc)
		mnemonic := in.Mnemonic()
		if err != nil {
			mnemonic = op.String()
		}
		p.print(fmt.Sprintf("%4d: %-13s ", pc, mnemonic))
		if err != nil {
			p.println(p.report(fmt.Errorf("error at or after byte %d", pc)))
			break
		}
		switch in.Opcode.Info().Format {
		case classfile.FormatArrayType:
			p.print(" " + classfile.ArrayType(in.Value).String())
		case classfile.FormatBranch, classfile.FormatBranchWide:
			p.print(itoa(in.Target()))
		case classfile.FormatCPRef, classfile.FormatCPRefWide:
			p.print("#" + itoa(in.Index))
			p.tab()
			p.print("// ")
			p.writeConstant(uint16(in.Index))
		case classfile.FormatCPRefWideByte, classfile.FormatCPRefWideByteZero:
			p.print("#" + itoa(in.Index) + ",  " + itoa(in.Value))
			p.tab()
			p.print("// ")
			p.writeConstant(uint16(in.Index))
		case classfile.FormatLocal:
			p.print(itoa(in.Index))
		case classfile.FormatLocalByte:
			p.print(itoa(in.Index) + ", " + itoa(in.Value))
		case classfile.FormatByte, classfile.FormatShort:
			p.print(itoa(in.Value))
		case classfile.FormatLookupSwitch:
			p.print("{ // " + itoa(len(in.Keys)))
			p.indent(bodyIndent)
			for i, k := range in.Keys {
				p.print(fmt.Sprintf("\n%12d: %d", k, pc+int(in.Targets[i])))
			}
			p.print("\n     default: " + itoa(in.Target()) + "\n}")
			p.indent(-bodyIndent)
		case classfile.FormatTableSwitch:
			p.print("{ // " + itoa(in.Low) + " to " + itoa(in.High))
			p.indent(bodyIndent)
			for i, t := range in.Targets {
				p.print(fmt.Sprintf("\n%12d: %d", int(in.Low)+i, pc+int(t)))
			}
			p.print("\n     default: " + itoa(in.Target()) + "\n}")
			p.indent(-bodyIndent)
		}
		p.println()
		pc += in.Length
	}
}

func (p *printer) writeExceptionTable(c *classfile.CodeAttribute) {
	if len(c.ExceptionTable) == 0 {
		return
	}
	p.println("Exception table:")
	p.indent(+1)
	p.println(" from    to  target type")
	for _, h := range c.ExceptionTable {
		p.print(fmt.Sprintf(" %5d %5d %5d", h.StartPC, h.EndPC, h.HandlerPC))
		p.print("   ")
		if h.CatchType == 0 {
			p.println("any")
		} else {
			p.print("Class ")
			p.println(p.stringValue(h.CatchType))
		}
	}
	p.indent(-1)
}

// wideable reports whether wide may prefix op.
func wideable(op classfile.Opcode) bool {
	switch op {
	case classfile.Iload, classfile.Lload, classfile.Fload, classfile.Dload, classfile.Aload,
		classfile.Istore, classfile.Lstore, classfile.Fstore, classfile.Dstore, classfile.Astore,
		classfile.Ret, classfile.Iinc:
		return true
	}
	return false
}
