package verify

import "github.com/gojvm/gojvm/classfile"

// What each instruction pops and pushes, in the notation of libverify's
// dataflow: I int, F float, D double, L long (one entry of two words), A a
// reference or array, O an object that is not an array, [X] an array of X
// ([? any array, [A of references, [B of bytes or booleans), @ an
// uninitialized object, R a return address; the digits name the words the
// dup and swap family move, a + joining two words that may be one long or
// double. Pops are read from the right (the top of the stack) and the
// pushes from the left. The table follows JVMS §6.5; instructions whose
// effect depends on the constant pool (ldc, fields, invokes,
// multianewarray) are handled apart.
var stackEffects [256]struct{ in, out string }

func init() {
	set := func(in, out string, ops ...classfile.Opcode) {
		for _, op := range ops {
			stackEffects[op] = struct{ in, out string }{in, out}
		}
	}
	set("", "A", classfile.AconstNull, classfile.Aload, classfile.New)
	set("", "I", classfile.IconstM1, classfile.Iconst0, classfile.Iconst1, classfile.Iconst2, classfile.Iconst3,
		classfile.Iconst4, classfile.Iconst5, classfile.Bipush, classfile.Sipush, classfile.Iload)
	set("", "L", classfile.Lconst0, classfile.Lconst1, classfile.Lload)
	set("", "F", classfile.Fconst0, classfile.Fconst1, classfile.Fconst2, classfile.Fload)
	set("", "D", classfile.Dconst0, classfile.Dconst1, classfile.Dload)
	set("[I]I", "I", classfile.Iaload)
	set("[L]I", "L", classfile.Laload)
	set("[F]I", "F", classfile.Faload)
	set("[D]I", "D", classfile.Daload)
	set("[A]I", "A", classfile.Aaload)
	set("[B]I", "I", classfile.Baload)
	set("[C]I", "I", classfile.Caload)
	set("[S]I", "I", classfile.Saload)
	set("I", "", classfile.Istore, classfile.Ifeq, classfile.Ifne, classfile.Iflt, classfile.Ifge, classfile.Ifgt,
		classfile.Ifle, classfile.Tableswitch, classfile.Lookupswitch, classfile.Ireturn)
	set("L", "", classfile.Lstore, classfile.Lreturn)
	set("F", "", classfile.Fstore, classfile.Freturn)
	set("D", "", classfile.Dstore, classfile.Dreturn)
	set("A", "", classfile.Astore, classfile.Areturn, classfile.Monitorenter, classfile.Monitorexit,
		classfile.Ifnull, classfile.Ifnonnull)
	set("[I]II", "", classfile.Iastore)
	set("[L]IL", "", classfile.Lastore)
	set("[F]IF", "", classfile.Fastore)
	set("[D]ID", "", classfile.Dastore)
	set("[A]IA", "", classfile.Aastore)
	set("[B]II", "", classfile.Bastore)
	set("[C]II", "", classfile.Castore)
	set("[S]II", "", classfile.Sastore)
	set("1", "", classfile.Pop)
	set("2+1", "", classfile.Pop2)
	set("1", "11", classfile.Dup)
	set("21", "121", classfile.DupX1)
	set("3+21", "1321", classfile.DupX2)
	set("2+1", "2121", classfile.Dup2)
	set("32+1", "21321", classfile.Dup2X1)
	set("4+32+1", "214321", classfile.Dup2X2)
	set("21", "12", classfile.Swap)
	for op := classfile.Iadd; op <= classfile.Drem; op += 4 {
		set("II", "I", op)
		set("LL", "L", op+1)
		set("FF", "F", op+2)
		set("DD", "D", op+3)
	}
	set("I", "I", classfile.Ineg, classfile.I2b, classfile.I2c, classfile.I2s)
	set("L", "L", classfile.Lneg)
	set("F", "F", classfile.Fneg)
	set("D", "D", classfile.Dneg)
	set("II", "I", classfile.Ishl, classfile.Ishr, classfile.Iushr, classfile.Iand, classfile.Ior, classfile.Ixor)
	set("LI", "L", classfile.Lshl, classfile.Lshr, classfile.Lushr)
	set("LL", "L", classfile.Land, classfile.Lor, classfile.Lxor)
	set("I", "L", classfile.I2l)
	set("I", "F", classfile.I2f)
	set("I", "D", classfile.I2d)
	set("L", "I", classfile.L2i)
	set("L", "F", classfile.L2f)
	set("L", "D", classfile.L2d)
	set("F", "I", classfile.F2i)
	set("F", "L", classfile.F2l)
	set("F", "D", classfile.F2d)
	set("D", "I", classfile.D2i)
	set("D", "L", classfile.D2l)
	set("D", "F", classfile.D2f)
	set("LL", "I", classfile.Lcmp)
	set("FF", "I", classfile.Fcmpl, classfile.Fcmpg)
	set("DD", "I", classfile.Dcmpl, classfile.Dcmpg)
	set("II", "", classfile.IfIcmpeq, classfile.IfIcmpne, classfile.IfIcmplt, classfile.IfIcmpge,
		classfile.IfIcmpgt, classfile.IfIcmple)
	set("AA", "", classfile.IfAcmpeq, classfile.IfAcmpne)
	set("", "R", classfile.Jsr, classfile.JsrW)
	set("A", "", classfile.Getfield) // pushes the field's type
	set("I", "A", classfile.Newarray, classfile.Anewarray)
	set("[?]", "I", classfile.Arraylength)
	set("O", "", classfile.Athrow)
	set("A", "A", classfile.Checkcast)
	set("A", "I", classfile.Instanceof)
}
