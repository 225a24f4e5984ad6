// A library whose JNI_OnLoad asks for a JNI version java does not have.
#include <jni.h>

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) { return 0x00020000; }
