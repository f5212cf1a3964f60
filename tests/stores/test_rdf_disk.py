"""The persistent RDF store: across processes, locks, foreign directories, crashes, concurrency."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from kg_memory import Memory, NotAStoreError, StoreError, StoreLockedError


def _python(code: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, **kw)


def test_persists_across_processes(store_dir: Path):
    write = _python(f"""
        from kg_memory import Memory
        with Memory({str(store_dir)!r}) as m:
            m.add("Alice", "livesIn", "Paris")
    """)
    assert write.returncode == 0, write.stderr
    read = _python(f"""
        from kg_memory import Memory
        with Memory({str(store_dir)!r}) as m:
            print(m.query('SELECT ?c WHERE {{ ?p rdfs:label "Alice" ; :livesIn/rdfs:label ?c }}').values())
    """)
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == "[{'c': 'Paris'}]"


def test_a_store_in_use_by_another_process_gives_a_clear_error(store_dir: Path):
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from kg_memory import Memory; m = Memory({str(store_dir)!r}); m.store.open(); print('ready', flush=True); import time; time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match="in use by another process"):
            Memory(store_dir).store.open()
    finally:
        holder.kill()
        holder.wait()


def test_a_foreign_directory_is_not_a_store(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(NotAStoreError, match="not a kg-memory store"):
        Memory(tmp_path).store.open()
    file = tmp_path / "notes.txt"
    with pytest.raises(NotAStoreError, match="is a file"):
        Memory(file).store.open()


def test_a_store_that_cannot_be_created_is_reported(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create a store"):
        Memory(blocker / "store").store.open()


def _big_nt(path: Path, n: int, tag: str) -> None:
    with open(path, "w") as f:
        for i in range(n):
            f.write(f"<https://ex.org/{tag}/e{i}> <https://ex.org/p> \"{i}\" .\n")


def test_readers_see_the_old_or_the_new_state_during_an_ingest(store_dir: Path, tmp_path: Path):
    big = tmp_path / "big.nt"
    _big_nt(big, 200_000, "x")
    with Memory(store_dir) as memory:
        memory.add("Alice", "age", "30")
        seen: list[int] = []
        done = threading.Event()

        def read() -> None:
            while not done.is_set():
                seen.append(int(memory.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <https://ex.org/p> ?o }").values()[0]["n"]))

        reader = threading.Thread(target=read)
        reader.start()
        memory.ingest(big, format="nt")
        done.set()
        reader.join()
        seen.append(int(memory.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <https://ex.org/p> ?o }").values()[0]["n"]))
    assert set(seen) <= {0, 200_000}
    assert seen[-1] == 200_000


def test_sigkill_during_ingest_leaves_whole_batches_only(store_dir: Path, tmp_path: Path):
    """Kill a process that ingests batch after batch; every batch is then whole or absent."""
    files = []
    for b in range(6):
        f = tmp_path / f"batch{b}.nt"
        _big_nt(f, 150_000, f"b{b}")
        files.append(f)
    script = textwrap.dedent(f"""
        import sys
        from kg_memory import Memory
        with Memory({str(store_dir)!r}) as m:
            for f in {[str(f) for f in files]!r}:
                m.ingest(f, format="nt")
                print("committed", f, flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    committed = []
    assert proc.stdout is not None
    while len(committed) < 2:
        line = proc.stdout.readline()
        assert line, "the ingesting process ended early"
        committed.append(line.split()[1])
    time.sleep(0.3)  # now in the middle of the third batch
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Memory(store_dir) as memory:
        counts = {
            b: int(memory.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'https://ex.org/b{b}/')) }}").values()[0]["n"])
            for b in range(6)
        }
    assert all(n in (0, 150_000) for n in counts.values()), counts
    assert counts[0] == counts[1] == 150_000
    assert not list((store_dir / "journal").glob("*.part")), "the journal was not cleaned up"
