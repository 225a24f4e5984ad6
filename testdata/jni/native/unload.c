// Native methods of UnloadLib, whose class loader JniUnload drops:
// JNI_OnUnload runs when the loader is collected.
#include <jni.h>
#include <stdio.h>

static jint calls;

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    calls = 0;
    return JNI_VERSION_1_8;
}

// JNI_OnUnload tells Java it ran through a system property, which the
// program waits for; reserved is NULL in HotSpot.
JNIEXPORT void JNICALL JNI_OnUnload(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) != JNI_OK) {
        return;
    }
    jclass sys = (*env)->FindClass(env, "java/lang/System");
    jmethodID set = (*env)->GetStaticMethodID(env, sys, "setProperty",
        "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;");
    char buf[64];
    snprintf(buf, sizeof buf, "after %d calls, reserved %s", (int)calls, reserved == NULL ? "NULL" : "set");
    (*env)->CallStaticObjectMethod(env, sys, set, (*env)->NewStringUTF(env, "jni.unloaded"),
                                   (*env)->NewStringUTF(env, buf));
}

JNIEXPORT jint JNICALL Java_UnloadLib_twice(JNIEnv *env, jclass self, jint x) {
    calls++;
    return 2 * x;
}
