// Native methods of JniRefs: references, monitors, RegisterNatives, GetEnv.
#include "common.h"
#include <string.h>

static jobject globals[32];
static int nglobals;
static jweak weakReachable, weakUnreachable;
static JavaVM *theVM;

static jint regAdd(JNIEnv *env, jclass c, jint a, jint b) { return a + b; }
static jint regAdd2(JNIEnv *env, jclass c, jint a, jint b) { return a * b; }
static jstring regName(JNIEnv *env, jobject self) {
    jclass c = (*env)->GetObjectClass(env, self);
    jfieldID f = (*env)->GetFieldID(env, c, "name", "Ljava/lang/String;");
    return (*env)->GetObjectField(env, self, f);
}

static void tryRegister(JNIEnv *env, jclass c, const char *name, const char *sig, void *fn) {
    JNINativeMethod m = {(char *)name, (char *)sig, fn};
    jint r = (*env)->RegisterNatives(env, c, &m, 1);
    jthrowable ex = (*env)->ExceptionOccurred(env);
    if (ex == NULL) {
        say(env, "RegisterNatives %s%s: %d", name, sig, r);
        return;
    }
    char what[128];
    snprintf(what, sizeof what, "RegisterNatives %s%s returned %d", name, sig, r);
    describe(env, what);
}

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    theVM = vm;
    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_10) != JNI_OK) {
        return JNI_ERR;
    }
    jclass c = (*env)->FindClass(env, "JniRefs");
    JNINativeMethod methods[] = {
        {"registeredAdd", "(II)I", (void *)regAdd},
        {"registeredName", "()Ljava/lang/String;", (void *)regName},
    };
    if ((*env)->RegisterNatives(env, c, methods, 2) != 0) {
        return JNI_ERR;
    }
    return JNI_VERSION_10;
}

JNIEXPORT void JNICALL Java_JniRefs_keep(JNIEnv *env, jclass cls, jobjectArray a) {
    nglobals = (*env)->GetArrayLength(env, a);
    for (int i = 0; i < nglobals; i++) {
        jobject o = (*env)->GetObjectArrayElement(env, a, i);
        globals[i] = (*env)->NewGlobalRef(env, o);
        (*env)->DeleteLocalRef(env, o);
    }
    say(env, "kept %d global references", nglobals);
}

JNIEXPORT jstring JNICALL Java_JniRefs_kept(JNIEnv *env, jclass cls) {
    char buf[1024];
    size_t o = 0;
    jmethodID ts = (*env)->GetMethodID(env, cls, "toString", "()Ljava/lang/String;");
    for (int i = 0; i < nglobals; i++) {
        jstring s = (*env)->CallObjectMethod(env, globals[i], ts);
        const char *u = (*env)->GetStringUTFChars(env, s, NULL);
        o += snprintf(buf + o, sizeof buf - o, i ? " %s" : "%s", u);
        (*env)->ReleaseStringUTFChars(env, s, u);
        (*env)->DeleteLocalRef(env, s);
    }
    return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT void JNICALL Java_JniRefs_weak(JNIEnv *env, jclass cls, jobject reachable, jobject unreachable) {
    weakReachable = (*env)->NewWeakGlobalRef(env, reachable);
    weakUnreachable = (*env)->NewWeakGlobalRef(env, unreachable);
    say(env, "weak refs made: same %d %d", (*env)->IsSameObject(env, weakReachable, reachable),
        (*env)->IsSameObject(env, weakUnreachable, unreachable));
}

JNIEXPORT jstring JNICALL Java_JniRefs_weakState(JNIEnv *env, jclass cls) {
    char buf[256];
    jobject r = (*env)->NewLocalRef(env, weakReachable);
    jobject u = (*env)->NewLocalRef(env, weakUnreachable);
    snprintf(buf, sizeof buf, "reachable cleared %d (local null %d), unreachable cleared %d (local null %d)",
             (*env)->IsSameObject(env, weakReachable, NULL), r == NULL,
             (*env)->IsSameObject(env, weakUnreachable, NULL), u == NULL);
    return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT void JNICALL Java_JniRefs_dropAll(JNIEnv *env, jclass cls) {
    for (int i = 0; i < nglobals; i++) {
        (*env)->DeleteGlobalRef(env, globals[i]);
    }
    nglobals = 0;
    (*env)->DeleteWeakGlobalRef(env, weakReachable);
    (*env)->DeleteWeakGlobalRef(env, weakUnreachable);
    (*env)->DeleteGlobalRef(env, NULL);
    (*env)->DeleteLocalRef(env, NULL);
    say(env, "dropped");
}

JNIEXPORT void JNICALL Java_JniRefs_localFrames(JNIEnv *env, jclass cls, jint n) {
    say(env, "EnsureLocalCapacity(100): %d", (*env)->EnsureLocalCapacity(env, 100));
    jint sum = 0;
    for (int round = 0; round < 4; round++) {
        if ((*env)->PushLocalFrame(env, n) != 0) {
            describe(env, "PushLocalFrame");
            return;
        }
        jobject last = NULL;
        for (int i = 0; i < n; i++) {
            last = (*env)->NewStringUTF(env, "x");
            sum += (*env)->GetStringLength(env, last);
        }
        jobject kept = (*env)->PopLocalFrame(env, last);
        sum += (*env)->GetStringLength(env, kept);
        (*env)->DeleteLocalRef(env, kept);
    }
    say(env, "local frames: %d", sum);
    jobject none = (*env)->PopLocalFrame(env, NULL);
    say(env, "PopLocalFrame(NULL) without a frame: %s", none == NULL ? "NULL" : "object");
    // Many locals without frames in the native method's own frame.
    for (int i = 0; i < n; i++) {
        jstring s = (*env)->NewStringUTF(env, "y");
        (*env)->DeleteLocalRef(env, s);
    }
    jobject nested;
    (*env)->PushLocalFrame(env, 4);
    (*env)->PushLocalFrame(env, 4);
    nested = (*env)->NewStringUTF(env, "nested");
    nested = (*env)->PopLocalFrame(env, nested);
    nested = (*env)->PopLocalFrame(env, nested);
    say(env, "nested frames kept a string of length %d", (*env)->GetStringLength(env, nested));
}

static const char *refType(jobjectRefType t) {
    switch (t) {
    case JNIInvalidRefType: return "invalid";
    case JNILocalRefType: return "local";
    case JNIGlobalRefType: return "global";
    case JNIWeakGlobalRefType: return "weak global";
    }
    return "?";
}

JNIEXPORT void JNICALL Java_JniRefs_refTypes(JNIEnv *env, jclass cls, jobject o) {
    jobject g = (*env)->NewGlobalRef(env, o);
    jweak w = (*env)->NewWeakGlobalRef(env, o);
    jobject l = (*env)->NewLocalRef(env, g);
    say(env, "ref types: arg %s, class arg %s, global %s, weak %s, local %s, NULL %s",
        refType((*env)->GetObjectRefType(env, o)), refType((*env)->GetObjectRefType(env, cls)),
        refType((*env)->GetObjectRefType(env, g)), refType((*env)->GetObjectRefType(env, w)),
        refType((*env)->GetObjectRefType(env, l)), refType((*env)->GetObjectRefType(env, NULL)));
    say(env, "same: %d %d %d %d", (*env)->IsSameObject(env, g, w), (*env)->IsSameObject(env, l, o),
        (*env)->IsSameObject(env, NULL, NULL), (*env)->IsSameObject(env, o, NULL));
    say(env, "NewGlobalRef(NULL) %d, NewLocalRef(NULL) %d, NewWeakGlobalRef(NULL) %d",
        (*env)->NewGlobalRef(env, NULL) == NULL, (*env)->NewLocalRef(env, NULL) == NULL,
        (*env)->NewWeakGlobalRef(env, NULL) == NULL);
    (*env)->DeleteGlobalRef(env, g);
    (*env)->DeleteWeakGlobalRef(env, w);
}

JNIEXPORT void JNICALL Java_JniRefs_monitors(JNIEnv *env, jclass cls, jobject lock) {
    jclass tc = (*env)->FindClass(env, "java/lang/Thread");
    jmethodID holds = (*env)->GetStaticMethodID(env, tc, "holdsLock", "(Ljava/lang/Object;)Z");
    say(env, "MonitorEnter: %d", (*env)->MonitorEnter(env, lock));
    say(env, "MonitorEnter again: %d", (*env)->MonitorEnter(env, lock));
    say(env, "holds: %d", (*env)->CallStaticBooleanMethod(env, tc, holds, lock));
    say(env, "MonitorExit: %d", (*env)->MonitorExit(env, lock));
    say(env, "holds after one exit: %d", (*env)->CallStaticBooleanMethod(env, tc, holds, lock));
    say(env, "MonitorExit: %d", (*env)->MonitorExit(env, lock));
    say(env, "holds after two: %d", (*env)->CallStaticBooleanMethod(env, tc, holds, lock));
    jint r = (*env)->MonitorExit(env, lock);
    char what[64];
    snprintf(what, sizeof what, "MonitorExit not owned returned %d", r);
    describe(env, what);
    // wait() in Java on a monitor native code entered.
    (*env)->MonitorEnter(env, lock);
    jclass oc = (*env)->FindClass(env, "java/lang/Object");
    (*env)->CallVoidMethod(env, lock, (*env)->GetMethodID(env, oc, "wait", "(J)V"), (jlong)1);
    describe(env, "wait(1) in native monitor");
    (*env)->MonitorExit(env, lock);
    (*env)->MonitorEnter(env, NULL);
    describe(env, "MonitorEnter(NULL)");
}

JNIEXPORT void JNICALL Java_JniRefs_env(JNIEnv *env, jclass cls) {
    JavaVM *vm = NULL;
    jint r = (*env)->GetJavaVM(env, &vm);
    say(env, "GetJavaVM: %d, same as JNI_OnLoad's %d", r, vm == theVM);
    jint versions[] = {JNI_VERSION_1_1, JNI_VERSION_1_2, JNI_VERSION_1_4, JNI_VERSION_1_6, JNI_VERSION_1_8,
                       JNI_VERSION_9, JNI_VERSION_10, 0x00130000, 0x00110000, 0x7fffffff, 0};
    for (int i = 0; i < (int)(sizeof versions / sizeof versions[0]); i++) {
        JNIEnv *e = NULL;
        jint r = (*vm)->GetEnv(vm, (void **)&e, versions[i]);
        say(env, "GetEnv(0x%x): %d, same env %d", versions[i], r, e == env);
    }
    JNIEnv *e2 = NULL;
    r = (*vm)->AttachCurrentThread(vm, (void **)&e2, NULL);
    say(env, "AttachCurrentThread when attached: %d, same env %d", r, e2 == env);
    jsize n = 0;
    JavaVM *vms[2] = {NULL, NULL};
    r = JNI_GetCreatedJavaVMs(vms, 2, &n);
    say(env, "JNI_GetCreatedJavaVMs: %d, count %d, same %d", r, n, vms[0] == vm);
}

JNIEXPORT void JNICALL Java_JniRefs_reRegister(JNIEnv *env, jclass cls) {
    tryRegister(env, cls, "registeredAdd", "(II)I", (void *)regAdd2);
    tryRegister(env, cls, "noSuchMethod", "()V", (void *)regAdd2);
    tryRegister(env, cls, "registeredAdd", "(JJ)J", (void *)regAdd2);
    tryRegister(env, cls, "churn", "(I)V", (void *)regAdd2);
    tryRegister(env, cls, "<init>", "(Ljava/lang/String;)V", (void *)regAdd2);
}

JNIEXPORT void JNICALL Java_JniRefs_unregister(JNIEnv *env, jclass cls) {
    say(env, "UnregisterNatives: %d", (*env)->UnregisterNatives(env, cls));
}
