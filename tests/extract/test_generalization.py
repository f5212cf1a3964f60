"""Issue 13: relations people state about each other in ordinary dialogue, Chinese names cut whole,
and speakers' names as aliases (rules; each case failed before)."""

from __future__ import annotations

import pytest

from kg_memory import Memory, Turn
from kg_memory.extract import RuleExtractor


def triples(text: str, speaker: str = "Speaker 1") -> list[tuple[str, str, str]]:
    facts = RuleExtractor().extract([Turn("c", "1", speaker, text)])
    return [(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in facts]


@pytest.mark.parametrize(("text", "expected"), [
    ("王小明是我同学。", ("Speaker 1", "classmate", "王小明")),
    ("张伟的妻子是李娜。", ("张伟", "spouse", "李娜")),
    ("李娜是张伟的妻子。", ("张伟", "spouse", "李娜")),
    ("文剑平出生于上海。", ("文剑平", "birthPlace", "上海")),
    ("王小明，男，1970年出生于北京，毕业于清华大学。", ("王小明", "birthPlace", "北京")),
    ("王小明，男，1970年出生于北京，毕业于清华大学。", ("王小明", "educatedAt", "清华大学")),
    ("欧阳娜娜住在上海。", ("欧阳娜娜", "livesIn", "上海")),
    ("张伟会说英语。", ("张伟", "speaks", "英语")),
    ("刘洋是我的室友。", ("Speaker 1", "roommate", "刘洋")),
    ("我和刘洋是同事。", ("Speaker 1", "colleague", "刘洋")),
    ("我和张伟是好朋友。", ("Speaker 1", "friend", "张伟")),
    ("张伟是我的老板。", ("Speaker 1", "boss", "张伟")),
    ("Monica is my roommate.", ("Speaker 1", "roommate", "Monica")),
    ("Chandler and I are best friends.", ("Speaker 1", "friend", "Chandler")),
    ("Ross and Emily got married.", ("Ross", "spouse", "Emily")),
    ("Monica is Ross's sister.", ("Ross", "sibling", "Monica")),
    ("Ross's sister Monica lives here.", ("Ross", "sibling", "Monica")),
    ("My boss Michael is crazy.", ("Speaker 1", "boss", "Michael")),
    ("My neighbor Tom is loud.", ("Speaker 1", "neighbor", "Tom")),
    ("Joey lives in New York.", ("Joey", "livesIn", "New York")),
])
def test_relations_people_state(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text", ["王小明是我同学。", "文剑平出生于上海。", "王小明，男，1970年出生于北京。"])
def test_chinese_names_are_not_cut_to_two_characters(text):
    labels = {s for s, _, _ in triples(text)} | {o for _, _, o in triples(text)}
    assert not labels & {"王小", "文剑"}


def test_a_named_relative_replaces_its_placeholder():
    assert triples("Ross is my brother.") == [("Speaker 1", "sibling", "Ross")]


@pytest.mark.parametrize("text", [
    "Chandler and I are not friends.", "Are Chandler and Joey roommates?", "If Chandler and I were friends, fine.",
    "Paris and London are big.",
])
def test_no_relation_from_negation_questions_conditionals_or_places(text):
    assert [t for t in triples(text) if t[1] in ("friend", "roommate")] == []


def test_a_speaker_named_in_the_conversation_gets_the_name_as_alias():
    memory = Memory(extractor=RuleExtractor())
    memory.remember([Turn("c", "1", "Speaker 1", "Hi, I am Joey."),
                     Turn("c", "2", "Speaker 2", "Joey lives in Paris."),
                     Turn("c", "3", "Speaker 1", "I work at Central Perk.")])
    joey = memory.entity("Joey")
    assert (joey.label, joey.aliases) == ("Speaker 1", ("Joey",))
    assert {(f.predicate, f.object.label) for f in memory.facts("Joey") if f.predicate != "name"} == {
        ("livesIn", "Paris"), ("worksFor", "Central Perk")}


def test_a_named_speaker_is_not_an_alias_of_a_real_name():
    facts = RuleExtractor().extract([Turn("c", "1", "Alice", "Hi, I am Joey.")])
    assert all(f.subject.aliases == () for f in facts)


def test_the_rules_name_a_speaker_from_how_others_address_them():
    turns = [Turn("c", "1", "Speaker 1", "Ross, come here!"), Turn("c", "2", "Speaker 2", "What?"),
             Turn("c", "3", "Speaker 1", "Hey Ross, look."), Turn("c", "4", "Speaker 2", "I live in Paris.")]
    facts = RuleExtractor().extract(turns)
    assert [(f.subject.label, f.subject.aliases, f.predicate) for f in facts] == [
        ("Speaker 2", ("Ross",), "alternateName"), ("Speaker 2", ("Ross",), "livesIn")]
    assert RuleExtractor(name_speakers=False).extract(turns)[0].subject.aliases == ()
