#!/usr/bin/env bash
# Times gojvm against HotSpot's interpreter (java -Xint) on the same
# programs in one run and prints the ratio (gojvm time / java -Xint time;
# below 1 means gojvm is faster). Each program runs RUNS times (default 3)
# on each VM; the best wall-clock time counts. Outputs must match. Then, for
# the pairs of programs that do the same work two ways (CopyIO/CopyDirect,
# BufferHeap/BufferDirect), the ratio of their times on each VM. Last, the requests per
# second of HttpServe (a small HTTP server under 8 concurrent keep-alive clients in the
# same program, 100 requests each) on each VM, best of RUNS, and gojvm's as a fraction of
# java's (above 1 means gojvm serves more).
#
# GCChurn (allocation with a moving window of live objects) runs once per collector, java
# and gojvm with the same one: GCChurnSerial and GCChurnParallel in 64 MB, GCChurnEpsilon in
# 1 GB (room for everything it allocates); their log lines (Epsilon's start-up warnings) are
# not compared.
#
# Usage: bench/run.sh [program ...]     (default: all programs; HttpServe only when named
#                                        or when none is)
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-3}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
programs=("$@")
[ ${#programs[@]} -gt 0 ] || programs=(Fib Fannkuch NBody BinaryTrees StringBuild CopyIO CopyDirect BufferHeap BufferDirect Deflate VerifyJar
  GCChurnSerial GCChurnParallel GCChurnEpsilon HttpServe)
http=0
timed=()
for p in "${programs[@]}"; do
  if [ "$p" = HttpServe ]; then http=1; else timed+=("$p"); fi
done
programs=("${timed[@]}")

bin=$(mktemp -d)/gojvm
(cd .. && go build -o "$bin" ./cmd/gojvm)
export LC_ALL=C.UTF-8

best() { # best wall time in seconds of RUNS runs of "$@"; output to $out
  local b=""
  for _ in $(seq "$RUNS"); do
    local s e t
    s=$(date +%s.%N)
    "$@" > "$out" 2>&1
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
  done
  echo "$b"
}

# Heap options per program: both VMs get them. java runs its Serial collector (gojvm's
# default where java would pick G1, which gojvm does not have) unless they name another.
heap_opts() {
  case "$1" in
    BinaryTrees) echo "-Xmx64m" ;;
    GCChurnSerial) echo "-XX:+UseSerialGC -Xmx64m" ;;
    GCChurnParallel) echo "-XX:+UseParallelGC -Xmx64m" ;;
    GCChurnEpsilon) echo "-XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xmx1g" ;;
  esac
}
java_gc() { # java's collector option unless heap_opts names one
  case "$(heap_opts "$1")" in
    *-XX:+Use*GC*) ;;
    *) echo "-XX:+UseSerialGC" ;;
  esac
}
main_class() { # the class a program name runs
  case "$1" in
    GCChurn*) echo GCChurn ;;
    *) echo "$1" ;;
  esac
}

[ ${#programs[@]} -eq 0 ] || printf '%-12s %10s %10s %7s\n' program "java -Xint" gojvm ratio
for p in ${programs[@]+"${programs[@]}"}; do
  read -r -a opts <<< "$(heap_opts "$p") $(java_gc "$p")"
  read -r -a gopts <<< "$(heap_opts "$p")"
  cls=$(main_class "$p")
  out=$(mktemp); tj=$(best "$JAVA" -Xint "${opts[@]}" -cp classes "$cls"); jout=$(grep -v '^\[' "$out" || true)
  tg=$(best "$bin" run ${gopts[@]+"${gopts[@]}"} -cp classes "$cls"); gout=$(grep -v '^\[' "$out" || true)
  if [ "$jout" != "$gout" ]; then
    echo "$p: output differs from java's:" >&2
    diff <(echo "$jout") <(echo "$gout") | head -5 >&2
    exit 1
  fi
  printf '%-12s %9.2fs %9.2fs %7.2f\n' "$p" "$tj" "$tg" "$(echo "$tg / $tj" | bc -l)"
  eval "time_java_$p=$tj time_gojvm_$p=$tg"
done

# Pairs of programs doing the same work two ways (the study notes' Demo1_12 copy through a
# byte[] or a direct buffer; ByteBuffer loops on a heap or a direct buffer): how much
# slower the second way is than the first on each VM.
pair() { # pair A B: prints B's time / A's time for java -Xint and gojvm
  local a="$1" b="$2" ja jb ga gb
  eval "ja=\${time_java_$a:-} jb=\${time_java_$b:-} ga=\${time_gojvm_$a:-} gb=\${time_gojvm_$b:-}"
  [ -n "$ja" ] && [ -n "$jb" ] || return 0
  printf '%-24s java -Xint %5.2f   gojvm %5.2f\n' "$b/$a" "$(echo "$jb / $ja" | bc -l)" "$(echo "$gb / $ga" | bc -l)"
}
[ ${#programs[@]} -eq 0 ] || echo
pair CopyIO CopyDirect
pair BufferHeap BufferDirect

# Requests per second of HttpServe: stdout (the counts) must match; stderr carries "rps N".
best_rps() { # best requests per second of RUNS runs of "$@"; stdout to $out
  local b=0
  for _ in $(seq "$RUNS"); do
    local r
    r=$("$@" 2>&1 >"$out" | sed -n 's/^rps //p')
    if [ -n "$r" ] && [ "$r" -gt "$b" ]; then b=$r; fi
  done
  echo "$b"
}
if [ "$http" = 1 ]; then
  out=$(mktemp)
  rj=$(best_rps "$JAVA" -Xint -XX:+UseSerialGC -cp classes HttpServe); jout=$(cat "$out")
  rg=$(best_rps "$bin" run -cp classes HttpServe); gout=$(cat "$out")
  if [ "$jout" != "$gout" ]; then
    echo "HttpServe: output differs from java's:" >&2
    diff <(echo "$jout") <(echo "$gout") | head -5 >&2
    exit 1
  fi
  echo
  printf '%-24s java -Xint %6s req/s   gojvm %6s req/s   ratio %5.2f\n' "HttpServe (8 clients)" "$rj" "$rg" "$(echo "$rg / $rj" | bc -l)"
fi
