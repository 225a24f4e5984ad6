// A library without JNI_OnLoad (JNI 1.1 is assumed) and with one native.
#include <jni.h>

JNIEXPORT jint JNICALL Java_JniErrors_fromNoOnLoad(JNIEnv *env, jclass c) { return (*env)->GetVersion(env); }
