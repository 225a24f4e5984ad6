#!/bin/sh
# Re-records libm.txt, the results of JDK 17's java.lang.Math functions that
# internal/libm reproduces, and checks that the interpreter (-Xint) and the
# compilers give the same results.
set -e
cd "$(dirname "$0")"
JAVA=${JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
"$JAVA" LibmValues.java > libm.txt
"$JAVA" -Xint LibmValues.java > libm-xint.txt
"$JAVA" -XX:-TieredCompilation -Xcomp LibmValues.java > libm-comp.txt 2>/dev/null || true
cmp libm.txt libm-xint.txt && echo "-Xint: identical"
if [ -s libm-comp.txt ]; then cmp libm.txt libm-comp.txt && echo "-Xcomp (C2): identical"; fi
rm -f libm-xint.txt libm-comp.txt
wc -l libm.txt
