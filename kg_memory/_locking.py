"""One re-entrant lock per object for methods that change (or read half-changed) shared state.

:class:`~kg_memory.memory.Memory` marks its writers (and the readers of the entity index) with
:func:`locked`, so that threads sharing one memory take turns: entity resolution, the fuzzy index
and the merge log are updated by one batch at a time.

>>> class Counter:
...     n = 0
...     @locked
...     def bump(self) -> int:
...         self.n += 1
...         return self.n
>>> Counter().bump()
1
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["locked"]

F = TypeVar("F", bound=Callable[..., Any])


def _lock_of(owner: object) -> threading.RLock:
    # dict.setdefault is atomic under the GIL: two threads always get the same lock
    lock: threading.RLock = owner.__dict__.setdefault("_kgmem_lock", threading.RLock())
    return lock


def locked(method: F) -> F:
    """Run ``method`` holding its object's lock (re-entrant: a locked method may call another)."""

    @functools.wraps(method)
    def wrapper(self: object, *args: Any, **kwargs: Any) -> Any:
        with _lock_of(self):
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]
