"""What a fact must be before it is written: names a person could type, IRIs a store accepts.

One place for the write path (:meth:`Memory.add_facts <kg_memory.memory.Memory.add_facts>` calls
:func:`check_facts`): an entity name must contain a letter or a digit and no control character
(NUL, escape sequences, line breaks); a string value may hold tabs and line breaks but no other
control character; every IRI (entity, predicate, object) must be one Oxigraph, Neo4j and SPARQL
text can hold. Violations raise :class:`~kg_memory.errors.InvalidName`, a ``ValueError``.

>>> from kg_memory.types import Entity, Fact
>>> check_facts([Fact(Entity("Alice"), "livesIn", Entity("Paris"))])
>>> check_facts([Fact(Entity("???"), "livesIn", Entity("Paris"))])
Traceback (most recent call last):
...
kg_memory.errors.InvalidName: subject name '???' has no letter or digit
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable

from .errors import InvalidName
from .types import Entity, Fact

__all__ = ["check_facts", "check_iri", "check_name", "valid_facts"]

logger = logging.getLogger(__name__)

# characters an IRI may not hold (RFC 3987 excludes them; Oxigraph refuses them)
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')
_IRI_START = ("http://", "https://", "urn:")


def _controls(text: str, allowed: str = "") -> list[str]:
    return [c for c in text if unicodedata.category(c) == "Cc" and c not in allowed]


def check_name(name: str, what: str = "entity name") -> None:
    """Raise :class:`InvalidName` unless ``name`` has a letter or digit and no control character.

    >>> check_name("张三"); check_name("R2-D2")
    >>> check_name("Al\\x1b[31mice")
    Traceback (most recent call last):
    ...
    kg_memory.errors.InvalidName: entity name 'Al\\x1b[31mice' holds control character(s) '\\x1b'
    """
    bad = _controls(name)
    if bad:
        raise InvalidName(f"{what} {name!r} holds control character(s) {''.join(sorted(set(bad)))!r}")
    if not any(unicodedata.category(c)[0] in "LN" for c in name):
        raise InvalidName(f"{what} {name!r} has no letter or digit")


def check_iri(iri: str, what: str = "IRI") -> None:
    """Raise :class:`InvalidName` if ``iri`` holds a character no IRI may hold (spaces, ``<>"{}|^`\\``).

    >>> check_iri("https://example.org/alice")
    >>> check_iri("urn:x> <y")
    Traceback (most recent call last):
    ...
    kg_memory.errors.InvalidName: IRI 'urn:x> <y' holds ' ', '<', '>' (not allowed in an IRI)
    """
    bad = sorted(set(_BAD_IRI.findall(iri)))
    if bad:
        raise InvalidName(f"{what} {iri!r} holds {', '.join(repr(c) for c in bad)} (not allowed in an IRI)")


def _check_entity(entity: Entity, role: str) -> None:
    check_name(entity.label, f"{role} name")
    for alias in entity.aliases:
        check_name(alias, f"{role} alias")
    if entity.iri is not None:
        check_iri(entity.iri, f"{role} IRI")


def check_facts(facts: Iterable[Fact]) -> None:
    """Check every fact of a batch before anything is written (see the module docstring)."""
    for fact in facts:
        _check_entity(fact.subject, "subject")
        if "://" in fact.predicate or fact.predicate.startswith(_IRI_START):
            check_iri(fact.predicate, "predicate")
        obj = fact.object
        if isinstance(obj, Entity):
            _check_entity(obj, "object")
        elif isinstance(obj, str):
            if obj.startswith(_IRI_START) and " " not in obj:
                check_iri(obj, "object IRI")
            bad = _controls(obj, "\t\n\r")
            if bad:
                raise InvalidName(f"value {obj!r} holds control character(s) {''.join(sorted(set(bad)))!r}")


def valid_facts(facts: Iterable[Fact]) -> list[Fact]:
    """The facts that pass :func:`check_facts`; the others are left out with a warning (for extracted
    facts, where one odd mention must not cost the whole batch).

    >>> len(valid_facts([Fact(Entity("Alice"), "livesIn", Entity("Paris")), Fact(Entity("?"), "livesIn", Entity("Rome"))]))
    1
    """
    kept = []
    for fact in facts:
        try:
            check_facts([fact])
        except InvalidName as e:
            logger.warning("left out an extracted fact: %s", e)
        else:
            kept.append(fact)
    return kept
