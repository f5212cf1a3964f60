#!/usr/bin/env bash
# Install everything the tests need, then run them:   bash scripts/test.sh [pytest arguments]
#
# - a virtual environment ($KGMEM_VENV, default .venv) with kg-memory and its test extras;
# - Chromium, Graphviz, a JDK and Maven from Debian, and the Neo4j 5 test-server jars from Maven Central
#   (scripts/install-test-deps.sh);
# then the static checks (ruff, mypy; configured in pyproject.toml) and the tests, which start their own Neo4j and
# Oxigraph servers (tests/servers.py), or use $NEO4J_URI when set.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
venv="${KGMEM_VENV:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -e ".[test]"
bash scripts/install-test-deps.sh
export PATH="$(cd "$venv" && pwd)/bin:$PATH"
"$venv/bin/ruff" check kg_memory
"$venv/bin/mypy"
exec "$venv/bin/python" -m pytest "$@"
