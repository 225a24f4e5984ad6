#!/usr/bin/env bash
# Regenerates the JNI test corpus with an installed JDK 17 and the machine's C compiler:
#
#   src/       -> classes/                        (javac 17)
#   native/    -> lib/lib<name>.so                (cc against the JDK's include directory; see
#                                                  build_natives; not committed: the Go tests
#                                                  build their own copy the same way)
#   tests.txt  -> golden/<name>.{out,err,rc}       (real `java` 17: stdout, stderr, exit status)
#   JniDump    -> dump.golden                     (java's thread dump with attached native threads)
#
# JniSqlite and JniJna need Debian's libxerial-sqlite-jdbc-java and libjna-java (their jars in
# /usr/share/java, their JNI libraries in /usr/lib/x86_64-linux-gnu/jni, on Debian's default
# java.library.path); .ci/run installs them.
#
# Usage: testdata/jni/regen.sh   (from any directory; JAVA_HOME and CC are honoured if set)
#
# Every test runs with the current directory set to testdata/jni, so its options name the
# libraries' directory as "lib" (-Djava.library.path=lib). Where java prints a library's
# absolute path, the golden holds <LIB> for this directory's lib/ (normalize_golden); the
# Go harness (cmd/gojvm/jni_golden_test.go) does the same to gojvm's output. -verbose:jni
# output keeps only the lines about the corpus's own classes, with timestamps masked: which
# of the JDK's native methods java links, and when, is HotSpot's business. Under -Xcheck:jni
# the addresses its reports print (handles, buffers) are masked as 0x<ADDR>.
#
# The tests of tests.txt are recorded as ../regen-lib.sh describes: each run three times
# with a clean environment, then the goldens checked for the absolute path of this
# directory and identity hash codes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk

rm -rf classes golden lib
mkdir -p classes golden lib

JDK_HOME="$(dirname "$(dirname "$(readlink -f "$JAVAC")")")"
CC="${CC:-cc}"

# build_natives DIR: compile each native/<name>.c into DIR/lib<name>.so (the Go harness runs
# the same command).
build_natives() {
    local f name
    for f in native/*.c; do
        name="$(basename "$f" .c)"
        "$CC" -shared -fPIC -O1 -Wall -Werror -Wno-unused-variable -pthread \
            -I"$JDK_HOME/include" -I"$JDK_HOME/include/linux" -o "$1/lib$name.so" "$f"
    done
}

srcs=()
while IFS= read -r -d '' f; do
    srcs+=("$f")
done < <(find src -name '*.java' -print0 | LC_ALL=C sort -z)
# JniSqlite and JniJna run real JNI libraries Debian packages: the SQLite JDBC driver and JNA.
LIBJARS=/usr/share/java/sqlite-jdbc.jar:/usr/share/java/jna.jar
for jar in ${LIBJARS//:/ }; do
    if [[ ! -f "$jar" ]]; then
        echo "regen.sh: $jar is missing: apt-get install libxerial-sqlite-jdbc-java libjna-java" >&2
        exit 1
    fi
done
echo "javac --release 17 -g: ${#srcs[@]} files"
"$JAVAC" --release 17 -g -encoding UTF-8 -cp "$LIBJARS" -d classes "${srcs[@]}"
echo "$CC: native/*.c -> lib/"
build_natives lib

HERE_LIB="$(pwd -P)/lib"
export HERE_LIB

normalize_golden() { # OPTLINE PREFIX
    local f
    for f in "$2.out" "$2.err"; do
        perl -pi -e 's/\Q$ENV{HERE_LIB}\E/<LIB>/g' "$f"
    done
    if [[ " $1 " == *" -Xcheck:jni "* ]]; then
        perl -pi -e 's/0x[0-9a-f]{16}/0x<ADDR>/g' "$2.out"
    fi
    if [[ " $1 " == *" -verbose:jni "* ]]; then
        perl -ni -e 'if (/^\[[0-9.]+s\]\[[a-z]+ *\]\[jni,resolve *\] /) { next if /method (?:java|javax|jdk|sun|com\.sun)\./; s/^\[[0-9.]+s\]/[T]/ } print' "$2.out"
    fi
}

record_goldens classes golden

# dump.golden: JniDump's thread dump, taken with SIGQUIT once its attached native threads
# are in place (../threaddump/record-dump.sh).
../threaddump/record-dump.sh dump.golden "^JNI global refs" "$JAVA" -Djava.library.path=lib -cp classes JniDump
rm -rf lib
