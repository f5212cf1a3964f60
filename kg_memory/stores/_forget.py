"""What forgetting an entity erases, planned once for every backend through the Store contract.

:func:`plan_entity_erasure` reads what it needs (the entities, the facts of the entities it removes,
the turns) and decides; each backend's ``_forget_entity`` hook then applies the :class:`Erasure` in
one transaction. The rules:

* **the entity** goes, with its type, names and every fact (current and closed) it is the subject or
  the object of; so do the entities named after it (``"Mallory's sister"``, ``"Mallory的妹妹"``) and
  facts whose literal value is one of its names (``X name "Mallory"``);
* **turns that mention it** (their text contains one of its names as a word, case-insensitively; it
  spoke them; or a forgotten fact was learned from them) lose their text, and their speaker when it
  is the entity. A turn that still backs a fact of another entity stays as a stub (conversation,
  turn id, time), so that fact keeps the provenance that remains; any other such turn is removed
  whole, and a conversation left without turns goes too;
* **orphans**: entities that lost a fact here and are left with none go as well.

Facts of other entities are never removed because their source turn mentioned the entity.

>>> mentions("Mallory's sister told me", ["Mallory"]), mentions("Malloryville", ["Mallory"])
(True, False)
>>> mentions("张三去了北京", ["张三"])
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..ids import normalize_name
from ..types import Entity, Fact

if TYPE_CHECKING:
    from .base import Store

__all__ = ["Erasure", "mentions", "plan_entity_erasure"]

TurnKey = tuple[str, str]  # (conversation, turn id)


@dataclass
class Erasure:
    """What one ``forget(entity=...)`` removes (see the module docstring for the rules).

    ``facts`` are the facts to delete (current and closed, with their IRIs where they have one);
    ``entities`` the IRIs of entities to delete; ``turns`` the turns that mention the entity: the
    backend keeps a text-less stub of those a remaining fact cites and deletes the others (and a
    conversation it leaves empty); ``unspeak`` are those of them the entity spoke (the stub loses
    its speaker too).
    """

    entity: str
    names: tuple[str, ...] = ()
    facts: list[Fact] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)
    turns: set[TurnKey] = field(default_factory=set)
    unspeak: set[TurnKey] = field(default_factory=set)


def _pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    parts = []
    for name in names:
        words = name.casefold().split()
        if words:
            parts.append(r"\s+".join(re.escape(w) for w in words))
    if not parts:
        return None
    # ASCII letters and digits bound a name; CJK text has no spaces, so any other character does too
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![a-z0-9])")


def mentions(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` mentions one of ``names`` as a word (case-insensitive)."""
    pattern = _pattern(names)
    return pattern is not None and pattern.search(text.casefold()) is not None


def _relative(label: str, names: Iterable[str]) -> bool:
    """Whether an entity called ``label`` is named after one of ``names`` ("Mallory's sister")."""
    folded = label.casefold()
    return any(folded.startswith((n.casefold() + "'s ", n.casefold() + "’s ", n.casefold() + "的"))
               for n in names if n.strip())


def _ends(fact: Fact) -> set[str]:
    ends = {fact.subject.iri} if fact.subject.iri else set()
    if isinstance(fact.object, Entity) and fact.object.iri:
        ends.add(fact.object.iri)
    return ends


def _key(fact: Fact) -> tuple[str | None, str, str, str | None]:
    obj = fact.object.iri if isinstance(fact.object, Entity) else repr(fact.object)
    return (fact.subject.iri, fact.predicate, str(obj), fact.iri)


def _about(store: Store, namespace: str, iri: str) -> Iterator[Fact]:
    """Every fact (current and closed) with the entity ``iri`` as subject or object, lazily."""
    yield from store.facts(namespace=namespace, subject=iri, history=True)
    yield from store.facts(namespace=namespace, object=iri, history=True)


def plan_entity_erasure(store: Store, namespace: str, entity: str) -> Erasure:
    """What forgetting the entity ``entity`` (an IRI) removes from the namespace."""
    entities = {e.iri: e for e in store.entities(namespace=namespace) if e.iri}
    target = entities.get(entity)
    names = tuple(n for n in ((target.label, *target.aliases) if target else ()) if n.strip())
    gone = {entity} | {iri for iri, e in entities.items() if _relative(e.label, names)}
    removed = {_key(f): f for iri in gone for f in _about(store, namespace, iri)}
    for name in dict.fromkeys(names):
        removed.update((_key(f), f) for f in store.facts(namespace=namespace, object=name, history=True))
    plan = Erasure(entity, names, facts=list(removed.values()))
    # orphans: entities that lose a fact here and keep none
    for iri in {i for f in plan.facts for i in _ends(f)} - gone:
        if all(_key(f) in removed for f in _about(store, namespace, iri)):  # stops at a fact that stays
            gone.add(iri)
    plan.entities = (gone & set(entities)) | {entity}
    # turns that mention it
    pattern = _pattern(names)
    speakers = {normalize_name(n) for n in names}
    learned = {(s.conversation, str(s.turn)) for f in plan.facts for s in f.sources
               if s.conversation is not None and s.turn is not None}
    for t in store.turns(namespace=namespace):
        key = (t.conversation, str(t.turn))
        spoke = bool(speakers) and normalize_name(t.speaker) in speakers
        if spoke:
            plan.unspeak.add(key)
        if spoke or key in learned or (pattern is not None and pattern.search(t.text.casefold())):
            plan.turns.add(key)
    return plan
