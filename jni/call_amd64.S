//go:build cgo && linux

// gojvm_invoke(void *fn, gojvm_env *env, int64_t nstack): calls fn as the
// System V AMD64 ABI lays out a call, from what gojvm stored in env: the six
// integer argument registers (env->gp), the eight SSE argument registers
// (env->fp) and nstack words of stack arguments (env->stack, first word at
// the lowest address). It stores rax and xmm0 in env->ret[0] and ret[1].
// This is HotSpot's signature handler and native wrapper in one: the
// classification of each argument was done by the caller (jni/call.go).
// The offsets below are checked by static assertions in jni_functions.c.

#define ENV_GP 16
#define ENV_FP 64
#define ENV_RET 128
#define ENV_STACK 144

	.text
	.globl	gojvm_invoke
	.type	gojvm_invoke, @function
gojvm_invoke:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	pushq	%r12
	// rbp is 16-byte aligned here; two pushes keep it so.

	movq	%rdi, %r12		// fn
	movq	%rsi, %rbx		// env

	// Room for the stack arguments, keeping rsp 16-byte aligned at the call.
	movq	%rdx, %rcx
	leaq	15(,%rcx,8), %rax
	andq	$-16, %rax
	subq	%rax, %rsp
	xorq	%rax, %rax
1:	cmpq	%rcx, %rax
	jge	2f
	movq	ENV_STACK(%rbx,%rax,8), %r10
	movq	%r10, (%rsp,%rax,8)
	incq	%rax
	jmp	1b
2:
	movsd	ENV_FP+0(%rbx), %xmm0
	movsd	ENV_FP+8(%rbx), %xmm1
	movsd	ENV_FP+16(%rbx), %xmm2
	movsd	ENV_FP+24(%rbx), %xmm3
	movsd	ENV_FP+32(%rbx), %xmm4
	movsd	ENV_FP+40(%rbx), %xmm5
	movsd	ENV_FP+48(%rbx), %xmm6
	movsd	ENV_FP+56(%rbx), %xmm7
	movq	ENV_GP+0(%rbx), %rdi
	movq	ENV_GP+8(%rbx), %rsi
	movq	ENV_GP+16(%rbx), %rdx
	movq	ENV_GP+24(%rbx), %rcx
	movq	ENV_GP+32(%rbx), %r8
	movq	ENV_GP+40(%rbx), %r9
	movl	$8, %eax		// vector registers used, for a variadic callee
	call	*%r12

	movq	%rax, ENV_RET+0(%rbx)
	movsd	%xmm0, ENV_RET+8(%rbx)

	leaq	-16(%rbp), %rsp
	popq	%r12
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	gojvm_invoke, .-gojvm_invoke

	.section	.note.GNU-stack,"",@progbits
