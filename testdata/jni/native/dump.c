// Native threads of JniDump that attach to the VM and stay attached while
// the VM prints a thread dump: one blocks in Java, one waits in native code;
// and a Java thread that waits in native code inside a critical region.
#include <jni.h>
#include <pthread.h>

static JavaVM *jvm;
static pthread_t worker, idle;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int stopping, held, workerAttached;

// attach attaches the calling thread under name, as a member of the main
// thread group, and tells JniDump it did.
static JNIEnv *attach(const char *name) {
    JNIEnv *env;
    JavaVMAttachArgs args = {JNI_VERSION_1_8, (char *)name, NULL};
    if ((*jvm)->AttachCurrentThread(jvm, (void **)&env, &args) != JNI_OK) {
        return NULL;
    }
    jclass c = (*env)->FindClass(env, "JniDump");
    (*env)->CallStaticVoidMethod(env, c, (*env)->GetStaticMethodID(env, c, "attached", "()V"));
    return env;
}

static void *runWorker(void *unused) {
    JNIEnv *env = attach("attached-worker");
    pthread_mutex_lock(&mu);
    workerAttached = 1;
    pthread_cond_broadcast(&cond);
    pthread_mutex_unlock(&mu);
    jclass c = (*env)->FindClass(env, "JniDump");
    (*env)->CallStaticVoidMethod(env, c, (*env)->GetStaticMethodID(env, c, "block", "()V"));
    (*jvm)->DetachCurrentThread(jvm);
    return NULL;
}

// runIdle attaches after the worker, so that the dump lists them in one
// order (threads attach in the order the VM shows them).
static void *runIdle(void *unused) {
    pthread_mutex_lock(&mu);
    while (!workerAttached) {
        pthread_cond_wait(&cond, &mu);
    }
    pthread_mutex_unlock(&mu);
    attach("attached-idle");
    pthread_mutex_lock(&mu);
    while (!stopping) {
        pthread_cond_wait(&cond, &mu);
    }
    pthread_mutex_unlock(&mu);
    (*jvm)->DetachCurrentThread(jvm);
    return NULL;
}

JNIEXPORT void JNICALL Java_JniDump_startNative(JNIEnv *env, jclass cls) {
    (*env)->GetJavaVM(env, &jvm);
    pthread_create(&worker, NULL, runWorker, NULL);
    pthread_create(&idle, NULL, runIdle, NULL);
}

// holdCritical keeps a critical region open on a's elements until
// stopNative: the VM must still take thread dumps meanwhile.
JNIEXPORT void JNICALL Java_JniDump_holdCritical(JNIEnv *env, jclass cls, jintArray a) {
    jint *p = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
    pthread_mutex_lock(&mu);
    held = 1;
    while (!stopping) {
        pthread_cond_wait(&cond, &mu);
    }
    pthread_mutex_unlock(&mu);
    p[0] = 42;
    (*env)->ReleasePrimitiveArrayCritical(env, a, p, 0);
}

JNIEXPORT jboolean JNICALL Java_JniDump_criticalHeld(JNIEnv *env, jclass cls) {
    pthread_mutex_lock(&mu);
    int h = held;
    pthread_mutex_unlock(&mu);
    return h;
}

JNIEXPORT void JNICALL Java_JniDump_stopNative(JNIEnv *env, jclass cls) {
    pthread_mutex_lock(&mu);
    stopping = 1;
    pthread_cond_broadcast(&cond);
    pthread_mutex_unlock(&mu);
    pthread_join(worker, NULL);
    pthread_join(idle, NULL);
}
