#!/usr/bin/env bash
# Compiles the programs the diagnostic-tool tests (cmd/gojvm/diag_test.go) run:
#   src/ -> classes/   (javac 17 --release 17 -g)
# The tests have no golden files: they run the JDK's own tools (jps, jstat, jstack,
# jmap, jinfo, jcmd) against the same program on java and on gojvm, at test time,
# and compare what must agree.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk
rm -rf classes
mkdir -p classes
"$JAVAC" --release 17 -g -encoding UTF-8 -d classes src/*.java
echo "compiled: $(ls classes | tr '\n' ' ')"
