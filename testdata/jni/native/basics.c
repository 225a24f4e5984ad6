// Native methods of JniBasics: argument and result types, names.
#include <jni.h>
#include <stdio.h>
#include <string.h>

static jint onload_version;

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) != JNI_OK) {
        return JNI_ERR;
    }
    onload_version = (*env)->GetVersion(env);
    return JNI_VERSION_1_8;
}

JNIEXPORT jint JNICALL Java_JniBasics_add(JNIEnv *env, jclass c, jint a, jint b) { return a + b; }
JNIEXPORT jlong JNICALL Java_JniBasics_addLong(JNIEnv *env, jclass c, jlong a, jlong b) { return a + b; }
JNIEXPORT jboolean JNICALL Java_JniBasics_not(JNIEnv *env, jclass c, jboolean z) { return !z; }
// The low byte decides: 256 is false, as the JNI's jboolean is 8 bits.
JNIEXPORT jboolean JNICALL Java_JniBasics_truthy(JNIEnv *env, jclass c, jint v) { return (jboolean)v; }
JNIEXPORT jbyte JNICALL Java_JniBasics_negByte(JNIEnv *env, jclass c, jbyte b) { return (jbyte)-b; }
JNIEXPORT jchar JNICALL Java_JniBasics_upper(JNIEnv *env, jclass c, jchar ch) {
    return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
}
JNIEXPORT jshort JNICALL Java_JniBasics_twice(JNIEnv *env, jclass c, jshort s) { return (jshort)(s * 2); }
JNIEXPORT jfloat JNICALL Java_JniBasics_half(JNIEnv *env, jclass c, jfloat f) { return f / 2; }
JNIEXPORT jdouble JNICALL Java_JniBasics_mix(JNIEnv *env, jclass c, jbyte b, jchar ch, jshort s, jint i,
                                              jlong j, jfloat f, jdouble d, jboolean z) {
    return b + ch + s + i + (double)j + f + d + (z ? 1000 : 0);
}
JNIEXPORT jlong JNICALL Java_JniBasics_sum16(JNIEnv *env, jclass c, jint a1, jlong a2, jint a3, jlong a4,
                                              jint a5, jlong a6, jint a7, jlong a8, jint a9, jlong a10,
                                              jint a11, jlong a12, jint a13, jlong a14, jint a15, jlong a16) {
    // weights show that each argument arrived in its place
    return a1 * 1 + a2 * 2 + a3 * 3 + a4 * 4 + a5 * 5 + a6 * 6 + a7 * 7 + a8 * 8 + a9 * 9 + a10 * 10 +
           a11 * 11 + a12 * 12 + a13 * 13 + a14 * 14 + a15 * 15 + a16;
}
JNIEXPORT jdouble JNICALL Java_JniBasics_sumMixed(JNIEnv *env, jclass c, jdouble d1, jfloat f2, jint i3,
                                                   jdouble d4, jfloat f5, jlong l6, jdouble d7, jfloat f8,
                                                   jint i9, jdouble d10, jfloat f11, jdouble d12, jbyte b13,
                                                   jfloat f14, jdouble d15) {
    return d1 * 1 + f2 * 2 + i3 * 3 + d4 * 4 + f5 * 5 + l6 * 6 + d7 * 7 + f8 * 8 + i9 * 9 + d10 * 10 +
           f11 * 11 + d12 * 12 + b13 * 13 + f14 * 14 + d15 * 15;
}
JNIEXPORT jstring JNICALL Java_JniBasics_hello(JNIEnv *env, jclass c, jstring name) {
    char buf[100];
    const char *s = (*env)->GetStringUTFChars(env, name, NULL);
    snprintf(buf, sizeof buf, "Hello, %s!", s);
    (*env)->ReleaseStringUTFChars(env, name, s);
    return (*env)->NewStringUTF(env, buf);
}
JNIEXPORT jobject JNICALL Java_JniBasics_identity(JNIEnv *env, jclass c, jobject o) { return o; }
JNIEXPORT jstring JNICALL Java_JniBasics_nullString(JNIEnv *env, jclass c) { return NULL; }
JNIEXPORT jintArray JNICALL Java_JniBasics_makeInts(JNIEnv *env, jclass c, jint n) {
    jintArray a = (*env)->NewIntArray(env, n);
    jint buf[16];
    for (int i = 0; i < n && i < 16; i++) buf[i] = i * i;
    (*env)->SetIntArrayRegion(env, a, 0, n, buf);
    return a;
}
JNIEXPORT jint JNICALL Java_JniBasics_jniVersion(JNIEnv *env, jclass c) { return (*env)->GetVersion(env); }
JNIEXPORT jint JNICALL Java_JniBasics_onLoadVersion(JNIEnv *env, jclass c) { return onload_version; }

JNIEXPORT jint JNICALL Java_JniBasics_plusBase(JNIEnv *env, jobject self, jint x) {
    jclass c = (*env)->GetObjectClass(env, self);
    jfieldID f = (*env)->GetFieldID(env, c, "base", "I");
    return (*env)->GetIntField(env, self, f) + x;
}
JNIEXPORT jobject JNICALL Java_JniBasics_self(JNIEnv *env, jobject self) { return self; }

static jboolean holds(JNIEnv *env, jclass c, jobject o) {
    jmethodID m = (*env)->GetStaticMethodID(env, c, "holds", "(Ljava/lang/Object;)Z");
    return (*env)->CallStaticBooleanMethod(env, c, m, o);
}
JNIEXPORT jboolean JNICALL Java_JniBasics_holdsThis(JNIEnv *env, jobject self) {
    return holds(env, (*env)->GetObjectClass(env, self), self);
}
JNIEXPORT jboolean JNICALL Java_JniBasics_holdsClass(JNIEnv *env, jclass c) { return holds(env, c, c); }

JNIEXPORT jstring JNICALL Java_JniBasics_overloaded__I(JNIEnv *env, jclass c, jint x) {
    return (*env)->NewStringUTF(env, "overloaded(int)");
}
JNIEXPORT jstring JNICALL Java_JniBasics_overloaded__Ljava_lang_String_2(JNIEnv *env, jclass c, jstring s) {
    return (*env)->NewStringUTF(env, "overloaded(String)");
}
JNIEXPORT jstring JNICALL Java_JniBasics_overloaded___3I_3Ljava_lang_String_2(JNIEnv *env, jclass c,
                                                                               jintArray a, jobjectArray s) {
    char buf[64];
    snprintf(buf, sizeof buf, "overloaded(int[%d], String[%d])", (*env)->GetArrayLength(env, a),
             (*env)->GetArrayLength(env, s));
    return (*env)->NewStringUTF(env, buf);
}
JNIEXPORT jstring JNICALL Java_JniBasics_overloaded__JD(JNIEnv *env, jclass c, jlong j, jdouble d) {
    return (*env)->NewStringUTF(env, "overloaded(long, double)");
}
JNIEXPORT jstring JNICALL Java_JniBasics_under_1score_00024dollar(JNIEnv *env, jclass c) {
    return (*env)->NewStringUTF(env, "under_score$dollar");
}
JNIEXPORT jstring JNICALL Java_JniBasics__000fcn_000efc_000f6d_000e9(JNIEnv *env, jclass c) {
    return (*env)->NewStringUTF(env, "\xc3\xbc" "n" "\xc3\xaf" "c" "\xc3\xb6" "d" "\xc3\xa9");
}
JNIEXPORT jstring JNICALL Java_JniBasics_00024Inner_where(JNIEnv *env, jclass c) {
    return (*env)->NewStringUTF(env, "JniBasics$Inner");
}
JNIEXPORT jstring JNICALL Java_pkg_Packaged_name(JNIEnv *env, jclass c) {
    return (*env)->NewStringUTF(env, "pkg.Packaged");
}
