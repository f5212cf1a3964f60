"""Documents: news-style articles in English and Chinese (written for these tests), their sentences,
facts with provenance to the sentence, key-fact summaries, and recall citing them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kg_memory import Memory
from kg_memory.documents import split_document, split_sentences
from kg_memory.errors import InputError

WHEN = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)

ENGLISH = """# Acme Corp names new chief engineer

*Madrid, 4 March 2024*

Maria Lopez works for [Acme Corp](https://example.com/acme), the robotics maker. She was born in
Seville and lives in Madrid. Lopez studied at the Technical University of Madrid.

## Background

- Juan Perez is married to Ana Ruiz.
- The company employs 1,200 people.

Analysts said the appointment was expected. Maria Lopez likes chess.
"""

CHINESE = """# 阿里巴巴任命新技术负责人

据新华社报道，张伟在阿里巴巴工作。张伟出生于武汉，现在住在杭州。

## 背景

李娜在腾讯工作。
分析人士表示，这一任命在意料之中。
"""


def _key(memory: Memory, of: str, k: int) -> list[tuple[str, str, str]]:
    return [(kf.fact.subject.label, kf.fact.predicate, getattr(kf.fact.object, "label", str(kf.fact.object)))
            for kf in memory.summary(of, k).facts]


def test_markdown_is_split_into_title_and_sentences():
    sentences = split_document(ENGLISH)
    assert sentences[0].kind == "title" and sentences[0].text == "Acme Corp names new chief engineer"
    texts = [s.text for s in sentences]
    assert "Maria Lopez works for Acme Corp, the robotics maker." in texts  # link text kept, URL gone
    assert "She was born in Seville and lives in Madrid." in texts  # a line break inside a sentence
    assert "Juan Perez is married to Ana Ruiz." in texts
    assert "Madrid, 4 March 2024" in texts  # emphasis markers gone
    assert next(s for s in sentences if s.text.startswith("Juan")).section == "Background"
    assert not any("#" in t or "*" in t or "http" in t for t in texts)


def test_chinese_sentences_and_english_abbreviations():
    assert split_sentences("张伟出生于武汉。他现在住在杭州！李娜呢？") == ["张伟出生于武汉。", "他现在住在杭州！", "李娜呢？"]
    assert split_sentences("Mr. J. Smith joined Acme Inc. in 2020. He left.") == [
        "Mr. J. Smith joined Acme Inc. in 2020.", "He left."]
    assert split_sentences("She works for Acme Corp. She likes it.") == ["She works for Acme Corp.", "She likes it."]


def test_english_article_key_facts_cite_their_sentences(memory: Memory):
    report = memory.remember_document(ENGLISH, source="acme-news.md", time=WHEN)
    assert (report.document, report.title) == ("doc:acme-news.md", "Acme Corp names new chief engineer")
    assert report.sentences == 8 and report.facts >= 5
    top = _key(memory, "acme-news.md", 3)
    assert set(top) == {("Maria Lopez", "worksFor", "Acme Corp"), ("Maria Lopez", "livesIn", "Madrid"),
                        ("Maria Lopez", "birthPlace", "Seville")}
    first = memory.summary("doc:acme-news.md", 1).facts[0]
    assert first.sentence == "Maria Lopez works for Acme Corp, the robotics maker."
    assert [(s.conversation, s.turn, s.time) for s in first.fact.sources] == [("doc:acme-news.md", "2", WHEN)]
    turns = memory.turns("doc:acme-news.md")
    assert turns[0].text == "Acme Corp names new chief engineer" and turns[0].speaker == "acme-news.md"


def test_chinese_article_key_facts(memory: Memory):
    report = memory.remember_document(CHINESE, source="xinhua.md", time=WHEN)
    assert report.title == "阿里巴巴任命新技术负责人" and report.sentences == 4
    top = _key(memory, "xinhua.md", 3)
    assert set(top) == {("张伟", "worksFor", "阿里巴巴"), ("张伟", "livesIn", "杭州"), ("张伟", "birthPlace", "武汉")}
    assert ("李娜", "worksFor", "腾讯") in _key(memory, "xinhua.md", 10)


def test_recall_and_context_cite_the_document(memory: Memory):
    memory.remember_document(ENGLISH, source="acme-news.md", time=WHEN)
    memory.remember_document(CHINESE, source="xinhua.md", time=WHEN)
    context = memory.context("Where does Maria Lopez live?", budget_tokens=120)
    assert "Madrid" in context.splitlines()[1] and "doc:acme-news.md#" in context
    found = memory.recall("张伟住在哪里？", 3)
    assert any("杭州" in r.text and r.turns[0].conversation == "doc:xinhua.md" for r in found)


def test_summary_of_an_entity_and_of_an_unknown_name(memory: Memory):
    memory.remember_document(ENGLISH, source="acme-news.md", time=WHEN)
    summary = memory.summary("Juan Perez")
    assert ("Juan Perez", "spouse", "Ana Ruiz") in [(k.fact.subject.label, k.fact.predicate, k.fact.object.label)
                                                      for k in summary.facts if k.fact.predicate == "spouse"]
    assert "Juan Perez is married to Ana Ruiz." in summary.text()
    with pytest.raises(InputError):
        memory.summary("nobody-at-all.md")


def test_remembering_a_document_twice_changes_nothing(memory: Memory):
    memory.remember_document(ENGLISH, source="acme-news.md", time=WHEN)
    before = (memory.stats(), [(f.iri, f.sources) for f in memory.facts()])
    memory.remember_document(ENGLISH, source="acme-news.md", time=WHEN)
    assert (memory.stats(), [(f.iri, f.sources) for f in memory.facts()]) == before


def test_an_empty_document_is_refused(memory: Memory):
    with pytest.raises(InputError):
        memory.remember_document("\n\n```\ncode only\n```\n")
