"""The ``kgmem`` command line: each command is a thin wrapper over one :class:`Memory` call.

The group lives here; the commands live in one module per group of commands (``facts``, ``query``,
``io``, ``entities``, ``recall``, ``serve``, ``sync``, ``demo``), each listing its commands in a
``COMMANDS`` tuple, registered below with one ``_register("module")`` line each. What commands
share (``store_options``, ``format_option``, ``open_memory``, ``emit_rows``...) is in ``_common``.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from ._logging import level_for, show_engine_log

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-memory")
@click.option("-v", "--verbose", count=True,
              help="Show the engine's steps on stderr (a compaction after a large load, a sync); -vv: debugging detail. "
                   "At a terminal the steps show without -v.")
@click.option("--quiet", is_flag=True, help="Only errors on stderr.")
def cli(verbose: int, quiet: bool) -> None:
    """kg-memory: long-term memory for LLM applications, as a knowledge graph.

    Facts live in an embedded RDF store (a directory, by default under ~/.local/share/kg-memory),
    in Neo4j, or behind a SPARQL endpoint. Query with SPARQL (or Cypher on Neo4j).
    """
    show_engine_log(level_for(verbose=verbose, quiet=quiet, terminal=sys.stderr.isatty()))


def _register(module: str) -> None:
    """Add every command in ``kg_memory.cli.<module>.COMMANDS`` to the group."""
    for command in importlib.import_module(f"{__name__}.{module}").COMMANDS:
        cli.add_command(command)


# one line per command module
_register("facts")
_register("query")
_register("io")
_register("entities")
_register("recall")
_register("serve")
_register("sync")
_register("demo")
_register("capacity")


#: The variables OpenBLAS reads its thread count from, in its order.
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def main() -> None:
    """Entry point of the ``kgmem`` console script.

    NumPy's OpenBLAS runs on one thread unless the environment says otherwise: the package's
    products are small (the fuzzy index and the learned extractor already ask for one thread
    each time), and a second thread only spun at start-up, about 0.06 CPU seconds of each
    ``kgmem`` process that loads NumPy. The commands import NumPy only once they run, so the
    setting is read in time.
    """
    if not any(name in os.environ for name in _BLAS_THREADS):
        os.environ["OPENBLAS_NUM_THREADS"] = "1"
    cli(prog_name="kgmem")


if __name__ == "__main__":
    main()
