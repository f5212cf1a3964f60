"""``kgmem sync``: copy memories between stores."""

from __future__ import annotations

from typing import Any

import click

from ..errors import KGMemoryError
from ._common import emit_rows, format_option, stderr


@click.command("sync")
@click.option("--from", "source", required=True, help="The store to copy from (a directory, bolt://..., sparql+http://...).")
@click.option("--to", "target", required=True, help="The store to copy into.")
@click.option("--namespace", "-n", help="Only this namespace (default: every namespace of the source).")
@click.option("--batch-size", default=1000, show_default=True, help="Facts per atomic batch.")
@format_option("table", "json", "csv")
def sync_command(source: str, target: str, namespace: str | None, batch_size: int, fmt: str) -> None:
    """Copy memories from one store to another (idempotent), then verify the counts.

      kgmem sync --from ~/.local/share/kg-memory/store --to bolt://localhost:7687
    """
    from rich.progress import Progress

    from ..stores import open_store
    from ..sync import sync

    try:
        with open_store(source) as src, open_store(target) as dst, Progress(console=stderr(), transient=True) as bar:
            tasks: dict[str, Any] = {}

            def update(ns: str, done: int, total: int) -> None:
                if ns not in tasks:
                    tasks[ns] = bar.add_task(f"sync {ns}", total=total)
                task = tasks[ns]
                bar.update(task, completed=done, total=total)

            reports = sync(src, dst, namespace=namespace, batch_size=batch_size, progress=update)
    except KGMemoryError as e:
        raise click.ClickException(str(e)) from e
    emit_rows([vars(r) for r in reports], fmt)


COMMANDS = (sync_command,)
