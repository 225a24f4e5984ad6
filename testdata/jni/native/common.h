// Shared by the corpus's libraries.
#include <jni.h>
#include <stdarg.h>
#include <stdio.h>

// say prints through Log.say, so that native and Java output interleave; a
// pending exception is kept.
__attribute__((unused)) static void say(JNIEnv *env, const char *fmt, ...) {
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    jthrowable pending = (*env)->ExceptionOccurred(env);
    if (pending != NULL) {
        (*env)->ExceptionClear(env);
    }
    jclass log = (*env)->FindClass(env, "Log");
    jmethodID m = (*env)->GetStaticMethodID(env, log, "say", "(Ljava/lang/String;)V");
    jstring s = (*env)->NewStringUTF(env, buf);
    (*env)->CallStaticVoidMethod(env, log, m, s);
    (*env)->DeleteLocalRef(env, s);
    (*env)->DeleteLocalRef(env, log);
    if (pending != NULL) {
        (*env)->Throw(env, pending);
        (*env)->DeleteLocalRef(env, pending);
    }
}

// describe says what exception is pending (its class and message) and
// clears it, or says "no exception".
__attribute__((unused)) static void describe(JNIEnv *env, const char *what) {
    jthrowable ex = (*env)->ExceptionOccurred(env);
    if (ex == NULL) {
        say(env, "%s: no exception", what);
        return;
    }
    (*env)->ExceptionClear(env);
    jclass c = (*env)->GetObjectClass(env, ex);
    jclass cc = (*env)->GetObjectClass(env, c);
    jmethodID getName = (*env)->GetMethodID(env, cc, "getName", "()Ljava/lang/String;");
    jstring name = (*env)->CallObjectMethod(env, c, getName);
    jclass tc = (*env)->FindClass(env, "java/lang/Throwable");
    jmethodID getMessage = (*env)->GetMethodID(env, tc, "getMessage", "()Ljava/lang/String;");
    jstring msg = (*env)->CallObjectMethod(env, ex, getMessage);
    const char *n = (*env)->GetStringUTFChars(env, name, NULL);
    const char *m = msg ? (*env)->GetStringUTFChars(env, msg, NULL) : NULL;
    say(env, "%s: %s: %s", what, n, m ? m : "(null)");
    (*env)->ReleaseStringUTFChars(env, name, n);
    if (m) (*env)->ReleaseStringUTFChars(env, msg, m);
    (*env)->DeleteLocalRef(env, ex);
    (*env)->DeleteLocalRef(env, c);
    (*env)->DeleteLocalRef(env, cc);
    (*env)->DeleteLocalRef(env, tc);
    (*env)->DeleteLocalRef(env, name);
    if (msg) (*env)->DeleteLocalRef(env, msg);
}
