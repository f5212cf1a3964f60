"""Queries in worker processes that can really be stopped.

pyoxigraph cannot cancel a running query, so each query runs in a worker process forked from the
server: the fork holds a copy-on-write snapshot of the store (in memory or on disk), evaluates the
query with :meth:`~kg_memory.stores.base.Store.stream`, serialises the answer and sends it back over
a pipe. Past the time limit the worker is killed (``SIGKILL``) and its memory goes with it; so is
a worker whose resident memory grows by more than ``max_memory`` (checked every 20 ms, with an
``RLIMIT_AS`` cap of twice that as a backstop). Idle workers serve further queries
until the store changes (each update starts a new *generation*: older workers are retired).

Workers are forked while no thread of the server touches the store (updates and forks take the same
lock); a worker closes every inherited socket, so it holds no client connection open.
"""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import logging
import os
import resource
import signal
import stat
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, Pipe
from typing import Any

from ..errors import KGMemoryError, QueryError, UnsupportedOperation
from ..memory import Memory
from ..results import QueryResult
from .options import ServeOptions
from .protocol import CONTENT_TYPES, HttpError, choose_format, serialize

__all__ = ["QueryReply", "QueryRequest", "WorkerPool"]

logger = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
_PAGE = os.sysconf("SC_PAGE_SIZE")
_WATCH = 0.02  # seconds between checks of a busy worker's memory


@dataclass(frozen=True)
class QueryRequest:
    """What a worker needs to answer a query: the text, where it runs, how to format it."""

    text: str
    namespace: str
    isolated: bool
    accept: str | None
    formats: tuple[str, ...]
    max_rows: int


@dataclass(frozen=True)
class QueryReply:
    """A worker's answer: the serialised body, or an error (``status`` not 200)."""

    status: int
    body: bytes = b""
    content_type: str = ""
    truncated: bool = False
    rows: int = 0
    code: str = ""
    message: str = ""


class _Worker:
    def __init__(self, pid: int, conn: Connection, generation: int) -> None:
        self.pid, self.conn, self.generation = pid, conn, generation

    def alive(self) -> bool:
        """Whether the worker still runs (it dies with the thread that forked it, see PR_SET_PDEATHSIG)."""
        try:
            return os.waitpid(self.pid, os.WNOHANG) == (0, 0)
        except ChildProcessError:
            return False

    def resident(self) -> int:
        """The worker's resident memory in bytes (0 once it is gone)."""
        try:
            with open(f"/proc/{self.pid}/statm") as f:
                return int(f.read().split()[1]) * _PAGE
        except (OSError, IndexError, ValueError):
            return 0

    def kill(self) -> None:
        """Stop the worker now and reap it (its memory is freed when this returns)."""
        if self.conn.closed:
            return
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self.conn.close()


class WorkerPool:
    """Forks, reuses and kills the query workers of one server (at most ``max_concurrent`` at work)."""

    def __init__(self, memory: Memory, options: ServeOptions) -> None:
        self.memory = memory
        self.options = options
        self._slots = threading.BoundedSemaphore(options.max_concurrent)
        self._lock = threading.Lock()  # held while forking and while the store is written
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._generation = 0
        self._closed = False
        self._warm_up()

    def _warm_up(self) -> None:
        """Evaluate and serialise trivial queries once here, so that the lazy set-up of the query
        engine and the serialisers (a quarter of a second) is inherited by every worker."""
        select = "SELECT ?x WHERE { BIND(1 AS ?x) }"
        construct = 'CONSTRUCT { <urn:kgmem:a> <urn:kgmem:b> "c" } WHERE {}'
        for query, formats in ((select, ("json", "xml", "csv", "tsv")), (construct, ("turtle", "nt", "json-ld", "xml"))):
            for fmt in formats:
                answer(self.memory, QueryRequest(query, self.memory.namespace, True, None, (fmt,), 1))

    def run(self, request: QueryRequest) -> QueryReply:
        """Answer ``request`` in a worker; :class:`HttpError` 503 when the time limit, the memory cap
        or the concurrency bound is hit."""
        limit = self.options.timeout
        deadline = time.monotonic() + limit
        if not self._slots.acquire(timeout=limit):
            raise HttpError(503, "busy", f"{self.options.max_concurrent} queries are already running; "
                            "try again later", {"Retry-After": str(max(1, round(limit)))})
        try:
            worker = self._take()
            try:
                ceiling = worker.resident() + self.options.max_memory
                worker.conn.send(request)
                while not worker.conn.poll(min(_WATCH, max(0.0, deadline - time.monotonic()))):
                    if time.monotonic() >= deadline:
                        self._kill(worker)
                        logger.warning("query stopped at the %s s time limit: %s", limit, _short(request.text))
                        raise HttpError(503, "timeout", f"the query took longer than the {limit:g} s time limit")
                    if worker.resident() > ceiling:
                        raise EOFError
                reply: QueryReply = worker.conn.recv()
            except (EOFError, OSError):
                self._kill(worker)
                logger.warning("query stopped at the memory cap: %s", _short(request.text))
                raise HttpError(503, "memory", f"the query needed more than the {self.options.max_memory >> 20} MiB "
                                "a query may use") from None
            self._give_back(worker)
            return reply
        finally:
            self._slots.release()

    def writing(self) -> _Writing:
        """A context manager for writes to the store: no fork meanwhile, and idle workers (holding the
        old snapshot) are retired after it."""
        return _Writing(self)

    def close(self) -> None:
        """Stop every worker, busy ones included."""
        with self._lock:
            self._closed = True
            self._idle = []
            workers, self._all = list(self._all), set()
        for worker in workers:
            self._kill(worker)

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.generation == self._generation and worker.alive():
                    return worker
                self._kill(worker)
            return self._fork()

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed and worker.generation == self._generation:
                self._idle.append(worker)
                return
        self._kill(worker)

    def _kill(self, worker: _Worker) -> None:
        worker.kill()
        self._all.discard(worker)

    def _retire(self) -> None:
        self._generation += 1
        idle, self._idle = self._idle, []
        for worker in idle:
            self._kill(worker)

    def _fork(self) -> _Worker:
        parent_end, child_end = Pipe()
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            status = 1
            try:
                parent_end.close()
                _worker_main(self.memory, child_end, self.options.max_memory)
                status = 0
            finally:
                os._exit(status)
        child_end.close()
        worker = _Worker(pid, parent_end, self._generation)
        self._all.add(worker)
        return worker


class _Writing:
    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    def __enter__(self) -> None:
        self.pool._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        try:
            self.pool._retire()
        finally:
            self.pool._lock.release()


def _close_inherited_sockets(keep: int) -> None:
    """Close the server's sockets in a worker (listening socket, clients, other workers' pipes)."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd == keep:
            continue
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)
        except OSError:
            pass


def _cap_memory(extra: int) -> None:
    """Limit the worker's address space to what it has now plus ``extra`` bytes, and make a query that
    hits the limit die at once: no core file, no Rust backtrace (symbolising one without memory to
    spare can take longer than the time limit)."""
    with open("/proc/self/statm") as f:
        size = int(f.read().split()[0]) * _PAGE
    resource.setrlimit(resource.RLIMIT_AS, (size + extra, size + extra))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.environ["RUST_BACKTRACE"] = "0"


def _short(query: str) -> str:
    return " ".join(query.split())[:200]


def _worker_main(memory: Memory, conn: Connection, max_memory: int) -> None:
    with contextlib.suppress(OSError, AttributeError):  # Linux: die with the server
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    faulthandler.disable()  # a query stopped by the memory cap aborts: no traceback dump for that
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _close_inherited_sockets(conn.fileno())
    _cap_memory(2 * max_memory)  # a backstop: the server stops a worker at max_memory resident
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(answer(memory, request))


def answer(memory: Memory, request: QueryRequest) -> QueryReply:
    """Evaluate and serialise one query (in a worker; errors become error replies).

    >>> memory = Memory()
    >>> _ = memory.add("Alice", "livesIn", "Paris")
    >>> reply = answer(memory, QueryRequest("ASK { ?p :livesIn ?c }", "default", True, None, ("csv",), 10))
    >>> reply.status, reply.body
    (200, b'_askResult\\r\\ntrue\\r\\n')
    """
    try:
        result, truncated = _evaluate(memory, request)
        kind = "graph" if result.kind == "graph" else "rows"
        fmt = choose_format(kind, request.accept, list(request.formats))
        body = serialize(result, fmt).encode("utf-8")
        return QueryReply(200, body, f"{CONTENT_TYPES[kind][fmt]}; charset=utf-8", truncated, len(result))
    except HttpError as e:
        return QueryReply(e.status, code=e.code, message=e.message)
    except QueryError as e:
        return QueryReply(400, code="malformed-query", message=str(e))
    except MemoryError:
        return QueryReply(503, code="memory", message="the query needed more memory than a query may use")
    except (KGMemoryError, OSError) as e:
        return QueryReply(500, code="store-error", message=f"the store failed: {e}")
    except Exception as e:  # a bug: answer 500 and keep serving
        logger.exception("internal error answering a query")
        return QueryReply(500, code="internal-error", message=f"{type(e).__name__}: {e}")


def _evaluate(memory: Memory, request: QueryRequest) -> tuple[QueryResult, bool]:
    """The result (at most ``max_rows`` long) and whether it was cut."""
    try:
        answer = memory.store.stream(request.text, namespace=request.namespace, isolated=request.isolated)
    except UnsupportedOperation:  # a store whose rows cannot come one by one
        if request.isolated:
            raise HttpError(501, "not-implemented", f"{type(memory.store).__name__} cannot serve one namespace "
                            "in isolation; serve it with all_namespaces (kgmem serve --all-namespaces)") from None
        return _truncate(memory.query(request.text, namespace=request.namespace), request.max_rows)
    if answer.kind == "ask":
        return QueryResult("ask", boolean=bool(answer.boolean)), False
    items: list[Any] = []
    truncated = False
    for item in answer.items:
        if len(items) == request.max_rows:
            truncated = True
            break
        items.append(item)
    if answer.kind == "graph":
        return QueryResult("graph", triples=items), truncated
    return QueryResult("select", answer.variables, items), truncated


def _truncate(result: QueryResult, max_rows: int) -> tuple[QueryResult, bool]:
    if len(result) <= max_rows or result.kind == "ask":
        return result, False
    if result.kind == "graph":
        return QueryResult("graph", triples=result.triples[:max_rows]), True
    return QueryResult(result.kind, result.variables, result.rows[:max_rows]), True
