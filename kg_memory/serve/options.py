"""The limits and permissions of ``kgmem serve`` (:class:`ServeOptions`)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ServeOptions"]


@dataclass(frozen=True)
class ServeOptions:
    """Limits and permissions of the endpoint (see :mod:`kg_memory.serve`).

    ``timeout`` seconds per query (its worker process is killed past it), ``max_memory`` bytes of
    memory a query may add, ``max_rows`` rows returned, ``max_concurrent`` queries at once,
    ``max_connections`` open connections; ``allow_update`` with ``token``; ``cors_origins`` (``"*"``
    for any origin; none: no CORS header), ``allow_hosts`` (Host names besides the bound address),
    ``allow_service`` (hosts SERVICE may call), ``all_namespaces`` (``namespace=`` may pick any
    namespace; otherwise only the memory's is visible); ``header_timeout`` (seconds to send a
    request's headers, and its body), ``idle_timeout`` (seconds a kept-alive connection may idle).

    >>> ServeOptions(allow_update=True)
    Traceback (most recent call last):
    ...
    ValueError: updates need a token: pass token= (kgmem serve --token or KGMEM_SERVE_TOKEN)
    """

    timeout: float = 30.0
    max_rows: int = 10_000
    max_concurrent: int = 4
    allow_update: bool = False
    token: str | None = None
    cors_origins: tuple[str, ...] = ()
    max_body: int = 1 << 20
    max_memory: int = 2 << 30
    max_connections: int = 256
    allow_hosts: tuple[str, ...] = ()
    allow_service: tuple[str, ...] = ()
    all_namespaces: bool = False
    header_timeout: float = 10.0
    idle_timeout: float = 5.0

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.header_timeout <= 0 or self.idle_timeout <= 0:
            raise ValueError("timeout, header_timeout and idle_timeout must be positive")
        if min(self.max_rows, self.max_concurrent, self.max_body, self.max_connections) < 1:
            raise ValueError("max_rows, max_concurrent, max_body and max_connections must be 1 or more")
        if self.max_memory < 1 << 20:
            raise ValueError("max_memory must be at least 1 MiB")
        if self.allow_update and not self.token:
            raise ValueError("updates need a token: pass token= (kgmem serve --token or KGMEM_SERVE_TOKEN)")
