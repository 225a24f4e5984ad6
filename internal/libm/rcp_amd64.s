#include "textflag.h"

// func rcpss(x uint32) uint32
TEXT ·rcpss(SB), NOSPLIT, $0-12
	MOVL	x+0(FP), AX
	MOVL	AX, X0
	RCPSS	X0, X0
	MOVL	X0, AX
	MOVL	AX, ret+8(FP)
	RET
