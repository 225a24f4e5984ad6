#!/usr/bin/env bash
# Regenerates the heap dump test corpus with an installed JDK 17:
#
#   src/         -> classes/                   (javac 17 --release 17 -g -encoding UTF-8)
#   reader/src/  -> reader/classes/            (javac 17, against VisualVM's heap library)
#   tests.txt    -> golden/<name>.{out,err,rc}  (real `java` 17; stdout normalized by
#                                              normalize.py, stderr and status as they are)
#
# Usage: testdata/hprof/regen.sh   (from any directory; JAVA_HOME is honoured if set)
#
# The reader (reader/src/HprofCheck.java) opens heap dumps with NetBeans' heap library as
# the Debian visualvm package ships it (apt-get install visualvm; HPROF_HEAP_JAR names
# another copy of org-graalvm-visualvm-lib-jfluid-heap.jar). The tests are recorded as
# ../regen-lib.sh describes (three runs each, which must agree once normalized); dumps/ is
# emptied after every run.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk

HEAP_JAR="${HPROF_HEAP_JAR:-/usr/share/visualvm/visualvm/modules/org-graalvm-visualvm-lib-jfluid-heap.jar}"
if [[ ! -f "$HEAP_JAR" ]]; then
    echo "regen.sh: no VisualVM heap library at $HEAP_JAR (apt-get install visualvm)" >&2
    exit 1
fi

rm -rf classes golden reader/classes
mkdir -p classes golden reader/classes
find src -name '*.java' -print0 | LC_ALL=C sort -z \
    | xargs -0 "$JAVAC" --release 17 -g -encoding UTF-8 -d classes
find reader/src -name '*.java' -print0 | LC_ALL=C sort -z \
    | xargs -0 "$JAVAC" --release 17 -encoding UTF-8 -cp "$HEAP_JAR" -d reader/classes

clean_dumps() {
    find dumps -mindepth 1 ! -name .gitignore -delete
}

normalize_golden() { # OPTLINE PREFIX
    python3 normalize.py < "$2.out" > "$2.out.tmp"
    mv "$2.out.tmp" "$2.out"
    clean_dumps
}

clean_dumps
record_goldens classes golden reader/classes
if [[ -s exists.hprof ]]; then
    echo "regen.sh: exists.hprof was written to" >&2
    exit 1
fi
