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
from urllib.parse import quote

__all__ = [
    "BASE",
    "conversation_iri",
    "entity_iri",
    "fact_iri",
    "graph_iri",
    "is_iri",
    "name_key",
    "normalize_name",
    "turn_iri",
]

BASE = "https://w3id.org/kg-memory/"
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


def conversation_iri(conversation: str) -> str:
    """The IRI of a conversation."""
    return f"{BASE}conversation/{quote(conversation, safe='')}"


def turn_iri(conversation: str, turn: str) -> str:
    """The IRI of one turn of a conversation."""
    return f"{BASE}turn/{quote(conversation, safe='')}/{quote(str(turn), safe='')}"


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
