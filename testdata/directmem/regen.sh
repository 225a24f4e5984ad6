#!/usr/bin/env bash
# Regenerates the direct-memory test corpus (issue 6) with an installed JDK 17, as
# testdata/run/regen.sh does for testdata/run:
#
#   src/       -> classes/                   (javac --release 17 -g -encoding UTF-8)
#   src-exports/ -> classes/                 (javac -g -encoding UTF-8 --add-exports
#                                             java.base/jdk.internal.misc=ALL-UNNAMED)
#   tests.txt  -> golden/<name>.{out,err,rc}  (real `java` 17: stdout, stderr, exit status)
#
# Usage: testdata/directmem/regen.sh   (from any directory; JAVA_HOME is honoured if set)
#
# Every test line of tests.txt runs as
#   java -cp classes <java options> <main class> <program args> < <stdin file or /dev/null>
# with the current directory set to this directory, LC_ALL=C.UTF-8, TZ=UTC and
# JAVA_TOOL_OPTIONS/_JAVA_OPTIONS/JDK_JAVA_OPTIONS/CLASSPATH unset. Each test is run three
# times; the script fails if the three runs differ in stdout, stderr or exit status. All
# three golden files are always written, even when empty. The goldens are then checked for
# the absolute path of this directory and for identity hash codes (Foo@1b6d3586).
#
# The tests allocate up to 500 MB of direct memory (Demo1_13) and write 3 files of 8 MB in
# a temporary directory (Demo1_12).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
HERE="$(pwd -P)"
HERE_LOGICAL="$(pwd -L)"

if [[ -n "${JAVA_HOME:-}" ]]; then
    JAVA="$JAVA_HOME/bin/java"
    JAVAC="$JAVA_HOME/bin/javac"
else
    JAVA="$(command -v java || true)"
    JAVAC="$(command -v javac || true)"
fi
for tool in "$JAVA" "$JAVAC"; do
    if [[ -z "$tool" || ! -x "$tool" ]]; then
        echo "regen.sh: cannot find java/javac (set JAVA_HOME or put a JDK 17 on PATH)" >&2
        exit 1
    fi
done

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

rm -rf classes golden
mkdir -p classes golden

# --- compile ------------------------------------------------------------------------------
srcs=()
while IFS= read -r -d '' f; do
    srcs+=("$f")
done < <(find src -name '*.java' -print0 | LC_ALL=C sort -z)
echo "javac --release 17 -g: ${#srcs[@]} files"
# Demo1_15's sun.misc.Unsafe draws "internal proprietary API" warnings, which -nowarn does
# not silence: javac's messages are shown only if it fails.
if ! javac_out="$("$JAVAC" --release 17 -g -encoding UTF-8 -cp classes -d classes "${srcs[@]}" 2>&1)"; then
    echo "$javac_out" >&2
    exit 1
fi

# src-exports/ uses jdk.internal.misc.Unsafe, so it is compiled with --add-exports, which
# javac refuses together with --release (javac 17's default target is 17 anyway).
exp_srcs=()
while IFS= read -r -d '' f; do
    exp_srcs+=("$f")
done < <(find src-exports -name '*.java' -print0 | LC_ALL=C sort -z)
echo "javac -g --add-exports java.base/jdk.internal.misc=ALL-UNNAMED: ${#exp_srcs[@]} files"
"$JAVAC" -g -encoding UTF-8 --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -cp classes -d classes "${exp_srcs[@]}"

# --- run the tests ------------------------------------------------------------------------
TIMEOUT=()
if command -v timeout >/dev/null 2>&1; then
    TIMEOUT=(timeout 120)
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

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
echo "checksum of classes/ and golden/: $(find classes golden -type f -print0 | LC_ALL=C sort -z \
    | xargs -0 sha256sum | sha256sum | cut -c1-16)"
