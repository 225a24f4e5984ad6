// Native methods of JniCalls: calls into Java, fields, objects, classes.
#include "common.h"
#include <string.h>

#define V_HELPER(Type, ctype) \
    static ctype call##Type##V(JNIEnv *env, jobject o, jmethodID m, ...) { \
        va_list ap; va_start(ap, m); \
        ctype r = (*env)->Call##Type##MethodV(env, o, m, ap); \
        va_end(ap); return r; \
    } \
    static ctype callStatic##Type##V(JNIEnv *env, jclass c, jmethodID m, ...) { \
        va_list ap; va_start(ap, m); \
        ctype r = (*env)->CallStatic##Type##MethodV(env, c, m, ap); \
        va_end(ap); return r; \
    } \
    static ctype callNonvirtual##Type##V(JNIEnv *env, jobject o, jclass c, jmethodID m, ...) { \
        va_list ap; va_start(ap, m); \
        ctype r = (*env)->CallNonvirtual##Type##MethodV(env, o, c, m, ap); \
        va_end(ap); return r; \
    }

V_HELPER(Boolean, jboolean)
V_HELPER(Byte, jbyte)
V_HELPER(Char, jchar)
V_HELPER(Short, jshort)
V_HELPER(Int, jint)
V_HELPER(Long, jlong)
V_HELPER(Float, jfloat)
V_HELPER(Double, jdouble)
V_HELPER(Object, jobject)

static const char *str(JNIEnv *env, jobject s, char *buf, size_t n) {
    if (s == NULL) { snprintf(buf, n, "null"); return buf; }
    const char *u = (*env)->GetStringUTFChars(env, s, NULL);
    snprintf(buf, n, "%s", u);
    (*env)->ReleaseStringUTFChars(env, s, u);
    return buf;
}

// Calls m<T> and s<T> in every way, printing the results with fmt.
#define CALLS(T, Type, ctype, sig, member, arg, fmt, conv) do { \
    jmethodID m = (*env)->GetMethodID(env, cls, "m" #T, "(" sig ")" sig); \
    jmethodID sm = (*env)->GetStaticMethodID(env, cls, "s" #T, "(" sig ")" sig); \
    jvalue a[1]; a[0].member = arg; \
    say(env, "m" #T ": " fmt " " fmt " " fmt " " fmt " " fmt, \
        conv((*env)->Call##Type##Method(env, o, m, arg)), conv(call##Type##V(env, o, m, arg)), \
        conv((*env)->Call##Type##MethodA(env, o, m, a)), \
        conv((*env)->CallNonvirtual##Type##MethodA(env, sub, cls, m, a)), \
        conv(callNonvirtual##Type##V(env, sub, cls, m, arg))); \
    say(env, "s" #T ": " fmt " " fmt " " fmt, \
        conv((*env)->CallStatic##Type##Method(env, cls, sm, arg)), \
        conv(callStatic##Type##V(env, cls, sm, arg)), \
        conv((*env)->CallStatic##Type##MethodA(env, cls, sm, a))); \
} while (0)

#define AS_INT(x) ((int)(x))
#define AS_LONG(x) ((long long)(x))
#define AS_DOUBLE(x) ((double)(x))

JNIEXPORT void JNICALL Java_JniCalls_calls(JNIEnv *env, jclass cls, jobject o, jobject sub) {
    CALLS(Z, Boolean, jboolean, "Z", z, JNI_TRUE, "%d", AS_INT);
    CALLS(B, Byte, jbyte, "B", b, -128, "%d", AS_INT);
    CALLS(C, Char, jchar, "C", c, 0xfffe, "%d", AS_INT);
    CALLS(S, Short, jshort, "S", s, 32767, "%d", AS_INT);
    CALLS(I, Int, jint, "I", i, 41, "%d", AS_INT);
    CALLS(J, Long, jlong, "J", j, 1LL << 50, "%lld", AS_LONG);
    CALLS(F, Float, jfloat, "F", f, 0.5f, "%.3f", AS_DOUBLE);
    CALLS(D, Double, jdouble, "D", d, 1e100, "%g", AS_DOUBLE);

    char b1[100], b2[100], b3[100], b4[100];
    jstring x = (*env)->NewStringUTF(env, "x");
    jmethodID mL = (*env)->GetMethodID(env, cls, "mL", "(Ljava/lang/String;)Ljava/lang/String;");
    jmethodID sL = (*env)->GetStaticMethodID(env, cls, "sL", "(Ljava/lang/String;)Ljava/lang/String;");
    jvalue a[1];
    a[0].l = x;
    say(env, "mL: %s %s %s %s", str(env, (*env)->CallObjectMethod(env, o, mL, x), b1, 100),
        str(env, callObjectV(env, o, mL, x), b2, 100), str(env, (*env)->CallObjectMethodA(env, o, mL, a), b3, 100),
        str(env, (*env)->CallNonvirtualObjectMethod(env, sub, cls, mL, x), b4, 100));
    say(env, "mL nonvirtual V: %s", str(env, callNonvirtualObjectV(env, sub, cls, mL, x), b1, 100));
    say(env, "sL: %s %s %s", str(env, (*env)->CallStaticObjectMethod(env, cls, sL, x), b1, 100),
        str(env, callStaticObjectV(env, cls, sL, x), b2, 100),
        str(env, (*env)->CallStaticObjectMethodA(env, cls, sL, a), b3, 100));

    jmethodID mV = (*env)->GetMethodID(env, cls, "mV", "(Ljava/lang/String;)V");
    jmethodID sV = (*env)->GetStaticMethodID(env, cls, "sV", "(Ljava/lang/String;)V");
    (*env)->CallVoidMethod(env, o, mV, x);
    (*env)->CallVoidMethodA(env, sub, mV, a);
    (*env)->CallNonvirtualVoidMethod(env, sub, cls, mV, x);
    (*env)->CallStaticVoidMethod(env, cls, sV, x);
    (*env)->CallStaticVoidMethodA(env, cls, sV, a);

    // Virtual calls dispatch on the receiver; nonvirtual ones do not.
    jmethodID mI = (*env)->GetMethodID(env, cls, "mI", "(I)I");
    say(env, "mI on sub: virtual %d, nonvirtual %d", (*env)->CallIntMethod(env, sub, mI, 1),
        (*env)->CallNonvirtualIntMethod(env, sub, cls, mI, 1));
    jmethodID who = (*env)->GetMethodID(env, cls, "who", "()Ljava/lang/String;");
    say(env, "who: %s / %s", str(env, (*env)->CallObjectMethod(env, sub, who), b1, 100),
        str(env, (*env)->CallNonvirtualObjectMethod(env, sub, cls, who), b2, 100));
    // A default method of an interface, through the interface and through the class.
    jclass greeter = (*env)->FindClass(env, "Greeter");
    jmethodID greet = (*env)->GetMethodID(env, greeter, "greet", "()Ljava/lang/String;");
    jmethodID greet2 = (*env)->GetMethodID(env, cls, "greet", "()Ljava/lang/String;");
    say(env, "greet: %s / %s", str(env, (*env)->CallObjectMethod(env, sub, greet), b1, 100),
        str(env, (*env)->CallObjectMethod(env, o, greet2), b2, 100));
    // Object's methods through an interface's ID.
    jmethodID hash = (*env)->GetMethodID(env, greeter, "toString", "()Ljava/lang/String;");
    say(env, "toString through Greeter found: %d", hash != NULL);
    // Many arguments of every kind, in a va_list.
    jmethodID many = (*env)->GetStaticMethodID(env, cls, "many", "(IJDFLjava/lang/String;ZCSB[I)I");
    jintArray arr = (*env)->NewIntArray(env, 7);
    say(env, "many: %d", (*env)->CallStaticIntMethod(env, cls, many, 1, (jlong)2, 3.5, (jfloat)4.5, x,
                                                     JNI_TRUE, (jchar)'A', (jshort)-1, (jbyte)-2, arr));
    // A null receiver.
    (*env)->CallIntMethod(env, NULL, mI, 1);
    describe(env, "CallIntMethod(NULL)");
}

JNIEXPORT void JNICALL Java_JniCalls_fields(JNIEnv *env, jclass cls, jobject o) {
    char buf[100];
    jfieldID z = (*env)->GetFieldID(env, cls, "z", "Z");
    jfieldID b = (*env)->GetFieldID(env, cls, "b", "B");
    jfieldID c = (*env)->GetFieldID(env, cls, "c", "C");
    jfieldID s = (*env)->GetFieldID(env, cls, "s", "S");
    jfieldID i = (*env)->GetFieldID(env, cls, "i", "I");
    jfieldID j = (*env)->GetFieldID(env, cls, "j", "J");
    jfieldID f = (*env)->GetFieldID(env, cls, "f", "F");
    jfieldID d = (*env)->GetFieldID(env, cls, "d", "D");
    jfieldID l = (*env)->GetFieldID(env, cls, "l", "Ljava/lang/String;");
    jfieldID arr = (*env)->GetFieldID(env, cls, "arr", "[I");
    say(env, "fields: %d %d %d %d %d %lld %.2f %.2f %s %d", (*env)->GetBooleanField(env, o, z),
        (*env)->GetByteField(env, o, b), (*env)->GetCharField(env, o, c), (*env)->GetShortField(env, o, s),
        (*env)->GetIntField(env, o, i), (long long)(*env)->GetLongField(env, o, j),
        (*env)->GetFloatField(env, o, f), (*env)->GetDoubleField(env, o, d),
        str(env, (*env)->GetObjectField(env, o, l), buf, 100),
        (*env)->GetArrayLength(env, (*env)->GetObjectField(env, o, arr)));
    (*env)->SetBooleanField(env, o, z, JNI_FALSE);
    (*env)->SetByteField(env, o, b, 99);
    (*env)->SetCharField(env, o, c, 'Z');
    (*env)->SetShortField(env, o, s, -1);
    (*env)->SetIntField(env, o, i, -7);
    (*env)->SetLongField(env, o, j, -(1LL << 60));
    (*env)->SetFloatField(env, o, f, 0.125f);
    (*env)->SetDoubleField(env, o, d, 1e-3);
    (*env)->SetObjectField(env, o, l, (*env)->NewStringUTF(env, "changed"));
    (*env)->SetObjectField(env, o, arr, (*env)->NewIntArray(env, 5));

    jfieldID sz = (*env)->GetStaticFieldID(env, cls, "sz", "Z");
    jfieldID sb = (*env)->GetStaticFieldID(env, cls, "sb", "B");
    jfieldID sc = (*env)->GetStaticFieldID(env, cls, "sc", "C");
    jfieldID ss = (*env)->GetStaticFieldID(env, cls, "ss", "S");
    jfieldID si = (*env)->GetStaticFieldID(env, cls, "si", "I");
    jfieldID sj = (*env)->GetStaticFieldID(env, cls, "sj", "J");
    jfieldID sf = (*env)->GetStaticFieldID(env, cls, "sf", "F");
    jfieldID sd = (*env)->GetStaticFieldID(env, cls, "sd", "D");
    jfieldID sl = (*env)->GetStaticFieldID(env, cls, "sl", "Ljava/lang/String;");
    say(env, "statics: %d %d %d %d %d %lld %.2f %.2f %s", (*env)->GetStaticBooleanField(env, cls, sz),
        (*env)->GetStaticByteField(env, cls, sb), (*env)->GetStaticCharField(env, cls, sc),
        (*env)->GetStaticShortField(env, cls, ss), (*env)->GetStaticIntField(env, cls, si),
        (long long)(*env)->GetStaticLongField(env, cls, sj), (*env)->GetStaticFloatField(env, cls, sf),
        (*env)->GetStaticDoubleField(env, cls, sd), str(env, (*env)->GetStaticObjectField(env, cls, sl), buf, 100));
    (*env)->SetStaticBooleanField(env, cls, sz, JNI_TRUE);
    (*env)->SetStaticByteField(env, cls, sb, -1);
    (*env)->SetStaticCharField(env, cls, sc, 0x263a);
    (*env)->SetStaticShortField(env, cls, ss, -2);
    (*env)->SetStaticIntField(env, cls, si, -3);
    (*env)->SetStaticLongField(env, cls, sj, -4);
    (*env)->SetStaticFloatField(env, cls, sf, -5.5f);
    (*env)->SetStaticDoubleField(env, cls, sd, -6.5);
    (*env)->SetStaticObjectField(env, cls, sl, NULL);

    // A field inherited from a superclass, and one of an interface.
    jclass sub = (*env)->FindClass(env, "Sub");
    jfieldID tag = (*env)->GetFieldID(env, sub, "tag", "Ljava/lang/String;");
    say(env, "inherited field found: %d", tag != NULL);
    jclass integer = (*env)->FindClass(env, "java/lang/Integer");
    jfieldID max = (*env)->GetStaticFieldID(env, integer, "MAX_VALUE", "I");
    say(env, "Integer.MAX_VALUE %d", (*env)->GetStaticIntField(env, integer, max));
    // Class initialization by GetStaticFieldID.
    jclass lazy = (*env)->FindClass(env, "Lazy");
    say(env, "Lazy found");
    jfieldID value = (*env)->GetStaticFieldID(env, lazy, "value", "I");
    say(env, "Lazy.value %d", (*env)->GetStaticIntField(env, lazy, value));
}

JNIEXPORT void JNICALL Java_JniCalls_objects(JNIEnv *env, jclass cls) {
    char b1[100], b2[100], b3[100];
    jmethodID tagged = (*env)->GetMethodID(env, cls, "<init>", "(ILjava/lang/String;)V");
    say(env, "no such constructor: %d", tagged == NULL);
    describe(env, "GetMethodID <init>(ILjava/lang/String;)V");
    jmethodID ctor = (*env)->GetMethodID(env, cls, "<init>", "(IJLjava/lang/String;)V");
    jmethodID dflt = (*env)->GetMethodID(env, cls, "<init>", "()V");
    jfieldID tag = (*env)->GetFieldID(env, cls, "tag", "Ljava/lang/String;");
    jstring t = (*env)->NewStringUTF(env, "t");
    jobject o1 = (*env)->NewObject(env, cls, ctor, 1, (jlong)2, t);
    jvalue a[3];
    a[0].i = 3;
    a[1].j = 4;
    a[2].l = t;
    jobject o2 = (*env)->NewObjectA(env, cls, ctor, a);
    jobject o3 = (*env)->NewObject(env, cls, dflt);
    say(env, "NewObject: %s, %s, %s", str(env, (*env)->GetObjectField(env, o1, tag), b1, 100),
        str(env, (*env)->GetObjectField(env, o2, tag), b2, 100),
        str(env, (*env)->GetObjectField(env, o3, tag), b3, 100));
    jobject raw = (*env)->AllocObject(env, cls);
    say(env, "AllocObject: tag %s, i %d", str(env, (*env)->GetObjectField(env, raw, tag), b1, 100),
        (*env)->GetIntField(env, raw, (*env)->GetFieldID(env, cls, "i", "I")));
    jclass shape = (*env)->FindClass(env, "Shape");
    (*env)->AllocObject(env, shape);
    describe(env, "AllocObject(Shape)");
    jclass runnable = (*env)->FindClass(env, "java/lang/Runnable");
    (*env)->AllocObject(env, runnable);
    describe(env, "AllocObject(Runnable)");
    jclass sb = (*env)->FindClass(env, "java/lang/StringBuilder");
    jobject builder = (*env)->NewObject(env, sb, (*env)->GetMethodID(env, sb, "<init>", "(Ljava/lang/String;)V"), t);
    jmethodID append = (*env)->GetMethodID(env, sb, "append", "(I)Ljava/lang/StringBuilder;");
    (*env)->CallObjectMethod(env, builder, append, 42);
    say(env, "StringBuilder: %s", str(env, (*env)->CallObjectMethod(env, builder,
        (*env)->GetMethodID(env, sb, "toString", "()Ljava/lang/String;")), b1, 100));
    jclass objc = (*env)->GetObjectClass(env, o1);
    say(env, "GetObjectClass same: %d", (*env)->IsSameObject(env, objc, cls));
    say(env, "IsInstanceOf: %d %d %d", (*env)->IsInstanceOf(env, o1, cls),
        (*env)->IsInstanceOf(env, o1, (*env)->FindClass(env, "Greeter")), (*env)->IsInstanceOf(env, o1, sb));
    say(env, "IsInstanceOf(NULL): %d", (*env)->IsInstanceOf(env, NULL, sb));
}

JNIEXPORT void JNICALL Java_JniCalls_classes(JNIEnv *env, jclass cls, jclass a, jclass b) {
    char buf[100];
    jclass cc = (*env)->FindClass(env, "java/lang/Class");
    jmethodID getName = (*env)->GetMethodID(env, cc, "getName", "()Ljava/lang/String;");
#define NAME(c) ((c) == NULL ? "null" : str(env, (*env)->CallObjectMethod(env, c, getName), buf, 100))
    say(env, "super of String: %s", NAME((*env)->GetSuperclass(env, a)));
    say(env, "super of CharSequence: %s", NAME((*env)->GetSuperclass(env, b)));
    say(env, "super of Object: %s", NAME((*env)->GetSuperclass(env, (*env)->FindClass(env, "java/lang/Object"))));
    say(env, "super of Sub: %s", NAME((*env)->GetSuperclass(env, (*env)->FindClass(env, "Sub"))));
    say(env, "super of int[]: %s", NAME((*env)->GetSuperclass(env, (*env)->FindClass(env, "[I"))));
    say(env, "IsAssignableFrom: %d %d %d", (*env)->IsAssignableFrom(env, a, b), (*env)->IsAssignableFrom(env, b, a),
        (*env)->IsAssignableFrom(env, a, a));
    say(env, "FindClass arrays: %s", NAME((*env)->FindClass(env, "[Ljava/lang/String;")));
    say(env, "FindClass arrays: %s", NAME((*env)->FindClass(env, "[[D")));
    say(env, "FindClass nested: %s", NAME((*env)->FindClass(env, "java/util/Map$Entry")));
    jclass missing = (*env)->FindClass(env, "no/such/Clazz");
    say(env, "FindClass missing: %s", NAME(missing));
    describe(env, "FindClass(no/such/Clazz)");
    (*env)->FindClass(env, "java.lang.String");
    describe(env, "FindClass(java.lang.String)");
    (*env)->FindClass(env, "Ljava/lang/String;");
    describe(env, "FindClass(Ljava/lang/String;)");
    (*env)->FindClass(env, "Broken");
    describe(env, "FindClass(Broken)");
    (*env)->FindClass(env, "Broken");
    describe(env, "FindClass(Broken) again");
    jclass module = (*env)->GetObjectClass(env, (*env)->GetModule(env, a));
    say(env, "GetModule class: %s", NAME(module));
    jclass modc = (*env)->FindClass(env, "java/lang/Module");
    jobject m1 = (*env)->GetModule(env, a);
    jobject m2 = (*env)->GetModule(env, cls);
    say(env, "GetModule: %s / %s", str(env, (*env)->CallObjectMethod(env, m1,
        (*env)->GetMethodID(env, modc, "getName", "()Ljava/lang/String;")), buf, 100),
        (*env)->CallBooleanMethod(env, m2, (*env)->GetMethodID(env, modc, "isNamed", "()Z")) ? "named" : "unnamed");
#undef NAME
}

JNIEXPORT void JNICALL Java_JniCalls_lookups(JNIEnv *env, jclass cls) {
    (*env)->GetMethodID(env, cls, "noSuchMethodAnywhere", "()V");
    describe(env, "GetMethodID(noSuchMethodAnywhere)");
    (*env)->GetMethodID(env, cls, "mI", "(J)I");
    describe(env, "GetMethodID(mI, (J)I)");
    (*env)->GetMethodID(env, cls, "sI", "(I)I");
    describe(env, "GetMethodID(sI) (static)");
    (*env)->GetStaticMethodID(env, cls, "mI", "(I)I");
    describe(env, "GetStaticMethodID(mI) (instance)");
    (*env)->GetMethodID(env, cls, "toString", "()Ljava/lang/String;");
    describe(env, "GetMethodID(toString) (inherited)");
    (*env)->GetFieldID(env, cls, "noSuchFieldAnywhere", "I");
    describe(env, "GetFieldID(noSuchFieldAnywhere)");
    (*env)->GetFieldID(env, cls, "i", "J");
    describe(env, "GetFieldID(i, J)");
    (*env)->GetFieldID(env, cls, "si", "I");
    describe(env, "GetFieldID(si) (static)");
    (*env)->GetStaticFieldID(env, cls, "i", "I");
    describe(env, "GetStaticFieldID(i) (instance)");
    jclass broken = (*env)->FindClass(env, "Broken");
    describe(env, "FindClass(Broken) for GetStaticFieldID");
}

JNIEXPORT void JNICALL Java_JniCalls_reflection(JNIEnv *env, jclass cls, jobject method, jobject field) {
    char buf[100];
    jmethodID m = (*env)->FromReflectedMethod(env, method);
    jstring x = (*env)->NewStringUTF(env, "reflected");
    say(env, "FromReflectedMethod: %s", str(env, (*env)->CallStaticObjectMethod(env, cls, m, x), buf, 100));
    jfieldID f = (*env)->FromReflectedField(env, field);
    say(env, "FromReflectedField is GetFieldID: %d", f == (*env)->GetFieldID(env, cls, "i", "I"));
    jmethodID who = (*env)->GetMethodID(env, cls, "who", "()Ljava/lang/String;");
    jobject rm = (*env)->ToReflectedMethod(env, cls, who, JNI_FALSE);
    jclass mc = (*env)->GetObjectClass(env, rm);
    say(env, "ToReflectedMethod: %s", str(env, (*env)->CallObjectMethod(env, rm,
        (*env)->GetMethodID(env, mc, "toString", "()Ljava/lang/String;")), buf, 100));
    jmethodID ctor = (*env)->GetMethodID(env, cls, "<init>", "(Ljava/lang/String;)V");
    jobject rc = (*env)->ToReflectedMethod(env, cls, ctor, JNI_FALSE);
    jclass ccls = (*env)->GetObjectClass(env, rc);
    say(env, "ToReflectedMethod(<init>): %s", str(env, (*env)->CallObjectMethod(env, rc,
        (*env)->GetMethodID(env, ccls, "toString", "()Ljava/lang/String;")), buf, 100));
    jfieldID sl = (*env)->GetStaticFieldID(env, cls, "sl", "Ljava/lang/String;");
    jobject rf = (*env)->ToReflectedField(env, cls, sl, JNI_TRUE);
    jclass fc = (*env)->GetObjectClass(env, rf);
    say(env, "ToReflectedField: %s", str(env, (*env)->CallObjectMethod(env, rf,
        (*env)->GetMethodID(env, fc, "toString", "()Ljava/lang/String;")), buf, 100));
    say(env, "FromReflectedMethod(ToReflectedMethod) same: %d", (*env)->FromReflectedMethod(env, rm) == who);
}

static jobject newObjectV(JNIEnv *env, jclass c, jmethodID m, ...) {
    va_list ap;
    va_start(ap, m);
    jobject o = (*env)->NewObjectV(env, c, m, ap);
    va_end(ap);
    return o;
}

JNIEXPORT void JNICALL Java_JniCalls_define(JNIEnv *env, jclass cls, jbyteArray bytes, jobject loader) {
    char b1[100];
    jsize n = (*env)->GetArrayLength(env, bytes);
    jbyte *p = (*env)->GetByteArrayElements(env, bytes, NULL);
    jclass d = (*env)->DefineClass(env, "Defined", loader, p, n);
    if (d == NULL) {
        describe(env, "DefineClass(Defined)");
    } else {
        jmethodID answer = (*env)->GetStaticMethodID(env, d, "answer", "()I");
        if (answer == NULL) {
            describe(env, "GetStaticMethodID(answer)");
            return;
        }
        say(env, "DefineClass: answer %d, same as JniCalls's Defined %d", (*env)->CallStaticIntMethod(env, d, answer),
            (*env)->IsSameObject(env, d, (*env)->FindClass(env, "Defined")));
    }
    (*env)->DefineClass(env, "Wrong", loader, p, n);
    describe(env, "DefineClass(Wrong)");
    (*env)->DefineClass(env, "Broken", loader, p, 10);
    describe(env, "DefineClass(truncated)");
    (*env)->ReleaseByteArrayElements(env, bytes, p, JNI_ABORT);
    jmethodID ctor = (*env)->GetMethodID(env, cls, "<init>", "(IJLjava/lang/String;)V");
    jfieldID tag = (*env)->GetFieldID(env, cls, "tag", "Ljava/lang/String;");
    jobject o = newObjectV(env, cls, ctor, 5, (jlong)6, (*env)->NewStringUTF(env, "v"));
    say(env, "NewObjectV: %s", str(env, (*env)->GetObjectField(env, o, tag), b1, 100));
}
