"""Shared fixtures: fresh memories and store directories, a CLI runner, and the real servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory import Memory
from tests.servers import chromium_path, neo4j_auth, neo4j_uri, oxigraph_server  # noqa: F401

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


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
