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
#   every other file under src/ --release 17 -g      (one javac invocation), except src/jars/
#   src-linkage/             LinkageErrors.java is compiled with the library classes of
#                            src-linkage/v1, then src-linkage/v2 replaces that library (and
#                            LinkVanishing.class is deleted), so each call meets an
#                            incompatibly changed class
#   gen/MakeJsrRet.java writes classes/JsrRet.class: a version 49 class using jsr, jsr_w, ret
#                                                    and wide ret, which no javac 17 emits
#
# Jars (entries sorted, timestamps fixed with jar --date, so they are reproducible): each
# directory src/jars/<jar>/ with Java sources is compiled (--release 17 -g, with
# jars/classes/lib on the class path) into jars/classes/<jar>/ together with its other files
# (resources; manifest.txt is the jar's manifest, not a resource), then packed:
#   jars/lib.jar         jars/classes/lib, stored (jar --no-compress)
#   jars/app.jar         jars/classes/app, manifest src/jars/app/manifest.txt (Main-Class,
#                        Class-Path: lib.jar, Implementation-*)
#   jars/nomain.jar      jars/classes/nomain, manifest without Main-Class
#   jars/badmain.jar     jars/classes/nomain, Main-Class naming a class that does not exist
#   jars/nomanifest.jar  jars/classes/nomain, no manifest at all (jar --no-manifest)
# A test runs a jar by putting -jar in its options and the jar file in the main class field.
#
# Every test line of tests.txt runs as
#   java -cp classes <java options> <main class> <program args> < <stdin file or /dev/null>
# with the current directory set to this directory, LC_ALL=C.UTF-8, TZ=UTC and
# JAVA_TOOL_OPTIONS/_JAVA_OPTIONS/JDK_JAVA_OPTIONS/CLASSPATH unset. Each test is run three
# times; the script fails if the three runs differ in stdout, stderr or exit status (flaky
# programs are not allowed). All three golden files are always written, even when empty.
# Finally the goldens are checked for things that must never be recorded: the absolute path
# of this directory and identity hash codes in default Object.toString() form (Foo@1b6d3586).
#
# Determinism: file lists are sorted with LC_ALL=C; javac output is deterministic; a second
# run of this script changes nothing (compare the printed checksum).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
HERE="$(pwd -P)"
HERE_LOGICAL="$(pwd -L)"

if [[ -n "${JAVA_HOME:-}" ]]; then
    JAVA="$JAVA_HOME/bin/java"
    JAVAC="$JAVA_HOME/bin/javac"
    JAR="$JAVA_HOME/bin/jar"
else
    JAVA="$(command -v java || true)"
    JAVAC="$(command -v javac || true)"
    JAR="$(command -v jar || true)"
fi
for tool in "$JAVA" "$JAVAC" "$JAR"; do
    if [[ -z "$tool" || ! -x "$tool" ]]; then
        echo "regen.sh: cannot find java/javac/jar (set JAVA_HOME or put a JDK 17 on PATH)" >&2
        exit 1
    fi
done

# The environment must not leak into the output ("Picked up JAVA_TOOL_OPTIONS" etc.).
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH
export LC_ALL=C.UTF-8
export TZ=UTC

javac_version="$("$JAVAC" -version 2>&1)"
if [[ ! "$javac_version" =~ ^javac\ 17([.+-]|$) ]]; then
    echo "regen.sh: JDK 17 required, but '$JAVAC -version' reports: $javac_version" >&2
    exit 1
fi
java_version="$("$JAVA" -version 2>&1 | head -n 1)"
if [[ ! "$java_version" =~ \ version\ \"17([.+-]|\") ]]; then
    echo "regen.sh: JDK 17 required, but '$JAVA -version' reports: $java_version" >&2
    exit 1
fi
echo "using $javac_version ($JAVAC)"
echo "using $java_version ($JAVA)"

rm -rf classes golden jars
mkdir -p classes golden jars

# --- compile ------------------------------------------------------------------------------
JAVAC_COMMON=(-encoding UTF-8 -cp classes -d classes)
SPECIAL=(src/NpeMessagesNoG.java src/ConcatInline.java src/Release8.java)

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

for j in lib app nomain; do
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
echo "jar: jars/lib.jar jars/app.jar jars/nomain.jar jars/badmain.jar jars/nomanifest.jar"
pack_jar jars/lib.jar jars/classes/lib --no-compress
pack_jar jars/app.jar jars/classes/app --manifest src/jars/app/manifest.txt
pack_jar jars/nomain.jar jars/classes/nomain --manifest src/jars/nomain/manifest.txt
pack_jar jars/badmain.jar jars/classes/nomain --manifest src/jars/badmain/manifest.txt
pack_jar jars/nomanifest.jar jars/classes/nomain --no-manifest

# --- run the tests ------------------------------------------------------------------------
TIMEOUT=()
if command -v timeout >/dev/null 2>&1; then
    TIMEOUT=(timeout 120)
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

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

# run_one NAME OPTS MAIN ARGS STDIN OUTPREFIX: run java once, writing OUTPREFIX.{out,err,rc}.
run_one() {
    local name="$1" optline="$2" main="$3" argline="$4" stdin="$5" prefix="$6" rc=0
    local opts=() args=() mainarg=()
    [[ -n "$optline" ]] && read -r -a opts <<< "$optline"
    [[ -n "$main" ]] && mainarg=("$main")
    [[ -n "$argline" ]] && read -r -a args <<< "$argline"
    [[ -z "$stdin" ]] && stdin=/dev/null
    "${TIMEOUT[@]}" "$JAVA" -cp classes "${opts[@]}" "${mainarg[@]}" "${args[@]}" \
        < "$stdin" > "$prefix.out" 2> "$prefix.err" || rc=$?
    echo "$rc" > "$prefix.rc"
    if [[ " $optline " == *" -verbose:class "* ]]; then
        normalize_verbose_class < "$prefix.out" > "$prefix.out.tmp"
        mv "$prefix.out.tmp" "$prefix.out"
    fi
    if [[ ${#TIMEOUT[@]} -gt 0 && $rc == 124 ]]; then
        echo "regen.sh: test $name timed out" >&2
        exit 1
    fi
}

ntests=0
names=" "
while IFS= read -r line || [[ -n "$line" ]]; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    IFS='|' read -r -a fields <<< "$line|"
    if [[ ${#fields[@]} != 5 ]]; then
        echo "regen.sh: bad line in tests.txt (need 5 '|'-separated fields): $line" >&2
        exit 1
    fi
    name="${fields[0]}" opts="${fields[1]}" main="${fields[2]}" args="${fields[3]}" stdin="${fields[4]}"
    if [[ ! "$name" =~ ^[A-Za-z0-9._-]+$ ]]; then
        echo "regen.sh: bad line in tests.txt: $line" >&2
        exit 1
    fi
    if [[ "$names" == *" $name "* ]]; then
        echo "regen.sh: duplicate test name in tests.txt: $name" >&2
        exit 1
    fi
    names+="$name "
    if [[ -n "$stdin" && ! -f "$stdin" ]]; then
        echo "regen.sh: test $name: stdin file $stdin does not exist" >&2
        exit 1
    fi
    run_one "$name" "$opts" "$main" "$args" "$stdin" "golden/$name"
    for i in 2 3; do
        run_one "$name" "$opts" "$main" "$args" "$stdin" "$TMP/$name.$i"
        for ext in out err rc; do
            if ! cmp -s "golden/$name.$ext" "$TMP/$name.$i.$ext"; then
                echo "regen.sh: test $name is not deterministic: run 1 and run $i differ in .$ext" >&2
                diff "golden/$name.$ext" "$TMP/$name.$i.$ext" | head -n 20 >&2 || true
                exit 1
            fi
        done
    done
    printf '%-34s rc=%s  out=%6s bytes  err=%5s bytes\n' "$name" "$(cat "golden/$name.rc")" \
        "$(wc -c < "golden/$name.out")" "$(wc -c < "golden/$name.err")"
    ntests=$((ntests + 1))
done < tests.txt

# --- sanity checks on the recorded output -------------------------------------------------
bad=0
for f in golden/*; do
    if grep -q -F -e "$HERE" -e "$HERE_LOGICAL" "$f"; then
        echo "regen.sh: $f contains the absolute path of this directory" >&2
        bad=1
    fi
    if grep -q -E '[A-Za-z0-9_$;]@[0-9a-f]{5,8}([^0-9a-zA-Z]|$)' "$f"; then
        echo "regen.sh: $f seems to contain an identity hash code:" >&2
        grep -n -E '[A-Za-z0-9_$;]@[0-9a-f]{5,8}([^0-9a-zA-Z]|$)' "$f" | head -n 5 >&2
        bad=1
    fi
done
[[ $bad == 0 ]] || exit 1

echo "tests: $ntests, each run 3 times with identical output"
echo "golden files: $(find golden -type f | wc -l)"
echo "checksum of classes/, jars/ and golden/: $(find classes jars golden -type f -print0 | LC_ALL=C sort -z \
    | xargs -0 sha256sum | sha256sum | cut -c1-16)"
