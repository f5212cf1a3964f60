"""Side files written whole or not at all: a temporary file beside the target, then ``os.replace``.

A reader (or a process killed mid-write) sees the old file or the new one, never half of one.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write_text(folder / "merges.jsonl", '{"mention": "Zhang Sna"}\\n')
>>> (folder / "merges.jsonl").read_text()
'{"mention": "Zhang Sna"}\\n'
>>> with atomic_open(folder / "rows.bin", "wb") as out:
...     _ = out.write(b"\\x00\\x01")
>>> sorted(p.name for p in folder.iterdir())
['merges.jsonl', 'rows.bin']
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["atomic_open", "atomic_write_bytes", "atomic_write_text"]


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = "utf-8",
                fsync: bool = True) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` for writing (``mode`` ``"w"`` or ``"wb"``); on a clean
    exit it is flushed, synced and renamed over ``path``; on an exception it is removed and ``path``
    is left as it was."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes whole files: mode 'w' or 'wb', not {mode!r}")
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        try:  # keep the mode of the file replaced (mkstemp makes 0600 files)
            os.chmod(tmp, target.stat().st_mode & 0o777)
        except FileNotFoundError:
            os.chmod(tmp, 0o644)
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding,
                       newline=None if "b" in mode else "") as handle:
            yield handle
            handle.flush()
            if fsync:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` in one step (see :func:`atomic_open`)."""
    with atomic_open(path, "w", encoding=encoding) as out:
        out.write(text)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (see :func:`atomic_open`)."""
    with atomic_open(path, "wb") as out:
        out.write(data)
