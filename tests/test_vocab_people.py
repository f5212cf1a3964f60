"""The vocabulary covers what people say about each other (issue 13): labels, flags, domain and range."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg_memory.vocab import KGM, XSD, Vocabulary

ROOT = Path(__file__).resolve().parents[1]

PEOPLE = ["roommate", "neighbor", "boss", "employee", "client", "acquaintance", "classmate", "dated",
          "positiveImpression", "negativeImpression", "partner", "colleague", "friend", "sibling", "relative"]
#: name -> (functional, domain, range)
BIOGRAPHIC = {
    "alternateName": (False, "Person", XSD + "string"),
    "ethnicity": (False, "Person", XSD + "string"),
    "nationality": (True, "Person", "Place"),
    "visited": (False, "Person", "Place"),
    "founded": (False, "Person", "Organization"),
    "workLocation": (True, "Person", "Place"),
    "notableWork": (False, "Person", "Thing"),
    "educatedAt": (False, "Person", "Organization"),
}


#: The predicates before issue 13, functional or not: their names and flags do not change.
BEFORE_FUNCTIONAL = {
    "age", "birthDate", "birthPlace", "confidence", "conversation", "date", "diet", "gender", "hometown", "jobTitle",
    "livesIn", "location", "maritalStatus", "name", "nationality", "occurredAt", "partner", "religion", "speaker",
    "spouse", "studiesAt", "text", "turnId", "validFrom", "validTo", "worksFor",
}
BEFORE_OTHER = {
    "attended", "child", "colleague", "degree", "dislikes", "educatedAt", "favorite", "fieldOfStudy", "friend", "goal",
    "habit", "hasPet", "hobby", "knows", "likes", "memberOf", "observation", "owns", "parent", "participant",
    "relative", "sibling", "skill", "speaks", "trait", "visited",
}


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


@pytest.mark.parametrize("name", PEOPLE)
def test_relations_between_people(vocab: Vocabulary, name: str):
    p = vocab.predicate(name)
    assert (p.domain, p.range) == ("Person", "Person")
    assert p.labels.get("en") and p.labels.get("zh")
    assert p.functional == (name == "partner")


@pytest.mark.parametrize(("name", "expected"), sorted(BIOGRAPHIC.items()))
def test_biographic_relations(vocab: Vocabulary, name: str, expected: tuple[bool, str, str]):
    p = vocab.predicate(name)
    assert (p.functional, p.domain, p.range) == expected
    assert p.labels.get("en") and p.labels.get("zh")


def test_every_fact_predicate_has_both_labels_and_a_range(vocab: Vocabulary):
    for p in vocab.predicates.values():
        assert p.iri == KGM + p.name
        assert set(p.labels) >= {"en", "zh"}, p.name
        assert p.range, p.name


def test_existing_predicate_names_and_flags_are_kept(vocab: Vocabulary):
    functional = {name for name, p in vocab.predicates.items() if p.functional}
    assert BEFORE_FUNCTIONAL <= functional
    assert not BEFORE_OTHER & functional
    assert BEFORE_OTHER <= set(vocab.predicates)


def test_inverse_and_symmetric_relations_are_declared():
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(ROOT / "ontologies" / "kg-memory.ttl"), format=ox.RdfFormat.TURTLE)
    owl = "http://www.w3.org/2002/07/owl#"
    inverse = {(q.subject.value[len(KGM):], q.object.value[len(KGM):])
               for q in store.quads_for_pattern(None, ox.NamedNode(owl + "inverseOf"), None)}
    assert {("boss", "employee"), ("employee", "boss")} <= inverse
    symmetric = {q.subject.value[len(KGM):] for q in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(owl + "SymmetricProperty"))}
    assert {"roommate", "neighbor", "classmate", "acquaintance", "dated"} <= symmetric
