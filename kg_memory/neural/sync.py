"""Keeping a :class:`~kg_memory.neural.KeyValueMemory` in step with a namespace of a memory.

>>> from kg_memory import Memory
>>> memory = Memory()
>>> _ = memory.add("Ann", "livesIn", "Lisbon")
>>> kv = memory.neural()
>>> _ = memory.add("Ann", "livesIn", "Porto")          # closes the Lisbon fact
>>> kv is memory.neural(), [f.object.label for f in kv.facts]
(True, ['Porto'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..memory import Memory
    from .kv import KeyValueMemory

__all__ = ["sync_memory"]


def sync_memory(memory: Memory, namespace: str, kv: KeyValueMemory | None = None) -> KeyValueMemory:
    """``kv`` (a new :class:`~kg_memory.neural.KeyValueMemory` when None) updated to hold the current
    facts of ``namespace``: closed and forgotten facts leave it, new ones join."""
    from .kv import KeyValueMemory

    if kv is None:
        kv = KeyValueMemory()
    kv.update(list(memory.store.facts(namespace=namespace)))
    return kv
