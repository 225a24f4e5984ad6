#!/usr/bin/env bash
# Regenerates the `gojvm run` launcher corpus with an installed JDK 17:
#
#   modsrc/mod.lib  -> mods/mod.lib/            (javac 17: an exploded module)
#   dupsrc/mod.dup  -> dupmods/mod.dup/         (a module whose package lib conflicts with mod.lib's)
#   autosrc/        -> mlib/auto-util-1.0.jar   (a plain jar: the automatic module auto.util)
#   modsrc/mod.app  -> mlib/mod.app.jar         (a modular jar, ModuleMainClass app.Main)
#   src/            -> classes/                 (javac 17; PreviewSwitch with --enable-preview)
#   tests.txt       -> golden/<name>.{out,err,rc} (real `java` 17)
#   shebang/hello   -> golden/shebang.{out,err,rc} (the script run through the kernel with
#                      "#!<java> --source 17" as its first line, from this directory, with
#                      arguments "a b")
#
# Usage: testdata/launcher/regen.sh   (from any directory; JAVA_HOME is honoured if set)
#
# Everything is compiled with javac --release 17 -g -encoding UTF-8; jars are built by the JDK's
# jar tool with sorted entries and a fixed date (jar --date), so they are reproducible. The
# tests of tests.txt are recorded as ../regen-lib.sh describes (each run three times, in a
# clean environment plus the variables of the test's env file, the JDK's version strings
# masked). The goldens do not depend on the directory either: normalize_golden replaces this
# directory's absolute path by <DIR> in stdout and stderr; the Go test
# (cmd/gojvm/launcher_golden_test.go) does the same to gojvm's output.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk

rm -rf classes golden mods dupmods mlib tmp-files
mkdir -p classes golden mods dupmods mlib
BUILD="$(mktemp -d)"
JAR_DATE=2024-01-01T00:00:00Z
MANIFEST="$BUILD/manifest.txt"
printf 'Created-By: gojvm testdata\n' > "$MANIFEST"
JAVAC_OPTS=(--release 17 -g -encoding UTF-8)

# pack_jar JAR DIR [jar options...]: put the files under DIR, sorted, into JAR.
pack_jar() {
    local out="$1" dir="$2" files=() f
    shift 2
    while IFS= read -r -d '' f; do
        files+=(-C "$dir" "${f#./}")
    done < <(cd "$dir" && find . -type f -print0 | LC_ALL=C sort -z)
    # Our own Created-By: the jar tool's names the JDK's update release.
    "$JAR" --create --file "$out" --date="$JAR_DATE" --manifest "$MANIFEST" "$@" "${files[@]}"
}

echo "javac: modsrc/mod.lib -> mods/mod.lib"
"$JAVAC" "${JAVAC_OPTS[@]}" -d mods --module-source-path modsrc -m mod.lib
echo "javac: dupsrc/mod.dup -> dupmods/mod.dup"
"$JAVAC" "${JAVAC_OPTS[@]}" -d dupmods --module-source-path dupsrc -m mod.dup
echo "javac, jar: autosrc -> mlib/auto-util-1.0.jar"
"$JAVAC" "${JAVAC_OPTS[@]}" -d "$BUILD/auto" autosrc/util/Strings.java
pack_jar mlib/auto-util-1.0.jar "$BUILD/auto"
echo "javac, jar: modsrc/mod.app -> mlib/mod.app.jar"
"$JAVAC" "${JAVAC_OPTS[@]}" -p mods:mlib -d "$BUILD/mod.app" \
    modsrc/mod.app/module-info.java modsrc/mod.app/app/Main.java
cp modsrc/mod.app/app/greeting.txt "$BUILD/mod.app/app/"
pack_jar mlib/mod.app.jar "$BUILD/mod.app" --main-class app.Main
rm -rf "$BUILD"

echo "javac: src -> classes"
srcs=()
while IFS= read -r -d '' f; do
    [[ "$f" == src/PreviewSwitch.java ]] || srcs+=("$f")
done < <(find src -name '*.java' -print0 | LC_ALL=C sort -z)
"$JAVAC" "${JAVAC_OPTS[@]}" -p mods --add-modules mod.lib -cp classes -d classes "${srcs[@]}"
"$JAVAC" "${JAVAC_OPTS[@]}" --enable-preview -d classes src/PreviewSwitch.java 2> /dev/null

HERE_P="$(pwd -P)" HERE_L="$(pwd -L)"

# normalize_golden OPTLINE PREFIX: masks this directory (module locations print as its
# file: URLs) in stdout and stderr; regen-lib.sh has masked the JDK's version strings.
normalize_golden() {
    local f
    for f in "$2.out" "$2.err"; do
        python3 - "$f" "$HERE_P" "$HERE_L" <<'PY'
import sys
path, here_p, here_l = sys.argv[1:]
s = open(path, encoding="utf-8", errors="surrogateescape").read()
for h in sorted({here_p, here_l}, key=len, reverse=True):
    s = s.replace(h, "<DIR>")
open(path, "w", encoding="utf-8", errors="surrogateescape").write(s)
PY
    done
}

record_goldens classes mods dupmods mlib golden
rm -rf tmp-files

# The shebang script, run by the kernel with java as its interpreter.
SHEBANG_TMP="$(mktemp -d)"
{ echo "#!$JAVA --source 17"; tail -n +2 shebang/hello; } > "$SHEBANG_TMP/hello"
chmod +x "$SHEBANG_TMP/hello"
rc=0
"$SHEBANG_TMP/hello" a b > golden/shebang.out 2> golden/shebang.err || rc=$?
echo "$rc" > golden/shebang.rc
rm -rf "$SHEBANG_TMP"
echo "shebang: rc=$rc out=$(wc -c < golden/shebang.out) err=$(wc -c < golden/shebang.err)"
