"""What one does badly or cannot do (``weakness``, the opposite of ``skill``). Invented sentences."""

from __future__ import annotations

import pytest

from kg_memory.vocab import Vocabulary
from tests.extract.dialogue_facts import told


def _weak(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in told(text) if p == "weakness"}


@pytest.mark.parametrize(("text", "thing"), [
    ("lol i totally suck at bowling", "bowling"),
    ("I'm terrible at geography, don't ask me.", "geography"),
    ("im really bad at keeping plants alive", "keeping plants alive"),
    ("I'm not very good at poker.", "poker"),
    ("honestly i'm not great at small talk", "small talk"),
    ("i never learned to drive, i take the bus", "drive"),
    ("I don't know how to ski.", "ski"),
    ("sadly i can't whistle at all", "whistle"),
    ("i cannot skate to save my life", "skate"),
    ("i cant even ride a bike lol", "ride a bike"),
    ("I'm not able to swim, so no boat trips for me.", "swim"),
    ("i've never been able to juggle", "juggle"),
    ("i am unable to drive, my cousin takes me", "drive"),
    ("i have no idea how to knit", "knit"),
    ("i can not speak italian very well", "italian"),
])
def test_a_weakness_is_read(text: str, thing: str) -> None:
    assert _weak(text) == {("Ann", thing)}


def test_someone_elses_weakness_is_theirs() -> None:
    assert _weak("My sister is hopeless with directions.") == {("Ann's sister", "directions")}


@pytest.mark.parametrize("text", [
    "I'm bad at this.",  # the thing at hand
    "You're terrible at hiding things.",  # the listener's, said of "you"
    "Are you good at chess?",
    "I'm not saying I'm good at it.",
    "I never learned to say no.",  # no ability named
    "If I were bad at math, I'd have failed.",
    "I'm good at darts.",  # a skill
    "i can not wait to go skating",  # looking forward, no ability
    "I can't drive you to the airport tomorrow.",  # the moment
    "i cannot swim today, the pool is closed",
    "You can't sing in the library.",  # a rule for anyone
    "i do not sing",  # not done, not said to be unable
    "i can't play my records, the needle broke",
    "I can't drive anymore.",  # no longer
])
def test_no_weakness_from_the_thing_at_hand_a_question_a_wish_or_a_skill(text: str) -> None:
    assert not _weak(text)


def test_a_skill_is_still_a_skill() -> None:
    assert ("Ann", "skill", "darts", False) in told("I'm good at darts.")


def test_the_vocabulary_has_weakness_beside_skill() -> None:
    weakness = Vocabulary.load().predicate("weakness")
    assert weakness.range == "Thing" and not weakness.functional
    assert set(weakness.labels.values()) >= {"weakness", "弱项"}


@pytest.mark.parametrize(("text", "predicate", "thing"), [
    ("我不擅长数学，一看就头疼。", "weakness", "数学"),
    ("我不太会做饭，天天点外卖。", "weakness", "做饭"),
    ("我不会游泳。", "weakness", "游泳"),
    ("我很擅长画画。", "skill", "画画"),
    ("我会游泳。", "skill", "游泳"),
])
def test_chinese_weaknesses_and_skills(text: str, predicate: str, thing: str) -> None:
    assert ("安娜", predicate, thing, False) in told(text)


@pytest.mark.parametrize("text", ["我明天不会开车去。", "我再也不会唱了。", "我不擅长这个。", "抱歉，我不擅长此道。", "你擅长什么？", "我不会说的。"])
def test_a_will_not_the_thing_at_hand_or_a_question_is_no_weakness(text: str) -> None:
    assert not {p for _, p, _, _ in told(text)} & {"weakness", "skill"}
