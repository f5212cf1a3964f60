"""Keeping a :class:`~kg_memory.neural.KeyValueMemory` in step with a namespace of a memory.

The memory is recall's own (:mod:`kg_memory.recall.dense`): built from the namespace's recall index,
which follows every write, and saved beside a store on disk.

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
    """The key-value memory of ``namespace`` updated to hold its current facts: closed and forgotten
    facts leave it, new ones join. It is the one recall reads as its dense fact channel
    (:mod:`kg_memory.recall.dense`), in step with the recall index (which follows every write);
    another ``kv`` given is updated to the same facts instead."""
    recaller = memory._recall_engine()
    index = recaller.index(namespace)
    dense = recaller.dense(namespace)
    if kv is None or kv is dense.kv:
        return dense.sync(index)
    kv.update([f for f in index.facts if f.valid_to is None])
    return kv
