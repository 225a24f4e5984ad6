// Native method of LoadersLib: which loader FindClass uses.
#include <jni.h>
#include <stdio.h>

static char onload[128];

static void describeLoader(JNIEnv *env, jclass c, char *buf, size_t n) {
    jclass cc = (*env)->FindClass(env, "java/lang/Class");
    jobject loader = (*env)->CallObjectMethod(env, c,
        (*env)->GetMethodID(env, cc, "getClassLoader", "()Ljava/lang/ClassLoader;"));
    if (loader == NULL) {
        snprintf(buf, n, "boot");
        return;
    }
    jclass lc = (*env)->FindClass(env, "java/lang/ClassLoader");
    jstring name = (*env)->CallObjectMethod(env, loader,
        (*env)->GetMethodID(env, lc, "getName", "()Ljava/lang/String;"));
    const char *u = name ? (*env)->GetStringUTFChars(env, name, NULL) : NULL;
    snprintf(buf, n, "%s", u ? u : "unnamed");
    if (u) (*env)->ReleaseStringUTFChars(env, name, u);
}

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    (*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8);
    jclass c = (*env)->FindClass(env, "LoadersLib");
    if (c == NULL) {
        (*env)->ExceptionClear(env);
        snprintf(onload, sizeof onload, "FindClass in JNI_OnLoad failed");
    } else {
        char l[64];
        describeLoader(env, c, l, sizeof l);
        snprintf(onload, sizeof onload, "FindClass in JNI_OnLoad found LoadersLib of loader %s", l);
    }
    return JNI_VERSION_1_8;
}

JNIEXPORT jstring JNICALL Java_LoadersLib_where(JNIEnv *env, jclass self) {
    char buf[256], l[64];
    jclass c = (*env)->FindClass(env, "LoadersLib");
    describeLoader(env, c, l, sizeof l);
    snprintf(buf, sizeof buf, "%s; FindClass found LoadersLib of loader %s, same class %d", onload, l,
             (*env)->IsSameObject(env, c, self));
    return (*env)->NewStringUTF(env, buf);
}
