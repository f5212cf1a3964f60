"""Shared fixtures: fresh memories and store directories, a CLI runner, and the real servers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory import Memory
from tests.servers import chromium_path, neo4j_auth, neo4j_uri, oxigraph_server  # noqa: F401

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"

# conftest files hold no doctests; collecting them as modules clashes when two folders are named on the
# command line (``pytest tests/stores tests/extract``: both would be the module ``conftest``)
collect_ignore_glob = ["*/conftest.py"]


def _fail_skip_in_ci(report: pytest.TestReport | pytest.CollectReport) -> None:
    """In CI (``CI`` set) a skip fails: CI installs and starts everything the tests need
    (scripts/test.sh), so a skip there means a missing install step, not an optional extra."""
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every test must run: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    _fail_skip_in_ci(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    outcome = yield
    _fail_skip_in_ci(outcome.get_result())


@pytest.fixture
def memory() -> Iterator[Memory]:
    """A fresh in-memory Memory."""
    with Memory() as m:
        yield m


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A path for a new persistent store."""
    return tmp_path / "store"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def shared_data() -> Path:
    """``../shared/data`` beside the repository (public evaluation data)."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present beside the repository")
    return SHARED_DATA
