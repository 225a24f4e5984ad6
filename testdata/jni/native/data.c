// Native methods of JniData: strings, arrays, direct buffers.
#include "common.h"
#include <stdlib.h>
#include <string.h>

static void hexbytes(char *out, size_t n, const unsigned char *p, size_t len) {
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < len && o + 4 < n; i++) {
        o += snprintf(out + o, n - o, i ? " %02x" : "%02x", p[i]);
    }
}

static void hexchars(char *out, size_t n, const jchar *p, size_t len) {
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < len && o + 6 < n; i++) {
        o += snprintf(out + o, n - o, i ? " %04x" : "%04x", p[i]);
    }
}

static void one(JNIEnv *env, const char *what, jstring s) {
    char h[512];
    jsize len = (*env)->GetStringLength(env, s);
    jsize ulen = (*env)->GetStringUTFLength(env, s);
    jboolean copy = 7;
    const char *u = (*env)->GetStringUTFChars(env, s, &copy);
    hexbytes(h, sizeof h, (const unsigned char *)u, strlen(u));
    say(env, "%s: length %d, UTF length %d, strlen %d, isCopy %d, UTF [%s]", what, len, ulen, (int)strlen(u), copy, h);
    (*env)->ReleaseStringUTFChars(env, s, u);
    const jchar *c = (*env)->GetStringChars(env, s, &copy);
    hexchars(h, sizeof h, c, len);
    say(env, "%s: chars isCopy %d [%s]", what, copy, h);
    (*env)->ReleaseStringChars(env, s, c);
    jchar region[8];
    char ubuf[32];
    memset(ubuf, 0x55, sizeof ubuf);
    if (len >= 3) {
        (*env)->GetStringRegion(env, s, 1, 2, region);
        hexchars(h, sizeof h, region, 2);
        (*env)->GetStringUTFRegion(env, s, 1, 2, ubuf);
        char h2[128];
        hexbytes(h2, sizeof h2, (unsigned char *)ubuf, strlen(ubuf) + 1);
        say(env, "%s: region(1,2) [%s] UTF region [%s]", what, h, h2);
    }
    const jchar *crit = (*env)->GetStringCritical(env, s, NULL);
    hexchars(h, sizeof h, crit, len);
    (*env)->ReleaseStringCritical(env, s, crit);
    say(env, "%s: critical [%s]", what, h);
}

JNIEXPORT void JNICALL Java_JniData_strings(JNIEnv *env, jclass cls, jstring a, jstring l, jstring u, jstring s,
                                            jstring n) {
    one(env, "ascii", a);
    one(env, "latin1", l);
    one(env, "utf16", u);
    one(env, "supplementary", s);
    one(env, "withNul", n);
    jstring empty = (*env)->NewStringUTF(env, "");
    one(env, "empty", empty);
}

JNIEXPORT jobjectArray JNICALL Java_JniData_makeStrings(JNIEnv *env, jclass cls) {
    jclass sc = (*env)->FindClass(env, "java/lang/String");
    jobjectArray out = (*env)->NewObjectArray(env, 6, sc, NULL);
    // Modified UTF-8: an encoded NUL, a two-byte and a three-byte character, and a
    // supplementary character as two encoded surrogates.
    (*env)->SetObjectArrayElement(env, out, 0, (*env)->NewStringUTF(env, "a\xc0\x80" "b"));
    (*env)->SetObjectArrayElement(env, out, 1, (*env)->NewStringUTF(env, "\xc3\xa9\xe2\x98\xba"));
    (*env)->SetObjectArrayElement(env, out, 2, (*env)->NewStringUTF(env, "\xed\xa0\xbd\xed\xb8\x80"));
    jchar chars[] = {'U', 0x00ff, 0x263a, 0xd83d, 0xde00, 0};
    (*env)->SetObjectArrayElement(env, out, 3, (*env)->NewString(env, chars, 6));
    (*env)->SetObjectArrayElement(env, out, 4, (*env)->NewString(env, chars, 0));
    (*env)->SetObjectArrayElement(env, out, 5, (*env)->NewStringUTF(env, "Latin"));
    return out;
}

JNIEXPORT void JNICALL Java_JniData_stringErrors(JNIEnv *env, jclass cls, jstring s) {
    jchar buf[16];
    char ubuf[16];
    (*env)->GetStringRegion(env, s, 2, 5, buf);
    describe(env, "GetStringRegion(2, 5)");
    (*env)->GetStringRegion(env, s, -1, 1, buf);
    describe(env, "GetStringRegion(-1, 1)");
    (*env)->GetStringUTFRegion(env, s, 1, 3, ubuf);
    describe(env, "GetStringUTFRegion(1, 3)");
    (*env)->GetStringRegion(env, s, 3, 0, buf);
    describe(env, "GetStringRegion(3, 0)");
    (*env)->NewString(env, buf, -1);
    describe(env, "NewString(-1)");
}

JNIEXPORT void JNICALL Java_JniData_primitives(JNIEnv *env, jclass cls, jbooleanArray z, jbyteArray b, jcharArray c,
                                               jshortArray s, jintArray i, jlongArray j, jfloatArray f,
                                               jdoubleArray d) {
    jboolean copy = 7;
    jboolean *pz = (*env)->GetBooleanArrayElements(env, z, &copy);
    say(env, "boolean elements isCopy %d: %d %d %d", copy, pz[0], pz[1], pz[2]);
    pz[1] = JNI_TRUE;
    (*env)->ReleaseBooleanArrayElements(env, z, pz, 0);
    jbyte *pb = (*env)->GetByteArrayElements(env, b, NULL);
    say(env, "byte elements: %d %d %d", pb[0], pb[1], pb[2]);
    pb[0] = 100;
    (*env)->ReleaseByteArrayElements(env, b, pb, 0);
    jchar *pc = (*env)->GetCharArrayElements(env, c, NULL);
    say(env, "char elements: %d %d %d", pc[0], pc[1], pc[2]);
    pc[2] = 'Z';
    (*env)->ReleaseCharArrayElements(env, c, pc, 0);
    jshort *ps = (*env)->GetShortArrayElements(env, s, NULL);
    say(env, "short elements: %d %d %d", ps[0], ps[1], ps[2]);
    ps[1] = -300;
    (*env)->ReleaseShortArrayElements(env, s, ps, 0);
    jint *pi = (*env)->GetIntArrayElements(env, i, &copy);
    say(env, "int elements isCopy %d: %d %d %d", copy, pi[0], pi[1], pi[2]);
    pi[0] = 42;
    (*env)->ReleaseIntArrayElements(env, i, pi, 0);
    jlong *pj = (*env)->GetLongArrayElements(env, j, NULL);
    say(env, "long elements: %lld %lld %lld", (long long)pj[0], (long long)pj[1], (long long)pj[2]);
    pj[2] = 7;
    (*env)->ReleaseLongArrayElements(env, j, pj, 0);
    jfloat *pf = (*env)->GetFloatArrayElements(env, f, NULL);
    say(env, "float elements: %g %g %g", pf[0], pf[1], pf[2]);
    pf[0] = 2.5f;
    (*env)->ReleaseFloatArrayElements(env, f, pf, 0);
    jdouble *pd = (*env)->GetDoubleArrayElements(env, d, NULL);
    say(env, "double elements: %.17g %g %g", pd[0], pd[1], pd[2]);
    pd[1] = 1e300;
    (*env)->ReleaseDoubleArrayElements(env, d, pd, 0);

    // Regions of every type.
    jint ibuf[3];
    (*env)->GetIntArrayRegion(env, i, 1, 2, ibuf);
    say(env, "int region: %d %d", ibuf[0], ibuf[1]);
    jlong lv = -99;
    (*env)->SetLongArrayRegion(env, j, 0, 1, &lv);
    jdouble dv[2] = {0.125, 0.25};
    (*env)->SetDoubleArrayRegion(env, d, 1, 2, dv);
    jboolean zv = 2; // not 0 or 1: stored as given
    (*env)->SetBooleanArrayRegion(env, z, 2, 1, &zv);
    jbyte bv[3];
    (*env)->GetByteArrayRegion(env, b, 0, 3, bv);
    say(env, "byte region: %d %d %d", bv[0], bv[1], bv[2]);
    jchar cv = 'Q';
    (*env)->SetCharArrayRegion(env, c, 0, 1, &cv);
    jshort sv[1];
    (*env)->GetShortArrayRegion(env, s, 2, 1, sv);
    say(env, "short region: %d", sv[0]);
    jfloat fv = -0.0f;
    (*env)->SetFloatArrayRegion(env, f, 2, 1, &fv);
}

JNIEXPORT jobjectArray JNICALL Java_JniData_newArrays(JNIEnv *env, jclass cls) {
    jclass oc = (*env)->FindClass(env, "java/lang/Object");
    jobjectArray out = (*env)->NewObjectArray(env, 10, oc, NULL);
    (*env)->SetObjectArrayElement(env, out, 0, (*env)->NewBooleanArray(env, 2));
    (*env)->SetObjectArrayElement(env, out, 1, (*env)->NewByteArray(env, 1));
    (*env)->SetObjectArrayElement(env, out, 2, (*env)->NewCharArray(env, 0));
    (*env)->SetObjectArrayElement(env, out, 3, (*env)->NewShortArray(env, 3));
    jintArray ia = (*env)->NewIntArray(env, 4);
    jint iv[4] = {4, 3, 2, 1};
    (*env)->SetIntArrayRegion(env, ia, 0, 4, iv);
    (*env)->SetObjectArrayElement(env, out, 4, ia);
    (*env)->SetObjectArrayElement(env, out, 5, (*env)->NewLongArray(env, 2));
    (*env)->SetObjectArrayElement(env, out, 6, (*env)->NewFloatArray(env, 1));
    (*env)->SetObjectArrayElement(env, out, 7, (*env)->NewDoubleArray(env, 2));
    jclass sc = (*env)->FindClass(env, "java/lang/String");
    jstring init = (*env)->NewStringUTF(env, "init");
    (*env)->SetObjectArrayElement(env, out, 8, (*env)->NewObjectArray(env, 3, sc, init));
    jclass iac = (*env)->FindClass(env, "[I");
    jobjectArray nested = (*env)->NewObjectArray(env, 2, iac, ia);
    (*env)->SetObjectArrayElement(env, out, 9, nested);
    return out;
}

JNIEXPORT void JNICALL Java_JniData_releaseModes(JNIEnv *env, jclass cls, jintArray a) {
    jint *p = (*env)->GetIntArrayElements(env, a, NULL);
    p[0] = 10;
    (*env)->ReleaseIntArrayElements(env, a, p, JNI_COMMIT);
    jint now[4];
    (*env)->GetIntArrayRegion(env, a, 0, 4, now);
    say(env, "after JNI_COMMIT: %d %d %d %d", now[0], now[1], now[2], now[3]);
    p[1] = 20;
    (*env)->ReleaseIntArrayElements(env, a, p, 0);
    p = (*env)->GetIntArrayElements(env, a, NULL);
    p[2] = 30;
    (*env)->ReleaseIntArrayElements(env, a, p, JNI_ABORT);
    (*env)->GetIntArrayRegion(env, a, 0, 4, now);
    say(env, "after JNI_ABORT: %d %d %d %d", now[0], now[1], now[2], now[3]);
}

JNIEXPORT void JNICALL Java_JniData_critical(JNIEnv *env, jclass cls, jintArray a, jdoubleArray d, jstring s) {
    jsize n = (*env)->GetArrayLength(env, a);
    jint *p = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
    long long sum = 0;
    for (jsize i = 0; i < n; i++) {
        sum += p[i];
        p[i] = i;
    }
    (*env)->ReleasePrimitiveArrayCritical(env, a, p, 0);
    jdouble *pd = (*env)->GetPrimitiveArrayCritical(env, d, NULL);
    pd[2] = pd[0] + pd[1];
    (*env)->ReleasePrimitiveArrayCritical(env, d, pd, 0);
    jsize len = (*env)->GetStringLength(env, s);
    const jchar *c = (*env)->GetStringCritical(env, s, NULL);
    char h[128];
    hexchars(h, sizeof h, c, len);
    (*env)->ReleaseStringCritical(env, s, c);
    say(env, "critical: sum %lld, string [%s]", sum, h);
}

// What a critical region hands out: HotSpot gives the array's and a UTF-16
// string's own memory (isCopy false), so JNI_ABORT keeps what was written.
JNIEXPORT void JNICALL Java_JniData_criticalInPlace(JNIEnv *env, jclass cls, jintArray a, jintArray empty,
                                                    jstring latin1, jstring utf16) {
    jboolean copy = 7;
    jint *p = (*env)->GetPrimitiveArrayCritical(env, a, &copy);
    p[0] = 77;
    (*env)->ReleasePrimitiveArrayCritical(env, a, p, JNI_ABORT);
    jint v;
    (*env)->GetIntArrayRegion(env, a, 0, 1, &v);
    say(env, "array critical: isCopy %d, after JNI_ABORT a[0] = %d", copy, v);
    copy = 7;
    void *e = (*env)->GetPrimitiveArrayCritical(env, empty, &copy);
    (*env)->ReleasePrimitiveArrayCritical(env, empty, e, 0);
    say(env, "empty array critical: isCopy %d, NULL %d", copy, e == NULL);
    jboolean c1 = 7, c2 = 7;
    const jchar *s1 = (*env)->GetStringCritical(env, latin1, &c1);
    jchar first1 = s1[0];
    (*env)->ReleaseStringCritical(env, latin1, s1);
    const jchar *s2 = (*env)->GetStringCritical(env, utf16, &c2);
    jchar first2 = s2[0];
    (*env)->ReleaseStringCritical(env, utf16, s2);
    say(env, "string critical: Latin-1 isCopy %d (%04x), UTF-16 isCopy %d (%04x)", c1, first1, c2, first2);
}

JNIEXPORT void JNICALL Java_JniData_objectArrays(JNIEnv *env, jclass cls, jobjectArray a) {
    char buf[64];
    jsize n = (*env)->GetArrayLength(env, a);
    for (jsize i = 0; i < n; i++) {
        jstring s = (*env)->GetObjectArrayElement(env, a, i);
        if (s == NULL) {
            say(env, "element %d: null", i);
            continue;
        }
        const char *u = (*env)->GetStringUTFChars(env, s, NULL);
        snprintf(buf, sizeof buf, "%s", u);
        (*env)->ReleaseStringUTFChars(env, s, u);
        say(env, "element %d: %s", i, buf);
    }
    (*env)->SetObjectArrayElement(env, a, 2, (*env)->NewStringUTF(env, "three"));
    (*env)->SetObjectArrayElement(env, a, 0, NULL);
}

JNIEXPORT void JNICALL Java_JniData_arrayErrors(JNIEnv *env, jclass cls, jintArray a, jobjectArray o) {
    jint buf[8];
    (*env)->GetIntArrayRegion(env, a, 3, 4, buf);
    describe(env, "GetIntArrayRegion(3, 4)");
    (*env)->SetIntArrayRegion(env, a, -1, 2, buf);
    describe(env, "SetIntArrayRegion(-1, 2)");
    (*env)->GetIntArrayRegion(env, a, 0, -1, buf);
    describe(env, "GetIntArrayRegion(0, -1)");
    (*env)->GetIntArrayRegion(env, a, 5, 0, buf);
    describe(env, "GetIntArrayRegion(5, 0)");
    (*env)->GetObjectArrayElement(env, o, 2);
    describe(env, "GetObjectArrayElement(2)");
    (*env)->SetObjectArrayElement(env, o, -1, NULL);
    describe(env, "SetObjectArrayElement(-1)");
    jclass ic = (*env)->FindClass(env, "java/lang/Integer");
    jobject boxed = (*env)->CallStaticObjectMethod(env, ic,
        (*env)->GetStaticMethodID(env, ic, "valueOf", "(I)Ljava/lang/Integer;"), 5);
    (*env)->SetObjectArrayElement(env, o, 0, boxed);
    describe(env, "SetObjectArrayElement(Integer into String[])");
    (*env)->NewIntArray(env, -1);
    describe(env, "NewIntArray(-1)");
    jclass sc = (*env)->FindClass(env, "java/lang/String");
    (*env)->NewObjectArray(env, -2, sc, NULL);
    describe(env, "NewObjectArray(-2)");
    (*env)->NewObjectArray(env, 1, sc, boxed);
    describe(env, "NewObjectArray(1, String, Integer)");
}

JNIEXPORT jobject JNICALL Java_JniData_directBuffer(JNIEnv *env, jclass cls, jint n) {
    unsigned char *p = malloc(n);
    for (jint i = 0; i < n; i++) p[i] = (unsigned char)(i + 1);
    return (*env)->NewDirectByteBuffer(env, p, n);
}

JNIEXPORT jlong JNICALL Java_JniData_bufferInfo(JNIEnv *env, jclass cls, jobject b) {
    void *p = (*env)->GetDirectBufferAddress(env, b);
    jlong cap = (*env)->GetDirectBufferCapacity(env, b);
    return p == NULL ? -1000 + cap : cap;
}

JNIEXPORT jint JNICALL Java_JniData_bufferSum(JNIEnv *env, jclass cls, jobject b) {
    unsigned char *p = (*env)->GetDirectBufferAddress(env, b);
    jlong n = (*env)->GetDirectBufferCapacity(env, b);
    jint sum = 0;
    for (jlong i = 0; i < n; i++) sum += p[i];
    return sum;
}

JNIEXPORT void JNICALL Java_JniData_freeBuffer(JNIEnv *env, jclass cls, jobject b) {
    free((*env)->GetDirectBufferAddress(env, b));
}
