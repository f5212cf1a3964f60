"""The files of a saved :class:`~kg_memory.fuzzy.index.EntityIndex`, column by column.

A saved index is a folder: ``index.json`` (format, settings, encoder reference), ``rows.npz``
(numpy arrays only, read with ``allow_pickle=False``: the vectors, the inverted file, each row's
type id, and the text columns ``keys``, ``names``, ``texts`` and ``types`` as one UTF-8 JSON
object), and ``encoder.npz`` when the encoder is not the packaged default. Every column loads in
one call (one ``json.loads`` of a list per text column, one array read per numeric one): a
million rows load in about a second, where the first layout (``rows.jsonl``, one JSON line per
row, beside ``vectors.npz``) took 25-56 s. Rows and vectors live in one file, replaced whole, so
they always agree.

:func:`read` still reads the first layout (and its ``vectors.pt``, written before 0.2), and
says so in :attr:`Saved.migrated`: the index then rewrites the folder in this layout once.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> write(folder, {"quantize": False}, ["k1", "k2"], ["Ann", "Bo"], ["ann", "bo"], ["Person"],
...       np.zeros(2, dtype=np.int32), {"vectors": np.eye(2, dtype=np.float32)})
>>> saved = read(folder)
>>> saved.names, saved.types, saved.type_ids.tolist(), saved.migrated
(['Ann', 'Bo'], ['Person'], [0, 0], False)
"""

from __future__ import annotations

import contextlib
import json
import pickle
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kg_memory._files import atomic_open, atomic_write_text
from kg_memory.errors import FuzzyError

__all__ = ["FORMAT", "OLD_FORMAT", "Saved", "read", "remove_old_files", "write"]

FORMAT = "kg-memory-entity-index/2"
OLD_FORMAT = "kg-memory-entity-index/1"  # rows.jsonl + vectors.npz (or vectors.pt)
_ROWS = "rows.npz"
_OLD_FILES = ("rows.jsonl", "vectors.npz", "vectors.pt")


@dataclass
class Saved:
    """What :func:`read` found: ``meta`` (index.json), the row columns (``texts[i]`` None for a
    row of an old file that had no match text), the type vocabulary ``types`` that
    ``type_ids`` index, the numeric ``arrays``, and whether it came from the first layout."""

    meta: dict[str, Any]
    keys: list[str]
    names: list[str]
    texts: list[str | None]
    types: list[str]
    type_ids: np.ndarray
    arrays: dict[str, np.ndarray]
    migrated: bool


def write(
    folder: Path, meta: dict[str, Any], keys: list[str], names: list[str], texts: list[str],
    types: list[str], type_ids: np.ndarray, arrays: dict[str, np.ndarray],
) -> None:
    """Write ``rows.npz`` (whole, atomically), then ``index.json`` with ``meta`` and the format."""
    columns = json.dumps({"keys": keys, "names": names, "texts": texts, "types": types},
                         ensure_ascii=False).encode("utf-8")
    with atomic_open(folder / _ROWS, "wb") as f:
        np.savez(f, columns=np.frombuffer(columns, dtype=np.uint8),
                 type_ids=np.asarray(type_ids, dtype=np.int32), **arrays)  # type: ignore[arg-type]
    atomic_write_text(folder / "index.json", json.dumps({"format": FORMAT, **meta}, indent=2))


def remove_old_files(folder: Path) -> None:
    """Delete the first layout's files (after the folder was rewritten in this one)."""
    for name in _OLD_FILES:
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()


def read(folder: Path) -> Saved:
    """The saved index in ``folder``, in either layout.

    Raises
    ------
    FuzzyError
        If a file is missing or damaged, or the folder holds no kg-memory entity index.
    """
    try:
        meta = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        if meta.get("format") == OLD_FORMAT:
            saved = _read_old(folder, meta)
        elif meta.get("format") == FORMAT:
            saved = _read(folder, meta)
        else:
            raise FuzzyError(f"{folder} is not a kg-memory entity index")
    except (OSError, ValueError, KeyError, TypeError, RuntimeError, EOFError, pickle.UnpicklingError,
            zipfile.BadZipFile) as e:
        raise FuzzyError(f"cannot read entity index {folder}: {e}") from e
    if not len(saved.keys) == len(saved.names) == len(saved.texts) == len(saved.type_ids) \
            == len(saved.arrays["vectors"]):
        raise FuzzyError(f"entity index {folder}: {len(saved.keys)} rows but "
                         f"{len(saved.arrays['vectors'])} vectors")
    return saved


def _read(folder: Path, meta: dict[str, Any]) -> Saved:
    with np.load(folder / _ROWS, allow_pickle=False) as blob:
        arrays = {k: blob[k] for k in blob.files}
    columns = json.loads(arrays.pop("columns").tobytes().decode("utf-8"))
    return Saved(meta, columns["keys"], columns["names"], columns["texts"], columns["types"],
                 arrays.pop("type_ids").astype(np.int32), arrays, False)


def _read_old(folder: Path, meta: dict[str, Any]) -> Saved:
    """The first layout: one JSON line ``[key, name, type, match text]`` per row (no match text
    before it was saved), and the arrays in ``vectors.npz`` (``vectors.pt`` before 0.2)."""
    with open(folder / "rows.jsonl", encoding="utf-8") as f:
        rows = json.loads("[" + ",".join(line for line in f if line.strip()) + "]")
    keys, names, row_types = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
    texts = [r[3] if len(r) > 3 else None for r in rows]
    types = sorted(set(row_types))
    type_index = {t: i for i, t in enumerate(types)}
    type_ids = np.fromiter(map(type_index.__getitem__, row_types), dtype=np.int32, count=len(rows))
    return Saved(meta, keys, names, texts, types, type_ids, _read_old_vectors(folder), True)


def _read_old_vectors(folder: Path) -> dict[str, np.ndarray]:
    if not (folder / "vectors.npz").exists() and (folder / "vectors.pt").exists():
        import torch  # written by versions before 0.2

        blob = torch.load(folder / "vectors.pt", map_location="cpu", weights_only=True)
        return {k: v.numpy() for k, v in blob.items()}
    with np.load(folder / "vectors.npz", allow_pickle=False) as blob:
        return {k: blob[k] for k in blob.files}
