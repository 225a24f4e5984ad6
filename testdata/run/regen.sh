#!/usr/bin/env bash
# Regenerates the `gojvm run` test corpus with an installed JDK 17:
#
#   src/       -> classes/                        (javac 17)
#   src/jars/  -> jars/classes/<jar>/, jars/*.jar (javac 17, the JDK's jar tool)
#   tests.txt  -> golden/<name>.{out,err,rc}       (real `java` 17: stdout, stderr, exit status)
#
# Usage: testdata/run/regen.sh   (from any directory; JAVA_HOME is honoured if set)
#
# Compiler flags per source file (all with -encoding UTF-8 -cp classes -d classes):
#   src/NpeMessagesNoG.java    --release 17          (no -g: javac's default source+lines, so
#                                                     helpful NPE messages say "<localN>")
#   src/ConcatInline.java      --release 17 -g -XDstringConcat=inline
#                                                    (string '+' as StringBuilder chains)
#   src/Release8.java          --release 8 -g        (class file version 52)
#   src/ReflectNatives.java    --release 17 -g -parameters (MethodParameters attributes)
#   every other file under src/ --release 17 -g      (one javac invocation), except src/jars/
#   src-linkage/             LinkageErrors.java is compiled with the library classes of
#                            src-linkage/v1, then src-linkage/v2 replaces that library (and
#                            LinkVanishing.class is deleted), so each call meets an
#                            incompatibly changed class
#   gen/MakeJsrRet.java writes classes/JsrRet.class: a version 49 class using jsr, jsr_w, ret
#                                                    and wide ret, which no javac 17 emits
#
# Jars (entries sorted, timestamps fixed with jar --date, and a manifest's Created-By of our
# own instead of the jar tool's, which names the JDK's update release, so they are
# reproducible on any JDK 17): each
# directory src/jars/<jar>/ with Java sources is compiled (--release 17 -g, with
# jars/classes/lib on the class path) into jars/classes/<jar>/ together with its other files
# (resources; manifest.txt is the jar's manifest, not a resource), then packed:
#   jars/lib.jar         jars/classes/lib, stored (jar --no-compress)
#   jars/app.jar         jars/classes/app, manifest src/jars/app/manifest.txt (Main-Class,
#                        Class-Path: lib.jar, Implementation-*)
#   jars/nomain.jar      jars/classes/nomain, manifest without Main-Class
#   jars/badmain.jar     jars/classes/nomain, Main-Class naming a class that does not exist
#   jars/nomanifest.jar  jars/classes/nomain, no manifest at all (jar --no-manifest)
#   jars/toydb.jar       jars/classes/toydb: a JDBC driver and its META-INF/services entry
# A test runs a jar by putting -jar in its options and the jar file in the main class field.
#
# The tests of tests.txt are recorded as ../regen-lib.sh describes: each run three times
# with a clean environment (flaky programs are not allowed), then the goldens checked for
# the absolute path of this directory and identity hash codes.
#
# Determinism: file lists are sorted with LC_ALL=C; javac output is deterministic; a second
# run of this script changes nothing (compare the printed checksum).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk

rm -rf classes golden jars
mkdir -p classes golden jars

# --- compile ------------------------------------------------------------------------------
JAVAC_COMMON=(-encoding UTF-8 -cp classes -d classes)
SPECIAL=(src/NpeMessagesNoG.java src/ConcatInline.java src/Release8.java src/ReflectNatives.java)

main_list=()
while IFS= read -r -d '' f; do
    skip=0
    for s in "${SPECIAL[@]}"; do
        [[ "$f" == "$s" ]] && skip=1
    done
    [[ $skip == 0 ]] && main_list+=("$f")
done < <(find src -path src/jars -prune -o -name '*.java' -print0 | LC_ALL=C sort -z)

echo "javac --release 17 -g: ${#main_list[@]} files"
"$JAVAC" --release 17 -g "${JAVAC_COMMON[@]}" "${main_list[@]}"
echo "javac --release 17 (no -g): src/NpeMessagesNoG.java"
"$JAVAC" --release 17 "${JAVAC_COMMON[@]}" src/NpeMessagesNoG.java
echo "javac --release 17 -g -XDstringConcat=inline: src/ConcatInline.java"
"$JAVAC" --release 17 -g -XDstringConcat=inline "${JAVAC_COMMON[@]}" src/ConcatInline.java
echo "javac --release 8 -g: src/Release8.java"
"$JAVAC" --release 8 -g "${JAVAC_COMMON[@]}" src/Release8.java
echo "javac --release 17 -g -parameters: src/ReflectNatives.java"
"$JAVAC" --release 17 -g -parameters "${JAVAC_COMMON[@]}" src/ReflectNatives.java

echo "javac: src-linkage (LinkageErrors against v1 of its library, then the library from v2)"
"$JAVAC" --release 17 -g "${JAVAC_COMMON[@]}" src-linkage/v1/*.java src-linkage/LinkageErrors.java
"$JAVAC" --release 17 -g "${JAVAC_COMMON[@]}" src-linkage/v2/*.java
rm classes/LinkVanishing.class

echo "java gen/MakeJsrRet.java: classes/JsrRet.class (version 49, jsr/ret written by hand)"
"$JAVA" gen/MakeJsrRet.java classes

# --- jars ---------------------------------------------------------------------------------
JAR_DATE=2024-01-01T00:00:00Z

# pack_jar JAR DIR [jar options...]: put the files under DIR, sorted, into JAR.
pack_jar() {
    local out="$1" dir="$2" files=() f
    shift 2
    while IFS= read -r -d '' f; do
        files+=(-C "$dir" "${f#./}")
    done < <(cd "$dir" && find . -type f -print0 | LC_ALL=C sort -z)
    "$JAR" --create --file "$out" --date="$JAR_DATE" "$@" "${files[@]}"
}

for j in lib app nomain toydb; do
    echo "javac --release 17 -g: src/jars/$j -> jars/classes/$j"
    mkdir -p "jars/classes/$j"
    jar_srcs=()
    while IFS= read -r -d '' f; do
        jar_srcs+=("$f")
    done < <(find "src/jars/$j" -name '*.java' -print0 | LC_ALL=C sort -z)
    "$JAVAC" --release 17 -g -encoding UTF-8 -cp jars/classes/lib -d "jars/classes/$j" "${jar_srcs[@]}"
    (cd "src/jars/$j" && find . -type f ! -name '*.java' ! -name manifest.txt -print0 | LC_ALL=C sort -z \
        | xargs -0 -r cp --parents -t "../../../jars/classes/$j")
done
echo "jar: jars/lib.jar jars/app.jar jars/nomain.jar jars/badmain.jar jars/nomanifest.jar jars/toydb.jar"
pack_jar jars/lib.jar jars/classes/lib --no-compress --manifest src/jars/manifest.txt
pack_jar jars/app.jar jars/classes/app --manifest src/jars/app/manifest.txt
pack_jar jars/nomain.jar jars/classes/nomain --manifest src/jars/nomain/manifest.txt
pack_jar jars/badmain.jar jars/classes/nomain --manifest src/jars/badmain/manifest.txt
pack_jar jars/nomanifest.jar jars/classes/nomain --no-manifest
pack_jar jars/toydb.jar jars/classes/toydb --manifest src/jars/manifest.txt

# --- run the tests ------------------------------------------------------------------------
# normalize_verbose_class keeps what -verbose:class output can promise across runs and
# machines: it drops the classes of the runtime image (which JDK classes load, and in what
# order, is HotSpot's business; tests record with -Xshare:off so none come from CDS), and
# masks timestamps, hidden-class addresses and the class path directory. The Go harness
# (cmd/gojvm/run_golden_test.go) applies the same normalization to gojvm's output.
normalize_verbose_class() {
    grep -v -F 'source: jrt:/' \
        | sed -E 's/^\[[0-9]+\.[0-9]+s\]\[/[T][/; s#/0x[0-9a-f]+ source: #/0x... source: #; s#source: file:/.*/classes/$#source: file:.../classes/#' \
        || true
}

# normalize_class_unload masks what -Xlog:class+unload lines cannot promise: timestamps, Klass
# addresses and lambda numbers (which count the JDK's own lambdas too). The Go harness applies
# the same normalization (normalizeClassUnload).
normalize_class_unload() {
    sed -E '/^\[/ { s/^\[[0-9]+\.[0-9]+s\]\[/[T][/; s/ 0x[0-9a-f]+$/ 0x.../; s/(\$\$Lambda\$)[0-9]+\/0x[0-9a-f]+ /\1N\/0x... /; }'
}

normalize_golden() { # OPTLINE PREFIX
    if [[ " $1 " == *" -verbose:class "* ]]; then
        normalize_verbose_class < "$2.out" > "$2.out.tmp"
        mv "$2.out.tmp" "$2.out"
    fi
    if [[ " $1 " == *" -Xlog:class+unload "* ]]; then
        normalize_class_unload < "$2.out" > "$2.out.tmp"
        mv "$2.out.tmp" "$2.out"
    fi
}

record_goldens classes jars golden
