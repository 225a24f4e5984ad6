#!/usr/bin/env bash
# Regenerates the ergonomics test corpus with an installed JDK 17:
#
#   src/       -> classes/                   (javac 17 --release 17 -g -encoding UTF-8)
#   tests.txt  -> golden/<name>.{out,err,rc}  (real `java` 17; stdout normalized by
#                                             normalize.py, stderr and status as they are)
#
# Usage: testdata/ergo/regen.sh   (from any directory; JAVA_HOME is honoured if set)
#
# The tests are recorded as ../regen-lib.sh describes (three runs each, which must agree
# once normalized).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk

rm -rf classes golden
mkdir -p classes golden
find src -name '*.java' -print0 | LC_ALL=C sort -z \
    | xargs -0 "$JAVAC" --release 17 -g -encoding UTF-8 -d classes

normalize_golden() { # OPTLINE PREFIX
    if [[ " $1 " == *" -Xlog:gc"* && " $1 " != *" -version "* ]]; then
        python3 ../gc/normalize.py < "$2.out" > "$2.out.tmp" # a program's collections
    else
        python3 normalize.py "$1" < "$2.out" > "$2.out.tmp"
    fi
    mv "$2.out.tmp" "$2.out"
}

record_goldens classes golden
