#!/usr/bin/env bash
# Regenerates the networking test corpus (issue 19) with an installed JDK 17, as
# testdata/run/regen.sh does for testdata/run:
#
#   src/       -> classes/                    (javac --release 17 -g -encoding UTF-8)
#   keytool    -> tls/keystore.p12             (only if missing, or with --new-keystore)
#   tests.txt  -> golden/<name>.{out,err,rc}   (real `java` 17: stdout, stderr, exit status)
#
# Usage: testdata/net/regen.sh [--new-keystore]   (JAVA_HOME is honoured if set)
#
# The key store is the TLS tests' key and trust store: a self-signed EC (secp256r1) key
# made by the JDK's keytool for CN=localhost with subject alternative names
# ip:127.0.0.1 and dns:localhost, valid for 100 years, store password "changeit". A new
# key is random, so the store is kept unless it is missing or --new-keystore is given;
# nothing the tests print depends on it.
#
# The tests of tests.txt are recorded as ../regen-lib.sh describes: each run three times
# with a clean environment, then the goldens checked for the absolute path of this
# directory and identity hash codes. They bind and connect to loopback addresses only
# (127.0.0.1 and, for the ipv6- tests, ::1), on ephemeral ports, and need no network
# beyond: the unknown host names are under the reserved .invalid domain. The ipv6- tests
# need ::1 on the loopback interface.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
. ../regen-lib.sh
find_jdk
KEYTOOL="$(dirname "$JAVA")/keytool"

if [[ "${1:-}" == --new-keystore ]]; then
    rm -f tls/keystore.p12
fi
if [[ ! -f tls/keystore.p12 ]]; then
    echo "keytool: tls/keystore.p12"
    mkdir -p tls
    "$KEYTOOL" -genkeypair -alias localhost -keyalg EC -groupname secp256r1 -dname CN=localhost \
        -ext san=ip:127.0.0.1,dns:localhost -validity 36500 -keystore tls/keystore.p12 \
        -storepass changeit -storetype PKCS12 2>&1 | sed 's/^/  /'
fi

if ! grep -q '^00000000000000000000000000000001 ' /proc/net/if_inet6 2>/dev/null; then
    echo "regen.sh: the ipv6- tests need ::1 on the loopback interface, which this machine lacks" >&2
    exit 1
fi

rm -rf classes golden
mkdir -p classes golden

srcs=()
while IFS= read -r -d '' f; do
    srcs+=("$f")
done < <(find src -name '*.java' -print0 | LC_ALL=C sort -z)
echo "javac --release 17 -g: ${#srcs[@]} files"
"$JAVAC" --release 17 -g -encoding UTF-8 -d classes "${srcs[@]}"

record_goldens classes golden
