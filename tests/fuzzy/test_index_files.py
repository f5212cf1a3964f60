"""The files of a saved entity index (issue 16): rows stored by column, and a folder in the first
layout (``rows.jsonl`` + ``vectors.npz``) read, answered from and rewritten once.

``data/index_v1`` was written by the previous release's ``EntityIndex.save`` (301 rows, an
inverted file with a tail, an alias), and ``data/index_v1_answers.json`` holds that release's
answers to its queries."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from kg_memory.errors import FuzzyError
from kg_memory.fuzzy import EntityIndex, storage

DATA = Path(__file__).parent / "data"


def _answers(found: list) -> list[list]:
    return [[m.key, m.name, m.type, m.score] for m in found]


def _check(index: EntityIndex, want: dict) -> None:
    got = [_answers(f) for f in index.search_batch(want["queries"], k=3)]
    person = [_answers(index.search(q, k=3, types=["Person"])) for q in want["queries"]]
    for mine, theirs in ((got, want["batch"]), (person, want["person"])):
        assert [[m[:3] for m in f] for f in mine] == [[m[:3] for m in f] for f in theirs]
        # scores are rounded to 6 decimals: a cosine 1e-7 apart (another BLAS build) moves one a unit
        assert [m[3] for f in mine for m in f] == pytest.approx([m[3] for f in theirs for m in f], abs=2e-6)


@pytest.fixture()
def old_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "index"
    shutil.copytree(DATA / "index_v1", folder)
    return folder


def test_an_index_in_the_old_layout_answers_as_before_and_is_rewritten(old_folder: Path) -> None:
    want = json.loads((DATA / "index_v1_answers.json").read_text(encoding="utf-8"))
    index = EntityIndex.load(old_folder)
    assert index.rows == 301 and len(index) == 300
    _check(index, want)
    assert json.loads((old_folder / "index.json").read_text())["format"] == storage.FORMAT
    assert sorted(p.name for p in old_folder.iterdir()) == ["index.json", "rows.npz"]
    again = EntityIndex.load(old_folder)  # the new layout: same rows, same answers
    assert [list(c) for c in (again._keys, again._names, again._texts)] == \
        [list(c) for c in (index._keys, index._names, index._texts)]  # noqa: SLF001
    _check(again, want)


def test_the_rewritten_index_keeps_taking_names(old_folder: Path) -> None:
    index = EntityIndex.load(old_folder)
    index.add(["new"], ["Zebulon Quartermaine"], ["Person"])
    index.save(old_folder)
    assert EntityIndex.load(old_folder).search("zebulon quartermain", k=1)[0].key == "new"


def test_any_text_round_trips(tmp_path: Path) -> None:
    """Keys and names are stored as JSON strings: separators, quotes, control characters and
    any script come back as they went in."""
    names = ["A\nB", 'say "hi"', "nul\x00here", "张三", "Łukasz Żółć", "tab\tname", "\\back", " "]
    index = EntityIndex()
    index.add([f"k\n{i}" for i in range(len(names))], names, ["Person", "Place"] * 4)
    index.save(tmp_path)
    loaded = EntityIndex.load(tmp_path)
    assert list(loaded._names) == names and list(loaded._keys) == list(index._keys)  # noqa: SLF001
    for name in names:
        assert loaded.search(name, k=2) == index.search(name, k=2)
    assert [m.type for m in loaded.search("张三", k=1, types=["Place"])] == ["Place"]


def test_a_damaged_rows_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    """The caller (entity resolution) rebuilds an index that fails to load with FuzzyError."""
    index = EntityIndex()
    index.add(["a", "b"], ["Ann Lee", "Bo Ray"])
    index.save(tmp_path)
    data = (tmp_path / "rows.npz").read_bytes()
    (tmp_path / "rows.npz").write_bytes(data[: len(data) // 2])
    with pytest.raises(FuzzyError):
        EntityIndex.load(tmp_path)
    (tmp_path / "index.json").write_text(json.dumps({"format": "something else"}))
    with pytest.raises(FuzzyError, match="not a kg-memory entity index"):
        EntityIndex.load(tmp_path)


def test_ties_are_broken_the_same_way_everywhere(tmp_path: Path) -> None:
    """Entities of one name score alike: their order (the later row first) is the same one at a
    time, in a batch searched list by list, and after a save and a load."""
    from kg_memory.fuzzy.variants import sample_names

    names = [n for n, _ in sample_names(1500, seed=8)]
    index = EntityIndex(ivf_min=1000, nprobe=6)
    index.add([f"e{i}" for i in range(len(names))], names)
    index.add(["twin1", "twin2", "twin3"], ["Jan Novak"] * 3)
    index.add(["twin4"], ["JAN NOVAK"])  # the same match text
    queries = ["Jan Novak", "jan novak", "Jan Nowak", *names[:20]]
    one = [index.search(q, k=4) for q in queries]
    assert [m.key for m in one[0]] == ["twin4", "twin3", "twin2", "twin1"]
    assert len({m.score for m in one[0]}) == 1
    batch = index.search_batch(queries, k=4)  # 23 queries: the list-by-list search
    # (a batch's cosines come from a matrix product, one query's from a vector product: the last
    # digit of a score may differ, the order of equal names may not)
    assert [[m.key for m in f] for f in batch] == [[m.key for m in f] for f in one]
    assert [m.score for f in batch for m in f] == pytest.approx([m.score for f in one for m in f], abs=2e-6)
    index.save(tmp_path)
    loaded = EntityIndex.load(tmp_path)
    assert [loaded.search(q, k=4) for q in queries] == one
    assert loaded.search_batch(queries, k=4) == batch


def _walked(index: EntityIndex) -> int:
    """References the garbage collector follows from the index's own attributes."""
    gc.collect()
    return sum(len(gc.get_referents(v)) for v in vars(index).values() if gc.is_tracked(v))


def test_the_collector_does_not_walk_the_rows(tmp_path: Path) -> None:
    """Keys, names and match texts sit in containers the garbage collector does not traverse:
    a full collection costs the same at any size (40 ms per collection at a million rows in
    lists), after adds, removes and a load alike."""
    walked = []
    for n in (30, 300):
        index = EntityIndex()
        index.add([f"k{i}" for i in range(n)], [f"Name Number {i}" for i in range(n)], ["Person"] * n)
        index.add(["x"], ["Extra Name"])
        index.remove(["k0", "k1"])
        index.save(tmp_path / str(n))
        walked += [_walked(index), _walked(EntityIndex.load(tmp_path / str(n)))]
    assert walked[0] == walked[2] and walked[1] == walked[3]


def test_rows_added_one_at_a_time_keep_their_order() -> None:
    """Rows are appended into spare room of the columns' buffers; a column taken before an add
    keeps its rows."""
    index = EntityIndex()
    for i in range(40):
        index.add([f"k{i}"], [f"Person Number {i}"])
    held = index._keys  # noqa: SLF001
    index.add(["z"], ["Zed Zedson"])
    index.remove(["k3"])
    index.add(["y"], ["Yan Yanson"])
    assert list(held) == [f"k{i}" for i in range(40)]
    assert list(index._keys) == [f"k{i}" for i in range(40) if i != 3] + ["z", "y"]  # noqa: SLF001
    assert index.search("zed zedson", k=1)[0].key == "z" and index.rows == 41


@pytest.mark.parametrize("quantize", [False, True])
def test_adding_rows_does_not_copy_the_vectors_before_them(quantize: bool) -> None:
    """Vectors, scales, type ids and inverted-file lists grow into spare room as the strings do (an
    add cost 45 ms at a million rows when every array was concatenated); the rows, and so the
    answers, are those of an index given every name at once."""
    names = [f"Person Number {i}" for i in range(120)]
    types = ["Person", "Place", "Thing"] * 40
    one_by_one = EntityIndex(quantize=quantize, ivf_min=60, nprobe=10_000)
    one_by_one.encode_ahead(names)  # the vectors of one encoder call, as the other index's
    one_by_one.add([f"k{i}" for i in range(100)], names[:100], types[:100])  # k-means (ivf_min), lists reordered
    one_by_one.add(["k100"], [names[100]], [types[100]])  # copied once into a buffer with room for 50 more
    before = {name: getattr(one_by_one, name) for name in ("_vectors", "_scales", "_type_ids", "_assign")}
    for i in range(101, 120):
        one_by_one.add([f"k{i}"], [names[i]], [types[i]])
    grown = ["_vectors", "_type_ids", "_assign"] + (["_scales"] if quantize else [])
    assert all(np.shares_memory(before[name], getattr(one_by_one, name)) for name in grown)
    together = EntityIndex(quantize=quantize, ivf_min=60, nprobe=10_000)
    together.encode_ahead(names)
    together.add([f"k{i}" for i in range(100)], names[:100], types[:100])
    together.add([f"k{i}" for i in range(100, 120)], names[100:], types[100:])
    for name in ("_vectors", "_scales", "_type_ids", "_assign"):
        assert np.array_equal(getattr(one_by_one, name), getattr(together, name))
    assert one_by_one.remove(["k3", "k110", "absent"]) == 2 and together.remove(["k3", "k110"]) == 2
    for query in ["person number 7", "Person Numbr 115", "number 42"]:
        assert one_by_one.search(query, k=5, types=["Person"]) == together.search(query, k=5, types=["Person"])
