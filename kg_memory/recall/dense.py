"""Recall's dense fact channel: the torch key-value memory read for a question's facts.

:class:`DenseFacts` keeps one :class:`~kg_memory.neural.KeyValueMemory` for a namespace, holding
the current facts of its recall index (closed and forgotten facts leave it, new ones join: only
those are encoded), and reads it for a question: the rows of the index's facts behind the best
attention weights that hold the relation asked, which :func:`~kg_memory.recall.fusion.channels`
fuses as the ``neural`` list, for questions that name an entity and a relation ("Where does Ann
live?", "张三的妻子是谁？"). The same memory is what :meth:`Memory.neural() <kg_memory.memory.Memory.neural>` returns.

Beside a store on disk the memory is saved (``kv.pt`` in the namespace's recall directory,
replaced whole) once it was built and again when what changed since the last save would take long
to encode; a new process loads it and encodes only what changed since.

torch is imported when a memory with facts is first read, never for one without facts. A memory of
``BACKGROUND_FROM`` facts or more, or any memory while torch is not imported yet, is built (or loaded)
by a background thread the first time, started when the recall that asked for it has answered: until it
is ready, recall answers from its other channels instead of waiting.

>>> from kg_memory.types import Entity, Fact
>>> from kg_memory.recall.index import RecallIndex
>>> index = RecallIndex([], [Fact(Entity("Ann", iri="ex:ann"), "livesIn", Entity("Lisbon", iri="ex:lis"), iri="f:1"),
...                          Fact(Entity("Bob", iri="ex:bob"), "livesIn", Entity("Porto", iri="ex:por"), iri="f:2")])
>>> import torch  # loaded already: a small memory is then built at once, not in the background
>>> dense = DenseFacts()
>>> [index.fact_docs[j] for j in dense.rows("Where does Bob live?", index, 1)]
['Bob lives in Porto']
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..neural.keys import predicate_name
from .relations import INVERSE, Lexicon

if TYPE_CHECKING:
    from ..neural.kv import KeyValueMemory
    from .index import RecallIndex

__all__ = ["KV_FILE", "DenseFacts"]

logger = logging.getLogger(__name__)

#: The saved key-value memory, in a namespace's recall directory.
KV_FILE = "kv.pt"
#: Facts encoded since the last save above which the memory is saved again (also a share of its size).
SAVE_AFTER = 5000
SAVE_SHARE = 0.05
#: How many facts a read returns for the fusion.
READ_K = 20
#: Facts from which the memory is first built in the background.
BACKGROUND_FROM = 20_000


class DenseFacts:
    """The key-value memory of one namespace, in step with its recall index (see the module doc)."""

    def __init__(self) -> None:
        self.kv: KeyValueMemory | None = None
        self._synced: RecallIndex | None = None  # the index the memory holds the current facts of
        self._row_of: dict[str, int] = {}  # fact identity -> row of that index
        self._unsaved = 0
        self._lock = threading.Lock()  # one update at a time (recall's and a background build's)
        self._building: threading.Thread | None = None
        self._wanted: RecallIndex | None = None  # a build to start in the background (:meth:`start`)
        #: (added, removed) by the last update: what changed in the memory, encoded or dropped.
        self.last_update: tuple[int, int] = (0, 0)

    def __repr__(self) -> str:
        return f"DenseFacts({len(self.kv) if self.kv is not None else 0} facts)"

    def sync(self, index: RecallIndex) -> KeyValueMemory:
        """The memory, updated to hold the current facts of ``index`` (a no-op for the index it
        was last updated to); waits for a background build under way."""
        building = self._building
        if building is not None and building is not threading.current_thread():
            building.join()  # started but maybe not yet holding the lock: it is the build asked for, let it finish
        with self._lock:
            return self._sync(index)

    def ready(self, index: RecallIndex) -> bool:
        """Whether a read would answer now; if the memory of a large ``index`` was never built in
        this process, this asks for a background build (:meth:`start`) and says False until it is done."""
        if self._building is not None:
            if self._building.is_alive():
                return False
            self._building = None
        if self.kv is None and (len(index.facts) >= BACKGROUND_FROM or "torch" not in sys.modules):
            self._wanted = index  # importing torch alone takes seconds: the first answer does not wait
            return False
        return True

    def start(self) -> None:
        """Start the background build :meth:`ready` asked for, if any (recall calls this once it has answered)."""
        index, self._wanted = self._wanted, None
        if index is None or self._building is not None:
            return
        logger.warning("recall: building the key-value memory of %d facts in the background; "
                       "recall answers without it until it is ready", len(index.facts))
        self._building = threading.Thread(target=self._build, args=(index,), name="kg-memory-kv", daemon=True)
        self._building.start()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a background build (if one is under way)."""
        if self._building is not None:
            self._building.join(timeout)

    def _build(self, index: RecallIndex) -> None:
        try:
            self.sync(index)
        except Exception as e:  # a background thread has no caller to raise to
            logger.warning("recall: building the key-value memory failed: %s", e)

    def _sync(self, index: RecallIndex) -> KeyValueMemory:
        from ..neural.keys import fact_identity
        from ..neural.kv import KeyValueMemory

        if self.kv is not None and self._synced is index:
            return self.kv
        path = index.cache_dir / KV_FILE if index.cache_dir is not None else None
        if self.kv is None:
            self.kv = _load(path) or KeyValueMemory()
        current = [f for f in index.facts if f.valid_to is None]
        added, removed = self.last_update = self.kv.update(current)
        self._unsaved += added + removed
        self._row_of = {fact_identity(f): j for j, f in enumerate(index.facts) if f.valid_to is None}
        self._synced = index
        if path is not None and self._unsaved and (
                self._unsaved >= max(SAVE_AFTER, SAVE_SHARE * len(self.kv)) or not path.exists()):
            self.save(path)
        return self.kv

    def save(self, path: Path) -> None:
        """Write the memory to ``path`` (replaced whole)."""
        if self.kv is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.kv.save(path)
        self._unsaved = 0

    def rows(self, question: str, index: RecallIndex, k: int = READ_K, *, lexicon: Lexicon | None = None) -> list[int]:
        """The rows of ``index``'s facts the memory reads for ``question``, best first. None (and
        torch not loaded) on an index without facts, or for a question that does not name an entity
        and a relation from its subject's end (read with ``lexicon``): the keys are (subject,
        predicate) pairs, and any other question would read the facts of names that merely look
        like its words."""
        if not index.facts:
            return []
        lexicon = lexicon or Lexicon()
        ask = lexicon.parse(question)
        if ask is None or ask.reverse or not self.ready(index):
            return []
        from ..neural.keys import fact_identity

        kv = self.sync(index)
        found = kv.ask(question, k, lexicon=lexicon).facts
        # attention always returns k facts: only those of the asked relation answer (on a small memory
        # the rest are facts of other relations that would push relevant turns out)
        asked = ask.hops[-1] | {INVERSE[p] for p in ask.hops[-1] if p in INVERSE}
        return [j for f in found if predicate_name(f.predicate) in asked
                and (j := self._row_of.get(fact_identity(f))) is not None]


def _load(path: Path | None) -> KeyValueMemory | None:
    """The memory saved at ``path``, or None (none saved, or a file it cannot read: rebuilt)."""
    if path is None or not path.exists():
        return None
    from ..neural.kv import KeyValueMemory

    try:
        return KeyValueMemory.load(path)
    except Exception as e:  # a torn or foreign file: the memory is rebuilt from the index
        logger.warning("recall: cannot read the key-value memory %s (%s); building it again", path, e)
        return None
