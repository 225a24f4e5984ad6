#!/usr/bin/env bash
# Regenerates the verifier corpus with an installed JDK 17:
#
#   src/*.java          -> classes/                  (javac 17)
#   gen/MakeCorpus.java -> classes/Bad*.class        (hand-assembled classes HotSpot's
#                                                     verifier or parser rejects)
#   gen/mutate.py       -> mutants/<name>/Sample.class (classes/Sample.class with one
#                                                     field of the class file changed)
#   tests.txt           -> golden/<name>.{out,err,rc} (real `java` 17)
#
# Usage: testdata/verify/regen.sh   (from any directory; JAVA_HOME is honoured if set;
# needs python3). The tests are recorded as ../regen-lib.sh describes. A second run changes
# nothing (compare the printed checksum).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk

rm -rf classes mutants golden
mkdir -p classes mutants golden

srcs=()
while IFS= read -r -d '' f; do
    srcs+=("$f")
done < <(find src -name '*.java' -print0 | LC_ALL=C sort -z)
echo "javac --release 17 -g: ${#srcs[@]} files"
"$JAVAC" --release 17 -g -encoding UTF-8 -d classes "${srcs[@]}"

echo "java gen/MakeCorpus.java classes"
"$JAVA" gen/MakeCorpus.java classes

echo "python3 gen/mutate.py classes/Sample.class mutants"
python3 gen/mutate.py classes/Sample.class mutants > /dev/null

normalize_verbose_class() {
    grep -v -F 'source: jrt:/' \
        | sed -E 's/^\[[0-9]+\.[0-9]+s\]\[/[T][/; s#source: file:/.*/classes/$#source: file:.../classes/#' \
        || true
}

normalize_golden() { # OPTLINE PREFIX
    if [[ " $1 " == *" -verbose:class "* ]]; then
        normalize_verbose_class < "$2.out" > "$2.out.tmp"
        mv "$2.out.tmp" "$2.out"
    fi
}

record_goldens classes mutants golden
