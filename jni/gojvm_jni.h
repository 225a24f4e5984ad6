// gojvm's C side of JNI: the types of the JNI specification (chapter 12)
// and the layout of the two function tables native code calls through,
// declared here by gojvm (the JDK's jni.h is not needed to build it). A
// native library compiled against the JDK's jni.h sees the same layout: a
// JNIEnv is a pointer to a pointer to the table of JNI functions, indexed
// as the specification numbers them.

#ifndef GOJVM_JNI_H
#define GOJVM_JNI_H

#include <stdarg.h>
#include <stdint.h>

typedef uint8_t jboolean;
typedef int8_t jbyte;
typedef uint16_t jchar;
typedef int16_t jshort;
typedef int32_t jint;
typedef int64_t jlong;
typedef float jfloat;
typedef double jdouble;
typedef jint jsize;

// A reference handed to native code is the address of a slot holding a
// compressed heap reference (a local, global or weak global handle); a
// weak global one has its lowest bit set.
typedef struct gojvm_handle *jobject;

// A method ID points to a record gojvm allocates once per method: the
// method's id in the VM and its parameter kinds, which the varargs and
// va_list entry points need to read their arguments.
typedef struct gojvm_method {
	uint32_t id;
	int32_t nparams;
	char ret;       // the return kind: Z B C S I J F D L V
	char params[];  // one kind per parameter (L for every reference)
} gojvm_method;
typedef gojvm_method *jmethodID;

// A field ID points to a record gojvm allocates once per field.
typedef struct gojvm_field {
	uint32_t class_id;
	uint32_t index;   // among the class's declared fields
	uint32_t offset;  // in an instance, or in the class's mirror
	char kind;        // Z B C S I J F D L
	uint8_t is_static;
} gojvm_field;
typedef gojvm_field *jfieldID;

typedef union {
	jboolean z;
	jbyte b;
	jchar c;
	jshort s;
	jint i;
	jlong j;
	jfloat f;
	jdouble d;
	jobject l;
} jvalue;

typedef struct {
	char *name;
	char *signature;
	void *fnPtr;
} gojvm_native_method;

typedef struct {
	jint version;
	char *name;
	jobject group;
} gojvm_attach_args;

// The JNI functions, with their index in the JNIEnv table.
#define GOJVM_JNI_FUNCTIONS(X) \
	X(4, GetVersion) X(5, DefineClass) X(6, FindClass) X(7, FromReflectedMethod) \
	X(8, FromReflectedField) X(9, ToReflectedMethod) X(10, GetSuperclass) \
	X(11, IsAssignableFrom) X(12, ToReflectedField) X(13, Throw) X(14, ThrowNew) \
	X(15, ExceptionOccurred) X(16, ExceptionDescribe) X(17, ExceptionClear) \
	X(18, FatalError) X(19, PushLocalFrame) X(20, PopLocalFrame) X(21, NewGlobalRef) \
	X(22, DeleteGlobalRef) X(23, DeleteLocalRef) X(24, IsSameObject) X(25, NewLocalRef) \
	X(26, EnsureLocalCapacity) X(27, AllocObject) X(28, NewObject) X(29, NewObjectV) \
	X(30, NewObjectA) X(31, GetObjectClass) X(32, IsInstanceOf) X(33, GetMethodID) \
	GOJVM_CALLS(X, 34, ) \
	GOJVM_CALLS(X, 64, Nonvirtual) \
	X(94, GetFieldID) \
	GOJVM_FIELDS(X, 95, Get, ) GOJVM_FIELDS(X, 104, Set, ) \
	X(113, GetStaticMethodID) \
	GOJVM_CALLS(X, 114, Static) \
	X(144, GetStaticFieldID) \
	GOJVM_FIELDS(X, 145, Get, Static) GOJVM_FIELDS(X, 154, Set, Static) \
	X(163, NewString) X(164, GetStringLength) X(165, GetStringChars) \
	X(166, ReleaseStringChars) X(167, NewStringUTF) X(168, GetStringUTFLength) \
	X(169, GetStringUTFChars) X(170, ReleaseStringUTFChars) X(171, GetArrayLength) \
	X(172, NewObjectArray) X(173, GetObjectArrayElement) X(174, SetObjectArrayElement) \
	GOJVM_PRIMS(X, 175, New, Array) \
	GOJVM_PRIMS(X, 183, Get, ArrayElements) \
	GOJVM_PRIMS(X, 191, Release, ArrayElements) \
	GOJVM_PRIMS(X, 199, Get, ArrayRegion) \
	GOJVM_PRIMS(X, 207, Set, ArrayRegion) \
	X(215, RegisterNatives) X(216, UnregisterNatives) X(217, MonitorEnter) \
	X(218, MonitorExit) X(219, GetJavaVM) X(220, GetStringRegion) \
	X(221, GetStringUTFRegion) X(222, GetPrimitiveArrayCritical) \
	X(223, ReleasePrimitiveArrayCritical) X(224, GetStringCritical) \
	X(225, ReleaseStringCritical) X(226, NewWeakGlobalRef) X(227, DeleteWeakGlobalRef) \
	X(228, ExceptionCheck) X(229, NewDirectByteBuffer) X(230, GetDirectBufferAddress) \
	X(231, GetDirectBufferCapacity) X(232, GetObjectRefType) X(233, GetModule)

// Call<Type>Method, Call<Type>MethodV, Call<Type>MethodA for each result
// type, from index n on (30 functions).
#define GOJVM_CALLS(X, n, kind) \
	X(n+0, Call##kind##ObjectMethod) X(n+1, Call##kind##ObjectMethodV) X(n+2, Call##kind##ObjectMethodA) \
	X(n+3, Call##kind##BooleanMethod) X(n+4, Call##kind##BooleanMethodV) X(n+5, Call##kind##BooleanMethodA) \
	X(n+6, Call##kind##ByteMethod) X(n+7, Call##kind##ByteMethodV) X(n+8, Call##kind##ByteMethodA) \
	X(n+9, Call##kind##CharMethod) X(n+10, Call##kind##CharMethodV) X(n+11, Call##kind##CharMethodA) \
	X(n+12, Call##kind##ShortMethod) X(n+13, Call##kind##ShortMethodV) X(n+14, Call##kind##ShortMethodA) \
	X(n+15, Call##kind##IntMethod) X(n+16, Call##kind##IntMethodV) X(n+17, Call##kind##IntMethodA) \
	X(n+18, Call##kind##LongMethod) X(n+19, Call##kind##LongMethodV) X(n+20, Call##kind##LongMethodA) \
	X(n+21, Call##kind##FloatMethod) X(n+22, Call##kind##FloatMethodV) X(n+23, Call##kind##FloatMethodA) \
	X(n+24, Call##kind##DoubleMethod) X(n+25, Call##kind##DoubleMethodV) X(n+26, Call##kind##DoubleMethodA) \
	X(n+27, Call##kind##VoidMethod) X(n+28, Call##kind##VoidMethodV) X(n+29, Call##kind##VoidMethodA)

// Get<Type>Field or Set<Type>Field (static or not) for each field type.
#define GOJVM_FIELDS(X, n, op, kind) \
	X(n+0, op##kind##ObjectField) X(n+1, op##kind##BooleanField) X(n+2, op##kind##ByteField) \
	X(n+3, op##kind##CharField) X(n+4, op##kind##ShortField) X(n+5, op##kind##IntField) \
	X(n+6, op##kind##LongField) X(n+7, op##kind##FloatField) X(n+8, op##kind##DoubleField)

// <op><Type><suffix> for each primitive type.
#define GOJVM_PRIMS(X, n, op, suffix) \
	X(n+0, op##Boolean##suffix) X(n+1, op##Byte##suffix) X(n+2, op##Char##suffix) \
	X(n+3, op##Short##suffix) X(n+4, op##Int##suffix) X(n+5, op##Long##suffix) \
	X(n+6, op##Float##suffix) X(n+7, op##Double##suffix)

#define GOJVM_FN_ENUM(n, name) FN_##name = (n),
enum gojvm_fn { GOJVM_JNI_FUNCTIONS(GOJVM_FN_ENUM) FN_COUNT };
#undef GOJVM_FN_ENUM

// How a Call<Kind><Type>Method function chooses the method it runs.
enum gojvm_call_kind { CALL_VIRTUAL, CALL_NONVIRTUAL, CALL_STATIC };

// The per-thread JNIEnv. functions must come first: native code reaches
// the table through (*env)->.
#define GOJVM_STACK_ARGS 264
typedef struct gojvm_env {
	void **functions;
	int64_t thread;  // the thread's index in gojvm's table of environments
	// Scratch space for calls into native code (see gojvm_invoke): the
	// six integer and eight SSE argument registers of the System V AMD64
	// ABI, the arguments passed on the stack and the two result registers.
	uint64_t gp[6];
	uint64_t fp[8];
	uint64_t ret[2];
	uint64_t stack[GOJVM_STACK_ARGS];
} gojvm_env;

typedef struct gojvm_vm {
	void **functions;
} gojvm_vm;

// The JNIEnv and JavaVM tables (jni_functions.c, jni_invoke.c).
extern void *gojvm_env_functions[FN_COUNT];
extern void *gojvm_vm_functions[8];
extern gojvm_vm *gojvm_the_vm;
// The current thread's JNIEnv, or NULL on a thread not attached.
extern __thread gojvm_env *gojvm_current_env;

const char *gojvm_fn_name(int fn);
void gojvm_set_current_env(gojvm_env *env);

// gojvm_invoke calls fn with the argument registers and stack words of env
// (nstack of them) and stores rax and xmm0 in env->ret (call_amd64.S).
void gojvm_invoke(void *fn, gojvm_env *env, int64_t nstack);
// gojvm_call_native makes env the thread's current JNIEnv and calls
// gojvm_invoke.
void gojvm_call_native(uintptr_t fn, gojvm_env *env, int64_t nstack);

// Library loading (jni_invoke.c). Handles and addresses are integers on
// the Go side.
uintptr_t gojvm_dlopen(const char *path, char **err);
uintptr_t gojvm_dlsym(uintptr_t handle, const char *name);
int gojvm_dlclose(uintptr_t handle);
// gojvm_call_onload and gojvm_call_onunload call a library's JNI_OnLoad
// and JNI_OnUnload on a thread whose JNIEnv is env.
jint gojvm_call_onload(uintptr_t fn, gojvm_vm *vm, gojvm_env *env);
void gojvm_call_onunload(uintptr_t fn, gojvm_vm *vm, gojvm_env *env);

#endif
