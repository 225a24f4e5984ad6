package classfile

// The opcode constants and their table, in opcode order as JVMS §7 lists them.

// The instruction set (JVMS §6.5), by opcode.
const (
	Nop             Opcode = 0x00
	AconstNull      Opcode = 0x01
	IconstM1        Opcode = 0x02
	Iconst0         Opcode = 0x03
	Iconst1         Opcode = 0x04
	Iconst2         Opcode = 0x05
	Iconst3         Opcode = 0x06
	Iconst4         Opcode = 0x07
	Iconst5         Opcode = 0x08
	Lconst0         Opcode = 0x09
	Lconst1         Opcode = 0x0a
	Fconst0         Opcode = 0x0b
	Fconst1         Opcode = 0x0c
	Fconst2         Opcode = 0x0d
	Dconst0         Opcode = 0x0e
	Dconst1         Opcode = 0x0f
	Bipush          Opcode = 0x10
	Sipush          Opcode = 0x11
	Ldc             Opcode = 0x12
	LdcW            Opcode = 0x13
	Ldc2W           Opcode = 0x14
	Iload           Opcode = 0x15
	Lload           Opcode = 0x16
	Fload           Opcode = 0x17
	Dload           Opcode = 0x18
	Aload           Opcode = 0x19
	Iload0          Opcode = 0x1a
	Iload1          Opcode = 0x1b
	Iload2          Opcode = 0x1c
	Iload3          Opcode = 0x1d
	Lload0          Opcode = 0x1e
	Lload1          Opcode = 0x1f
	Lload2          Opcode = 0x20
	Lload3          Opcode = 0x21
	Fload0          Opcode = 0x22
	Fload1          Opcode = 0x23
	Fload2          Opcode = 0x24
	Fload3          Opcode = 0x25
	Dload0          Opcode = 0x26
	Dload1          Opcode = 0x27
	Dload2          Opcode = 0x28
	Dload3          Opcode = 0x29
	Aload0          Opcode = 0x2a
	Aload1          Opcode = 0x2b
	Aload2          Opcode = 0x2c
	Aload3          Opcode = 0x2d
	Iaload          Opcode = 0x2e
	Laload          Opcode = 0x2f
	Faload          Opcode = 0x30
	Daload          Opcode = 0x31
	Aaload          Opcode = 0x32
	Baload          Opcode = 0x33
	Caload          Opcode = 0x34
	Saload          Opcode = 0x35
	Istore          Opcode = 0x36
	Lstore          Opcode = 0x37
	Fstore          Opcode = 0x38
	Dstore          Opcode = 0x39
	Astore          Opcode = 0x3a
	Istore0         Opcode = 0x3b
	Istore1         Opcode = 0x3c
	Istore2         Opcode = 0x3d
	Istore3         Opcode = 0x3e
	Lstore0         Opcode = 0x3f
	Lstore1         Opcode = 0x40
	Lstore2         Opcode = 0x41
	Lstore3         Opcode = 0x42
	Fstore0         Opcode = 0x43
	Fstore1         Opcode = 0x44
	Fstore2         Opcode = 0x45
	Fstore3         Opcode = 0x46
	Dstore0         Opcode = 0x47
	Dstore1         Opcode = 0x48
	Dstore2         Opcode = 0x49
	Dstore3         Opcode = 0x4a
	Astore0         Opcode = 0x4b
	Astore1         Opcode = 0x4c
	Astore2         Opcode = 0x4d
	Astore3         Opcode = 0x4e
	Iastore         Opcode = 0x4f
	Lastore         Opcode = 0x50
	Fastore         Opcode = 0x51
	Dastore         Opcode = 0x52
	Aastore         Opcode = 0x53
	Bastore         Opcode = 0x54
	Castore         Opcode = 0x55
	Sastore         Opcode = 0x56
	Pop             Opcode = 0x57
	Pop2            Opcode = 0x58
	Dup             Opcode = 0x59
	DupX1           Opcode = 0x5a
	DupX2           Opcode = 0x5b
	Dup2            Opcode = 0x5c
	Dup2X1          Opcode = 0x5d
	Dup2X2          Opcode = 0x5e
	Swap            Opcode = 0x5f
	Iadd            Opcode = 0x60
	Ladd            Opcode = 0x61
	Fadd            Opcode = 0x62
	Dadd            Opcode = 0x63
	Isub            Opcode = 0x64
	Lsub            Opcode = 0x65
	Fsub            Opcode = 0x66
	Dsub            Opcode = 0x67
	Imul            Opcode = 0x68
	Lmul            Opcode = 0x69
	Fmul            Opcode = 0x6a
	Dmul            Opcode = 0x6b
	Idiv            Opcode = 0x6c
	Ldiv            Opcode = 0x6d
	Fdiv            Opcode = 0x6e
	Ddiv            Opcode = 0x6f
	Irem            Opcode = 0x70
	Lrem            Opcode = 0x71
	Frem            Opcode = 0x72
	Drem            Opcode = 0x73
	Ineg            Opcode = 0x74
	Lneg            Opcode = 0x75
	Fneg            Opcode = 0x76
	Dneg            Opcode = 0x77
	Ishl            Opcode = 0x78
	Lshl            Opcode = 0x79
	Ishr            Opcode = 0x7a
	Lshr            Opcode = 0x7b
	Iushr           Opcode = 0x7c
	Lushr           Opcode = 0x7d
	Iand            Opcode = 0x7e
	Land            Opcode = 0x7f
	Ior             Opcode = 0x80
	Lor             Opcode = 0x81
	Ixor            Opcode = 0x82
	Lxor            Opcode = 0x83
	Iinc            Opcode = 0x84
	I2l             Opcode = 0x85
	I2f             Opcode = 0x86
	I2d             Opcode = 0x87
	L2i             Opcode = 0x88
	L2f             Opcode = 0x89
	L2d             Opcode = 0x8a
	F2i             Opcode = 0x8b
	F2l             Opcode = 0x8c
	F2d             Opcode = 0x8d
	D2i             Opcode = 0x8e
	D2l             Opcode = 0x8f
	D2f             Opcode = 0x90
	I2b             Opcode = 0x91
	I2c             Opcode = 0x92
	I2s             Opcode = 0x93
	Lcmp            Opcode = 0x94
	Fcmpl           Opcode = 0x95
	Fcmpg           Opcode = 0x96
	Dcmpl           Opcode = 0x97
	Dcmpg           Opcode = 0x98
	Ifeq            Opcode = 0x99
	Ifne            Opcode = 0x9a
	Iflt            Opcode = 0x9b
	Ifge            Opcode = 0x9c
	Ifgt            Opcode = 0x9d
	Ifle            Opcode = 0x9e
	IfIcmpeq        Opcode = 0x9f
	IfIcmpne        Opcode = 0xa0
	IfIcmplt        Opcode = 0xa1
	IfIcmpge        Opcode = 0xa2
	IfIcmpgt        Opcode = 0xa3
	IfIcmple        Opcode = 0xa4
	IfAcmpeq        Opcode = 0xa5
	IfAcmpne        Opcode = 0xa6
	Goto            Opcode = 0xa7
	Jsr             Opcode = 0xa8
	Ret             Opcode = 0xa9
	Tableswitch     Opcode = 0xaa
	Lookupswitch    Opcode = 0xab
	Ireturn         Opcode = 0xac
	Lreturn         Opcode = 0xad
	Freturn         Opcode = 0xae
	Dreturn         Opcode = 0xaf
	Areturn         Opcode = 0xb0
	Return          Opcode = 0xb1
	Getstatic       Opcode = 0xb2
	Putstatic       Opcode = 0xb3
	Getfield        Opcode = 0xb4
	Putfield        Opcode = 0xb5
	Invokevirtual   Opcode = 0xb6
	Invokespecial   Opcode = 0xb7
	Invokestatic    Opcode = 0xb8
	Invokeinterface Opcode = 0xb9
	Invokedynamic   Opcode = 0xba
	New             Opcode = 0xbb
	Newarray        Opcode = 0xbc
	Anewarray       Opcode = 0xbd
	Arraylength     Opcode = 0xbe
	Athrow          Opcode = 0xbf
	Checkcast       Opcode = 0xc0
	Instanceof      Opcode = 0xc1
	Monitorenter    Opcode = 0xc2
	Monitorexit     Opcode = 0xc3
	Wide            Opcode = 0xc4
	Multianewarray  Opcode = 0xc5
	Ifnull          Opcode = 0xc6
	Ifnonnull       Opcode = 0xc7
	GotoW           Opcode = 0xc8
	JsrW            Opcode = 0xc9
)

// opcodeTable describes every defined opcode: mnemonic, operand format,
// length in bytes (0 when it depends on the operands) and stack effect in
// slots (-1 when it depends on a descriptor or an operand).
var opcodeTable = [256]OpcodeInfo{
	Nop:             {"nop", FormatNone, 1, 0, 0},
	AconstNull:      {"aconst_null", FormatNone, 1, 0, 1},
	IconstM1:        {"iconst_m1", FormatNone, 1, 0, 1},
	Iconst0:         {"iconst_0", FormatNone, 1, 0, 1},
	Iconst1:         {"iconst_1", FormatNone, 1, 0, 1},
	Iconst2:         {"iconst_2", FormatNone, 1, 0, 1},
	Iconst3:         {"iconst_3", FormatNone, 1, 0, 1},
	Iconst4:         {"iconst_4", FormatNone, 1, 0, 1},
	Iconst5:         {"iconst_5", FormatNone, 1, 0, 1},
	Lconst0:         {"lconst_0", FormatNone, 1, 0, 2},
	Lconst1:         {"lconst_1", FormatNone, 1, 0, 2},
	Fconst0:         {"fconst_0", FormatNone, 1, 0, 1},
	Fconst1:         {"fconst_1", FormatNone, 1, 0, 1},
	Fconst2:         {"fconst_2", FormatNone, 1, 0, 1},
	Dconst0:         {"dconst_0", FormatNone, 1, 0, 2},
	Dconst1:         {"dconst_1", FormatNone, 1, 0, 2},
	Bipush:          {"bipush", FormatByte, 2, 0, 1},
	Sipush:          {"sipush", FormatShort, 3, 0, 1},
	Ldc:             {"ldc", FormatCPRef, 2, 0, 1},
	LdcW:            {"ldc_w", FormatCPRefWide, 3, 0, 1},
	Ldc2W:           {"ldc2_w", FormatCPRefWide, 3, 0, 2},
	Iload:           {"iload", FormatLocal, 2, 0, 1},
	Lload:           {"lload", FormatLocal, 2, 0, 2},
	Fload:           {"fload", FormatLocal, 2, 0, 1},
	Dload:           {"dload", FormatLocal, 2, 0, 2},
	Aload:           {"aload", FormatLocal, 2, 0, 1},
	Iload0:          {"iload_0", FormatNone, 1, 0, 1},
	Iload1:          {"iload_1", FormatNone, 1, 0, 1},
	Iload2:          {"iload_2", FormatNone, 1, 0, 1},
	Iload3:          {"iload_3", FormatNone, 1, 0, 1},
	Lload0:          {"lload_0", FormatNone, 1, 0, 2},
	Lload1:          {"lload_1", FormatNone, 1, 0, 2},
	Lload2:          {"lload_2", FormatNone, 1, 0, 2},
	Lload3:          {"lload_3", FormatNone, 1, 0, 2},
	Fload0:          {"fload_0", FormatNone, 1, 0, 1},
	Fload1:          {"fload_1", FormatNone, 1, 0, 1},
	Fload2:          {"fload_2", FormatNone, 1, 0, 1},
	Fload3:          {"fload_3", FormatNone, 1, 0, 1},
	Dload0:          {"dload_0", FormatNone, 1, 0, 2},
	Dload1:          {"dload_1", FormatNone, 1, 0, 2},
	Dload2:          {"dload_2", FormatNone, 1, 0, 2},
	Dload3:          {"dload_3", FormatNone, 1, 0, 2},
	Aload0:          {"aload_0", FormatNone, 1, 0, 1},
	Aload1:          {"aload_1", FormatNone, 1, 0, 1},
	Aload2:          {"aload_2", FormatNone, 1, 0, 1},
	Aload3:          {"aload_3", FormatNone, 1, 0, 1},
	Iaload:          {"iaload", FormatNone, 1, 2, 1},
	Laload:          {"laload", FormatNone, 1, 2, 2},
	Faload:          {"faload", FormatNone, 1, 2, 1},
	Daload:          {"daload", FormatNone, 1, 2, 2},
	Aaload:          {"aaload", FormatNone, 1, 2, 1},
	Baload:          {"baload", FormatNone, 1, 2, 1},
	Caload:          {"caload", FormatNone, 1, 2, 1},
	Saload:          {"saload", FormatNone, 1, 2, 1},
	Istore:          {"istore", FormatLocal, 2, 1, 0},
	Lstore:          {"lstore", FormatLocal, 2, 2, 0},
	Fstore:          {"fstore", FormatLocal, 2, 1, 0},
	Dstore:          {"dstore", FormatLocal, 2, 2, 0},
	Astore:          {"astore", FormatLocal, 2, 1, 0},
	Istore0:         {"istore_0", FormatNone, 1, 1, 0},
	Istore1:         {"istore_1", FormatNone, 1, 1, 0},
	Istore2:         {"istore_2", FormatNone, 1, 1, 0},
	Istore3:         {"istore_3", FormatNone, 1, 1, 0},
	Lstore0:         {"lstore_0", FormatNone, 1, 2, 0},
	Lstore1:         {"lstore_1", FormatNone, 1, 2, 0},
	Lstore2:         {"lstore_2", FormatNone, 1, 2, 0},
	Lstore3:         {"lstore_3", FormatNone, 1, 2, 0},
	Fstore0:         {"fstore_0", FormatNone, 1, 1, 0},
	Fstore1:         {"fstore_1", FormatNone, 1, 1, 0},
	Fstore2:         {"fstore_2", FormatNone, 1, 1, 0},
	Fstore3:         {"fstore_3", FormatNone, 1, 1, 0},
	Dstore0:         {"dstore_0", FormatNone, 1, 2, 0},
	Dstore1:         {"dstore_1", FormatNone, 1, 2, 0},
	Dstore2:         {"dstore_2", FormatNone, 1, 2, 0},
	Dstore3:         {"dstore_3", FormatNone, 1, 2, 0},
	Astore0:         {"astore_0", FormatNone, 1, 1, 0},
	Astore1:         {"astore_1", FormatNone, 1, 1, 0},
	Astore2:         {"astore_2", FormatNone, 1, 1, 0},
	Astore3:         {"astore_3", FormatNone, 1, 1, 0},
	Iastore:         {"iastore", FormatNone, 1, 3, 0},
	Lastore:         {"lastore", FormatNone, 1, 4, 0},
	Fastore:         {"fastore", FormatNone, 1, 3, 0},
	Dastore:         {"dastore", FormatNone, 1, 4, 0},
	Aastore:         {"aastore", FormatNone, 1, 3, 0},
	Bastore:         {"bastore", FormatNone, 1, 3, 0},
	Castore:         {"castore", FormatNone, 1, 3, 0},
	Sastore:         {"sastore", FormatNone, 1, 3, 0},
	Pop:             {"pop", FormatNone, 1, 1, 0},
	Pop2:            {"pop2", FormatNone, 1, 2, 0},
	Dup:             {"dup", FormatNone, 1, 1, 2},
	DupX1:           {"dup_x1", FormatNone, 1, 2, 3},
	DupX2:           {"dup_x2", FormatNone, 1, 3, 4},
	Dup2:            {"dup2", FormatNone, 1, 2, 4},
	Dup2X1:          {"dup2_x1", FormatNone, 1, 3, 5},
	Dup2X2:          {"dup2_x2", FormatNone, 1, 4, 6},
	Swap:            {"swap", FormatNone, 1, 2, 2},
	Iadd:            {"iadd", FormatNone, 1, 2, 1},
	Ladd:            {"ladd", FormatNone, 1, 4, 2},
	Fadd:            {"fadd", FormatNone, 1, 2, 1},
	Dadd:            {"dadd", FormatNone, 1, 4, 2},
	Isub:            {"isub", FormatNone, 1, 2, 1},
	Lsub:            {"lsub", FormatNone, 1, 4, 2},
	Fsub:            {"fsub", FormatNone, 1, 2, 1},
	Dsub:            {"dsub", FormatNone, 1, 4, 2},
	Imul:            {"imul", FormatNone, 1, 2, 1},
	Lmul:            {"lmul", FormatNone, 1, 4, 2},
	Fmul:            {"fmul", FormatNone, 1, 2, 1},
	Dmul:            {"dmul", FormatNone, 1, 4, 2},
	Idiv:            {"idiv", FormatNone, 1, 2, 1},
	Ldiv:            {"ldiv", FormatNone, 1, 4, 2},
	Fdiv:            {"fdiv", FormatNone, 1, 2, 1},
	Ddiv:            {"ddiv", FormatNone, 1, 4, 2},
	Irem:            {"irem", FormatNone, 1, 2, 1},
	Lrem:            {"lrem", FormatNone, 1, 4, 2},
	Frem:            {"frem", FormatNone, 1, 2, 1},
	Drem:            {"drem", FormatNone, 1, 4, 2},
	Ineg:            {"ineg", FormatNone, 1, 1, 1},
	Lneg:            {"lneg", FormatNone, 1, 2, 2},
	Fneg:            {"fneg", FormatNone, 1, 1, 1},
	Dneg:            {"dneg", FormatNone, 1, 2, 2},
	Ishl:            {"ishl", FormatNone, 1, 2, 1},
	Lshl:            {"lshl", FormatNone, 1, 3, 2},
	Ishr:            {"ishr", FormatNone, 1, 2, 1},
	Lshr:            {"lshr", FormatNone, 1, 3, 2},
	Iushr:           {"iushr", FormatNone, 1, 2, 1},
	Lushr:           {"lushr", FormatNone, 1, 3, 2},
	Iand:            {"iand", FormatNone, 1, 2, 1},
	Land:            {"land", FormatNone, 1, 4, 2},
	Ior:             {"ior", FormatNone, 1, 2, 1},
	Lor:             {"lor", FormatNone, 1, 4, 2},
	Ixor:            {"ixor", FormatNone, 1, 2, 1},
	Lxor:            {"lxor", FormatNone, 1, 4, 2},
	Iinc:            {"iinc", FormatLocalByte, 3, 0, 0},
	I2l:             {"i2l", FormatNone, 1, 1, 2},
	I2f:             {"i2f", FormatNone, 1, 1, 1},
	I2d:             {"i2d", FormatNone, 1, 1, 2},
	L2i:             {"l2i", FormatNone, 1, 2, 1},
	L2f:             {"l2f", FormatNone, 1, 2, 1},
	L2d:             {"l2d", FormatNone, 1, 2, 2},
	F2i:             {"f2i", FormatNone, 1, 1, 1},
	F2l:             {"f2l", FormatNone, 1, 1, 2},
	F2d:             {"f2d", FormatNone, 1, 1, 2},
	D2i:             {"d2i", FormatNone, 1, 2, 1},
	D2l:             {"d2l", FormatNone, 1, 2, 2},
	D2f:             {"d2f", FormatNone, 1, 2, 1},
	I2b:             {"i2b", FormatNone, 1, 1, 1},
	I2c:             {"i2c", FormatNone, 1, 1, 1},
	I2s:             {"i2s", FormatNone, 1, 1, 1},
	Lcmp:            {"lcmp", FormatNone, 1, 4, 1},
	Fcmpl:           {"fcmpl", FormatNone, 1, 2, 1},
	Fcmpg:           {"fcmpg", FormatNone, 1, 2, 1},
	Dcmpl:           {"dcmpl", FormatNone, 1, 4, 1},
	Dcmpg:           {"dcmpg", FormatNone, 1, 4, 1},
	Ifeq:            {"ifeq", FormatBranch, 3, 1, 0},
	Ifne:            {"ifne", FormatBranch, 3, 1, 0},
	Iflt:            {"iflt", FormatBranch, 3, 1, 0},
	Ifge:            {"ifge", FormatBranch, 3, 1, 0},
	Ifgt:            {"ifgt", FormatBranch, 3, 1, 0},
	Ifle:            {"ifle", FormatBranch, 3, 1, 0},
	IfIcmpeq:        {"if_icmpeq", FormatBranch, 3, 2, 0},
	IfIcmpne:        {"if_icmpne", FormatBranch, 3, 2, 0},
	IfIcmplt:        {"if_icmplt", FormatBranch, 3, 2, 0},
	IfIcmpge:        {"if_icmpge", FormatBranch, 3, 2, 0},
	IfIcmpgt:        {"if_icmpgt", FormatBranch, 3, 2, 0},
	IfIcmple:        {"if_icmple", FormatBranch, 3, 2, 0},
	IfAcmpeq:        {"if_acmpeq", FormatBranch, 3, 2, 0},
	IfAcmpne:        {"if_acmpne", FormatBranch, 3, 2, 0},
	Goto:            {"goto", FormatBranch, 3, 0, 0},
	Jsr:             {"jsr", FormatBranch, 3, 0, 1},
	Ret:             {"ret", FormatLocal, 2, 0, 0},
	Tableswitch:     {"tableswitch", FormatTableSwitch, 0, 1, 0},
	Lookupswitch:    {"lookupswitch", FormatLookupSwitch, 0, 1, 0},
	Ireturn:         {"ireturn", FormatNone, 1, 1, 0},
	Lreturn:         {"lreturn", FormatNone, 1, 2, 0},
	Freturn:         {"freturn", FormatNone, 1, 1, 0},
	Dreturn:         {"dreturn", FormatNone, 1, 2, 0},
	Areturn:         {"areturn", FormatNone, 1, 1, 0},
	Return:          {"return", FormatNone, 1, 0, 0},
	Getstatic:       {"getstatic", FormatCPRefWide, 3, 0, -1},
	Putstatic:       {"putstatic", FormatCPRefWide, 3, -1, 0},
	Getfield:        {"getfield", FormatCPRefWide, 3, 1, -1},
	Putfield:        {"putfield", FormatCPRefWide, 3, -1, 0},
	Invokevirtual:   {"invokevirtual", FormatCPRefWide, 3, -1, -1},
	Invokespecial:   {"invokespecial", FormatCPRefWide, 3, -1, -1},
	Invokestatic:    {"invokestatic", FormatCPRefWide, 3, -1, -1},
	Invokeinterface: {"invokeinterface", FormatCPRefWideByteZero, 5, -1, -1},
	Invokedynamic:   {"invokedynamic", FormatCPRefWideByteZero, 5, -1, -1},
	New:             {"new", FormatCPRefWide, 3, 0, 1},
	Newarray:        {"newarray", FormatArrayType, 2, 1, 1},
	Anewarray:       {"anewarray", FormatCPRefWide, 3, 1, 1},
	Arraylength:     {"arraylength", FormatNone, 1, 1, 1},
	Athrow:          {"athrow", FormatNone, 1, 1, 0},
	Checkcast:       {"checkcast", FormatCPRefWide, 3, 1, 1},
	Instanceof:      {"instanceof", FormatCPRefWide, 3, 1, 1},
	Monitorenter:    {"monitorenter", FormatNone, 1, 1, 0},
	Monitorexit:     {"monitorexit", FormatNone, 1, 1, 0},
	Wide:            {"wide", FormatWide, 0, 0, 0},
	Multianewarray:  {"multianewarray", FormatCPRefWideByte, 4, -1, 1},
	Ifnull:          {"ifnull", FormatBranch, 3, 1, 0},
	Ifnonnull:       {"ifnonnull", FormatBranch, 3, 1, 0},
	GotoW:           {"goto_w", FormatBranchWide, 5, 0, 0},
	JsrW:            {"jsr_w", FormatBranchWide, 5, 0, 1},
}
