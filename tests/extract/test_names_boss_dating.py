"""What one tells of one's names, boss, partner and counted children or pets, in English and Chinese: "My boss is
Linda" / "My manager is Linda" (Linda, not a stand-in "Ann's boss"), a whole full name ("My full name is Ann Marie
Lee", 我的全名是李安娜), a nickname others use ("Everyone calls me Annie", 大家都叫我娜娜) and a name one asks to be
called by (你可以叫我娜娜), 我在和李明交往 (a partner, as "I'm dating Chris"), a surname and a title (我的老板是王总),
children or pets counted then named (我有两个孩子，一个叫小明，一个叫小红: no third "安娜的两个孩子"), and two pets had at
once (我有一只狗和一只猫); each with look-alike lines (questions, negations, other people, wishes) that must give
nothing. A nickname the speaker tells ("my friends call me Valerie") leaves the names others call them by ("Hey
Pheebs")."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Turn
from tests.extract.dialogue_facts import kept as _said


def _of_speaker(text: str, predicate: str) -> set[str]:
    return {o for s, p, o in _said(text) if p == predicate and s in ("Ann", "安娜")}


@pytest.mark.parametrize("text", ["My boss is Linda.", "My manager is Linda.", "My supervisor is Linda.", "Linda is my boss.",
                                  "我的老板是王总。", "我老板是李经理。", "我的上司是张老师。"])
def test_the_boss_named_is_the_speakers_boss(text: str) -> None:
    facts = _said(text)
    bosses = _of_speaker(text, "boss")
    assert len(bosses) == 1 and bosses <= {"Linda", "王总", "李经理", "张老师"}, facts
    assert not any(s.endswith(("'s boss", "'s manager", "的老板")) for s, _, _ in facts), facts


@pytest.mark.parametrize("text", ["Who is your boss?", "My boss is not Linda.", "Her boss is Linda.",
                                  "I wish Linda was my boss.", "你的老板是王总吗？", "她的老板是王总。", "我的老板不是王总。",
                                  "如果我的老板是王总就好了。"])
def test_no_boss_named_for_the_speaker(text: str) -> None:
    assert not _of_speaker(text, "boss") & {"Linda", "王总"}, _said(text)


@pytest.mark.parametrize(("text", "name"), [
    ("My full name is Ann Marie Lee.", "Ann Marie Lee"),
    ("My real name is Ann Marie Lee.", "Ann Marie Lee"),
    ("My full name is Ann Marie Lee and I live in Ohio.", "Ann Marie Lee"),
    ("my full name is ann marie lee", "ann marie lee"),
    ("my real name is joanna and i like cats", "joanna"),
    ("我的全名是李安娜。", "李安娜"),
    ("我的真名是李安娜。", "李安娜"),
    ("你可以叫我娜娜。", "娜娜"),
    ("叫我娜娜就行。", "娜娜"),
    ("You can call me Annie.", "Annie"),
])
def test_the_whole_name_is_the_speakers_name(text: str, name: str) -> None:
    assert _of_speaker(text, "name") == {name}, _said(text)


@pytest.mark.parametrize("text", ["My last name is Lee.", "My surname is Lee.", "What is your full name?",
                                  "Her full name is Ann Marie Lee.", "My full name is not Ann.", "I wish my real name was Ann.",
                                  "你的全名是什么？", "她的全名是李安娜。", "我的全名不是李安娜。", "我希望我的真名是李安娜。",
                                  "不要叫我娜娜。", "你不要叫我娜娜。", "他叫我去他的办公室。", "大家都叫我娜娜吗？",
                                  "Nobody calls me Annie.", "Don't call me Annie."])
def test_no_name_of_the_speaker(text: str) -> None:
    assert not _of_speaker(text, "name") and not _of_speaker(text, "alternateName"), _said(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Everyone calls me Annie.", "Annie"),
    ("My friends call me Annie.", "Annie"),
    ("People usually call me Annie.", "Annie"),
    ("大家都叫我娜娜。", "娜娜"),
    ("朋友们都叫我娜娜。", "娜娜"),
    ("我朋友都叫我娜娜。", "娜娜"),
])
def test_what_others_call_the_speaker_is_a_nickname(text: str, name: str) -> None:
    assert _of_speaker(text, "alternateName") == {name} and not _of_speaker(text, "name"), _said(text)


@pytest.mark.parametrize("text", ["大家都叫她娜娜。", "我希望大家都叫我娜娜。", "没有人叫我娜娜。", "Everyone calls him Annie."])
def test_no_nickname_of_the_speaker(text: str) -> None:
    assert not _of_speaker(text, "alternateName"), _said(text)


@pytest.mark.parametrize("text", ["I'm dating Chris.", "我在和李明交往。", "我正在跟李明谈恋爱。", "我和李明在约会。",
                                  "我现在在和李明交往。"])
def test_the_one_the_speaker_is_seeing_is_a_partner(text: str) -> None:
    assert _of_speaker(text, "partner") & {"Chris", "李明"}, _said(text)


@pytest.mark.parametrize("text", ["我没有在和他交往。", "我没在和李明交往。", "你在和李明交往吗？", "她在和李明交往。",
                                  "我想和李明谈恋爱。", "如果我在和李明交往就好了。", "I'm not dating Chris.",
                                  "Are you dating Chris?"])
def test_no_partner_of_the_speaker(text: str) -> None:
    said = _said(text)
    assert not _of_speaker(text, "partner") and not _of_speaker(text, "dated"), said


@pytest.mark.parametrize(("text", "predicate", "named"), [
    ("我有两个孩子，一个叫小明，一个叫小红。", "child", {"小明", "小红"}),
    ("我有两个孩子，叫小明和小红，他们都上小学。", "child", {"小明", "小红"}),
    ("我有两只猫，一只叫咪咪，一只叫球球。", "hasPet", {"咪咪", "球球"}),
    ("我有两只猫，叫咪咪和球球。", "hasPet", {"咪咪", "球球"}),
    ("I have two kids, Leo and Mia.", "child", {"Leo", "Mia"}),
    ("I have two cats, Tom and Jerry.", "hasPet", {"Tom", "Jerry"}),
])
def test_relatives_counted_then_named_are_only_the_named(text: str, predicate: str, named: set[str]) -> None:
    assert _of_speaker(text, predicate) == named, _said(text)


def test_relatives_counted_and_not_named_stay_counted() -> None:
    assert _of_speaker("我有两个孩子，我很爱他们。", "child") == {"安娜的两个孩子"}


@pytest.mark.parametrize(("text", "pets"), [
    ("我有一只狗和一只猫。", {"安娜的狗", "安娜的猫"}),
    ("我养了一只猫和两条金鱼。", {"安娜的猫", "安娜的金鱼"}),
    ("I have a dog and a cat.", {"Ann's dog", "Ann's cat"}),
])
def test_two_pets_had_at_once_are_both_pets(text: str, pets: set[str]) -> None:
    assert _of_speaker(text, "hasPet") == pets, _said(text)


@pytest.mark.parametrize("text", ["我没有狗和猫。", "你有一只狗和一只猫吗？", "我想养一只狗和一只猫。", "她有一只狗和一只猫。"])
def test_no_pets_had(text: str) -> None:
    assert not _of_speaker(text, "hasPet"), _said(text)


def test_a_nickname_the_speaker_tells_leaves_the_names_others_call_them() -> None:
    turns = [Turn("c", "1", "Speaker 1", "Hey!"), Turn("c", "2", "Speaker 2", "Hey Pheebs."),
             Turn("c", "3", "Speaker 1", "Uhm, no. I'm gonna have my friends call me Valerie.")]
    names = {(f.predicate, str(f.object)) for f in RuleExtractor().extract(turns) if f.subject.label == "Speaker 1"}
    assert {("alternateName", "Pheebs"), ("alternateName", "Valerie")} <= names, names
