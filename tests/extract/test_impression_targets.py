"""Whom a feeling is for, and what is taken back at once (issue 13, hand-labelled samples of seeds 2040-2041): praise
said to a pet, praise answered by a third voice, a disowned crush, a feeling denied by the one it is about, an age
corrected right after, and "like" as a filler. Invented chats, in English and Chinese, with the look-alikes that keep
their facts."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _facts(*lines: str) -> set[tuple[str, str, str]]:
    """The facts of a chat given as "Ann: Hi." lines: (subject, predicate, object) labels."""
    turns = [Turn("c", str(i + 1), *line.split(": ", 1)) for i, line in enumerate(lines)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


# -- praise said to a pet --------------------------------------------------------------------------------------


@pytest.mark.parametrize("shown, praise", [
    ("Meet my new puppy, Biscuit.", "Oh, you are so cute!"),
    ("这是我姐姐的小狗。", "哦，你太可爱了！"),
])
def test_praise_for_a_pet_just_shown_is_no_feeling_for_its_owner(shown: str, praise: str) -> None:
    facts = _facts(f"Ann: {shown}", f"Bob: {praise}")
    assert ("Bob", "positiveImpression", "Ann") not in facts


@pytest.mark.parametrize("said, praise", [
    ("I cut my hair short.", "Oh, you are so cute!"),
    ("我剪了短发。", "哦，你太可爱了！"),
])
def test_the_same_praise_after_news_of_oneself_stays(said: str, praise: str) -> None:
    assert ("Bob", "positiveImpression", "Ann") in _facts(f"Ann: {said}", f"Bob: {praise}")


# -- praise answered by another than the one who spoke before ----------------------------------------------------


@pytest.mark.parametrize("lines", [
    ("Ann: Bye, Tom.", "Cy: 再见亲爱的，我爱你。", "Bob: 我也爱你。"),
    ("Ann: Sure, it's all true.", "Cy: Oh my God, you are amazing! Can I ask you a favour?", "Bob: Certainly."),
    ("Ann: 你好。", "Bob: 嘿！", "Cy: 天啊，我是你的忠实影迷！", "Dan: 很高兴认识你。"),
])
def test_a_feeling_is_for_the_one_who_answers_it(lines: tuple[str, ...]) -> None:
    facts = _facts(*lines)
    fan, answerer = lines[-2].split(":")[0], lines[-1].split(":")[0]
    before = lines[-3].split(":")[0]
    assert (fan, "positiveImpression", answerer) in facts
    assert (fan, "positiveImpression", before) not in facts


@pytest.mark.parametrize("lines", [
    ("Ann: Sure, it's all true.", "Cy: Oh my God, you are amazing! Can I ask you a favour?", "Bob: No way."),
    ("Ann: 你好。", "Bob: 嘿！", "Ann: 天啊，我是你的忠实影迷！", "Bob: 很高兴认识你。"),  # the one spoken to answers
])
def test_a_feeling_not_answered_by_a_third_stays_with_the_one_before(lines: tuple[str, ...]) -> None:
    fan, before = lines[-2].split(":")[0], lines[-3].split(":")[0]
    assert (fan, "positiveImpression", before) in _facts(*lines)


@pytest.mark.parametrize("lines", [
    ("Bob: Are you coming tonight?", "Ann: Sure.", "Cy: Hello, everyone.", "Ann: Oh, wow.",
     "Bob: Nice to meet you! My God, you're great!"),
    ("Bob: 你今晚来吗？", "Ann: 来。", "Cy: 大家好。", "Ann: 哇。", "Bob: 很高兴见到你！天啊，你真美！"),
])
def test_praise_with_nice_to_meet_you_is_not_for_one_the_speaker_talked_with(lines: tuple[str, ...]) -> None:
    assert ("Bob", "positiveImpression", "Ann") not in _facts(*lines)


def test_praise_with_nice_to_meet_you_for_a_newcomer_stays() -> None:
    facts = _facts("Ann: Hi, I'm new here.", "Bob: Nice to meet you! My God, you're great!")
    assert ("Bob", "positiveImpression", "Ann") in facts


# -- a feeling disowned or denied ----------------------------------------------------------------------------------


def test_a_crush_disowned_is_no_feeling_now() -> None:
    assert ("Ann", "positiveImpression", "Bob") not in _facts("Ann: I can't believe I had a crush on you!", "Bob: What?")
    assert ("Ann", "positiveImpression", "Bob") in _facts("Ann: I had a crush on you in college.", "Bob: What?")


def test_a_feeling_claimed_for_someone_and_denied_by_them_is_dropped() -> None:
    assert ("Bob", "positiveImpression", "Ann") not in _facts("Ann: 你爱我！", "Bob: 不不。")
    assert ("Bob", "positiveImpression", "Ann") in _facts("Ann: 你爱我！", "Bob: 是啊。")


def test_a_no_that_answers_a_question_takes_nothing_back() -> None:
    facts = _facts("Ann: 好吧，但你是个男人，你不怕吗？", "Bob: 不，一点也不怕。")
    assert ("Bob", "gender", "male") in facts


# -- a value corrected at once -------------------------------------------------------------------------------------


@pytest.mark.parametrize("claim, correction", [
    ("I'm 30!", "No you're not, you're 31."),
    ("我30岁！", "你不是的！你31了。"),
])
def test_an_age_corrected_right_after_keeps_the_correction(claim: str, correction: str) -> None:
    ages = {(s, o) for s, p, o in _facts(f"Ann: {claim}", f"Bob: {correction}") if p == "age"}
    assert ages == {("Ann", "31")}


def test_an_age_not_corrected_stays() -> None:
    ages = {(s, o) for s, p, o in _facts("Ann: 我30岁。", "Bob: 真的吗？我31了。") if p == "age"}
    assert ages == {("Ann", "30"), ("Bob", "31")}


# -- "like" as a filler --------------------------------------------------------------------------------------------


def test_filler_like_is_no_liking() -> None:
    facts = _facts("Ann: Wow, was it expensive?", "Bob: Yeah, like fifty bucks.",
                   "Ann: I did like this totally stupid thing at work.", "Bob: Ha.", "Ann: So I was like, no way.")
    assert not {f for f in facts if f[1] == "likes"}


def test_liking_said_plainly_stays() -> None:
    facts = _facts("Ann: I did like the movie.", "Bob: I like hiking.")
    assert {("Ann", "likes", "movie"), ("Bob", "likes", "hiking")} <= facts
