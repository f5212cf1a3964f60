"""Jupyter support: the ``%%sparql``, ``%%cypher`` and ``%kgmem`` magics.

The inline graph view they show is :class:`~kg_memory.export.view.GraphView` (``Memory.show``).

``%load_ext kg_memory`` registers the magics (needs the ``notebook`` extra: IPython). They run against
the *current* memory, chosen with ``%kgmem use STORE`` or :func:`use` (``use(memory)``), or per cell
with ``--store``::

    %%sparql [--store URL] [--namespace N] [-o NAME]     SPARQL -> DataFrame (ASK -> bool)
    %%cypher [--store URL] [--namespace N] [-o NAME]     Cypher on a Neo4j store -> DataFrame
    %kgmem [stats] [--namespace N]                       counts of facts, entities, turns...
    %kgmem use STORE [--namespace N]                     open STORE and make it current
    %kgmem show [ENTITY] [--depth N] [--namespace N]     the interactive graph, inline

Results become pandas DataFrames (IRIs shortened by prefix, typed literals as Python values; a
CONSTRUCT gives ``subject``, ``predicate``, ``object`` columns); ``-o NAME`` also stores the result
in the notebook's variable ``NAME``. A :class:`~kg_memory.errors.KGMemoryError` shows as a one-line
message, without a traceback.

The magics keep their state (the current memory, stores opened by URL) on the
:class:`KGMemoryMagics` instance registered with the shell; the module holds none.

Examples
--------
>>> from kg_memory import Memory
>>> memory = Memory()
>>> _ = memory.add("Alice", "livesIn", "Paris")
>>> to_frame(memory.query("SELECT ?p ?city WHERE { ?p :livesIn/rdfs:label ?city }")).to_dict("records")
[{'p': 'ent:person.alice', 'city': 'Paris'}]
>>> to_frame(memory.query("ASK { ?p :livesIn ?city }"))
True
>>> view = memory.show("Alice")
>>> view
GraphView(2 entities, 1 facts)
>>> view._repr_html_().startswith("<iframe srcdoc=")
True
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import MagicArgumentParser, argument, magic_arguments
from IPython.utils.process import arg_split

from .errors import KGMemoryError
from .export.view import GraphView
from .memory import Memory
from .results import QueryResult

if TYPE_CHECKING:
    import pandas
    from IPython.core.interactiveshell import InteractiveShell

__all__ = ["GraphView", "KGMemoryMagics", "load_ipython_extension", "to_frame", "unload_ipython_extension", "use"]

logger = logging.getLogger(__name__)


def to_frame(result: QueryResult) -> pandas.DataFrame | bool:
    """A query result for a notebook: ``bool`` for ASK, else a DataFrame (see the module docstring)."""
    if result.kind == "ask":
        return bool(result.boolean)
    return result.to_dataframe()


def _parse(parser: MagicArgumentParser, line: str) -> Any:
    """Parse magic arguments, quotes removed (``--store "my dir"``), backslashes kept (Windows paths)."""
    try:
        words = arg_split(line, posix=False)
    except ValueError as e:
        raise UsageError(f"cannot parse {line!r}: {e}") from None
    return parser.parse_args([w[1:-1] if len(w) > 1 and w[0] == w[-1] and w[0] in "'\"" else w for w in words])


@contextlib.contextmanager
def _clean_errors() -> Iterator[None]:
    """Show library errors as IPython usage errors: one line, no traceback."""
    try:
        yield
    except KGMemoryError as e:
        raise UsageError(f"{type(e).__name__}: {e}") from None


def _kgmem_parser() -> MagicArgumentParser:
    parser = MagicArgumentParser(prog="%kgmem", description="kg-memory in a notebook: stats, use, show.")
    commands = parser.add_subparsers(dest="command", parser_class=MagicArgumentParser)
    stats = commands.add_parser("stats", help="counts for the current memory")
    stats.add_argument("--namespace", "-n")
    use_ = commands.add_parser("use", help="open STORE and make it the current memory")
    use_.add_argument("store", help="a directory, memory://, bolt://HOST:PORT or sparql+http://...")
    use_.add_argument("--namespace", "-n")
    show = commands.add_parser("show", help="the interactive graph of ENTITY's neighbourhood (or everything)")
    show.add_argument("entity", nargs="?")
    show.add_argument("--depth", "-d", type=int, default=1)
    show.add_argument("--namespace", "-n")
    show.add_argument("--height", type=int, default=600)
    return parser


@magics_class
class KGMemoryMagics(Magics):
    """The kg-memory magics; holds the current memory and the memories opened by URL."""

    def __init__(self, shell: InteractiveShell | None = None, memory: Memory | None = None,
                 namespace: str | None = None) -> None:
        super().__init__(shell)
        self.memory = memory
        self.namespace = namespace
        self._opened: dict[str, Memory] = {}

    def use(self, store: Memory | str | os.PathLike[str], namespace: str | None = None) -> Memory:
        """Make ``store`` (a :class:`Memory`, or a location to open) the current memory."""
        self.memory = store if isinstance(store, Memory) else self._open(os.fspath(store))
        self.namespace = namespace
        return self.memory

    def close(self) -> None:
        """Close the memories the magics opened themselves."""
        for memory in self._opened.values():
            memory.close()
        self._opened.clear()

    def _open(self, location: str) -> Memory:
        if location not in self._opened:
            memory = Memory(location)
            memory.store.open()
            self._opened[location] = memory
        return self._opened[location]

    def _target(self, store: str | None, namespace: str | None) -> tuple[Memory, str | None]:
        if store is not None:
            return self._open(store), namespace
        if self.memory is None:
            raise UsageError("no memory in use: run `%kgmem use STORE`, call kg_memory.notebook.use(memory), "
                             "or pass --store")
        return self.memory, namespace or self.namespace

    def _publish(self, value: Any, name: str | None) -> Any:
        if name:
            if self.shell is None:
                raise UsageError("-o needs an IPython shell")
            self.shell.user_ns[name] = value
        return value

    @magic_arguments()
    @argument("--store", "-s", help="Query this store instead of the current memory.")
    @argument("--namespace", "-n", help="The namespace to query (default: the current one).")
    @argument("-o", "--output", help="Also store the result in this variable.")
    @cell_magic
    def sparql(self, line: str, cell: str) -> pandas.DataFrame | bool:
        """Run the cell as a SPARQL query: a DataFrame (ASK: a bool)."""
        args = _parse(self.sparql.parser, line)
        with _clean_errors():
            memory, namespace = self._target(args.store, args.namespace)
            result = memory.query(cell, namespace=namespace)
        return self._publish(to_frame(result), args.output)

    @magic_arguments()
    @argument("--store", "-s", help="Query this store (bolt://...) instead of the current memory.")
    @argument("--namespace", "-n", help="The namespace to query (default: the current one).")
    @argument("-o", "--output", help="Also store the result in this variable.")
    @cell_magic
    def cypher(self, line: str, cell: str) -> pandas.DataFrame:
        """Run the cell as a Cypher query on a Neo4j store: a DataFrame."""
        args = _parse(self.cypher.parser, line)
        with _clean_errors():
            memory, namespace = self._target(args.store, args.namespace)
            result = memory.cypher(cell, namespace=namespace)
        return self._publish(result.to_dataframe(), args.output)

    @line_magic
    def kgmem(self, line: str) -> Any:
        """``%kgmem [stats|use STORE|show ENTITY] [options]`` (see the module docstring)."""
        args = _parse(_kgmem_parser(), line)
        with _clean_errors():
            if args.command == "use":
                memory = self.use(args.store, args.namespace)
                print(f"using {memory!r}" + (f", namespace {args.namespace!r}" if args.namespace else ""))
                return None
            memory, namespace = self._target(None, getattr(args, "namespace", None))
            if args.command == "show":
                return memory.show(args.entity, args.depth, namespace=namespace, height=args.height)
            import pandas as pd

            return pd.DataFrame([{"namespace": namespace or memory.namespace, **memory.stats(namespace=namespace)}])


def _magics(shell: InteractiveShell) -> KGMemoryMagics:
    """The magics registered with ``shell`` (registering them first if needed)."""
    magics = shell.magics_manager.registry.get(KGMemoryMagics.__name__)
    if magics is None:
        load_ipython_extension(shell)
        magics = shell.magics_manager.registry[KGMemoryMagics.__name__]
    return magics


def use(memory: Memory | str | os.PathLike[str], *, namespace: str | None = None,
        shell: InteractiveShell | None = None) -> Memory:
    """Make ``memory`` (a :class:`Memory` or a store location) the one the magics query.

    Loads the extension into the running IPython shell (or ``shell``) when needed.
    """
    if shell is None:
        from IPython import get_ipython

        shell = get_ipython()
        if shell is None:
            raise RuntimeError("kg_memory.notebook.use() needs a running IPython or Jupyter kernel")
    return _magics(shell).use(memory, namespace)


def load_ipython_extension(ipython: InteractiveShell) -> None:
    """Register the magics with ``ipython`` (``%load_ext kg_memory``); loading twice keeps the first."""
    if KGMemoryMagics.__name__ not in ipython.magics_manager.registry:
        ipython.register_magics(KGMemoryMagics(ipython))


def unload_ipython_extension(ipython: InteractiveShell) -> None:
    """Close the memories the magics opened (``%unload_ext kg_memory``)."""
    magics = ipython.magics_manager.registry.get(KGMemoryMagics.__name__)
    if isinstance(magics, KGMemoryMagics):
        magics.close()
