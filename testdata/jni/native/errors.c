// Native methods of JniErrors: exceptions across the boundary.
#include "common.h"
#include <string.h>

JNIEXPORT void JNICALL Java_JniErrors_throwNew(JNIEnv *env, jclass cls, jstring cname, jstring msg) {
    const char *c = (*env)->GetStringUTFChars(env, cname, NULL);
    char name[128];
    snprintf(name, sizeof name, "%s", c);
    (*env)->ReleaseStringUTFChars(env, cname, c);
    jclass ec = (*env)->FindClass(env, name);
    if (ec == NULL) {
        return; // NoClassDefFoundError is pending
    }
    const char *m = msg ? (*env)->GetStringUTFChars(env, msg, NULL) : NULL;
    jint r = (*env)->ThrowNew(env, ec, m);
    if (m) (*env)->ReleaseStringUTFChars(env, msg, m);
    if (r != 0) {
        jboolean pending = (*env)->ExceptionCheck(env);
        say(env, "ThrowNew(%s) returned %d, exception pending %d", name, r, pending);
    }
}

JNIEXPORT void JNICALL Java_JniErrors_throwObject(JNIEnv *env, jclass cls, jthrowable t) {
    jint r = (*env)->Throw(env, t);
    say(env, "Throw returned %d, pending %d", r, (*env)->ExceptionCheck(env));
}

JNIEXPORT jstring JNICALL Java_JniErrors_callThrower(JNIEnv *env, jclass cls, jint mode) {
    jmethodID m = (*env)->GetStaticMethodID(env, cls, "thrower", "(I)V");
    (*env)->CallStaticVoidMethod(env, cls, m, mode);
    jboolean check = (*env)->ExceptionCheck(env);
    jthrowable ex = (*env)->ExceptionOccurred(env);
    if (ex == NULL) {
        return (*env)->NewStringUTF(env, "returned normally");
    }
    (*env)->ExceptionClear(env);
    jclass tc = (*env)->FindClass(env, "java/lang/Throwable");
    jstring s = (*env)->CallObjectMethod(env, ex, (*env)->GetMethodID(env, tc, "toString", "()Ljava/lang/String;"));
    jstring prefix = (*env)->NewStringUTF(env, check ? "ExceptionCheck true: " : "ExceptionCheck false: ");
    jclass sc = (*env)->FindClass(env, "java/lang/String");
    jmethodID concat = (*env)->GetMethodID(env, sc, "concat", "(Ljava/lang/String;)Ljava/lang/String;");
    return (*env)->CallObjectMethod(env, prefix, concat, s);
}

// ExceptionDescribe prints the pending exception and its trace to stderr, as the
// uncaught exception handler would, and clears it.
JNIEXPORT void JNICALL Java_JniErrors_describe(JNIEnv *env, jclass cls) {
    (*env)->ExceptionDescribe(env); // nothing pending: nothing printed
    jmethodID m = (*env)->GetStaticMethodID(env, cls, "thrower", "(I)V");
    (*env)->CallStaticVoidMethod(env, cls, m, 0);
    (*env)->ExceptionDescribe(env);
    say(env, "after ExceptionDescribe: pending %d", (*env)->ExceptionCheck(env));
    jclass ec = (*env)->FindClass(env, "java/lang/IllegalStateException");
    jclass re = (*env)->FindClass(env, "java/lang/RuntimeException");
    jmethodID ctor = (*env)->GetMethodID(env, ec, "<init>", "(Ljava/lang/String;Ljava/lang/Throwable;)V");
    jthrowable cause = (*env)->NewObject(env, re, (*env)->GetMethodID(env, re, "<init>", "(Ljava/lang/String;)V"),
                                         (*env)->NewStringUTF(env, "the cause"));
    jthrowable t = (*env)->NewObject(env, ec, ctor, (*env)->NewStringUTF(env, "made in C"), cause);
    (*env)->Throw(env, t);
    (*env)->ExceptionDescribe(env);
}

// A Java exception left pending when the native method returns is thrown in
// its caller; the return value is ignored.
JNIEXPORT jint JNICALL Java_JniErrors_propagate(JNIEnv *env, jclass cls) {
    jmethodID m = (*env)->GetStaticMethodID(env, cls, "thrower", "(I)V");
    (*env)->CallStaticVoidMethod(env, cls, m, 0);
    return 42;
}

// An exception thrown by ThrowNew stays pending while native code goes on
// (calling the functions allowed then), and a second Throw replaces it.
JNIEXPORT void JNICALL Java_JniErrors_throwAndContinue(JNIEnv *env, jclass cls) {
    (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/IllegalStateException"), "first");
    jthrowable first = (*env)->ExceptionOccurred(env);
    jclass ioe = (*env)->FindClass(env, "java/io/IOException"); // not allowed, but works on java
    (*env)->ExceptionClear(env);
    ioe = (*env)->FindClass(env, "java/io/IOException");
    (*env)->Throw(env, first);
    (*env)->ThrowNew(env, ioe, "second replaces first");
}

JNIEXPORT void JNICALL Java_JniErrors_deep(JNIEnv *env, jclass cls, jint n) {
    jmethodID m = (*env)->GetStaticMethodID(env, cls, "recurse", "(I)V");
    (*env)->CallStaticVoidMethod(env, cls, m, n);
}
