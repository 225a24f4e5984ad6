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
# The tests of tests.txt are recorded as ../regen-lib.sh describes: each run three times
# with a clean environment, then the goldens checked for the absolute path of this
# directory and identity hash codes.
#
# The tests allocate up to 500 MB of direct memory (Demo1_13) and write 3 files of 8 MB in
# a temporary directory (Demo1_12).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk

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
record_goldens classes golden
