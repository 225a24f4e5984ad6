//go:build cgo && linux && amd64

// The JNIEnv function table. Each JNI function is a small C function that
// hands its arguments to one of a few Go functions (exported from
// env_exports.go and the files beside it), telling it which JNI function
// it is; the families (Call<Type>Method, Get<Type>Field, the array
// functions) share one Go function each. Functions taking "..." or a
// va_list read their arguments here, where C can, into a jvalue array,
// using the parameter kinds recorded in the method ID.

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "_cgo_export.h"

#define JNICALL

_Static_assert(offsetof(gojvm_env, gp) == 16, "ENV_GP in call_amd64.S");
_Static_assert(offsetof(gojvm_env, fp) == 64, "ENV_FP in call_amd64.S");
_Static_assert(offsetof(gojvm_env, ret) == 128, "ENV_RET in call_amd64.S");
_Static_assert(offsetof(gojvm_env, stack) == 144, "ENV_STACK in call_amd64.S");
_Static_assert(sizeof(jvalue) == 8, "jvalue");

__thread gojvm_env *gojvm_current_env;

void gojvm_set_current_env(gojvm_env *env) { gojvm_current_env = env; }

gojvm_env *gojvm_get_current_env(void) { return gojvm_current_env; }

void gojvm_call_native(uintptr_t fn, gojvm_env *env, int64_t nstack) {
	gojvm_current_env = env;
	gojvm_invoke((void *)fn, env, nstack);
}

#define NAME_OF(n, name) [n] = #name,
static const char *fn_names[FN_COUNT] = { GOJVM_JNI_FUNCTIONS(NAME_OF) };
#undef NAME_OF

const char *gojvm_fn_name(int fn) {
	if (fn < 0 || fn >= FN_COUNT || fn_names[fn] == NULL) return "";
	return fn_names[fn];
}

// va_args reads a method's arguments from a va_list into args, which has
// room for mid->nparams values. A NULL method ID reads nothing (gojvm
// reports it).
static void va_args(jmethodID mid, va_list ap, jvalue *args) {
	if (mid == NULL) return;
	for (int i = 0; i < mid->nparams; i++) {
		switch (mid->params[i]) {
		case 'Z': args[i].z = (jboolean)va_arg(ap, int); break;
		case 'B': args[i].b = (jbyte)va_arg(ap, int); break;
		case 'C': args[i].c = (jchar)va_arg(ap, int); break;
		case 'S': args[i].s = (jshort)va_arg(ap, int); break;
		case 'I': args[i].i = va_arg(ap, jint); break;
		case 'J': args[i].j = va_arg(ap, jlong); break;
		case 'F': args[i].f = (jfloat)va_arg(ap, double); break;
		case 'D': args[i].d = va_arg(ap, double); break;
		default: args[i].l = va_arg(ap, jobject); break;
		}
	}
}

#define NARGS(mid) ((mid) != NULL && (mid)->nparams > 0 ? (mid)->nparams : 1)

// Classes, exceptions, references.

static jint JNICALL GetVersion(gojvm_env *env) { return gojvm_GetVersion(env); }
static jobject JNICALL DefineClass(gojvm_env *env, const char *name, jobject loader, const jbyte *buf, jsize len) {
	return gojvm_DefineClass(env, (char *)name, loader, (jbyte *)buf, len);
}
static jobject JNICALL FindClass(gojvm_env *env, const char *name) { return gojvm_FindClass(env, (char *)name); }
static jmethodID JNICALL FromReflectedMethod(gojvm_env *env, jobject m) { return gojvm_FromReflectedMethod(env, m); }
static jfieldID JNICALL FromReflectedField(gojvm_env *env, jobject f) { return gojvm_FromReflectedField(env, f); }
static jobject JNICALL ToReflectedMethod(gojvm_env *env, jobject cls, jmethodID mid, jboolean isStatic) {
	return gojvm_ToReflectedMethod(env, cls, mid, isStatic);
}
static jobject JNICALL GetSuperclass(gojvm_env *env, jobject cls) { return gojvm_GetSuperclass(env, cls); }
static jboolean JNICALL IsAssignableFrom(gojvm_env *env, jobject a, jobject b) { return gojvm_IsAssignableFrom(env, a, b); }
static jobject JNICALL ToReflectedField(gojvm_env *env, jobject cls, jfieldID fid, jboolean isStatic) {
	return gojvm_ToReflectedField(env, cls, fid, isStatic);
}
static jint JNICALL Throw(gojvm_env *env, jobject ex) { return gojvm_Throw(env, ex); }
static jint JNICALL ThrowNew(gojvm_env *env, jobject cls, const char *msg) { return gojvm_ThrowNew(env, cls, (char *)msg); }
static jobject JNICALL ExceptionOccurred(gojvm_env *env) { return gojvm_ExceptionOccurred(env); }
static void JNICALL ExceptionDescribe(gojvm_env *env) { gojvm_ExceptionDescribe(env); }
static void JNICALL ExceptionClear(gojvm_env *env) { gojvm_ExceptionClear(env); }
static void JNICALL FatalError(gojvm_env *env, const char *msg) {
	gojvm_FatalError(env, (char *)msg);
	abort(); // not reached: gojvm ends the process
}
static jint JNICALL PushLocalFrame(gojvm_env *env, jint capacity) { return gojvm_PushLocalFrame(env, capacity); }
static jobject JNICALL PopLocalFrame(gojvm_env *env, jobject result) { return gojvm_PopLocalFrame(env, result); }
static jobject JNICALL NewGlobalRef(gojvm_env *env, jobject obj) { return gojvm_NewRef(env, FN_NewGlobalRef, obj); }
static void JNICALL DeleteGlobalRef(gojvm_env *env, jobject obj) { gojvm_DeleteRef(env, FN_DeleteGlobalRef, obj); }
static void JNICALL DeleteLocalRef(gojvm_env *env, jobject obj) { gojvm_DeleteRef(env, FN_DeleteLocalRef, obj); }
static jboolean JNICALL IsSameObject(gojvm_env *env, jobject a, jobject b) { return gojvm_IsSameObject(env, a, b); }
static jobject JNICALL NewLocalRef(gojvm_env *env, jobject obj) { return gojvm_NewRef(env, FN_NewLocalRef, obj); }
static jint JNICALL EnsureLocalCapacity(gojvm_env *env, jint capacity) { return gojvm_EnsureLocalCapacity(env, capacity); }
static jobject JNICALL NewWeakGlobalRef(gojvm_env *env, jobject obj) { return gojvm_NewRef(env, FN_NewWeakGlobalRef, obj); }
static void JNICALL DeleteWeakGlobalRef(gojvm_env *env, jobject obj) { gojvm_DeleteRef(env, FN_DeleteWeakGlobalRef, obj); }
static jboolean JNICALL ExceptionCheck(gojvm_env *env) { return gojvm_ExceptionCheck(env); }
static jint JNICALL GetObjectRefType(gojvm_env *env, jobject obj) { return gojvm_GetObjectRefType(env, obj); }

// Objects and methods.

static jobject JNICALL AllocObject(gojvm_env *env, jobject cls) { return gojvm_AllocObject(env, cls); }
static jobject JNICALL NewObjectA(gojvm_env *env, jobject cls, jmethodID mid, const jvalue *args) {
	return gojvm_NewObject(env, FN_NewObjectA, cls, mid, (jvalue *)args);
}
static jobject JNICALL NewObjectV(gojvm_env *env, jobject cls, jmethodID mid, va_list ap) {
	jvalue args[NARGS(mid)];
	va_list aq;
	va_copy(aq, ap);
	va_args(mid, aq, args);
	va_end(aq);
	return gojvm_NewObject(env, FN_NewObjectV, cls, mid, args);
}
static jobject JNICALL NewObject(gojvm_env *env, jobject cls, jmethodID mid, ...) {
	jvalue args[NARGS(mid)];
	va_list ap;
	va_start(ap, mid);
	va_args(mid, ap, args);
	va_end(ap);
	return gojvm_NewObject(env, FN_NewObject, cls, mid, args);
}
static jobject JNICALL GetObjectClass(gojvm_env *env, jobject obj) { return gojvm_GetObjectClass(env, obj); }
static jboolean JNICALL IsInstanceOf(gojvm_env *env, jobject obj, jobject cls) { return gojvm_IsInstanceOf(env, obj, cls); }
static jmethodID JNICALL GetMethodID(gojvm_env *env, jobject cls, const char *name, const char *sig) {
	return gojvm_GetMethodID(env, FN_GetMethodID, cls, (char *)name, (char *)sig);
}
static jmethodID JNICALL GetStaticMethodID(gojvm_env *env, jobject cls, const char *name, const char *sig) {
	return gojvm_GetMethodID(env, FN_GetStaticMethodID, cls, (char *)name, (char *)sig);
}

// The Call<Kind><Type>Method family: virtual calls take the receiver,
// nonvirtual ones the receiver and a class, static ones a class.
#define RECV_Virtual jobject obj,
#define RECV_Nonvirtual jobject obj, jobject cls,
#define RECV_Static jobject cls,
#define PASS_Virtual obj, NULL
#define PASS_Nonvirtual obj, cls
#define PASS_Static NULL, cls
#define KIND_Virtual
#define KIND_Nonvirtual Nonvirtual
#define KIND_Static Static
// Two levels, so that KIND_ and the like expand before they are pasted.
#define CAT3(a, b, c) CAT3_(a, b, c)
#define CAT3_(a, b, c) a##b##c
#define CAT4(a, b, c, d) CAT4_(a, b, c, d)
#define CAT4_(a, b, c, d) a##b##c##d

#define CALL_FUNCS(K, Type, ctype, m) \
static ctype JNICALL CAT4(Call, KIND_##K, Type, MethodA)(gojvm_env *env, RECV_##K jmethodID mid, const jvalue *args) { \
	jvalue r; r.j = 0; \
	gojvm_Call(env, CAT4(FN_Call, KIND_##K, Type, MethodA), PASS_##K, mid, (jvalue *)args, &r); \
	return (ctype)r.m; \
} \
static ctype JNICALL CAT4(Call, KIND_##K, Type, MethodV)(gojvm_env *env, RECV_##K jmethodID mid, va_list ap) { \
	jvalue args[NARGS(mid)], r; r.j = 0; \
	va_list aq; va_copy(aq, ap); va_args(mid, aq, args); va_end(aq); \
	gojvm_Call(env, CAT4(FN_Call, KIND_##K, Type, MethodV), PASS_##K, mid, args, &r); \
	return (ctype)r.m; \
} \
static ctype JNICALL CAT4(Call, KIND_##K, Type, Method)(gojvm_env *env, RECV_##K jmethodID mid, ...) { \
	jvalue args[NARGS(mid)], r; r.j = 0; \
	va_list ap; va_start(ap, mid); va_args(mid, ap, args); va_end(ap); \
	gojvm_Call(env, CAT4(FN_Call, KIND_##K, Type, Method), PASS_##K, mid, args, &r); \
	return (ctype)r.m; \
}

#define VOID_CALL_FUNCS(K) \
static void JNICALL CAT3(Call, KIND_##K, VoidMethodA)(gojvm_env *env, RECV_##K jmethodID mid, const jvalue *args) { \
	jvalue r; \
	gojvm_Call(env, CAT3(FN_Call, KIND_##K, VoidMethodA), PASS_##K, mid, (jvalue *)args, &r); \
} \
static void JNICALL CAT3(Call, KIND_##K, VoidMethodV)(gojvm_env *env, RECV_##K jmethodID mid, va_list ap) { \
	jvalue args[NARGS(mid)], r; \
	va_list aq; va_copy(aq, ap); va_args(mid, aq, args); va_end(aq); \
	gojvm_Call(env, CAT3(FN_Call, KIND_##K, VoidMethodV), PASS_##K, mid, args, &r); \
} \
static void JNICALL CAT3(Call, KIND_##K, VoidMethod)(gojvm_env *env, RECV_##K jmethodID mid, ...) { \
	jvalue args[NARGS(mid)], r; \
	va_list ap; va_start(ap, mid); va_args(mid, ap, args); va_end(ap); \
	gojvm_Call(env, CAT3(FN_Call, KIND_##K, VoidMethod), PASS_##K, mid, args, &r); \
}

#define CALL_TYPES(K) \
	CALL_FUNCS(K, Object, jobject, l) CALL_FUNCS(K, Boolean, jboolean, z) \
	CALL_FUNCS(K, Byte, jbyte, b) CALL_FUNCS(K, Char, jchar, c) CALL_FUNCS(K, Short, jshort, s) \
	CALL_FUNCS(K, Int, jint, i) CALL_FUNCS(K, Long, jlong, j) CALL_FUNCS(K, Float, jfloat, f) \
	CALL_FUNCS(K, Double, jdouble, d) VOID_CALL_FUNCS(K)

CALL_TYPES(Virtual)
CALL_TYPES(Nonvirtual)
CALL_TYPES(Static)

// Fields.

static jfieldID JNICALL GetFieldID(gojvm_env *env, jobject cls, const char *name, const char *sig) {
	return gojvm_GetFieldID(env, FN_GetFieldID, cls, (char *)name, (char *)sig);
}
static jfieldID JNICALL GetStaticFieldID(gojvm_env *env, jobject cls, const char *name, const char *sig) {
	return gojvm_GetFieldID(env, FN_GetStaticFieldID, cls, (char *)name, (char *)sig);
}

#define FIELD_FUNCS(S, Type, ctype, m) \
static ctype JNICALL CAT4(Get, S, Type, Field)(gojvm_env *env, jobject obj, jfieldID fid) { \
	jvalue r; r.j = 0; \
	gojvm_GetField(env, CAT4(FN_Get, S, Type, Field), obj, fid, &r); \
	return (ctype)r.m; \
} \
static void JNICALL CAT4(Set, S, Type, Field)(gojvm_env *env, jobject obj, jfieldID fid, ctype v) { \
	jvalue a; a.j = 0; a.m = v; \
	gojvm_SetField(env, CAT4(FN_Set, S, Type, Field), obj, fid, &a); \
}

#define FIELD_TYPES(S) \
	FIELD_FUNCS(S, Object, jobject, l) FIELD_FUNCS(S, Boolean, jboolean, z) \
	FIELD_FUNCS(S, Byte, jbyte, b) FIELD_FUNCS(S, Char, jchar, c) FIELD_FUNCS(S, Short, jshort, s) \
	FIELD_FUNCS(S, Int, jint, i) FIELD_FUNCS(S, Long, jlong, j) FIELD_FUNCS(S, Float, jfloat, f) \
	FIELD_FUNCS(S, Double, jdouble, d)

FIELD_TYPES()
FIELD_TYPES(Static)

// Strings.

static jobject JNICALL NewString(gojvm_env *env, const jchar *chars, jsize len) {
	return gojvm_NewString(env, (jchar *)chars, len);
}
static jsize JNICALL GetStringLength(gojvm_env *env, jobject s) { return gojvm_GetStringLength(env, s); }
static const jchar *JNICALL GetStringChars(gojvm_env *env, jobject s, jboolean *isCopy) {
	return gojvm_GetStringChars(env, FN_GetStringChars, s, isCopy);
}
static void JNICALL ReleaseStringChars(gojvm_env *env, jobject s, const jchar *chars) {
	gojvm_ReleaseStringChars(env, FN_ReleaseStringChars, s, (jchar *)chars);
}
static jobject JNICALL NewStringUTF(gojvm_env *env, const char *utf) { return gojvm_NewStringUTF(env, (char *)utf); }
static jsize JNICALL GetStringUTFLength(gojvm_env *env, jobject s) { return gojvm_GetStringUTFLength(env, s); }
static const char *JNICALL GetStringUTFChars(gojvm_env *env, jobject s, jboolean *isCopy) {
	return gojvm_GetStringUTFChars(env, s, isCopy);
}
static void JNICALL ReleaseStringUTFChars(gojvm_env *env, jobject s, const char *utf) {
	gojvm_ReleaseStringUTFChars(env, s, (char *)utf);
}
static void JNICALL GetStringRegion(gojvm_env *env, jobject s, jsize start, jsize len, jchar *buf) {
	gojvm_GetStringRegion(env, FN_GetStringRegion, s, start, len, buf);
}
static void JNICALL GetStringUTFRegion(gojvm_env *env, jobject s, jsize start, jsize len, char *buf) {
	gojvm_GetStringRegion(env, FN_GetStringUTFRegion, s, start, len, buf);
}
static const jchar *JNICALL GetStringCritical(gojvm_env *env, jobject s, jboolean *isCopy) {
	return gojvm_GetStringChars(env, FN_GetStringCritical, s, isCopy);
}
static void JNICALL ReleaseStringCritical(gojvm_env *env, jobject s, const jchar *chars) {
	gojvm_ReleaseStringChars(env, FN_ReleaseStringCritical, s, (jchar *)chars);
}

// Arrays.

static jsize JNICALL GetArrayLength(gojvm_env *env, jobject a) { return gojvm_GetArrayLength(env, a); }
static jobject JNICALL NewObjectArray(gojvm_env *env, jsize len, jobject cls, jobject init) {
	return gojvm_NewObjectArray(env, len, cls, init);
}
static jobject JNICALL GetObjectArrayElement(gojvm_env *env, jobject a, jsize i) { return gojvm_GetObjectArrayElement(env, a, i); }
static void JNICALL SetObjectArrayElement(gojvm_env *env, jobject a, jsize i, jobject v) { gojvm_SetObjectArrayElement(env, a, i, v); }

#define ARRAY_FUNCS(Type, ctype) \
static jobject JNICALL New##Type##Array(gojvm_env *env, jsize len) { \
	return gojvm_NewPrimitiveArray(env, FN_New##Type##Array, len); \
} \
static ctype *JNICALL Get##Type##ArrayElements(gojvm_env *env, jobject a, jboolean *isCopy) { \
	return (ctype *)gojvm_GetArrayElements(env, FN_Get##Type##ArrayElements, a, isCopy); \
} \
static void JNICALL Release##Type##ArrayElements(gojvm_env *env, jobject a, ctype *elems, jint mode) { \
	gojvm_ReleaseArrayElements(env, FN_Release##Type##ArrayElements, a, elems, mode); \
} \
static void JNICALL Get##Type##ArrayRegion(gojvm_env *env, jobject a, jsize start, jsize len, ctype *buf) { \
	gojvm_ArrayRegion(env, FN_Get##Type##ArrayRegion, a, start, len, buf); \
} \
static void JNICALL Set##Type##ArrayRegion(gojvm_env *env, jobject a, jsize start, jsize len, const ctype *buf) { \
	gojvm_ArrayRegion(env, FN_Set##Type##ArrayRegion, a, start, len, (void *)buf); \
}

ARRAY_FUNCS(Boolean, jboolean)
ARRAY_FUNCS(Byte, jbyte)
ARRAY_FUNCS(Char, jchar)
ARRAY_FUNCS(Short, jshort)
ARRAY_FUNCS(Int, jint)
ARRAY_FUNCS(Long, jlong)
ARRAY_FUNCS(Float, jfloat)
ARRAY_FUNCS(Double, jdouble)

static void *JNICALL GetPrimitiveArrayCritical(gojvm_env *env, jobject a, jboolean *isCopy) {
	return gojvm_GetArrayElements(env, FN_GetPrimitiveArrayCritical, a, isCopy);
}
static void JNICALL ReleasePrimitiveArrayCritical(gojvm_env *env, jobject a, void *elems, jint mode) {
	gojvm_ReleaseArrayElements(env, FN_ReleasePrimitiveArrayCritical, a, elems, mode);
}

// Natives, monitors, the VM, buffers, modules.

static jint JNICALL RegisterNatives(gojvm_env *env, jobject cls, const gojvm_native_method *methods, jint n) {
	return gojvm_RegisterNatives(env, cls, (gojvm_native_method *)methods, n);
}
static jint JNICALL UnregisterNatives(gojvm_env *env, jobject cls) { return gojvm_UnregisterNatives(env, cls); }
static jint JNICALL MonitorEnter(gojvm_env *env, jobject obj) { return gojvm_Monitor(env, FN_MonitorEnter, obj); }
static jint JNICALL MonitorExit(gojvm_env *env, jobject obj) { return gojvm_Monitor(env, FN_MonitorExit, obj); }
static jint JNICALL GetJavaVM(gojvm_env *env, gojvm_vm **vm) { return gojvm_GetJavaVM(env, vm); }
static jobject JNICALL NewDirectByteBuffer(gojvm_env *env, void *address, jlong capacity) {
	return gojvm_NewDirectByteBuffer(env, address, capacity);
}
static void *JNICALL GetDirectBufferAddress(gojvm_env *env, jobject buf) { return (void *)gojvm_GetDirectBufferAddress(env, buf); }
static jlong JNICALL GetDirectBufferCapacity(gojvm_env *env, jobject buf) { return gojvm_GetDirectBufferCapacity(env, buf); }
static jobject JNICALL GetModule(gojvm_env *env, jobject cls) { return gojvm_GetModule(env, cls); }

#define TABLE_ENTRY(n, name) [n] = (void *)name,
void *gojvm_env_functions[FN_COUNT] = { GOJVM_JNI_FUNCTIONS(TABLE_ENTRY) };
#undef TABLE_ENTRY
