#!/usr/bin/env bash
# Compiles the benchmark programs bench/*.java (default package) into bench/classes with
# javac 17 (--release 17, javac's default debug info). Deterministic: a second run produces
# identical class files. Run a benchmark with e.g. `java -Xint -cp bench/classes Fib`.
#
#   Fib          recursive fib(32)                       (calls)
#   Fannkuch     fannkuch-redux n=10                     (int arrays, loops)
#   NBody        n-body, 1000000 steps                   (double arithmetic, fields)
#   BinaryTrees  binary trees, depth 16, single-threaded (allocation, GC)
#   GCChurn      40 rounds of 100000 allocations kept in a 65536-slot table (GC, per collector)
#   StringBuild  StringBuilder appends and '+' in loops  (strings)
#   CopyIO       Demo1_12's copy of a 64 MB file through a byte[], 4 times     (java.io)
#   CopyDirect   Demo1_12's copy through a 1 MB direct ByteBuffer, 4 times   (FileChannel)
#   BufferHeap   get/put loops on a 64 KB heap ByteBuffer, both byte orders  (HeapByteBuffer)
#   BufferDirect the same loops on a direct ByteBuffer                       (DirectByteBuffer)
#   Deflate      Deflater at the default level over 8 MB of generated data  (java.util.zip)
#   VerifyJar    loads and links (verifies) every class of /usr/share/java/guava.jar (verifier)
#   HttpServe    an HTTP server under 8 keep-alive clients, 100 requests each (sockets, threads)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ -n "${JAVA_HOME:-}" ]]; then
    JAVAC="$JAVA_HOME/bin/javac"
else
    JAVAC="$(command -v javac || true)"
fi
if [[ -z "$JAVAC" || ! -x "$JAVAC" ]]; then
    echo "build.sh: cannot find javac (set JAVA_HOME or put a JDK 17 on PATH)" >&2
    exit 1
fi
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH
version="$("$JAVAC" -version 2>&1)"
if [[ ! "$version" =~ ^javac\ 17([.+-]|$) ]]; then
    echo "build.sh: JDK 17 required, but '$JAVAC -version' reports: $version" >&2
    exit 1
fi
rm -rf classes
mkdir -p classes
sources=()
while IFS= read -r -d '' f; do
    sources+=("$f")
done < <(find . -maxdepth 1 -name '*.java' -print0 | LC_ALL=C sort -z)
"$JAVAC" --release 17 -encoding UTF-8 -d classes "${sources[@]}"
echo "compiled ${#sources[@]} benchmarks into bench/classes"
