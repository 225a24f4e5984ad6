//go:build cgo && linux && amd64

// The JavaVM (invocation interface) table, and the dynamic linker.

#include <dlfcn.h>
#include <stddef.h>
#include "_cgo_export.h"

#define JNICALL
#define JNI_OK 0
#define JNI_EDETACHED (-2)
#define JNI_EVERSION (-3)

// A native thread gojvm does not know calls these through cgo's callback
// mechanism, which gives it a Go context for the call.

static jint JNICALL DestroyJavaVM(gojvm_vm *vm) { return gojvm_DestroyJavaVM(vm); }

static jint attach(gojvm_vm *vm, void **penv, void *args, int daemon) {
	if (gojvm_current_env != NULL) { // attached already: nothing to do
		*penv = gojvm_current_env;
		return JNI_OK;
	}
	gojvm_env *env = NULL;
	jint r = gojvm_AttachCurrentThread(vm, &env, (gojvm_attach_args *)args, daemon);
	if (r == JNI_OK) {
		gojvm_current_env = env;
		*penv = env;
	}
	return r;
}

static jint JNICALL AttachCurrentThread(gojvm_vm *vm, void **penv, void *args) {
	return attach(vm, penv, args, 0);
}

static jint JNICALL AttachCurrentThreadAsDaemon(gojvm_vm *vm, void **penv, void *args) {
	return attach(vm, penv, args, 1);
}

static jint JNICALL DetachCurrentThread(gojvm_vm *vm) {
	gojvm_env *env = gojvm_current_env;
	if (env == NULL) return JNI_OK; // detached already
	jint r = gojvm_DetachCurrentThread(vm, env);
	if (r == JNI_OK) gojvm_current_env = NULL;
	return r;
}

// GetEnv needs nothing from Go: the thread's JNIEnv is in a C thread-local.
static jint JNICALL GetEnv(gojvm_vm *vm, void **penv, jint version) {
	gojvm_env *env = gojvm_current_env;
	if (env == NULL) {
		*penv = NULL;
		return JNI_EDETACHED;
	}
	switch (version) {
	case 0x00010001: case 0x00010002: case 0x00010004: case 0x00010006:
	case 0x00010008: case 0x00090000: case 0x000a0000:
		*penv = env;
		return JNI_OK;
	}
	*penv = NULL;
	return JNI_EVERSION;
}

// The invocation interface's exported functions, as libjvm.so has them; the
// gojvm executable is linked with -rdynamic so that libraries find them
// (jni.go). gojvm_the_vm is the one VM, set when it is created.
gojvm_vm *gojvm_the_vm;

__attribute__((visibility("default"))) jint JNI_GetCreatedJavaVMs(gojvm_vm **vms, jint n, jint *count) {
	if (gojvm_the_vm == NULL) {
		if (count != NULL) *count = 0;
		return JNI_OK;
	}
	if (count != NULL) *count = 1;
	if (n > 0 && vms != NULL) vms[0] = gojvm_the_vm;
	return JNI_OK;
}

// JNI_EEXIST: HotSpot allows one VM per process, and this one exists.
__attribute__((visibility("default"))) jint JNI_CreateJavaVM(gojvm_vm **vm, void **penv, void *args) {
	return -5;
}

typedef struct {
	jint version;
	void *properties;
	jint checkSource, nativeStackSize, javaStackSize, minHeapSize, maxHeapSize, verifyMode;
	const char *classpath;
} gojvm_jdk1_1_init_args;

// HotSpot's JNI_GetDefaultJavaVMInitArgs: JNI_OK for a supported version;
// a JDK 1.1 structure learns version 1.2 and the default thread stack size.
__attribute__((visibility("default"))) jint JNI_GetDefaultJavaVMInitArgs(void *args) {
	gojvm_jdk1_1_init_args *a = args;
	jint r = -1;
	switch (a->version) {
	case 0x00010001: case 0x00010002: case 0x00010004: case 0x00010006:
	case 0x00010008: case 0x00090000: case 0x000a0000:
		r = JNI_OK;
	}
	if (a->version == 0x00010001) {
		a->version = 0x00010002;
		a->javaStackSize = 1024 * 1024;
	}
	return r;
}

void *gojvm_vm_functions[8] = {
	NULL, NULL, NULL,
	(void *)DestroyJavaVM,
	(void *)AttachCurrentThread,
	(void *)DetachCurrentThread,
	(void *)GetEnv,
	(void *)AttachCurrentThreadAsDaemon,
};

uintptr_t gojvm_dlopen(const char *path, char **err) {
	void *h = dlopen(path, RTLD_LAZY);
	*err = h == NULL ? dlerror() : NULL;
	return (uintptr_t)h;
}

uintptr_t gojvm_dlsym(uintptr_t handle, const char *name) { return (uintptr_t)dlsym((void *)handle, name); }

int gojvm_dlclose(uintptr_t handle) { return dlclose((void *)handle); }

jint gojvm_call_onload(uintptr_t fn, gojvm_vm *vm, gojvm_env *env) {
	gojvm_current_env = env;
	return ((jint (*)(gojvm_vm *, void *))fn)(vm, NULL);
}

void gojvm_call_onunload(uintptr_t fn, gojvm_vm *vm, gojvm_env *env) {
	gojvm_current_env = env;
	((void (*)(gojvm_vm *, void *))fn)(vm, NULL);
}
