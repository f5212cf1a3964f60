"""The kg-memory vocabulary: namespaces, classes and predicates, read from ``ontologies/``.

>>> vocab = Vocabulary.load()
>>> vocab.predicate("livesIn").functional
True
>>> vocab.predicate_iri("birthPlace")
'https://w3id.org/kg-memory/ns#birthPlace'

Predicates are found as users write them: by name, by English or Chinese label, or by a synonym (the
ontology's ``skos:altLabel``). Anything else is an *open relation*, an IRI under
:data:`~kg_memory.ids.RELATION_BASE` (prefix ``rel:``) labelled with its text, unless ``strict``:

>>> vocab.canonical("出生于"), vocab.canonical("lives in"), vocab.canonical("居住地")
('birthPlace', 'livesIn', 'livesIn')
>>> vocab.canonical("invests in")
'https://w3id.org/kg-memory/rel/invests_in'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import ids
from .errors import VocabularyError

__all__ = ["KGM", "PREFIXES", "REL", "Predicate", "Vocabulary", "predicate_key", "sparql_prologue"]

KGM = "https://w3id.org/kg-memory/ns#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
#: The namespace of open relations (predicates outside the vocabulary), prefix ``rel:``.
REL = ids.RELATION_BASE

#: Prefixes pre-bound in every SPARQL query and used to shorten IRIs in results.
PREFIXES: dict[str, str] = {
    "": KGM,
    "kgm": KGM,
    "ent": "https://w3id.org/kg-memory/id/",
    "rel": REL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "schema": SCHEMA,
}

_LOCAL_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_KEY_DROP = re.compile(r"[\s_\-]+")
#: Domains of the bookkeeping predicates (provenance, turns): found by name only, never by label.
_BOOKKEEPING = ("Fact", "Turn")


def predicate_key(text: str) -> str:
    """How predicate names, labels and synonyms are compared: NFKC, case-folded, without spaces,
    ``_`` or ``-``.

    >>> predicate_key("Lives In"), predicate_key("livesIn"), predicate_key("lives_in")
    ('livesin', 'livesin', 'livesin')
    """
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", text)).casefold()


def sparql_prologue(prefixes: dict[str, str] = PREFIXES) -> str:
    """Return ``PREFIX`` lines for ``prefixes``, to put in front of a query."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items())


@dataclass(frozen=True)
class Predicate:
    """A predicate of the vocabulary.

    ``range`` is a class local name (``"Place"``) for entity-valued predicates or an XSD datatype IRI
    for literal-valued ones; ``domain`` is the class of the subject (``"Thing"`` when the ontology
    gives none). ``functional`` predicates hold one current value per subject; ``permanent`` ones (the
    ontology's ``:permanent true``: ``birthPlace``, ``birthDate``, ``hometown``) hold a value that does not
    change over time, so a past-tense question about them asks for that value, not a former one;
    ``symmetric`` ones (``owl:SymmetricProperty``: ``spouse``, ``friend``, ``roommate``, ...) hold both ways.

    >>> lives_in = Vocabulary.load().predicate("livesIn")
    >>> lives_in.domain, lives_in.range
    ('Person', 'Place')
    """

    name: str
    iri: str
    functional: bool
    range: str
    labels: dict[str, str]
    domain: str = "Thing"
    synonyms: tuple[str, ...] = ()
    permanent: bool = False
    symmetric: bool = False

    @property
    def literal(self) -> bool:
        """True when the object is a literal rather than an entity."""
        return self.range.startswith(XSD)


@dataclass(frozen=True)
class Vocabulary:
    """Classes and predicates of the kg-memory ontology."""

    predicates: dict[str, Predicate]
    classes: dict[str, dict[str, str]]
    _keys: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # synonyms, then labels, then names: a name wins over another predicate's label
        for p in self.predicates.values():
            if p.domain not in _BOOKKEEPING:
                for text in (*p.synonyms, *p.labels.values()):
                    self._keys.setdefault(predicate_key(text), p.name)
        for p in self.predicates.values():
            self._keys[predicate_key(p.name)] = p.name

    @classmethod
    def load(cls, path: str | Path | None = None) -> Vocabulary:
        """Read the vocabulary from a Turtle file (default: the shipped ``kg-memory.ttl``)."""
        return _load(str(path) if path else None)

    @property
    def symmetric(self) -> frozenset[str]:
        """The names of the relations that hold both ways (``owl:SymmetricProperty``).

        >>> sorted(Vocabulary.load().symmetric)[:3]
        ['acquaintance', 'classmate', 'colleague']
        """
        return frozenset(name for name, p in self.predicates.items() if p.symmetric)

    def predicate(self, name: str) -> Predicate:
        """Return the predicate called ``name`` (a local name or its IRI)."""
        key = name[len(KGM):] if name.startswith(KGM) else name
        try:
            return self.predicates[key]
        except KeyError:
            raise VocabularyError(f"unknown predicate {name!r}") from None

    def lookup(self, text: str) -> Predicate | None:
        """The vocabulary predicate ``text`` names: its name, IRI or ``kgm:``/``:`` name, an English or
        Chinese label, or a synonym (``skos:altLabel``), compared by :func:`predicate_key`; else None.

        >>> Vocabulary.load().lookup("was born in").name
        'birthPlace'
        """
        if text in self.predicates:
            return self.predicates[text]
        for prefix in (KGM, "kgm:", ":"):
            if text.startswith(prefix) and text[len(prefix):] in self.predicates:
                return self.predicates[text[len(prefix):]]
        name = self._keys.get(predicate_key(text))
        return self.predicates[name] if name is not None else None

    def canonical(self, text: str, *, strict: bool = False) -> str:
        """The predicate ``text`` means, as :class:`~kg_memory.types.Fact` holds it: a vocabulary name
        (found by :meth:`lookup`), a ``prefix:local`` name or IRI expanded, or else an open relation
        (:func:`kg_memory.ids.relation_iri`); with ``strict``, anything outside the vocabulary that is not
        an IRI raises :class:`VocabularyError`.

        >>> vocab = Vocabulary.load()
        >>> vocab.canonical("出生地"), vocab.canonical("schema:knows")
        ('birthPlace', 'https://schema.org/knows')
        """
        found = self.lookup(text.strip())
        if found is not None:
            return found.name
        try:
            return expand_iri(text.strip())
        except VocabularyError:
            if strict:
                raise
        try:
            return ids.relation_iri(text)
        except ValueError as e:
            raise VocabularyError(str(e)) from None

    def predicate_iri(self, name: str) -> str:
        """Map a vocabulary name (or label, or synonym) or an IRI to an IRI.

        Predicates of the vocabulary become ``kgm:`` IRIs, ``prefix:local`` names with a known prefix
        are expanded, and absolute IRIs pass through. Anything else raises :class:`VocabularyError`
        (:meth:`canonical` makes it an open relation instead).
        """
        found = self.lookup(name)
        if found is not None:
            return found.iri
        return expand_iri(name)

    def is_functional(self, iri: str) -> bool:
        """True when ``iri`` is a functional predicate of the vocabulary."""
        p = self.predicates.get(iri[len(KGM):]) if iri.startswith(KGM) else None
        return bool(p and p.functional)

    def class_iri(self, name: str) -> str:
        """Map a class name (``"Person"``) to its IRI; unknown names raise VocabularyError."""
        if name in self.classes:
            return KGM + name
        if name.startswith(KGM) and name[len(KGM):] in self.classes:
            return name
        raise VocabularyError(f"unknown class {name!r}; known: {', '.join(sorted(self.classes))}")


def expand_iri(name: str) -> str:
    """Expand ``prefix:local`` with :data:`PREFIXES`, or accept an absolute IRI.

    >>> expand_iri("schema:knows")
    'https://schema.org/knows'
    """
    if name.startswith("<") and name.endswith(">"):
        name = name[1:-1]
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$", name) or name.startswith("urn:"):
        return name
    prefix, sep, local = name.partition(":")
    if sep and prefix in PREFIXES and re.match(r"^[\w.-]*$", local):
        return PREFIXES[prefix] + local
    if _LOCAL_NAME.match(name):
        raise VocabularyError(
            f"unknown predicate {name!r}: use a name of the vocabulary (ontologies/kg-memory.ttl), "
            "prefix:name or a full IRI"
        )
    raise VocabularyError(f"{name!r} is neither a vocabulary name nor an IRI")


@functools.lru_cache(maxsize=4)
def _load(path: str | None) -> Vocabulary:
    import pyoxigraph as ox

    from ._resources import resource_dir

    file = Path(path) if path else resource_dir("ontologies") / "kg-memory.ttl"
    store = ox.Store()
    store.load(path=str(file), format=ox.RdfFormat.TURTLE)
    rows = store.query(
        f"""PREFIX owl: <{OWL}> PREFIX rdfs: <{RDFS}>
        SELECT ?p ?kind ?domain ?range ?label WHERE {{
          ?p a ?kind . FILTER(?kind IN (owl:ObjectProperty, owl:DatatypeProperty, owl:Class))
          FILTER(STRSTARTS(STR(?p), "{KGM}"))
          OPTIONAL {{ ?p rdfs:domain ?domain }}
          OPTIONAL {{ ?p rdfs:range ?range }}
          OPTIONAL {{ ?p rdfs:label ?label }}
        }}"""
    )
    synonyms: dict[str, list[str]] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(SKOS + "altLabel"), None):
        if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(KGM) and isinstance(q.object, ox.Literal):
            synonyms.setdefault(q.subject.value[len(KGM):], []).append(q.object.value)
    if not isinstance(rows, ox.QuerySolutions):  # a SELECT query gives solutions
        raise VocabularyError(f"cannot read the vocabulary in {file}")
    functional = {
        q.subject.value
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), ox.NamedNode(OWL + "FunctionalProperty"))
        if isinstance(q.subject, ox.NamedNode)
    }
    symmetric = {
        q.subject.value
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), ox.NamedNode(OWL + "SymmetricProperty"))
        if isinstance(q.subject, ox.NamedNode)
    }
    true = ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))
    permanent = {
        q.subject.value
        for q in store.quads_for_pattern(None, ox.NamedNode(KGM + "permanent"), true)
        if isinstance(q.subject, ox.NamedNode)
    }
    preds: dict[str, dict[str, Any]] = {}
    classes: dict[str, dict[str, str]] = {}
    for row in rows:
        iri, kind = row["p"].value, row["kind"].value
        name = iri[len(KGM):]
        label = row["label"]
        labels = {label.language or "": label.value} if label is not None else {}
        if kind == OWL + "Class":
            classes.setdefault(name, {}).update(labels)
        else:
            entry = preds.setdefault(name, {"domain": None, "range": None, "labels": {}})
            for key in ("domain", "range"):
                if row[key] is not None:
                    value = row[key].value
                    entry[key] = value[len(KGM):] if value.startswith(KGM) else value
            entry["labels"].update(labels)
    predicates = {
        name: Predicate(name, KGM + name, KGM + name in functional, e["range"] or "Thing", e["labels"],
                        e["domain"] or "Thing", tuple(sorted(synonyms.get(name, ()))), KGM + name in permanent,
                        KGM + name in symmetric)
        for name, e in preds.items()
    }
    return Vocabulary(predicates, classes)
