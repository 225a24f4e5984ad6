# Shared by the regen.sh scripts of testdata/run, testdata/launcher, testdata/directmem,
# testdata/gc and testdata/net, which source it from their own directory: finding the JDK 17 and recording
# goldens from tests.txt.
#
# Every test line of tests.txt,
#   <name>|<java options>|<main class or empty>|<program args>|<stdin file or empty>[|<env file>]
# runs as
#   java -cp classes <java options> <main class> <program args> < <stdin file or /dev/null>
# with the current directory set to the corpus directory, LC_ALL=C.UTF-8, TZ=UTC and
# JAVA_TOOL_OPTIONS/_JAVA_OPTIONS/JDK_JAVA_OPTIONS/CLASSPATH unset. The optional sixth field
# names a file of NAME=VALUE lines (the value is the rest of the line, spaces included) that
# are added to that environment, for the variables java reads (JDK_JAVA_OPTIONS, ...). The
# JDK's version strings in stdout and stderr become placeholders (mask_jdk_version). Each
# test is run three times; recording fails if the three runs differ in stdout, stderr or
# exit status. All three golden files (golden/<name>.out, .err, .rc) are always written, even when empty.
# A corpus may define normalize_golden OPTLINE PREFIX to rewrite PREFIX.out (or .err) after
# each run.
# Finally the goldens are checked for the absolute path of the corpus directory and for
# identity hash codes in default Object.toString() form (Foo@1b6d3586).

# find_jdk sets JAVA, JAVAC and JAR from JAVA_HOME or PATH, requires JDK 17 and clears
# the environment that would leak into java's output ("Picked up JAVA_TOOL_OPTIONS").
find_jdk() {
    if [[ -n "${JAVA_HOME:-}" ]]; then
        JAVA="$JAVA_HOME/bin/java" JAVAC="$JAVA_HOME/bin/javac" JAR="$JAVA_HOME/bin/jar"
    else
        JAVA="$(command -v java || true)" JAVAC="$(command -v javac || true)" JAR="$(command -v jar || true)"
    fi
    for tool in "$JAVA" "$JAVAC" "$JAR"; do
        if [[ -z "$tool" || ! -x "$tool" ]]; then
            echo "regen.sh: cannot find java/javac/jar (set JAVA_HOME or put a JDK 17 on PATH)" >&2
            exit 1
        fi
    done
    unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH
    export LC_ALL=C.UTF-8
    export TZ=UTC
    local javac_version java_version
    javac_version="$("$JAVAC" -version 2>&1)"
    if [[ ! "$javac_version" =~ ^javac\ 17([.+-]|$) ]]; then
        echo "regen.sh: JDK 17 required, but '$JAVAC -version' reports: $javac_version" >&2
        exit 1
    fi
    java_version="$("$JAVA" -version 2>&1 | head -n 1)"
    if [[ ! "$java_version" =~ \ version\ \"17([.+-]|\") ]]; then
        echo "regen.sh: JDK 17 required, but '$JAVA -version' reports: $java_version" >&2
        exit 1
    fi
    # What names the JDK update in java's output; the goldens hold placeholders instead
    # (see mask_jdk_version), so that they pass on any JDK 17 update.
    local props
    props="$("$JAVA" -XshowSettings:properties -version 2>&1)"
    JDK_VERSION="$(sed -n 's/^ *java\.vm\.version = //p' <<< "$props")"
    JDK_RELEASE="$(sed -n 's/^ *java\.version = //p' <<< "$props")"
    JDK_DATE="$(sed -n 's/^ *java\.version\.date = //p' <<< "$props")"
    if [[ -z "$JDK_VERSION" || -z "$JDK_RELEASE" || -z "$JDK_DATE" ]]; then
        echo "regen.sh: cannot read java.vm.version, java.version and java.version.date from $JAVA" >&2
        exit 1
    fi
    export JDK_VERSION JDK_RELEASE JDK_DATE
    echo "using $javac_version ($JAVAC)"
    echo "using $java_version ($JAVA)"
}

# mask_jdk_version FILE...: replaces the JDK's build string (java.vm.version, such as
# 17.0.15+6-Debian-1deb12u1), then its release (java.version, 17.0.15) and release date
# (java.version.date) with <JDK_VERSION>, <JDK_RELEASE> and <JDK_DATE>, and the line numbers
# of the JDK's own frames in stack traces ("at java.base/java.nio.Bits.reserveMemory(
# Bits.java:178)"), which move between updates, with <JDK_LINE>. The Go tests do the same to
# gojvm's output for the JDK they run on (cmd/gojvm/jdkversion_test.go), so a golden still
# catches a version printed in the wrong place or shape; the JDK frames' real line numbers
# are compared with java's own at test time (TestJDKFramesLive).
mask_jdk_version() {
    perl -pi -e 's/\Q$ENV{JDK_VERSION}\E/<JDK_VERSION>/g; s/\Q$ENV{JDK_RELEASE}\E/<JDK_RELEASE>/g; s/\Q$ENV{JDK_DATE}\E/<JDK_DATE>/g;
        s/(\bat (?:java|jdk)\.[a-z.]+\/[^ ()]+\([^ ():]+\.java):[0-9]+\)/$1:<JDK_LINE>)/g' "$@"
}

# run_one NAME OPTS MAIN ARGS STDIN OUTPREFIX [ENVFILE]: run java once, writing
# OUTPREFIX.{out,err,rc}.
run_one() {
    local name="$1" optline="$2" main="$3" argline="$4" stdin="$5" prefix="$6" envfile="${7:-}" rc=0
    local opts=() args=() mainarg=() env=() line
    [[ -n "$optline" ]] && read -r -a opts <<< "$optline"
    [[ -n "$main" ]] && mainarg=("$main")
    [[ -n "$argline" ]] && read -r -a args <<< "$argline"
    [[ -z "$stdin" ]] && stdin=/dev/null
    if [[ -n "$envfile" ]]; then
        while IFS= read -r line || [[ -n "$line" ]]; do
            [[ -n "$line" ]] && env+=("$line")
        done < "$envfile"
    fi
    env "${env[@]}" "${TIMEOUT[@]}" "$JAVA" -cp classes "${opts[@]}" "${mainarg[@]}" "${args[@]}" \
        < "$stdin" > "$prefix.out" 2> "$prefix.err" || rc=$?
    echo "$rc" > "$prefix.rc"
    mask_jdk_version "$prefix.out" "$prefix.err"
    if declare -F normalize_golden > /dev/null; then
        normalize_golden "$optline" "$prefix"
    fi
    if [[ ${#TIMEOUT[@]} -gt 0 && $rc == 124 ]]; then
        echo "regen.sh: test $name timed out" >&2
        exit 1
    fi
}

# record_goldens DIR...: run every test of tests.txt into golden/ (which must exist), check
# the goldens, and print a checksum of DIR... (the corpus's generated directories).
record_goldens() {
    local here here_logical
    here="$(pwd -P)" here_logical="$(pwd -L)"
    TIMEOUT=()
    if command -v timeout > /dev/null 2>&1; then
        TIMEOUT=(timeout "${REGEN_TIMEOUT:-120}")
    fi
    TMP="$(mktemp -d)"
    trap 'rm -rf "$TMP"' EXIT

    local ntests=0 names=" " line fields name opts main args stdin envfile i ext
    while IFS= read -r line || [[ -n "$line" ]]; do
        [[ -z "$line" || "$line" == \#* ]] && continue
        IFS='|' read -r -a fields <<< "$line|"
        if [[ ${#fields[@]} != 5 && ${#fields[@]} != 6 ]]; then
            echo "regen.sh: bad line in tests.txt (need 5 or 6 '|'-separated fields): $line" >&2
            exit 1
        fi
        name="${fields[0]}" opts="${fields[1]}" main="${fields[2]}" args="${fields[3]}" stdin="${fields[4]}"
        envfile="${fields[5]:-}"
        if [[ -n "$envfile" && ! -f "$envfile" ]]; then
            echo "regen.sh: test $name: env file $envfile does not exist" >&2
            exit 1
        fi
        if [[ ! "$name" =~ ^[A-Za-z0-9._-]+$ ]]; then
            echo "regen.sh: bad line in tests.txt: $line" >&2
            exit 1
        fi
        if [[ "$names" == *" $name "* ]]; then
            echo "regen.sh: duplicate test name in tests.txt: $name" >&2
            exit 1
        fi
        names+="$name "
        if [[ -n "$stdin" && ! -f "$stdin" ]]; then
            echo "regen.sh: test $name: stdin file $stdin does not exist" >&2
            exit 1
        fi
        run_one "$name" "$opts" "$main" "$args" "$stdin" "golden/$name" "$envfile"
        for i in 2 3; do
            run_one "$name" "$opts" "$main" "$args" "$stdin" "$TMP/$name.$i" "$envfile"
            for ext in out err rc; do
                if ! cmp -s "golden/$name.$ext" "$TMP/$name.$i.$ext"; then
                    echo "regen.sh: test $name is not deterministic: run 1 and run $i differ in .$ext" >&2
                    diff "golden/$name.$ext" "$TMP/$name.$i.$ext" | head -n 20 >&2 || true
                    exit 1
                fi
            done
        done
        printf '%-34s rc=%s  out=%6s bytes  err=%5s bytes\n' "$name" "$(cat "golden/$name.rc")" \
            "$(wc -c < "golden/$name.out")" "$(wc -c < "golden/$name.err")"
        ntests=$((ntests + 1))
    done < tests.txt

    local bad=0 f
    for f in golden/*; do
        if grep -q -F -e "$here" -e "$here_logical" "$f"; then
            echo "regen.sh: $f contains the absolute path of this directory" >&2
            bad=1
        fi
        if grep -q -E '[A-Za-z0-9_$;]@[0-9a-f]{5,8}([^0-9a-zA-Z]|$)' "$f"; then
            echo "regen.sh: $f seems to contain an identity hash code:" >&2
            grep -n -E '[A-Za-z0-9_$;]@[0-9a-f]{5,8}([^0-9a-zA-Z]|$)' "$f" | head -n 5 >&2
            bad=1
        fi
    done
    [[ $bad == 0 ]] || exit 1

    echo "tests: $ntests, each run 3 times with identical output"
    echo "golden files: $(find golden -type f | wc -l)"
    echo "checksum of $*: $(find "$@" -type f -print0 | LC_ALL=C sort -z \
        | xargs -0 sha256sum | sha256sum | cut -c1-16)"
}
