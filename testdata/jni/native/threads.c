// Native methods of JniThreads: native threads attach, call Java and detach.
#include "common.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static JavaVM *jvm;
static jclass threadsClass; // a global reference

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    jvm = vm;
    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) != JNI_OK) {
        return JNI_ERR;
    }
    jclass c = (*env)->FindClass(env, "JniThreads");
    threadsClass = (*env)->NewGlobalRef(env, c);
    return JNI_VERSION_1_8;
}

static void report(JNIEnv *env, const char *tag) {
    jmethodID m = (*env)->GetStaticMethodID(env, threadsClass, "report", "(Ljava/lang/String;)V");
    jstring s = (*env)->NewStringUTF(env, tag);
    (*env)->CallStaticVoidMethod(env, threadsClass, m, s);
    (*env)->DeleteLocalRef(env, s);
}

struct attach {
    char name[64];
    int unnamed;
    jobject group; // a global reference or NULL
    int daemon;
    jint result, detach;
};

static void *attachMain(void *p) {
    struct attach *a = p;
    JNIEnv *env = NULL;
    JavaVMAttachArgs args = {JNI_VERSION_1_8, a->unnamed ? NULL : a->name, a->group};
    if (a->daemon) {
        a->result = (*jvm)->AttachCurrentThreadAsDaemon(jvm, (void **)&env, &args);
    } else {
        a->result = (*jvm)->AttachCurrentThread(jvm, (void **)&env, a->unnamed ? NULL : &args);
    }
    if (a->result != JNI_OK) {
        return NULL;
    }
    JNIEnv *again = NULL;
    (*jvm)->GetEnv(jvm, (void **)&again, JNI_VERSION_1_8);
    report(env, again == env ? "attached (GetEnv agrees)" : "attached (GetEnv differs)");
    a->detach = (*jvm)->DetachCurrentThread(jvm);
    return NULL;
}

static void run(JNIEnv *env, struct attach *a) {
    pthread_t t;
    pthread_create(&t, NULL, attachMain, a);
    pthread_join(t, NULL);
    say(env, "%s: attach %d, detach %d", a->unnamed ? "(unnamed)" : a->name, a->result, a->detach);
}

JNIEXPORT void JNICALL Java_JniThreads_attachOne(JNIEnv *env, jclass cls, jstring name, jobject group,
                                                 jboolean daemon) {
    struct attach a;
    memset(&a, 0, sizeof a);
    const char *u = (*env)->GetStringUTFChars(env, name, NULL);
    snprintf(a.name, sizeof a.name, "%s", u);
    (*env)->ReleaseStringUTFChars(env, name, u);
    a.group = group ? (*env)->NewGlobalRef(env, group) : NULL;
    a.daemon = daemon;
    run(env, &a);
    if (a.group) (*env)->DeleteGlobalRef(env, a.group);
}

JNIEXPORT void JNICALL Java_JniThreads_attachUnnamed(JNIEnv *env, jclass cls) {
    struct attach a;
    memset(&a, 0, sizeof a);
    a.unnamed = 1;
    run(env, &a);
}

static void *getEnvMain(void *p) {
    JNIEnv *env = (JNIEnv *)1;
    *(jint *)p = (*jvm)->GetEnv(jvm, (void **)&env, JNI_VERSION_1_8);
    if (env != NULL) *(jint *)p = 1000;
    return NULL;
}

JNIEXPORT jint JNICALL Java_JniThreads_detachedGetEnv(JNIEnv *env, jclass cls) {
    jint r = 0;
    pthread_t t;
    pthread_create(&t, NULL, getEnvMain, &r);
    pthread_join(t, NULL);
    return r;
}

struct many {
    int calls;
    int index;
};

static void *manyMain(void *p) {
    struct many *m = p;
    JNIEnv *env;
    char name[32];
    snprintf(name, sizeof name, "many-%d", m->index);
    JavaVMAttachArgs args = {JNI_VERSION_1_8, name, NULL};
    if ((*jvm)->AttachCurrentThread(jvm, (void **)&env, &args) != JNI_OK) {
        return NULL;
    }
    jmethodID count = (*env)->GetStaticMethodID(env, threadsClass, "count", "()V");
    for (int i = 0; i < m->calls; i++) {
        (*env)->CallStaticVoidMethod(env, threadsClass, count);
        if (i % 100 == 0) {
            // Allocation from several attached threads at once.
            jobject o = (*env)->NewStringUTF(env, name);
            (*env)->DeleteLocalRef(env, o);
        }
    }
    (*jvm)->DetachCurrentThread(jvm);
    return NULL;
}

JNIEXPORT void JNICALL Java_JniThreads_attachMany(JNIEnv *env, jclass cls, jint n, jint calls) {
    pthread_t ts[16];
    struct many ms[16];
    for (int i = 0; i < n && i < 16; i++) {
        ms[i].calls = calls;
        ms[i].index = i;
        pthread_create(&ts[i], NULL, manyMain, &ms[i]);
    }
    for (int i = 0; i < n && i < 16; i++) {
        pthread_join(ts[i], NULL);
    }
}

static void *twiceMain(void *p) {
    JNIEnv *env1 = NULL, *env2 = NULL, *env3 = NULL;
    jint *r = p;
    JavaVMAttachArgs args = {JNI_VERSION_1_8, "twice", NULL};
    r[0] = (*jvm)->AttachCurrentThread(jvm, (void **)&env1, &args);
    r[1] = (*jvm)->AttachCurrentThread(jvm, (void **)&env2, NULL);
    r[2] = env1 == env2;
    report(env1, "attached twice");
    r[3] = (*jvm)->DetachCurrentThread(jvm);
    r[4] = (*jvm)->DetachCurrentThread(jvm);
    r[5] = (*jvm)->GetEnv(jvm, (void **)&env3, JNI_VERSION_1_8);
    // Attach again after detaching: a new java.lang.Thread.
    JavaVMAttachArgs args2 = {JNI_VERSION_1_8, "twice-again", NULL};
    r[6] = (*jvm)->AttachCurrentThread(jvm, (void **)&env3, &args2);
    report(env3, "attached again");
    r[7] = (*jvm)->DetachCurrentThread(jvm);
    return NULL;
}

JNIEXPORT void JNICALL Java_JniThreads_attachTwice(JNIEnv *env, jclass cls) {
    jint r[8];
    pthread_t t;
    pthread_create(&t, NULL, twiceMain, r);
    pthread_join(t, NULL);
    say(env, "attachTwice: %d %d same %d, detach %d %d, GetEnv after %d, again %d %d", r[0], r[1], r[2], r[3], r[4],
        r[5], r[6], r[7]);
}

JNIEXPORT jlong JNICALL Java_JniThreads_spin(JNIEnv *env, jclass cls, jint n) {
    jlong sum = 0;
    for (jint i = 0; i < n; i++) {
        sum += i % 7;
        if (i % 10000 == 0) {
            jobject o = (*env)->NewStringUTF(env, "spin");
            sum += (*env)->GetStringLength(env, o);
            (*env)->DeleteLocalRef(env, o);
        }
    }
    return sum;
}

// Holds a critical region for a while as another thread allocates: the
// collector must wait (HotSpot's GCLocker), so the pointer stays good.
JNIEXPORT jlong JNICALL Java_JniThreads_criticalWhileAllocating(JNIEnv *env, jclass cls, jintArray a) {
    jsize n = (*env)->GetArrayLength(env, a);
    jint *p = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
    jlong sum = 0;
    for (int round = 0; round < 10; round++) {
        usleep(2000);
        for (jsize i = 0; i < n; i++) {
            sum += p[i];
            p[i] += 1;
        }
    }
    (*env)->ReleasePrimitiveArrayCritical(env, a, p, 0);
    return sum;
}
