"""Entity keys and IRI minting.

An entity's IRI is minted from its type and a normalised form of its name, in any script, so that
the same name always gives the same IRI:

>>> entity_iri("Zhang  San", "Person")
'https://w3id.org/kg-memory/id/person.zhang_san'
>>> entity_iri("张三", "Person")
'https://w3id.org/kg-memory/id/person.张三'
>>> normalize_name("  Café   de Flore! ")
'café de flore'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import TypeGuard
from urllib.parse import quote, unquote

__all__ = [
    "BASE",
    "RELATION_BASE",
    "conversation_iri",
    "entity_iri",
    "fact_iri",
    "graph_iri",
    "is_iri",
    "name_key",
    "normalize_name",
    "parse_fact_id",
    "relation_iri",
    "relation_label",
    "short_fact_id",
    "turn_iri",
]

BASE = "https://w3id.org/kg-memory/"
#: The namespace of open relations: predicates outside the vocabulary, as users and extractors write
#: them (``rel:`` in SPARQL). ``"invests in"`` becomes ``rel:invests_in``, labelled ``"invests in"``.
RELATION_BASE = BASE + "rel/"
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w\s'-]", re.UNICODE)


def normalize_name(name: str) -> str:
    """Unicode-normalise (NFKC), case-fold, drop punctuation and collapse spaces."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _NOT_WORD.sub(" ", text).replace("'", "")
    return _SPACES.sub(" ", text).strip(" -")


def name_key(name: str) -> str:
    """The IRI-safe key of a name: its normal form with ``_`` for spaces (a hash if empty)."""
    key = normalize_name(name).replace(" ", "_")
    if not key:
        key = "h" + hashlib.sha1(name.encode()).hexdigest()[:16]
    return "".join(c if ord(c) > 127 or c.isalnum() or c in "_-~" else quote(c) for c in key)


def entity_iri(name: str, type: str = "Thing") -> str:
    """Mint the IRI of the entity called ``name`` of class ``type``."""
    return f"{BASE}id/{type.lower()}.{name_key(name)}"


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:20]


def fact_iri(subject: str, predicate: str, obj: str, valid_from: str | None = None) -> str:
    """The IRI of the statement node of a fact: a digest of its triple and start of validity."""
    return f"{BASE}fact/{_digest(subject, predicate, obj, valid_from or '')}"


_FACT_BASE = BASE + "fact/"
_SHORT_ID = re.compile(r"^[0-9a-f]{20}$")


def short_fact_id(iri: str | None) -> str:
    """A fact's short id, as fact listings show it: the 20 hex digits that end its IRI (``""`` for
    a fact without a statement IRI). :func:`parse_fact_id` reads it back.

    >>> short_fact_id("https://w3id.org/kg-memory/fact/0123456789abcdef0123")
    '0123456789abcdef0123'
    """
    if iri is None:
        return ""
    return iri[len(_FACT_BASE):] if iri.startswith(_FACT_BASE) else iri


def parse_fact_id(text: str) -> str | None:
    """The fact IRI ``text`` names: a fact IRI (also in ``<...>``, or as ``fact:ID``) or a short id
    (:func:`short_fact_id`); ``None`` when ``text`` is not a fact id.

    >>> parse_fact_id("0123456789abcdef0123")
    'https://w3id.org/kg-memory/fact/0123456789abcdef0123'
    >>> parse_fact_id("Alice") is None
    True
    """
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if text.startswith("fact:"):
        text = text[len("fact:"):]
    if _SHORT_ID.match(text):
        return _FACT_BASE + text
    return text if text.startswith(_FACT_BASE) and " " not in text else None


def relation_iri(text: str) -> str:
    """The IRI of the open relation written ``text``: NFKC-normalised, spaces collapsed to ``_``,
    case and script kept (raises ValueError for blank text).

    >>> relation_iri("invests in"), relation_iri("投资")
    ('https://w3id.org/kg-memory/rel/invests_in', 'https://w3id.org/kg-memory/rel/投资')
    """
    key = _SPACES.sub("_", unicodedata.normalize("NFKC", text).strip())
    if not key:
        raise ValueError("a relation needs a name")
    return RELATION_BASE + "".join(c if ord(c) > 127 or c.isalnum() or c in "_-~." else quote(c, safe="") for c in key)


def relation_label(iri: str) -> str | None:
    """The label of an open relation's IRI (the text it was written as), ``None`` for other IRIs.

    >>> relation_label("https://w3id.org/kg-memory/rel/invests_in")
    'invests in'
    """
    if not iri.startswith(RELATION_BASE):
        return None
    return unquote(iri[len(RELATION_BASE):]).replace("_", " ")


def conversation_iri(conversation: str) -> str:
    """The IRI of a conversation."""
    return f"{BASE}conversation/{_quoted(conversation)}"


def turn_iri(conversation: str, turn: str) -> str:
    """The IRI of one turn of a conversation.

    >>> turn_iri("conv-26/session 1", "D1:3")[len(BASE):]
    'turn/conv-26%2Fsession%201/D1%3A3'
    """
    return f"{BASE}turn/{_quoted(conversation)}/{_quoted(str(turn))}"


#: What ``quote(text, safe="")`` writes for each ASCII character it escapes.
_ASCII_ESCAPES = {i: f"%{i:02X}" for i in range(128) if not (chr(i).isalnum() or chr(i) in "_.-~")}


def _quoted(text: str) -> str:
    """``quote(text, safe="")``; for ASCII text (most ids) a third of the time (a remember writes every turn's IRI)."""
    return text.translate(_ASCII_ESCAPES) if text.isascii() else quote(text, safe="")


def is_iri(value: object) -> TypeGuard[str]:
    """Whether ``value`` is a string that names a resource (``http(s)://...`` or ``urn:...``, no spaces),
    not a name or a literal.

    >>> is_iri("https://example.org/alice"), is_iri("urn:isbn:0451450523"), is_iri("Alice Smith")
    (True, True, False)
    """
    return isinstance(value, str) and value.startswith(("http://", "https://", "urn:")) and " " not in value


def graph_iri(namespace: str) -> str:
    """The named graph holding the memory of ``namespace``."""
    return f"{BASE}graph/{quote(namespace, safe='')}"
