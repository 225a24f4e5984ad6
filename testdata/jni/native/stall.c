// Native method of JniStall: a critical region held for a while, during
// which other threads allocate enough to need collections.
#include <jni.h>
#include <unistd.h>

static volatile int held;

JNIEXPORT void JNICALL Java_JniStall_hold(JNIEnv *env, jclass cls, jintArray a) {
    jint *p = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
    held = 1;
    usleep(500000);
    p[0] = 7; // lands in the array only if no collection moved it meanwhile
    (*env)->ReleasePrimitiveArrayCritical(env, a, p, 0);
}

JNIEXPORT jboolean JNICALL Java_JniStall_held(JNIEnv *env, jclass cls) {
    return held;
}
