"""What the engine says while a command runs, shown on standard error.

The package logs through :mod:`logging` (``kg_memory.*``): a large load compacting the database
(which can take half a minute at a million facts, after the progress bar is done), a sync finished,
an index rebuilt. ``kgmem`` shows those records on standard error: at a terminal, the engine's
steps (INFO) by default; in a pipe, only warnings, so scripts keep a quiet stderr. ``-v`` shows the
steps anywhere, ``-vv`` debugging detail, ``-q`` only errors.

>>> import logging
>>> level_for(verbose=0, quiet=False, terminal=True) == logging.INFO
True
>>> level_for(verbose=0, quiet=False, terminal=False) == logging.WARNING
True
"""

from __future__ import annotations

import logging

import click

__all__ = ["level_for", "show_engine_log"]


def level_for(*, verbose: int, quiet: bool, terminal: bool) -> int:
    """The least level of the engine's log records that ``kgmem`` shows."""
    if quiet:
        return logging.ERROR
    if verbose >= 2:
        return logging.DEBUG
    return logging.INFO if verbose or terminal else logging.WARNING


class _Stderr(logging.Handler):
    """Writes each record as ``kgmem: message`` to the standard error of the moment (a test runner
    swaps it between commands)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            click.echo(f"kgmem: {self.format(record)}", err=True)
        except Exception:  # noqa: BLE001 - logging must never break the command
            self.handleError(record)


def show_engine_log(level: int) -> None:
    """Show the package's log records of ``level`` and above on standard error (replacing what an
    earlier command in this process set up)."""
    logger = logging.getLogger("kg_memory")
    for handler in [h for h in logger.handlers if isinstance(h, _Stderr)]:
        logger.removeHandler(handler)
    logger.addHandler(_Stderr(level))  # with a handler in place, Python's last-resort one stays silent
    if level < logger.getEffectiveLevel():
        logger.setLevel(level)
