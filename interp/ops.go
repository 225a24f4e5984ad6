package interp

import "github.com/gojvm/gojvm/classfile"

// Op is an operation of lowered code. Values below 256 are JVM opcodes,
// kept where the instruction is executed as written; the rest are forms the
// lowering or first execution rewrites an instruction into (HotSpot calls
// the latter "quickening"), with resolved operands cached in the Inst.
type Op uint16

const (
	// Loads and stores of locals with the index in A, whatever the source
	// form (iload_0, iload, wide iload).
	opLoad1 Op = 256 + iota // one slot (int, float, reference)
	opLoad2                 // two slots (long, double)
	opStore1
	opStore2
	opConst    // push A (iconst_*, bipush, sipush, ldc of an int or float)
	opConst2   // push the 64-bit value A|B<<32 as two slots (lconst, dconst, ldc2_w)
	opLdcRef   // push the resolved reference in *P (ldc of String, MethodType, ...)
	opLdcClass // push the mirror of class P
	opIinc     // local A += B
	opGoto     // to A
	opJsr      // push the return address, go to A
	opRet      // go to the address in local A
	opTableSwitch
	opLookupSwitch

	// Quickened field access: A is the field offset; P is the field.
	opGetfieldB // byte and boolean
	opGetfieldC
	opGetfieldS
	opGetfieldI // int and float
	opGetfieldJ // long and double
	opGetfieldL
	opPutfieldB
	opPutfieldC // char and short
	opPutfieldI
	opPutfieldJ
	opPutfieldL
	opGetstaticB
	opGetstaticC
	opGetstaticS
	opGetstaticI
	opGetstaticJ
	opGetstaticL
	opPutstaticB
	opPutstaticC
	opPutstaticI
	opPutstaticJ
	opPutstaticL

	// Quickened invocations: P is the method, B its argument slots.
	opInvokeVirtualQ   // A is the vtable index
	opInvokeDirectQ    // a known method with a receiver (private, final, invokespecial)
	opInvokeStaticQ    // class already initialized
	opInvokeInterfaceQ // P is the interface method
	opInvokeHandle     // a signature-polymorphic MethodHandle call (see indy.go)
	opInvokeDynamicQ   // P is the call site
	opInvokeBasic      // MethodHandle.invokeBasic; B is the argument slots
	opLinkToStatic     // MethodHandle.linkTo*; B is the argument slots, MemberName included
	opLinkToSpecial
	opLinkToVirtual
	opLinkToInterface

	opNewQ        // P is the (initialized) class
	opAnewarrayQ  // P is the array class
	opCheckcastQ  // P is the class
	opInstanceofQ // P is the class
	opMultianewarrayQ
	opPutVolatile // a put to a volatile field: B>>8 is the quickened put
	// opReturnRegisterFinalizer is Object.<init>'s return: an object whose
	// class has a finalizer is registered with java.lang.ref.Finalizer
	// (HotSpot's _return_register_finalizer).
	opReturnRegisterFinalizer

	// Superinstructions (fuse.go): a run of instructions executed as one
	// dispatch. "L" operands are locals, "K" constants.
	opLoad1x2     // push locals A and B (one slot each)
	opLoad2x2     // push locals A and B (two slots each)
	opStore1Load1 // pop into local A, push local B
	opIfICmpLLeq  // if local A = local B, go to C (and ne, lt, ge, gt, le)
	opIfICmpLLne
	opIfICmpLLlt
	opIfICmpLLge
	opIfICmpLLgt
	opIfICmpLLle
	opIfICmpLKeq // if local A = B, go to C (and ne, lt, ge, gt, le)
	opIfICmpLKne
	opIfICmpLKlt
	opIfICmpLKge
	opIfICmpLKgt
	opIfICmpLKle
	opIfLeq // if local A = 0, go to C (and ne, lt, ge, gt, le)
	opIfLne
	opIfLlt
	opIfLge
	opIfLgt
	opIfLle
	opIfLnull // if local A is null, go to C
	opIfLnonnull
	opIaddLL       // push local A + local B
	opIsubLL       // push local A - local B
	opIaddLK       // push local A + B
	opIaloadLL     // push local A [local B] (int or float)
	opAaloadLL     // push local A [local B] (reference)
	opBaloadLL     // push local A [local B] (byte or boolean)
	opCaloadLL     // push local A [local B] (char)
	opDaloadLL     // push local A [local B] (long or double)
	opArraylengthL // push the length of array local A
	opIincGoto     // local A += B, go to C
	opDaddL        // double on the stack + local A (and sub, mul, div)
	opDsubL
	opDmulL
	opDdivL
	opGetfieldIL // push field at offset B of local A (int or float; and J, L)
	opGetfieldJL
	opGetfieldLL
	opGetfieldILDup // push local A, then its field at offset B (int or float; and J)
	opGetfieldJLDup
	opIastoreL // store local A into the int (or float) array element on the stack

	opCount
)

// Aliases for JVM opcodes used as Ops.
const (
	opNop         = Op(classfile.Nop)
	opAconstNull  = Op(classfile.AconstNull)
	opIaload      = Op(classfile.Iaload)
	opLaload      = Op(classfile.Laload)
	opFaload      = Op(classfile.Faload)
	opDaload      = Op(classfile.Daload)
	opAaload      = Op(classfile.Aaload)
	opBaload      = Op(classfile.Baload)
	opCaload      = Op(classfile.Caload)
	opSaload      = Op(classfile.Saload)
	opIastore     = Op(classfile.Iastore)
	opLastore     = Op(classfile.Lastore)
	opFastore     = Op(classfile.Fastore)
	opDastore     = Op(classfile.Dastore)
	opAastore     = Op(classfile.Aastore)
	opBastore     = Op(classfile.Bastore)
	opCastore     = Op(classfile.Castore)
	opSastore     = Op(classfile.Sastore)
	opPop         = Op(classfile.Pop)
	opPop2        = Op(classfile.Pop2)
	opDup         = Op(classfile.Dup)
	opDupX1       = Op(classfile.DupX1)
	opDupX2       = Op(classfile.DupX2)
	opDup2        = Op(classfile.Dup2)
	opDup2X1      = Op(classfile.Dup2X1)
	opDup2X2      = Op(classfile.Dup2X2)
	opSwap        = Op(classfile.Swap)
	opIadd        = Op(classfile.Iadd)
	opLadd        = Op(classfile.Ladd)
	opFadd        = Op(classfile.Fadd)
	opDadd        = Op(classfile.Dadd)
	opIsub        = Op(classfile.Isub)
	opLsub        = Op(classfile.Lsub)
	opFsub        = Op(classfile.Fsub)
	opDsub        = Op(classfile.Dsub)
	opImul        = Op(classfile.Imul)
	opLmul        = Op(classfile.Lmul)
	opFmul        = Op(classfile.Fmul)
	opDmul        = Op(classfile.Dmul)
	opIdiv        = Op(classfile.Idiv)
	opLdiv        = Op(classfile.Ldiv)
	opFdiv        = Op(classfile.Fdiv)
	opDdiv        = Op(classfile.Ddiv)
	opIrem        = Op(classfile.Irem)
	opLrem        = Op(classfile.Lrem)
	opFrem        = Op(classfile.Frem)
	opDrem        = Op(classfile.Drem)
	opIneg        = Op(classfile.Ineg)
	opLneg        = Op(classfile.Lneg)
	opFneg        = Op(classfile.Fneg)
	opDneg        = Op(classfile.Dneg)
	opIshl        = Op(classfile.Ishl)
	opLshl        = Op(classfile.Lshl)
	opIshr        = Op(classfile.Ishr)
	opLshr        = Op(classfile.Lshr)
	opIushr       = Op(classfile.Iushr)
	opLushr       = Op(classfile.Lushr)
	opIand        = Op(classfile.Iand)
	opLand        = Op(classfile.Land)
	opIor         = Op(classfile.Ior)
	opLor         = Op(classfile.Lor)
	opIxor        = Op(classfile.Ixor)
	opLxor        = Op(classfile.Lxor)
	opI2l         = Op(classfile.I2l)
	opI2f         = Op(classfile.I2f)
	opI2d         = Op(classfile.I2d)
	opL2i         = Op(classfile.L2i)
	opL2f         = Op(classfile.L2f)
	opL2d         = Op(classfile.L2d)
	opF2i         = Op(classfile.F2i)
	opF2l         = Op(classfile.F2l)
	opF2d         = Op(classfile.F2d)
	opD2i         = Op(classfile.D2i)
	opD2l         = Op(classfile.D2l)
	opD2f         = Op(classfile.D2f)
	opI2b         = Op(classfile.I2b)
	opI2c         = Op(classfile.I2c)
	opI2s         = Op(classfile.I2s)
	opLcmp        = Op(classfile.Lcmp)
	opFcmpl       = Op(classfile.Fcmpl)
	opFcmpg       = Op(classfile.Fcmpg)
	opDcmpl       = Op(classfile.Dcmpl)
	opDcmpg       = Op(classfile.Dcmpg)
	opIfeq        = Op(classfile.Ifeq)
	opIfne        = Op(classfile.Ifne)
	opIflt        = Op(classfile.Iflt)
	opIfge        = Op(classfile.Ifge)
	opIfgt        = Op(classfile.Ifgt)
	opIfle        = Op(classfile.Ifle)
	opIfIcmpeq    = Op(classfile.IfIcmpeq)
	opIfIcmpne    = Op(classfile.IfIcmpne)
	opIfIcmplt    = Op(classfile.IfIcmplt)
	opIfIcmpge    = Op(classfile.IfIcmpge)
	opIfIcmpgt    = Op(classfile.IfIcmpgt)
	opIfIcmple    = Op(classfile.IfIcmple)
	opIfAcmpeq    = Op(classfile.IfAcmpeq)
	opIfAcmpne    = Op(classfile.IfAcmpne)
	opIfnull      = Op(classfile.Ifnull)
	opIfnonnull   = Op(classfile.Ifnonnull)
	opIreturn     = Op(classfile.Ireturn)
	opLreturn     = Op(classfile.Lreturn)
	opFreturn     = Op(classfile.Freturn)
	opDreturn     = Op(classfile.Dreturn)
	opAreturn     = Op(classfile.Areturn)
	opReturn      = Op(classfile.Return)
	opGetstatic   = Op(classfile.Getstatic)
	opPutstatic   = Op(classfile.Putstatic)
	opGetfield    = Op(classfile.Getfield)
	opPutfield    = Op(classfile.Putfield)
	opInvokevirt  = Op(classfile.Invokevirtual)
	opInvokespec  = Op(classfile.Invokespecial)
	opInvokestat  = Op(classfile.Invokestatic)
	opInvokeintf  = Op(classfile.Invokeinterface)
	opInvokedyn   = Op(classfile.Invokedynamic)
	opNew         = Op(classfile.New)
	opNewarray    = Op(classfile.Newarray)
	opAnewarray   = Op(classfile.Anewarray)
	opArraylength = Op(classfile.Arraylength)
	opAthrow      = Op(classfile.Athrow)
	opCheckcast   = Op(classfile.Checkcast)
	opInstanceof  = Op(classfile.Instanceof)
	opMonitorent  = Op(classfile.Monitorenter)
	opMonitorexit = Op(classfile.Monitorexit)
	opMultianew   = Op(classfile.Multianewarray)
	opLdc         = Op(classfile.Ldc) // unresolved ldc/ldc_w of a non-numeric constant; A is the index
)
