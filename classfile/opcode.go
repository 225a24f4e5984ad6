package classfile

// Opcode is a JVM instruction opcode (JVMS §6.5).
type Opcode uint8

// OperandFormat says how an instruction's operands are laid out.
type OperandFormat uint8

const (
	FormatInvalid           OperandFormat = iota // not an opcode of JVMS 17
	FormatNone                                   // no operands
	FormatByte                                   // s1 immediate (bipush)
	FormatShort                                  // s2 immediate (sipush)
	FormatArrayType                              // u1 atype (newarray)
	FormatCPRef                                  // u1 constant-pool index (ldc)
	FormatCPRefWide                              // u2 constant-pool index
	FormatCPRefWideByte                          // u2 index, u1 dimensions (multianewarray)
	FormatCPRefWideByteZero                      // u2 index, u1 count, zero byte (invokeinterface, invokedynamic)
	FormatLocal                                  // u1 local index (u2 after wide)
	FormatLocalByte                              // u1 local index, s1 delta (iinc; u2, s2 after wide)
	FormatBranch                                 // s2 branch offset
	FormatBranchWide                             // s4 branch offset
	FormatTableSwitch                            // padding, default, low, high, offsets
	FormatLookupSwitch                           // padding, default, npairs, pairs
	FormatWide                                   // wide prefix
)

// OpcodeInfo is one row of the opcode table.
type OpcodeInfo struct {
	Name   string
	Format OperandFormat
	Length int8 // bytes including the opcode; 0 if variable
	Pop    int8 // operand-stack slots consumed; -1 if it depends on operands
	Push   int8 // operand-stack slots produced; -1 if it depends on operands
}

// Info returns the opcode's table row. Undefined opcodes have FormatInvalid.
func (op Opcode) Info() *OpcodeInfo { return &opcodeTable[op] }

// String returns the mnemonic, or "bytecode N" (javap's form) for an
// undefined opcode.
func (op Opcode) String() string {
	if n := opcodeTable[op].Name; n != "" {
		return n
	}
	return "bytecode " + itoa(int(op))
}

// Valid reports whether op is defined by JVMS 17.
func (op Opcode) Valid() bool { return opcodeTable[op].Format != FormatInvalid }

// ArrayType is newarray's atype operand (JVMS §6.5.newarray, Table 6.5.newarray-A).
type ArrayType uint8

const (
	TBoolean ArrayType = 4
	TChar    ArrayType = 5
	TFloat   ArrayType = 6
	TDouble  ArrayType = 7
	TByte    ArrayType = 8
	TShort   ArrayType = 9
	TInt     ArrayType = 10
	TLong    ArrayType = 11
)

var arrayTypeNames = [...]string{4: "boolean", 5: "char", 6: "float", 7: "double", 8: "byte", 9: "short", 10: "int", 11: "long"}

// String returns the element type's Java name, or "" if t is not valid.
func (t ArrayType) String() string {
	if int(t) < len(arrayTypeNames) {
		return arrayTypeNames[t]
	}
	return ""
}
