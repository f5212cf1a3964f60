"""The kg-memory vocabulary: namespaces, classes and predicates, read from ``ontologies/``.

>>> vocab = Vocabulary.load()
>>> vocab.predicate("livesIn").functional
True
>>> vocab.predicate_iri("birthPlace")
'https://w3id.org/kg-memory/ns#birthPlace'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import VocabularyError

__all__ = ["KGM", "PREFIXES", "Predicate", "Vocabulary", "sparql_prologue"]

KGM = "https://w3id.org/kg-memory/ns#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"

#: Prefixes pre-bound in every SPARQL query and used to shorten IRIs in results.
PREFIXES: dict[str, str] = {
    "": KGM,
    "kgm": KGM,
    "ent": "https://w3id.org/kg-memory/id/",
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "schema": SCHEMA,
}

_LOCAL_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def sparql_prologue(prefixes: dict[str, str] = PREFIXES) -> str:
    """Return ``PREFIX`` lines for ``prefixes``, to put in front of a query."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items())


@dataclass(frozen=True)
class Predicate:
    """A predicate of the vocabulary.

    ``range`` is a class local name (``"Place"``) for entity-valued predicates or an XSD datatype IRI
    for literal-valued ones; ``domain`` is the class of the subject (``"Thing"`` when the ontology
    gives none). ``functional`` predicates hold one current value per subject.

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

    @property
    def literal(self) -> bool:
        """True when the object is a literal rather than an entity."""
        return self.range.startswith(XSD)


@dataclass(frozen=True)
class Vocabulary:
    """Classes and predicates of the kg-memory ontology."""

    predicates: dict[str, Predicate]
    classes: dict[str, dict[str, str]]

    @classmethod
    def load(cls, path: str | Path | None = None) -> Vocabulary:
        """Read the vocabulary from a Turtle file (default: the shipped ``kg-memory.ttl``)."""
        return _load(str(path) if path else None)

    def predicate(self, name: str) -> Predicate:
        """Return the predicate called ``name`` (a local name or its IRI)."""
        key = name[len(KGM):] if name.startswith(KGM) else name
        try:
            return self.predicates[key]
        except KeyError:
            raise VocabularyError(f"unknown predicate {name!r}") from None

    def predicate_iri(self, name: str) -> str:
        """Map a vocabulary name or an IRI to an IRI.

        Names of the vocabulary become ``kgm:`` IRIs, ``prefix:local`` names with a known prefix are
        expanded, and absolute IRIs pass through. Anything else raises :class:`VocabularyError`.
        """
        if name in self.predicates:
            return self.predicates[name].iri
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
    if not isinstance(rows, ox.QuerySolutions):  # a SELECT query gives solutions
        raise VocabularyError(f"cannot read the vocabulary in {file}")
    functional = {
        q.subject.value
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), ox.NamedNode(OWL + "FunctionalProperty"))
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
                        e["domain"] or "Thing")
        for name, e in preds.items()
    }
    return Vocabulary(predicates, classes)
