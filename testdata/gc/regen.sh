#!/usr/bin/env bash
# Regenerates the GC test corpus with an installed JDK 17:
#
#   src/       -> classes/                   (javac 17 --release 17 -g -encoding UTF-8)
#   tests.txt  -> golden/<name>.{out,err,rc}  (real `java` 17; stdout normalized by
#                                             normalize.py, stderr and status as they are)
#
# Usage: testdata/gc/regen.sh   (from any directory; JAVA_HOME is honoured if set)
#
# Each test runs three times, with LC_ALL=C.UTF-8, TZ=UTC and the JAVA_*OPTIONS variables
# unset, in this directory; the script fails if the normalized runs differ.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
if [[ -n "${JAVA_HOME:-}" ]]; then
    JAVA="$JAVA_HOME/bin/java" JAVAC="$JAVA_HOME/bin/javac"
else
    JAVA="$(command -v java || true)" JAVAC="$(command -v javac || true)"
fi
for tool in "$JAVA" "$JAVAC"; do
    if [[ -z "$tool" || ! -x "$tool" ]]; then
        echo "regen.sh: cannot find java/javac (set JAVA_HOME or put a JDK 17 on PATH)" >&2
        exit 1
    fi
done
if [[ ! "$("$JAVAC" -version 2>&1)" =~ ^javac\ 17([.+-]|$) ]]; then
    echo "regen.sh: JDK 17 required" >&2
    exit 1
fi
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH
export LC_ALL=C.UTF-8 TZ=UTC

rm -rf classes golden
mkdir -p classes golden
find src -name '*.java' -print0 | LC_ALL=C sort -z \
    | xargs -0 "$JAVAC" --release 17 -g -encoding UTF-8 -d classes -Xlint:-deprecation -Xlint:-removal

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

run_one() { # NAME OPTS MAIN ARGS STDIN PREFIX
    local optline="$2" main="$3" argline="$4" stdin="${5:-/dev/null}" prefix="$6" rc=0
    local opts=() args=() mainarg=()
    [[ -n "$optline" ]] && read -r -a opts <<< "$optline"
    [[ -n "$main" ]] && mainarg=("$main")
    [[ -n "$argline" ]] && read -r -a args <<< "$argline"
    timeout 300 "$JAVA" -cp classes "${opts[@]}" "${mainarg[@]}" "${args[@]}" < "$stdin" \
        > "$prefix.raw" 2> "$prefix.err" || rc=$?
    python3 normalize.py < "$prefix.raw" > "$prefix.out"
    rm "$prefix.raw"
    echo "$rc" > "$prefix.rc"
}

n=0
while IFS= read -r line || [[ -n "$line" ]]; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    IFS='|' read -r name opts main args stdin <<< "$line"
    run_one "$name" "$opts" "$main" "$args" "$stdin" "golden/$name"
    for i in 2 3; do
        run_one "$name" "$opts" "$main" "$args" "$stdin" "$TMP/$name.$i"
        for ext in out err rc; do
            if ! cmp -s "golden/$name.$ext" "$TMP/$name.$i.$ext"; then
                echo "regen.sh: test $name is not deterministic (run $i, .$ext):" >&2
                diff "golden/$name.$ext" "$TMP/$name.$i.$ext" | head -n 20 >&2 || true
                exit 1
            fi
        done
    done
    printf '%-32s rc=%s\n' "$name" "$(cat "golden/$name.rc")"
    n=$((n + 1))
done < tests.txt
echo "tests: $n, each run 3 times with identical normalized output"
