#!/usr/bin/env bash
# Regenerates the javap test corpus from the Java sources with an installed JDK 17:
#
#   src/      -> classes/      (+ classes/features.jar)
#   modsrc/   -> classes-mod/
#   classes/  -> broken/truncated.class, broken/garbage.class
#   classes*/ -> golden/<...>.txt  (real javap output, one file per class and option set)
#   cases.txt -> golden/cases/<name>.{out,err,rc}
#
# Usage: testdata/javap/regen.sh   (from any directory; JAVA_HOME is honoured if set)
#
# Compiler flags per source file (all with --release 17 -encoding UTF-8 -cp classes,
# except where noted):
#   src/NoDebug.java                  -g:none       (no SourceFile/LineNumberTable/LVT)
#   src/PlainCompiled.java            (no -g)       javac's default: source + lines only
#   src/PlainRecord.java              (no -g)       javac's default: source + lines only
#   src/Params.java                   -g -parameters (MethodParameters attributes)
#   src/Legacy8.java                  --release 8 -g (class file version 52)
#   every other file under src/       -g            (one javac invocation)
#   modsrc/demo.mod/**                -g --module-version 1.0-demo -> classes-mod/
#
# Determinism: file lists are sorted with LC_ALL=C; every class file gets the mtime
# 2025-06-15 12:00:00 UTC (javap -v/-sysinfo print "Last modified"); the jar is built
# without a manifest and with --date; javap runs with LC_ALL=C.UTF-8 and TZ=UTC; the
# absolute path of this directory is replaced by the literal token @TESTDATA@ in all
# recorded output (stdout and stderr).
#
# Note: module-info.class records the exact JDK version for its 'requires' (e.g.
# 17.0.19), so regenerating on a different JDK 17 update changes that file and its
# goldens. Everything else only depends on the JDK feature release.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
HERE="$(pwd -P)"
HERE_LOGICAL="$(pwd -L)"

if [[ -n "${JAVA_HOME:-}" ]]; then
    JAVAC="$JAVA_HOME/bin/javac"
    JAVAP="$JAVA_HOME/bin/javap"
    JAR="$JAVA_HOME/bin/jar"
else
    JAVAC="$(command -v javac || true)"
    JAVAP="$(command -v javap || true)"
    JAR="$(command -v jar || true)"
fi
for tool in "$JAVAC" "$JAVAP" "$JAR"; do
    if [[ -z "$tool" || ! -x "$tool" ]]; then
        echo "regen.sh: cannot find javac/javap/jar (set JAVA_HOME or put a JDK 17 on PATH)" >&2
        exit 1
    fi
done

# The environment must not leak into tool output ("Picked up JAVA_TOOL_OPTIONS" etc.).
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH
export LC_ALL=C.UTF-8
export TZ=UTC

javac_version="$("$JAVAC" -version 2>&1)"
if [[ ! "$javac_version" =~ ^javac\ 17([.+-]|$) ]]; then
    echo "regen.sh: JDK 17 required, but '$JAVAC -version' reports: $javac_version" >&2
    exit 1
fi
echo "using $javac_version ($JAVAC)"

MTIME='2025-06-15 12:00:00 UTC'
JAR_DATE='2025-06-15T12:00:00Z'
JAVAC_COMMON=(-encoding UTF-8 -cp classes)

rm -rf classes classes-mod golden broken
mkdir -p classes classes-mod golden/cases broken

# --- compile ----------------------------------------------------------------------------
SPECIAL=(src/NoDebug.java src/PlainCompiled.java src/PlainRecord.java src/Params.java src/Legacy8.java)

main_list=()
while IFS= read -r -d '' f; do
    skip=0
    for s in "${SPECIAL[@]}"; do
        [[ "$f" == "$s" ]] && skip=1
    done
    [[ $skip == 0 ]] && main_list+=("$f")
done < <(find src -name '*.java' -print0 | LC_ALL=C sort -z)

echo "javac -g: ${#main_list[@]} files"
"$JAVAC" --release 17 "${JAVAC_COMMON[@]}" -g -d classes "${main_list[@]}"
echo "javac -g:none: src/NoDebug.java"
"$JAVAC" --release 17 "${JAVAC_COMMON[@]}" -g:none -d classes src/NoDebug.java
echo "javac (no -g): src/PlainCompiled.java src/PlainRecord.java"
"$JAVAC" --release 17 "${JAVAC_COMMON[@]}" -d classes src/PlainCompiled.java src/PlainRecord.java
echo "javac -g -parameters: src/Params.java"
"$JAVAC" --release 17 "${JAVAC_COMMON[@]}" -g -parameters -d classes src/Params.java
echo "javac --release 8 -g: src/Legacy8.java"
"$JAVAC" --release 8 "${JAVAC_COMMON[@]}" -g -d classes src/Legacy8.java

mod_list=()
while IFS= read -r -d '' f; do
    mod_list+=("$f")
done < <(find modsrc -name '*.java' -print0 | LC_ALL=C sort -z)
echo "javac module demo.mod: ${#mod_list[@]} files"
"$JAVAC" --release 17 -encoding UTF-8 -g --module-version 1.0-demo -d classes-mod "${mod_list[@]}"

# --- jar ----------------------------------------------------------------------------------
JAR_ENTRIES=(
    Hello.class
    features/Größe.class
    features/Lambdas.class
    features/Outer.class
    'features/Outer$Inner.class'
    'features/Outer$Inner$Deeper.class'
    'features/Outer$StaticNested.class'
    features/Point.class
)
jar_args=()
for e in "${JAR_ENTRIES[@]}"; do
    jar_args+=(-C classes "$e")   # -C applies to the following file only
done
"$JAR" --create --file classes/features.jar --no-manifest --date="$JAR_DATE" "${jar_args[@]}"

# --- broken class files -------------------------------------------------------------------
head -c 100 classes/features/Point.class > broken/truncated.class
printf 'garbage\n' > broken/garbage.class

# --- fixed mtimes -------------------------------------------------------------------------
find classes classes-mod broken -type f -exec touch -d "$MTIME" {} +

# --- goldens ------------------------------------------------------------------------------
# normalize FILE: replace the absolute path of this directory by @TESTDATA@ (literally).
normalize() {
    HERE="$HERE" HERE_LOGICAL="$HERE_LOGICAL" perl -0777 -pi -e '
        my ($p, $l) = ($ENV{HERE}, $ENV{HERE_LOGICAL});
        s/\Q$p\E/\@TESTDATA\@/g;
        s/\Q$l\E/\@TESTDATA\@/g if $l ne $p;
    ' "$1"
}

# golden_one RELCLASS OPTNAME: record javap output for one class file and option set.
golden_one() {
    local rel="$1" name="$2" opts base rc=0
    case "$name" in
        v-p)       opts=(-v -p) ;;
        c-p)       opts=(-c -p) ;;
        l-s)       opts=(-l -s) ;;
        constants) opts=(-constants) ;;
        default)   opts=() ;;
        public)    opts=(-public) ;;
        protected) opts=(-protected -c) ;;
        sysinfo)   opts=(-sysinfo) ;;
        *) echo "unknown option set $name" >&2; return 1 ;;
    esac
    base="${rel%.class}"
    base="golden/${base//\//.}.$name"
    "$JAVAP" "${opts[@]}" "$rel" < /dev/null > "$base.txt" 2> "$base.err" || rc=$?
    normalize "$base.txt"
    if [[ -s "$base.err" ]]; then normalize "$base.err"; else rm -f "$base.err"; fi
    if [[ $rc != 0 ]]; then echo "$rc" > "$base.rc"; fi
}

# case_one NAME ARGS: record stdout, stderr and exit status of one cases.txt line.
case_one() {
    local name="$1" argline="$2" rc=0 args=()
    argline="${argline//@TESTDATA@/$HERE}"
    if [[ -n "$argline" ]]; then
        read -r -a args <<< "$argline"
    fi
    "$JAVAP" "${args[@]}" < /dev/null > "golden/cases/$name.out" 2> "golden/cases/$name.err" || rc=$?
    normalize "golden/cases/$name.out"
    normalize "golden/cases/$name.err"
    echo "$rc" > "golden/cases/$name.rc"
}

export -f golden_one case_one normalize
export JAVAP HERE HERE_LOGICAL

OPTSETS=(v-p c-p l-s constants default public protected sysinfo)
class_files=()
while IFS= read -r -d '' f; do
    class_files+=("$f")
done < <(find classes -name '*.class' -print0 | LC_ALL=C sort -z)
class_files+=(classes-mod/module-info.class)

echo "javap: ${#class_files[@]} class files x ${#OPTSETS[@]} option sets"
for f in "${class_files[@]}"; do
    for o in "${OPTSETS[@]}"; do
        printf '%s\0%s\0' "$f" "$o"
    done
done | xargs -0 -n 2 -P 2 bash -c 'golden_one "$1" "$2"' _

# cases.txt: one '<name>|<javap args>' per line; blank lines and '#' comments are ignored.
ncases=0
while IFS= read -r line || [[ -n "$line" ]]; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    name="${line%%|*}"
    argline="${line#*|}"
    if [[ "$name" == "$line" || ! "$name" =~ ^[A-Za-z0-9._-]+$ ]]; then
        echo "regen.sh: bad line in cases.txt: $line" >&2
        exit 1
    fi
    if [[ -e "golden/cases/$name.rc" ]]; then
        echo "regen.sh: duplicate case name in cases.txt: $name" >&2
        exit 1
    fi
    case_one "$name" "$argline"
    ncases=$((ncases + 1))
done < cases.txt
echo "javap: $ncases cases"

echo "golden files: $(find golden -type f | wc -l)"
