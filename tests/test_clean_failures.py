"""Clean failures (issue 15): side files written atomically and read back tolerantly, writer threads
in one process, a second process that waits for the store, bad names, progress on long runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory import Memory, Turn
from kg_memory._files import atomic_open, atomic_write_text
from kg_memory.cli import cli
from kg_memory.errors import InputError, InvalidName

REPO = Path(__file__).resolve().parent.parent


def _merges_file(store: Path) -> Path:
    (found,) = list(store.rglob("merges.jsonl"))
    return found


def _store_with_a_merge(store: Path) -> None:
    with Memory(store) as m:
        m.add("Zhang San", "livesIn", "Beijing")
        m.add("San Zhang", "worksFor", "Acme")  # the name reversed: merged into Zhang San
        assert len(m.merges()) == 1
        m.add("Li Si", "livesIn", "Shanghai")


def test_atomic_write_leaves_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "merges.jsonl"
    atomic_write_text(target, "old\n")
    with pytest.raises(RuntimeError), atomic_open(target) as out:
        out.write("half of a new fi")
        raise RuntimeError("killed")
    assert target.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["merges.jsonl"]


def test_merges_are_written_by_rename(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _store_with_a_merge(store)
    merges = _merges_file(store)
    before = merges.read_text(encoding="utf-8")
    os.link(merges, tmp_path / "old-merges.jsonl")  # a second name for the old file
    with Memory(store) as m:
        m.add("Wang Wu", "livesIn", "Xian")
        m.add("Wu Wang", "worksFor", "Acme")
        assert len(m.merges()) == 2
    assert (tmp_path / "old-merges.jsonl").read_text(encoding="utf-8") == before  # replaced, not rewritten in place
    assert len(merges.read_text(encoding="utf-8").splitlines()) == 2
    assert merges.stat().st_mode & 0o777 == 0o644


def test_the_entity_index_files_are_replaced_whole(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _store_with_a_merge(store)
    files = sorted(p for p in store.rglob("*") if p.parent.parent.name == "index" and p.is_file())
    assert {p.name for p in files} >= {"index.json", "rows.npz"}
    old = {}
    for p in files:
        os.link(p, tmp_path / f"old-{p.name}")
        old[p.name] = p.read_bytes()
    with Memory(store) as m:
        m.add("Wang Wu", "livesIn", "Xian")
    for p in files:  # a second name for each old file still shows the old bytes: renamed over, not rewritten
        assert (tmp_path / f"old-{p.name}").read_bytes() == old[p.name], p.name
    assert b"Wang Wu" in next(p for p in files if p.name == "rows.npz").read_bytes()


def test_a_damaged_entity_index_is_rebuilt(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _store_with_a_merge(store)
    (rows,) = [p for p in store.rglob("rows.npz")]  # rows and vectors are one file
    rows.write_bytes(rows.read_bytes()[:-100])
    with Memory(store) as m:  # the index is rebuilt from the store
        assert m.lookup("Li Si")[0][0].label == "Li Si"
        assert m.lookup("San Zhang")[0][0].label == "Zhang San"


@pytest.mark.parametrize("args", [
    ("add", "Zhang San", "age", "30"), ("facts", "Zhang San"), ("lookup", "Zhang San"),
    ("forget", "--entity", "Li Si"), ("merges",),
])
def test_a_truncated_merge_log_does_not_crash(tmp_path: Path, args: tuple[str, ...]) -> None:
    store = tmp_path / "store"
    _store_with_a_merge(store)
    merges = _merges_file(store)
    intact = merges.read_text(encoding="utf-8")
    merges.write_text(intact + intact[: len(intact) // 2], encoding="utf-8")  # a second entry cut in half
    result = CliRunner().invoke(cli, [*args, "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    with Memory(store) as m:
        assert [x.mention for x in m.merges()] == ["San Zhang"]  # the intact entry is kept


def test_a_truncated_merge_log_through_the_api(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = tmp_path / "store"
    _store_with_a_merge(store)
    merges = _merges_file(store)
    merges.write_text(merges.read_text(encoding="utf-8")[:-9], encoding="utf-8")
    with Memory(store) as m:
        m.remember("I live in Paris.", speakers={"user": "Zhang San"})
        assert m.merges() == []
    assert f"{merges}, line 1" in caplog.text


FIRST = ["Alice", "Bruno", "Chen", "Dmitri", "Esther", "Farid", "Gwen", "Hiroshi"]
LAST = ["Abbott", "Brennan", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gallagher", "Horvath", "Ivanova",
        "Jablonski", "Kowalczyk", "Lindqvist", "Moreau", "Novak", "Okafor"]


def test_writer_threads_in_one_process(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    with Memory(tmp_path / "store") as m:
        def work(t: int) -> None:
            try:
                for i, last in enumerate(LAST):
                    m.add(f"{FIRST[t]} {last}", "age", str(20 + t * 15 + i))
                    m.lookup(FIRST[t], 3)
            except BaseException as e:  # noqa: BLE001 - collected and reported below
                errors.append(e)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(timeout=300)
        assert not errors, errors[:3]
        assert m.stats()["facts"] == 8 * 15
        for t, first in enumerate(FIRST):
            for i, last in enumerate(LAST):
                assert [f.object for f in m.facts(f"{first} {last}", "age")] == [20 + t * 15 + i]


_HOLD = """
import sys, time
from kg_memory import Memory, Turn
with Memory(sys.argv[1]) as m:
    m.add("Holder", "livesIn", "Oslo")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_wait_for_a_store_held_by_another_process(tmp_path: Path) -> None:
    store = tmp_path / "store"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(store), "4"], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        busy = CliRunner().invoke(cli, ["add", "Alice", "livesIn", "Paris", "--store", str(store)])
        assert busy.exit_code == 1 and "in use by another process" in busy.output and "Traceback" not in busy.output
        started = time.monotonic()
        waited = CliRunner().invoke(cli, ["add", "Alice", "livesIn", "Paris", "--store", str(store), "--wait", "60"])
        assert waited.exit_code == 0, waited.output
        assert time.monotonic() - started < 60
    finally:
        holder.wait(timeout=60)
    with Memory(store) as m:
        assert m.stats()["facts"] == 2


@pytest.mark.parametrize("name", ["", "   ", "???", "...", "Al\x00ice", "Al\x1b[31mice", "Ali\nce", "\x07"])
def test_names_need_a_letter_or_digit_and_no_control_characters(memory: Memory, name: str) -> None:
    with pytest.raises(InvalidName) as caught:
        memory.add(name, "livesIn", "Paris")
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, InputError)
    with pytest.raises(InvalidName):
        memory.add("Alice", "livesIn", name)
    assert memory.stats()["facts"] == 0 and memory.stats()["entities"] == 0


def test_good_names_still_pass(memory: Memory) -> None:
    for name in ("张三", "R2-D2", "7", "O'Brien", "Zoë"):
        memory.add(name, "livesIn", "Paris")
    assert memory.stats()["facts"] == 5


def test_remember_reports_progress_on_stderr_when_not_a_terminal(tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text("".join(f"P{i}: I live in City{i}.\n" for i in range(1200)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["remember", str(chat), "--store", str(tmp_path / "store"), "-f", "json"],
                                env={"KGMEM_PROGRESS_SECONDS": "0"})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["turns"] == 1200
    lines = [line for line in result.stderr.splitlines() if line.startswith(f"remembering {chat}")]
    assert len(lines) >= 3 and "/1,200 turns" in lines[0] and "1,200/1,200 turns (100%)" in lines[-1]


def test_remember_leaves_out_facts_with_unusable_names(memory: Memory, caplog: pytest.LogCaptureFixture) -> None:
    report = memory.remember([Turn("c1", "1", "???", "I live in Paris."), Turn("c1", "2", "Bob", "I live in Lyon.")])
    assert report.turns == 2
    assert [f.object.label for f in memory.facts("Bob", "livesIn")] == ["Lyon"]
    assert memory.stats()["facts"] == 1 and "'???' has no letter or digit" in caplog.text


def test_tables_do_not_echo_terminal_escapes(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    with Memory(store) as m:
        m.remember([Turn("c1", "1", "Eve", "I live in Paris.\x1b]0;pwned\x07")])
    out = runner.invoke(cli, ["recall", "Where does Eve live?", "--store", str(store)])
    assert out.exit_code == 0, out.output
    assert "\x1b" not in out.output and "\x07" not in out.output
