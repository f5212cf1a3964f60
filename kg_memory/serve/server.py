"""The HTTP side of ``kgmem serve``: an ASGI application on uvicorn.

uvicorn (with h11) parses HTTP; :class:`_Protocol` adds what a server facing browsers and careless
clients needs on top: a deadline for each request's headers (a slow client is dropped), and one
``send`` per response (headers and body together; asyncio also sets ``TCP_NODELAY``). The
application checks the ``Host`` header, reads the body under the same deadline and a size cap, and
hands the request to :class:`~kg_memory.serve.endpoint.SparqlEndpoint` in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..memory import Memory
from .endpoint import SparqlEndpoint
from .options import ServeOptions
from .protocol import HttpError, Response
from .security import allowed_hosts, cors_headers, host_allowed

__all__ = ["SparqlServer", "serve"]

_Scope = MutableMapping[str, Any]
_Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
_Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
_BACKLOG = 1024


class _OneWrite:
    """A transport whose writes during one step of the event loop leave in one ``send``."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport, self._loop, self._pending = transport, loop, bytearray()

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not self._pending:
            self._loop.call_soon(self.flush)
        self._pending += data

    def flush(self) -> None:
        if self._pending and not self._transport.is_closing():
            self._transport.write(bytes(self._pending))
        self._pending.clear()

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header deadline and single-write responses."""

    header_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.transport = _OneWrite(transport, self.loop)  # type: ignore[assignment]
        self._deadline: asyncio.TimerHandle | None = None
        self._arm()

    def _arm(self) -> None:
        if self._deadline is None:
            self._deadline = self.loop.call_later(self.header_timeout, self._expired, self.cycle)

    def _expired(self, cycle: Any) -> None:
        self._deadline = None
        if self.cycle is cycle and (cycle is None or cycle.response_complete):  # no request came meanwhile
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.cycle is None or self.cycle.response_complete:  # between requests: the headers must come soon
            self._arm()
        elif self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        super().connection_lost(exc)


class _App:
    """The ASGI application: Host check, body under a deadline, then the endpoint in a thread."""

    def __init__(self, endpoint: SparqlEndpoint, hosts: frozenset[str], any_address: bool) -> None:
        self.endpoint, self.hosts, self.any_address = endpoint, hosts, any_address
        self.executor = ThreadPoolExecutor(max_workers=min(endpoint.options.max_connections, 128),
                                           thread_name_prefix="kgmem-request")

    async def __call__(self, scope: _Scope, receive: _Receive, send: _Send) -> None:
        if scope["type"] != "http":
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        options = self.endpoint.options
        try:
            if not host_allowed(headers.get("host"), self.hosts, any_address=self.any_address):
                raise HttpError(403, "forbidden-host", "this server does not answer for that Host header "
                                "(kgmem serve --allow-host NAME)", {"Connection": "close"})
            body = await self._body(scope, headers, receive)
        except HttpError as e:
            response = e.response()
            response.headers.update(cors_headers(options.cors_origins, headers.get("origin")))
        else:
            target = scope["raw_path"].decode("latin-1")
            if scope["query_string"]:
                target += "?" + scope["query_string"].decode("latin-1")
            loop = asyncio.get_running_loop()
            response = await loop.run_in_executor(self.executor, self.endpoint.handle, scope["method"], target,
                                                  headers, body)
        await _send(send, response)

    async def _body(self, scope: _Scope, headers: dict[str, str], receive: _Receive) -> bytes:
        limit = self.endpoint.options.max_body
        if scope["method"] == "POST":
            length = headers.get("content-length")
            if length is None and "transfer-encoding" not in headers:
                raise HttpError(411, "length-required", "POST needs a Content-Length")
            if length is not None and (not length.isdigit() or int(length) > limit):
                raise HttpError(413, "too-large", f"the body is over {limit} bytes", {"Connection": "close"})
        chunks: list[bytes] = []
        size = 0

        async def read() -> None:
            nonlocal size
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    raise HttpError(400, "bad-request", "the client went away")
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if size > limit:
                    raise HttpError(413, "too-large", f"the body is over {limit} bytes", {"Connection": "close"})
                if not message.get("more_body"):
                    return

        try:
            await asyncio.wait_for(read(), self.endpoint.options.header_timeout)
        except TimeoutError:
            raise HttpError(408, "request-timeout", "the body came too slowly", {"Connection": "close"}) from None
        return b"".join(chunks)


async def _send(send: _Send, response: Response) -> None:
    headers = [(b"Content-Length", str(len(response.body)).encode())]
    if response.content_type:
        headers.append((b"Content-Type", response.content_type.encode()))
    headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})


class SparqlServer:
    """An HTTP server answering the SPARQL 1.1 Protocol at ``/sparql`` over ``memory``.

    ``address`` is ``(host, port)``; port 0 picks a free port (see :attr:`url`). The socket is bound
    here; :meth:`serve_forever` serves until :meth:`shutdown` (from another thread) or Ctrl-C;
    :meth:`server_close` releases the socket and the query workers. The memory must stay open while
    the server runs.
    """

    def __init__(self, memory: Memory, address: tuple[str, int] = ("127.0.0.1", 7878),
                 options: ServeOptions | None = None) -> None:
        self.endpoint = SparqlEndpoint(memory, options)
        options = self.endpoint.options
        host, port = address
        self.socket = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM,
                                    socket.IPPROTO_TCP)
        try:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.socket.bind((host, port))
            self.socket.listen(_BACKLOG)
        except OSError:
            self.socket.close()
            self.endpoint.close()
            raise
        self.server_address: tuple[Any, ...] = self.socket.getsockname()
        bound = self.server_address[0]
        self._app = _App(self.endpoint, allowed_hosts(bound, options.allow_hosts), host in ("", "0.0.0.0", "::"))
        protocol = type("_ServerProtocol", (_Protocol,), {"header_timeout": options.header_timeout})
        config = uvicorn.Config(self._app, http=protocol, ws="none", lifespan="off", interface="asgi3",
                                log_config=None, access_log=False, proxy_headers=False, server_header=False,
                                timeout_keep_alive=max(1, round(options.idle_timeout)),
                                limit_concurrency=options.max_connections, backlog=_BACKLOG,
                                timeout_graceful_shutdown=max(1, round(options.timeout)))
        self._server = uvicorn.Server(config)
        self._started = threading.Event()
        self._stopped = threading.Event()

    def __enter__(self) -> SparqlServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.server_close()

    @property
    def url(self) -> str:
        """The endpoint URL, e.g. ``http://127.0.0.1:7878/sparql``."""
        host, port = self.server_address[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/sparql"

    def serve_forever(self) -> None:
        """Serve until :meth:`shutdown` or a signal (in the main thread: Ctrl-C raises KeyboardInterrupt
        once the server has stopped)."""
        self._started.set()
        try:
            self._server.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self, wait: float = 30.0) -> None:
        """Stop :meth:`serve_forever` (called from another thread) and wait for it to return."""
        self._server.should_exit = True
        if self._started.is_set():
            self._stopped.wait(wait)

    def server_close(self) -> None:
        """Close the listening socket and stop the query workers."""
        self.socket.close()
        self.endpoint.close()
        self._app.executor.shutdown(wait=False, cancel_futures=True)


def serve(memory: Memory, host: str = "127.0.0.1", port: int = 7878, options: ServeOptions | None = None, *,
          ready: Callable[[str], None] | None = None) -> None:
    """Serve ``memory`` until interrupted; ``ready`` is called with the endpoint URL once listening.

    Raises ``OSError`` when the address cannot be bound.
    """
    with SparqlServer(memory, (host, port), options) as server:
        if ready is not None:
            ready(server.url)
        server.serve_forever()

