#!/usr/bin/env bash
# Re-records cases.golden: gencases.py writes the scripts of cases.txt, then java 17 runs
# DeflaterCases.java over them.
# internal/zstream's TestJavaGolden runs the same scripts on gojvm's deflater and compares.
# The JDK's Deflater is the system zlib (Debian 12: zlib 1.2.13), which the goldens record.
#
# Usage: testdata/deflate/regen.sh   (from any directory; JAVA_HOME is honoured if set)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk
zlib="$(dpkg-query -W -f '${Version}' zlib1g 2>/dev/null || echo unknown)"
echo "system zlib: $zlib"
python3 gencases.py
"$JAVA" DeflaterCases.java < cases.txt > cases.golden.new
mv cases.golden.new cases.golden
wc -l cases.golden
sha256sum cases.golden
