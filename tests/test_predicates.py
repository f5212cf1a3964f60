"""Predicates as users write them (issue 18, item 1): vocabulary names, English and Chinese labels,
synonyms, and open relations for anything else."""

from __future__ import annotations

import pytest

from kg_memory import Memory
from kg_memory.cli import cli
from kg_memory.errors import VocabularyError
from kg_memory.ids import RELATION_BASE
from kg_memory.vocab import KGM, Vocabulary, predicate_key

BRIEF_QUERY = 'SELECT ?place WHERE { ?p rdfs:label "张三" ; :birthPlace/rdfs:label ?place }'


@pytest.mark.parametrize("text, name", [
    ("birthPlace", "birthPlace"), ("出生于", "birthPlace"), ("出生地", "birthPlace"), ("birth place", "birthPlace"),
    ("was born in", "birthPlace"), ("Born In", "birthPlace"), ("居住地", "livesIn"), ("住在", "livesIn"),
    ("lives in", "livesIn"), ("lives_in", "livesIn"), ("works for", "worksFor"), ("工作单位", "worksFor"),
    ("kgm:livesIn", "livesIn"), (KGM + "livesIn", "livesIn"), ("配偶", "spouse"), ("married to", "spouse"),
])
def test_vocabulary_predicates_by_name_label_or_synonym(text, name):
    assert Vocabulary.load().canonical(text) == name


def test_no_label_or_synonym_names_two_predicates():
    vocab = Vocabulary.load()
    owners: dict[str, set[str]] = {}
    for p in vocab.predicates.values():
        for text in (p.name, *p.labels.values(), *p.synonyms):
            owners.setdefault(predicate_key(text), set()).add(p.name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_outside_the_vocabulary_is_an_open_relation_unless_strict():
    vocab = Vocabulary.load()
    assert vocab.canonical("investsIn") == RELATION_BASE + "investsIn"
    assert vocab.canonical("is a fan of") == RELATION_BASE + "is_a_fan_of"
    assert vocab.canonical("schema:knows") == "https://schema.org/knows"
    with pytest.raises(VocabularyError):
        vocab.canonical("investsIn", strict=True)


def test_brief_triples_through_the_cli_answer_the_brief_query(runner, store_dir):
    for args in (["张三", "出生于", "北京"], ["张三", "居住地", "上海"], ["李四", "居住地", "上海"]):
        result = runner.invoke(cli, ["add", *args, "--store", str(store_dir)])
        assert result.exit_code == 0, result.output
    with Memory(store_dir) as memory:
        assert memory.query(BRIEF_QUERY).values() == [{"place": "北京"}]
        rows = memory.query('SELECT ?who ?city WHERE { ?p rdfs:label ?who ; :livesIn/rdfs:label ?city } ORDER BY ?who')
        assert rows.values() == [{"who": "张三", "city": "上海"}, {"who": "李四", "city": "上海"}]
        assert memory.entity("北京").type == "Place"


def test_cli_strict_keeps_the_error(runner, store_dir):
    result = runner.invoke(cli, ["add", "Ann", "investsIn", "Acme", "--strict", "--store", str(store_dir)])
    assert result.exit_code != 0 and "investsIn" in result.output
    result = runner.invoke(cli, ["add", "Ann", "investsIn", "Acme", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output


def test_open_relation_is_queried_like_a_vocabulary_one(memory):
    memory.add("Ann", "invests in", "Acme")
    memory.add("Bob", "invests in", "Initech")
    fact = memory.facts("Ann")[0]
    assert fact.predicate == RELATION_BASE + "invests_in"
    assert sorted(f.object.label for f in memory.facts(predicate="invests in")) == ["Acme", "Initech"]
    rows = memory.query(
        "SELECT ?who ?what WHERE { ?rel rdfs:label 'invests in' . ?s ?rel ?o . "
        "?s rdfs:label ?who . ?o rdfs:label ?what } ORDER BY ?who").values()
    assert rows == [{"who": "Ann", "what": "Acme"}, {"who": "Bob", "what": "Initech"}]
    assert memory.query("SELECT ?o WHERE { ?s rel:invests_in/rdfs:label ?o } ORDER BY ?o").values() == [
        {"o": "Acme"}, {"o": "Initech"}]
    # the relation is not an entity, and its label does not count as a fact
    assert sorted(e.label for e in memory.store.entities(namespace=memory.namespace)) == ["Acme", "Ann", "Bob", "Initech"]
    assert memory.stats()["facts"] == 2 and memory.stats()["entities"] == 4


def test_memory_add_strict(memory):
    with pytest.raises(VocabularyError):
        memory.add("Ann", "investsIn", "Acme", strict=True)
    assert memory.facts() == []


def test_ingested_csv_and_jsonl_take_labels_and_open_relations_unless_strict(memory, tmp_path, runner, store_dir):
    csv_file = tmp_path / "facts.csv"
    csv_file.write_text("subject,predicate,object\n张三,出生于,北京\nAnn,invests in,Acme\n", encoding="utf-8")
    assert memory.ingest(csv_file, format="csv") == 2
    assert memory.query(BRIEF_QUERY).values() == [{"place": "北京"}]
    assert [f.predicate for f in memory.facts("Ann")] == [RELATION_BASE + "invests_in"]
    jsonl = tmp_path / "facts.jsonl"
    jsonl.write_text('{"subject": "Bob", "predicate": "investsIn", "object": "Initech"}\n', encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(jsonl), "--strict", "--store", str(store_dir)])
    assert result.exit_code == 1 and "facts.jsonl" in result.output and "line 1" in result.output
    result = runner.invoke(cli, ["ingest", str(jsonl), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    with Memory(store_dir) as stored:
        assert [f.object.label for f in stored.facts(predicate="investsIn")] == ["Initech"]
