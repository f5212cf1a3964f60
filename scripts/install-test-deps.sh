#!/usr/bin/env bash
# Install what kg-memory's server tests need, outside Python: idempotent and non-interactive (CI has no stdin).
#
#   - Debian packages: chromium (headless browser tests), graphviz (`dot -Tsvg` export tests),
#     and a JDK 17 and Maven when `java`/`mvn` are missing (the Neo4j test server);
#   - the Neo4j 5 test-harness jars from Maven Central (~170 MB into ~/.m2, once), through
#     scripts/start-neo4j.sh --classpath-only.
#
# Needs root (or sudo) only when a Debian package is missing. Runs `apt-get update` only when a package
# must be installed and the package lists are missing or too old to install it.
# Python packages (neo4j, oxigraph, SPARQLWrapper, playwright, ...) come from pyproject.toml, not from here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DEBIAN_FRONTEND=noninteractive

log() {
    echo "install-test-deps: $*" >&2
}

missing=()
for package in chromium graphviz fonts-noto-cjk; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)

if ((${#missing[@]})); then
    sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || { log "need root to install: ${missing[*]}"; exit 1; }
        sudo=(sudo -n)
    fi
    apt_install=("${sudo[@]}" apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
    log "installing ${missing[*]}"
    # Stale or absent package lists make the first try fail (unknown package, or a 404 on a replaced
    # version): refresh them then, and only then.
    if ! "${apt_install[@]}" "${missing[@]}" </dev/null; then
        log "refreshing the package lists (apt-get update)"
        "${sudo[@]}" apt-get update -q </dev/null
        "${apt_install[@]}" "${missing[@]}" </dev/null
    fi
else
    log "Debian packages present: chromium graphviz fonts-noto-cjk java mvn"
fi

log "resolving the Neo4j test-server classpath"
"$here/start-neo4j.sh" --classpath-only </dev/null
log "done"
