"""The counts of each namespace of the Neo4j store, kept beside the data so that ``stats()`` reads none.

One node per namespace, written in the same transaction as every write of the store::

    (:KgmCounts {namespace, facts, closed_facts, entities, turns, conversations: [..]})

``conversations`` lists the namespace's conversation ids (its size is the count; a write reads the list
only when it creates turns, and a conversation id added twice by racing writers is kept once). A write adds its
:class:`Delta` (:data:`APPLY`, the transaction's last statement, so the counter's lock is the last one it
takes and two writers cannot deadlock on it); a forget of an entity, a speaker or a conversation
recounts the namespace (:func:`recount`), as it reads the namespace's facts anyway.

Writes by other means (Cypher run with ``update()`` or by hand, an older kg-memory, nodes deleted
directly) are caught by :data:`CHECK`: the sums of every namespace's counts must equal Neo4j's own count
store (nodes by label, relationships from ``:Entity``, answered without reading any node), else every
namespace is counted again once. ``update()`` deletes the counts itself. (The counts node's
``namespace`` is unique: ``_cypher.SCHEMA``.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._cypher import Tx

__all__ = ["CHECK", "FRESH", "KEYS", "Delta", "apply", "forget_counts", "recount", "recount_all", "stats_of"]

#: The keys of ``Store.stats`` the counts keep.
KEYS = ("facts", "closed_facts", "entities", "turns", "conversations")

#: Adds a delta to the namespace's counts; returns false when it has none yet (see :func:`apply`).
APPLY = (
    "OPTIONAL MATCH (c:KgmCounts {namespace: $ns}) "
    "SET c.facts = c.facts + $facts, c.closed_facts = c.closed_facts + $closed, "
    "c.entities = c.entities + $entities, c.turns = c.turns + $turns "
    "RETURN c IS NOT NULL"
)
#: :data:`APPLY` for a delta with turns in conversations that may be new (the list is read only then).
APPLY_CONVERSATIONS = APPLY.replace(
    " RETURN", ", c.conversations = c.conversations + [x IN $conversations WHERE NOT x IN c.conversations] RETURN")
#: Whether a namespace is new (no counts, nothing stored): read first in a write, whose delta is then
#: the namespace's counts, with nothing to count (a writer racing on the same new namespace adds its own).
FRESH = (
    "OPTIONAL MATCH (c:KgmCounts {namespace: $ns}) RETURN c IS NULL "
    "AND NOT EXISTS { MATCH (:Entity {namespace: $ns}) } AND NOT EXISTS { MATCH (:Turn {namespace: $ns}) }"
)
_START = ("MERGE (c:KgmCounts {namespace: $ns}) ON CREATE SET c.facts = 0, c.closed_facts = 0, c.entities = 0, "
          "c.turns = 0, c.conversations = [] WITH c ")
#: Counts the namespace from its data (reads every fact of it).
RECOUNT = (
    "CALL { MATCH (:Entity {namespace: $ns})-[r]->() "
    "       RETURN count(CASE WHEN r.valid_to IS NULL THEN 1 END) AS facts, count(r.valid_to) AS closed } "
    "CALL { MATCH (e:Entity {namespace: $ns}) RETURN count(e) AS entities } "
    "CALL { MATCH (t:Turn {namespace: $ns}) RETURN count(t) AS turns, collect(DISTINCT t.conversation) AS conversations } "
    "MERGE (c:KgmCounts {namespace: $ns}) "
    "SET c.facts = facts, c.closed_facts = closed, c.entities = entities, c.turns = turns, "
    "c.conversations = conversations "
    "RETURN c {.*} AS counts"
)
#: Neo4j's totals from its count store (entities, turns, facts) beside the sums of every namespace's counts (e, t, f).
TOTALS = (
    "CALL { MATCH (n:Entity) RETURN count(n) AS entities } "
    "CALL { MATCH (n:Turn) RETURN count(n) AS turns } "
    "CALL { MATCH (:Entity)-[r]->() RETURN count(r) AS facts } "
    "CALL { MATCH (c:KgmCounts) WHERE c.namespace IS NOT NULL "
    "       RETURN coalesce(sum(c.entities), 0) AS e, coalesce(sum(c.turns), 0) AS t, "
    "       coalesce(sum(c.facts + c.closed_facts), 0) AS f } "
)
#: The namespace's counts, and whether the counts of every namespace add up to Neo4j's count store
#: (``NodeCountFromCountStore``, ``RelationshipCountFromCountStore``: no node or relationship read).
CHECK = (
    TOTALS +
    "CALL { OPTIONAL MATCH (c:KgmCounts {namespace: $ns}) RETURN c {.*} AS counts } "
    "RETURN entities = e AND turns = t AND facts = f AS valid, counts"
)
#: The counts of what lies in no namespace (no kg-memory namespace starts with a space).
OUTSIDE = " outside every namespace"
REMAINDER = (
    TOTALS +
    "WITH entities - e AS entities, turns - t AS turns, facts - f AS facts "
    "WHERE entities <> 0 OR turns <> 0 OR facts <> 0 "
    "CREATE (:KgmCounts {namespace: $outside, entities: entities, turns: turns, facts: facts, closed_facts: 0, "
    "conversations: []})"
)
NAMESPACES = (
    "CALL { MATCH (n:Entity) WHERE n.namespace IS NOT NULL RETURN DISTINCT n.namespace AS ns "
    "UNION MATCH (n:Turn) WHERE n.namespace IS NOT NULL RETURN DISTINCT n.namespace AS ns } RETURN collect(ns)"
)


@dataclass
class Delta:
    """What one transaction changes in a namespace's counts."""

    facts: int = 0
    closed_facts: int = 0
    entities: int = 0
    turns: int = 0
    conversations: set[str] = field(default_factory=set)  # of the turns it created

    def fact(self, current: bool, sign: int = 1) -> None:
        """Count a fact added (``sign`` 1) or removed (-1)."""
        if current:
            self.facts += sign
        else:
            self.closed_facts += sign


def stats_of(counts: dict[str, Any] | None) -> dict[str, int]:
    """``Store.stats`` from a counts node's properties (``None``: an empty namespace)."""
    counts = counts or {}
    out = {k: int(counts.get(k) or 0) for k in KEYS[:-1]}
    out["conversations"] = len(counts.get("conversations") or ())
    return out


def apply(tx: Tx, ns: str, delta: Delta, fresh: bool = False) -> None:
    """Add ``delta`` to the namespace's counts, at the end of the transaction that made it; a namespace
    without counts yet is counted instead, unless it was ``fresh`` (:data:`FRESH` before the write)."""
    text = APPLY_CONVERSATIONS if delta.conversations else APPLY
    if fresh:
        text = text.replace("OPTIONAL MATCH (c:KgmCounts {namespace: $ns}) ", _START)
    if not tx.value(text, ns=ns, facts=delta.facts, closed=delta.closed_facts, entities=delta.entities,
                    turns=delta.turns, conversations=sorted(delta.conversations)):
        recount(tx, ns)


def recount(tx: Tx, ns: str) -> dict[str, int]:
    """Count the namespace from its data and store the counts (reads all of the namespace)."""
    return stats_of(tx.value(RECOUNT, ns=ns))


def forget_counts(tx: Tx) -> None:
    """Drop every namespace's counts (after a write the store cannot follow): the next ``stats()``
    counts again."""
    tx.run("MATCH (c:KgmCounts) DELETE c")


def recount_all(tx: Tx) -> None:
    """Count every namespace again (and drop the counts of namespaces that no longer exist). Nodes and
    relationships outside every namespace (made by hand) are counted under :data:`OUTSIDE`, so that the
    sums still add up to the count store's."""
    forget_counts(tx)
    for ns in tx.value(NAMESPACES):
        recount(tx, ns)
    tx.run(REMAINDER, outside=OUTSIDE)
