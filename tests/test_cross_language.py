"""One entity across languages and scripts (issue 13, item 5): ``北京`` / ``Beijing``, ``张三`` / ``Zhang San``;
homophones and partial spellings stay apart; "Speaker N" is a speaker of one conversation."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from kg_memory import Entity, Memory, Turn

BRIEF_QUERY = 'SELECT ?place WHERE { ?p rdfs:label "张三" ; :birthPlace/rdfs:label ?place }'


@pytest.fixture
def memory():
    with Memory() as m:
        yield m


def _labels(memory: Memory, type: str) -> list[str]:
    return sorted(e.label for e in memory.store.entities() if e.type == type)


def test_a_restatement_in_english_adds_an_observation_instead_of_closing(tmp_path: Path):
    with Memory(tmp_path / "m") as memory:
        memory.remember("我出生于北京", speakers={"user": "Zhang San"})
        memory.remember("I was born in Beijing", speakers={"user": "Zhang San"})
        history = memory.history("Zhang San", "birthPlace")
        assert [(f.object.label, f.is_current, len(f.sources)) for f in history] == [("北京", True, 2)]
        assert _labels(memory, "Place") == ["北京"]
    with Memory(tmp_path / "m") as memory:  # the labels per language survive a reopening
        place = memory.entity("Beijing")
        assert (place.label, place.aliases, place.labels) == ("北京", ("Beijing",), (("en", "Beijing"), ("zh", "北京")))
        memory.remember("我出生于北京。", speakers={"user": "Zhang San"})
        assert [len(f.sources) for f in memory.history("Zhang San", "birthPlace")] == [3]


def test_sparql_sees_a_label_per_language_and_the_brief_query_keeps_one_answer(memory: Memory):
    memory.add("张三", "birthPlace", "北京")
    memory.remember("Zhang San was born in Beijing.", speakers={"user": "Zhang San"})
    assert memory.query(BRIEF_QUERY).values() == [{"place": "北京"}]
    rows = memory.query('SELECT ?l WHERE { ?p rdfs:label "张三" ; :birthPlace/skos:prefLabel ?l } ORDER BY ?l').rows
    assert rows == [(Literal("Beijing", lang="en"),), (Literal("北京", lang="zh"),)]
    english = memory.query('SELECT ?name WHERE { ?p skos:prefLabel "张三"@zh ; skos:prefLabel ?name '
                           'FILTER(lang(?name) = "en") }').values()
    assert english == [{"name": "Zhang San"}]
    assert [(f.object.label, f.is_current) for f in memory.history("张三", "birthPlace")] == [("北京", True)]


@pytest.mark.parametrize(("first", "second", "type"), [
    ("我住在上海。", "I live in Shanghai.", "Place"),                        # pinyin
    ("我毕业于清华大学。", "I graduated from Tsinghua University.", "Organization"),  # the gazetteer
    ("I live in Hong Kong.", "我住在香港。", "Place"),
])
def test_places_and_organisations_in_both_languages_are_one_entity(memory: Memory, first, second, type):
    memory.remember(first, speakers={"user": "Li Si"})
    memory.remember(second, speakers={"user": "Li Si"})
    assert len(_labels(memory, type)) == 1
    told = [f for f in memory.facts("Li Si") if f.predicate not in ("name", "educationStatus")]  # the place or school
    assert [len(f.sources) for f in told] == [2]


@pytest.mark.parametrize("latin", ["Wang Xiaoming", "Xiaoming Wang", "wang xiao ming"])
def test_a_chinese_name_and_its_pinyin_are_one_person(memory: Memory, latin):
    memory.add("王小明", "livesIn", "Paris")
    memory.add(latin, "worksFor", "Airbus")
    assert _labels(memory, "Person") == ["王小明"]
    assert memory.entity(latin).labels == (("en", latin), ("zh", "王小明"))


def test_chinese_homophones_are_different_people(memory: Memory):
    memory.add("张三", "livesIn", "Paris")
    memory.add("章三", "livesIn", "Lyon")               # same pinyin, other characters
    assert _labels(memory, "Person") == ["张三", "章三"]
    memory.add("Zhang San", "worksFor", "Airbus")        # either of them: neither
    assert _labels(memory, "Person") == ["Zhang San", "张三", "章三"]
    assert [f.object.label for f in memory.facts("张三")] == ["Paris"]


def test_a_person_named_in_both_scripts_takes_no_third_name_of_the_same_sound(memory: Memory):
    memory.add("Zhang San", "livesIn", "Paris")
    memory.add("张三", "worksFor", "Airbus")             # joins Zhang San
    memory.add("章三", "worksFor", "Boeing")             # Zhang San already has a Chinese name
    assert _labels(memory, "Person") == ["Zhang San", "章三"]
    assert set(memory.entity("Zhang San").aliases) == {"张三"}


@pytest.mark.parametrize(("chinese", "latin", "types"), [
    ("张三", "Zhang Sanfeng", ("Person", "Person")),     # not the whole name
    ("张三丰", "Zhang San", ("Person", "Person")),
    ("张三", "Zhang San", ("Person", "Place")),           # not the same type
    ("北京", "Beijing", ("Place", "Organization")),
    ("山西", "Shaanxi", ("Place", "Place")),              # the gazetteer tells the two provinces apart
])
def test_no_merge_of_partial_names_or_other_types(memory: Memory, chinese, latin, types):
    memory.add(Entity(chinese, types[0]), "name", "x")
    memory.add(Entity(latin, types[1]), "name", "y")
    assert {e.label for e in memory.store.entities()} >= {chinese, latin}


def test_the_gazetteer_finds_the_right_homophone(memory: Memory):
    memory.add(Entity("山西", "Place"), "name", "x")
    memory.add(Entity("陕西", "Place"), "name", "y")
    memory.add(Entity("Shaanxi", "Place"), "name", "z")
    assert memory.entity("Shaanxi").label == "陕西"
    assert memory.entity("山西").aliases == ()


def test_a_cross_language_merge_is_recorded_and_can_be_split(memory: Memory):
    memory.add(Entity("北京", "Place"), "name", "x")
    memory.add(Entity("Beijing", "Place"), "locatedIn", Entity("China", "Place"))
    assert [(m.mention, m.score) for m in memory.merges()] == [("Beijing", 1.0)]
    memory.split("Beijing")
    assert sorted(e.label for e in memory.store.entities() if e.type == "Place") == ["Beijing", "China", "北京"]
    assert memory.entity("北京").labels in ((), (("zh", "北京"),))  # the split-off English name left it
    assert memory.query('SELECT ?l WHERE { ?s rdfs:label "北京" ; skos:prefLabel ?l FILTER(lang(?l) = "en") }').values() == []


def test_numbered_speakers_are_people_of_their_own_conversation(memory: Memory):
    def dialogue(conv: str, name: str, city: str) -> list[Turn]:
        return [Turn(conv, "1", "Speaker 1", f"{name}, come here!"), Turn(conv, "2", "Speaker 2", f"What? I live in {city}."),
                Turn(conv, "3", "Speaker 1", f"Hey {name}, look."), Turn(conv, "4", "Speaker 2", "Okay.")]

    memory.remember(dialogue("d1", "Ross", "Paris"))
    memory.remember(dialogue("d2", "Rachel", "Rome"))
    ross, rachel = memory.entity("Ross"), memory.entity("Rachel")
    assert ross.iri != rachel.iri and (ross.aliases, rachel.aliases) == (("Ross",), ("Rachel",))
    assert [f.object.label for f in memory.facts(ross.iri, "livesIn")] == ["Paris"]   # not closed by Rome
    assert [f.object.label for f in memory.facts(rachel.iri, "livesIn")] == ["Rome"]
    memory.remember("I have a dog named Rex.", speakers={"user": "User"})
    memory.remember("I live in Oslo.", speakers={"user": "User"})  # a named role is one person everywhere
    assert len([e for e in memory.store.entities() if e.label == "User"]) == 1


def test_empty_turns_are_skipped_and_the_conversation_kept(memory: Memory):
    report = memory.remember([Turn("c", "1", "Speaker 1", "I live in Paris."), Turn("c", "2", "Speaker 2", ""),
                              Turn("c", "3", "Speaker 2", "  "), Turn("c", "4", "Speaker 1", "I have a dog named Rex.")])
    assert {f.predicate for f in report.stored} == {"livesIn", "hasPet"}


def test_forgetting_the_entity_erases_its_labels_in_every_language(memory: Memory):
    memory.remember("我出生于北京", speakers={"user": "Zhang San"})
    memory.remember("I was born in Beijing", speakers={"user": "Zhang San"})
    memory.forget(entity="Beijing")
    left = memory.query('SELECT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), "Beijing")) }').rows
    assert left == [] and _labels(memory, "Place") == []


def test_a_latin_name_is_only_compared_with_names_in_chinese():
    """Many Latin names share a pinyin key ("Person 1", "Person 2" ...): a new Latin name must not be
    checked against each of them (that made resolution quadratic)."""
    from kg_memory.crosslang import CrossIndex

    index = CrossIndex()
    index.add_all((f"ent:p{i}", f"Person {i}", "Person") for i in range(1000))
    index.add("ent:zs", "张三", "Person")
    asked: list[str] = []

    def names_of(iri: str) -> list[str]:
        asked.append(iri)
        return ["张三"] if iri == "ent:zs" else [f"Person {iri[5:]}"]

    assert index.match("Person 1001", "Person", names_of) is None and asked == []
    assert index.match("Zhang San", "Person", names_of) == "ent:zs" and asked == ["ent:zs"]


def test_labels_per_language_travel_through_an_rdf_file_into_a_store_without_rdf(memory: Memory, tmp_path):
    """Neo4j reads an RDF file as facts (formats.read_rdf_facts): the labels per language name the
    entity, they are not facts about it."""
    import io

    from kg_memory.formats import read_rdf_facts

    memory.remember("我出生于北京", speakers={"user": "Zhang San"})
    memory.remember("I was born in Beijing", speakers={"user": "Zhang San"})
    out = io.BytesIO()
    memory.dump(out, format="nt")
    path = tmp_path / "memory.nt"
    path.write_bytes(out.getvalue())
    facts = [f for f in read_rdf_facts(str(path), "nt") if f.predicate.endswith("birthPlace")]
    assert [(f.object.label, f.object.labels) for f in facts] == [("北京", (("en", "Beijing"), ("zh", "北京")))]
    assert not [f for f in read_rdf_facts(str(path), "nt") if f.predicate.endswith("prefLabel")]
