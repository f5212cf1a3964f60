"""Progress of recall work that a user waits for: a rich bar on a terminal, plain lines on stderr otherwise.

>>> import io
>>> out = io.StringIO()
>>> with Progress("recall: indexing turns", 4, stream=out) as bar:
...     bar.advance(4)
>>> out.getvalue().splitlines()[-1]
'recall: indexing turns: 4/4 (100%)'
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any

__all__ = ["Progress"]


class Progress:
    """Counts ``total`` steps under ``label``; shows them on ``stream`` (default stderr), at most one
    line every ``every`` seconds when it is not a terminal, and a rich bar when it is one (nothing
    when ``quiet``)."""

    def __init__(self, label: str, total: int, *, stream: IO[str] | None = None, every: float = 2.0,
                 quiet: bool = False) -> None:
        self.label, self.total, self.every, self.quiet = label, total, every, quiet
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self._last = 0.0
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.quiet:
            return self
        if self.stream is sys.stderr and sys.stderr.isatty():
            try:
                from rich.progress import Progress as RichProgress
            except ImportError:
                pass
            else:
                self._bar = RichProgress(transient=True)
                self._bar.start()
                self._task = self._bar.add_task(self.label, total=self.total)
                return self
        self._line(force=True)
        return self

    def advance(self, n: int = 1) -> None:
        """``n`` more steps done."""
        self.done += n
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done)
        else:
            self._line()

    def _line(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last >= self.every or self.done >= self.total:
            self._last = now
            share = 100 * self.done // max(self.total, 1)
            print(f"{self.label}: {self.done:,}/{self.total:,} ({share}%)", file=self.stream, flush=True)

    def __exit__(self, *exc: object) -> None:
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.stop()
        elif self.done < self.total or self.done == 0:
            self._line(force=True)
