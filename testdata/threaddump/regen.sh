#!/usr/bin/env bash
# Records the thread dump golden: runs Deadlock with java 17, sends it
# SIGQUIT once it is ready, and keeps its output normalized by normalize.py
# (see there). Usage: testdata/threaddump/regen.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH
export LC_ALL=C.UTF-8 TZ=UTC
props=$("$JAVA" -XshowSettings:properties -version 2>&1)
export JDK_VERSION=$(sed -n 's/^ *java\.vm\.version = //p' <<< "$props")
export JDK_RELEASE=$(sed -n 's/^ *java\.version = //p' <<< "$props")
"$JAVAC" --release 17 -g -encoding UTF-8 -d . Deadlock.java
out=$(mktemp)
fifo=$(mktemp -u)
mkfifo "$fifo"
"$JAVA" -cp . Deadlock < "$fifo" > "$out" 2>&1 &
pid=$!
exec 3> "$fifo"
until grep -q '^ready$' "$out"; do sleep 0.1; done
sleep 0.5 # let main reach its read of standard input
kill -QUIT "$pid"
until grep -q '^Found 1 deadlock' "$out"; do sleep 0.1; done
sleep 0.5
exec 3>&-
wait "$pid"
rm -f "$fifo"
python3 normalize.py < "$out" > deadlock.golden
rm -f "$out"
echo "recorded deadlock.golden ($(wc -l < deadlock.golden) lines)"
