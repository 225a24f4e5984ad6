#!/usr/bin/env bash
# Records a thread dump golden, as cmd/gojvm's dumpWhenReady takes gojvm's:
# runs COMMAND (a program that prints "ready" when its threads are in place
# and then reads standard input to its end), sends it SIGQUIT, waits for a
# line matching END (the dump's last line of interest), closes its standard
# input and writes its output, normalized by normalize.py (which needs
# JDK_VERSION and JDK_RELEASE in the environment), to GOLDEN.
#
# Usage: record-dump.sh GOLDEN END COMMAND...
set -euo pipefail
golden=$1 end=$2
shift 2
here="$(dirname "${BASH_SOURCE[0]}")"
out=$(mktemp)
fifo=$(mktemp -u)
mkfifo "$fifo"
"$@" < "$fifo" > "$out" 2>&1 &
pid=$!
exec 3> "$fifo"
until grep -q '^ready$' "$out"; do sleep 0.1; done
sleep 0.5 # let main reach its read of standard input
kill -QUIT "$pid"
until grep -q "$end" "$out"; do sleep 0.1; done
sleep 0.5
exec 3>&-
wait "$pid"
rm -f "$fifo"
python3 "$here/normalize.py" < "$out" > "$golden"
rm -f "$out"
echo "recorded $golden ($(wc -l < "$golden") lines)"
