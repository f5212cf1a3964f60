"""The internal memories: a torch key-value memory over the graph's facts, compressed embeddings.

* :class:`KeyValueMemory` (:mod:`.kv`): facts as attention keys ((subject, predicate), optionally
  the fact sentence) and values (the object); ``read(query)`` is a softmax attention returning the
  weighted value and the facts behind the top weights; :meth:`kg_memory.Memory.neural` builds it
  from a namespace and keeps it in step (closed facts leave, new ones join).
* :class:`Compressor` (:mod:`.compress`): a small autoencoder that stores 384-dimensional sentence
  embeddings as int8 codes of a few dozen bytes (trained by ``scripts/train_compressor.py``).

Everything here imports torch on first use: ``import kg_memory`` does not load this package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compress import Compressor, load_compressor
    from .keys import KVConfig
    from .kv import KeyValueMemory, KVRead
    from .sync import sync_memory

__all__ = ["Compressor", "KVConfig", "KVRead", "KeyValueMemory", "load_compressor", "sync_memory"]

_WHERE = {"KeyValueMemory": "kv", "KVRead": "kv", "KVConfig": "keys", "sync_memory": "sync",
          "Compressor": "compress", "load_compressor": "compress"}


def __getattr__(name: str) -> Any:
    """The names of the submodules, imported on first use."""
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
