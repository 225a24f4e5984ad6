// Native method of JniCheck: one JNI misuse, chosen by name.
#include "common.h"
#include <string.h>

JNIEXPORT void JNICALL Java_JniCheck_misuse(JNIEnv *env, jclass cls, jstring what, jobject o, jintArray a) {
    char w[64];
    const char *u = (*env)->GetStringUTFChars(env, what, NULL);
    snprintf(w, sizeof w, "%s", u);
    (*env)->ReleaseStringUTFChars(env, what, u);
    jfieldID fi = (*env)->GetFieldID(env, cls, "i", "I");
    jfieldID fj = (*env)->GetFieldID(env, cls, "j", "J");
    jfieldID fsi = (*env)->GetStaticFieldID(env, cls, "si", "I");
    if (strcmp(w, "critical") == 0) {
        jint *p = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
        jclass c = (*env)->FindClass(env, "java/lang/String");
        (*env)->ReleasePrimitiveArrayCritical(env, a, p, 0);
        (*env)->DeleteLocalRef(env, c);
    } else if (strcmp(w, "pending") == 0) {
        (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/IllegalStateException"), "pending");
        jclass c = (*env)->FindClass(env, "java/lang/String");
        (*env)->DeleteLocalRef(env, c);
    } else if (strcmp(w, "unchecked") == 0) {
        jmethodID m = (*env)->GetMethodID(env, (*env)->FindClass(env, "java/lang/Object"), "hashCode", "()I");
        (*env)->CallIntMethod(env, o, m);
        (*env)->GetIntField(env, o, fi);
        (*env)->GetIntField(env, o, fi);
    } else if (strcmp(w, "locals") == 0) {
        for (int k = 0; k < 40; k++) {
            (*env)->NewStringUTF(env, "x");
        }
        (*env)->EnsureLocalCapacity(env, 100);
        for (int k = 0; k < 100; k++) {
            (*env)->NewStringUTF(env, "y");
        }
    } else if (strcmp(w, "field-type") == 0) {
        (*env)->GetIntField(env, o, fj);
    } else if (strcmp(w, "static-as-instance") == 0) {
        (*env)->GetIntField(env, o, fsi);
    } else if (strcmp(w, "instance-as-static") == 0) {
        (*env)->GetStaticIntField(env, cls, fi);
    } else if (strcmp(w, "null-object") == 0) {
        (*env)->GetIntField(env, NULL, fi);
    } else if (strcmp(w, "not-array") == 0) {
        (*env)->GetArrayLength(env, o);
    } else if (strcmp(w, "not-class") == 0) {
        (*env)->GetStaticMethodID(env, o, "main", "([Ljava/lang/String;)V");
    } else if (strcmp(w, "not-string") == 0) {
        (*env)->GetStringUTFLength(env, o);
    } else if (strcmp(w, "prim-array") == 0) {
        (*env)->GetObjectArrayElement(env, a, 0);
    } else if (strcmp(w, "wrong-array") == 0) {
        (*env)->GetLongArrayElements(env, a, NULL);
    } else if (strcmp(w, "overrun") == 0) {
        jint *p = (*env)->GetIntArrayElements(env, a, NULL);
        p[4] = 42; // one past the end of the int[4]
        (*env)->ReleaseIntArrayElements(env, a, p, 0);
    } else if (strcmp(w, "foreign-elements") == 0) {
        jint mine[4] = {0}; // not from GetIntArrayElements
        (*env)->ReleaseIntArrayElements(env, a, mine, 0);
    } else if (strcmp(w, "chars-overrun") == 0) {
        const jchar *c = (*env)->GetStringChars(env, what, NULL);
        ((jchar *)c)[(*env)->GetStringLength(env, what) + 1] = 'x'; // past the terminating 0
        (*env)->ReleaseStringChars(env, what, c);
    } else if (strcmp(w, "utf-overrun") == 0) {
        const char *c = (*env)->GetStringUTFChars(env, what, NULL);
        ((char *)c)[(*env)->GetStringUTFLength(env, what) + 1] = 'x'; // past the terminating 0
        (*env)->ReleaseStringUTFChars(env, what, c);
    } else if (strcmp(w, "critical-overrun") == 0) {
        jint *p = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
        p[5] = 42; // past the end of the guarded copy -Xcheck:jni hands out
        (*env)->ReleasePrimitiveArrayCritical(env, a, p, 0);
    } else if (strcmp(w, "fatal-error") == 0) {
        (*env)->FatalError(env, "native code gives up");
    }
}
