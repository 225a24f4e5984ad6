#!/usr/bin/env bash
# Records the thread dump golden: runs Deadlock with java 17, sends it
# SIGQUIT once it is ready, and keeps its output normalized by normalize.py
# (record-dump.sh). Usage: testdata/threaddump/regen.sh
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
./record-dump.sh deadlock.golden "^Found 1 deadlock" "$JAVA" -cp . Deadlock
