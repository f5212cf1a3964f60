#!/usr/bin/env bash
# Start a throw-away Neo4j 5 Community server (Bolt on 127.0.0.1, no auth) for kg-memory's tests.
#
# Usage:
#   scripts/start-neo4j.sh [URI_FILE]               start in the background; print NEO4J_URI=... and NEO4J_PID=...
#                                                   (URI_FILE defaults to scripts/neo4j/target/neo4j.uri; the
#                                                   server's log goes beside it, URI_FILE less its suffix + .log)
#   scripts/start-neo4j.sh --foreground [URI_FILE]  run in the foreground (exec java): stops on SIGTERM/SIGINT,
#                                                   or when standard input closes (how tests/servers.py uses it)
#   scripts/start-neo4j.sh --classpath-only         resolve the Maven classpath (pre-fetch) and exit
#
# Stop a background server with `kill PID` (SIGTERM: a clean shutdown in under a second).
#
# The classpath of org.neo4j.test:neo4j-harness (scripts/neo4j/pom.xml) is resolved once by Maven and cached
# in scripts/neo4j/target/classpath.txt; scripts/neo4j/Launcher.java runs through Java's single-file source
# launcher, so nothing is compiled. The first run downloads ~170 MB into ~/.m2.
#
# Environment:
#   NEO4J_JAVA_OPTS      JVM options (default: -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1: on 2 busy
#                        cores the C1-only JIT starts the server in ~17 s instead of ~29 s)
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt in background mode (default: 180)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/neo4j"
classpath_file="$project/target/classpath.txt"

die() {
    echo "start-neo4j: $*" >&2
    exit 2
}

check_tools() {
    command -v java >/dev/null 2>&1 || die "java not found: install a JDK 17+ (scripts/install-test-deps.sh does)"
    command -v mvn >/dev/null 2>&1 || die "mvn not found: install Maven (scripts/install-test-deps.sh does)"
    local version major
    version="$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
    major="${version%%.*}"
    [[ "$major" =~ ^[0-9]+$ && "$major" -ge 17 ]] || die "Neo4j 5 needs Java 17 or newer, found '${version:-unknown}'"
}

# Every jar of the cached classpath still exists (~/.m2 may have been cleaned since).
classpath_is_fresh() {
    [[ -s "$classpath_file" && "$classpath_file" -nt "$project/pom.xml" ]] || return 1
    local jar jars
    IFS=":" read -r -a jars <"$classpath_file" || true  # the file ends without a newline
    for jar in "${jars[@]}"; do
        [[ -f "$jar" ]] || return 1
    done
}

resolve_classpath() {
    if classpath_is_fresh; then
        return
    fi
    echo "start-neo4j: resolving the Neo4j classpath with Maven (first run downloads ~170 MB)" >&2
    mkdir -p "$project/target"
    local tmp
    tmp="$(mktemp "$classpath_file.XXXXXX")"  # concurrent starts each write their own, then rename
    mvn -q -B -f "$project/pom.xml" dependency:build-classpath -Dmdep.outputFile="$tmp" >&2 || {
        rm -f "$tmp"
        die "Maven could not resolve org.neo4j.test:neo4j-harness (is Maven Central reachable?)"
    }
    mv "$tmp" "$classpath_file"
}

# Sets the array java_args to the command that runs the launcher.
java_command() {
    local uri_file="$1" run_dir="$2" watchdog="$3"
    # shellcheck disable=SC2206  # NEO4J_JAVA_OPTS is a space-separated list of options on purpose
    java_args=(java ${NEO4J_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
        "-Djava.io.tmpdir=$run_dir" "-Dkgmem.neo4j.rundir=$run_dir" "-Dkgmem.neo4j.stdinWatchdog=$watchdog"
        -cp "$(cat "$classpath_file")" "$project/Launcher.java" "$uri_file")
}

port_open() {
    local hostport="${1#bolt://}"
    (exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}") 2>/dev/null
}

foreground=0
case "${1:-}" in
    --classpath-only)
        check_tools
        resolve_classpath
        exit 0
        ;;
    --foreground)
        foreground=1
        shift
        ;;
    -h | --help)
        sed -n '2,21p' "$0"
        exit 0
        ;;
esac
uri_file="${1:-$project/target/neo4j.uri}"
mkdir -p "$(dirname "$uri_file")"
uri_file="$(cd "$(dirname "$uri_file")" && pwd)/$(basename "$uri_file")"

check_tools
resolve_classpath
rm -f "$uri_file"
run_dir="$(mktemp -d "${TMPDIR:-/tmp}/kgmem-neo4j.XXXXXX")"

if ((foreground)); then
    java_command "$uri_file" "$run_dir" true
    exec "${java_args[@]}"
fi

log_file="${uri_file%.*}.log"
java_command "$uri_file" "$run_dir" false
nohup "${java_args[@]}" </dev/null >"$log_file" 2>&1 &
pid=$!

deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-180}))
while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
        tail -n 40 "$log_file" >&2 || true
        rm -rf "$run_dir"
        die "Neo4j exited before it was ready (log: $log_file)"
    fi
    if [[ -s "$uri_file" ]] && port_open "$(cat "$uri_file")"; then
        break
    fi
    if ((SECONDS >= deadline)); then
        kill "$pid" 2>/dev/null || true
        tail -n 40 "$log_file" >&2 || true
        die "Neo4j was not ready within ${NEO4J_START_TIMEOUT:-180} s (log: $log_file)"
    fi
    sleep 0.25
done

echo "NEO4J_URI=$(cat "$uri_file")"
echo "NEO4J_PID=$pid"
