"""Everyday statements, third round, in English and Chinese: the relative of someone just mentioned named ("I met
Sarah. Her boss is Linda.", 我认识小红。她的老板是王总。), siblings had together (我有一个哥哥和一个妹妹), where a
relative works ("My husband is a teacher in Boston"), an instrument or a skill being learnt ("I'm learning to play
the guitar"), a childhood idol (我小时候的偶像是成龙), the place a road trip or a cruise went to, a nickname beside
a full name ("My full name is Ann Marie Lee, but call me Annie"); and lines that give no fact for all they look
like one: "my car stuff", "I got picked", "LeBron is the man", "a fan of this genre", "Love and acceptance can be
found everywhere". Then lines of the same kinds: "My mom works as a nurse in Seattle", "I'm taking piano lessons",
"I've started learning French", "I'm teaching myself to draw" (a pastime, no job of teacher), 我在自学日语; "Love and
miss you" (no liking of "miss") and 我的朋友叫我过去 (asked over, no nickname 过去). Each with
look-alike lines (questions, negations, wishes, other people) that must give nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept as _said
from tests.extract.dialogue_facts import told as _facts


def _of(text: str, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in _said(text) if s == subject and p == predicate}


@pytest.mark.parametrize(("text", "owner", "predicate", "name"), [
    ("I met Sarah yesterday. Her boss is Linda.", "Sarah", "boss", "Linda"),
    ("Tom is my friend. His wife is Maria.", "Tom", "spouse", "Maria"),
    ("I met Sarah yesterday. Her sister is Ana.", "Sarah", "sibling", "Ana"),
    ("我认识小红。她的老板是王总。", "小红", "boss", "王总"),
    ("我认识小红。她的妹妹是小丽。", "小红", "sibling", "小丽"),
])
def test_the_relative_of_someone_just_mentioned_is_named(text: str, owner: str, predicate: str, name: str) -> None:
    facts = _said(text)
    assert _of(text, owner, predicate) == {name}, facts
    assert not any(s.endswith(("'s boss", "'s wife", "'s sister", "的老板", "的妹妹")) for s, _, _ in facts), facts


@pytest.mark.parametrize("text", ["Her boss is Linda.", "His wife is Maria.", "她的老板是王总。", "I met Sarah. Is her boss Linda?",
                                  "I met Sarah. Her boss is not Linda.", "我认识小红。她的老板是王总吗？",
                                  "我认识小红。她的老板不是王总。", "其他的朋友叫小明。"])
def test_no_relative_named_without_whose(text: str) -> None:
    facts = _said(text)
    assert not any(p in ("boss", "spouse", "friend") and o in ("Linda", "Maria", "王总", "小明") for _, p, o in facts), facts


@pytest.mark.parametrize(("text", "siblings"), [
    ("我有一个哥哥和一个妹妹。", {"安娜的哥哥", "安娜的妹妹"}),
    ("我有一个哥哥、一个姐姐和一个弟弟。", {"安娜的哥哥", "安娜的姐姐", "安娜的弟弟"}),
])
def test_siblings_had_together_are_each_a_sibling(text: str, siblings: set[str]) -> None:
    assert _of(text, "安娜", "sibling") == siblings, _said(text)


def test_a_relative_and_a_pet_had_together() -> None:
    said = _said("我有一个女儿和一只猫。")
    assert ("安娜", "child", "安娜的女儿") in said and ("安娜", "hasPet", "安娜的猫") in said, said


@pytest.mark.parametrize("text", ["我没有哥哥和妹妹。", "你有一个哥哥和一个妹妹吗？", "她有一个哥哥和一个妹妹。",
                                  "我想有一个哥哥和一个妹妹。", "我有一个哥哥和一个问题。"])
def test_no_siblings_had(text: str) -> None:
    assert _of(text, "安娜", "sibling") <= {"安娜的哥哥"} and not _of(text, "安娜", "sibling") & {"安娜的妹妹"}, _said(text)


@pytest.mark.parametrize(("text", "who", "place"), [
    ("My husband is a teacher in Boston.", "Ann's husband", "Boston"),
    ("My sister is a nurse in Chicago.", "Ann's sister", "Chicago"),
    ("I am a teacher in Boston.", "Ann", "Boston"),
    ("I'm a nurse at a hospital in Denver.", "Ann", "Denver"),
])
def test_where_a_job_is_done_is_the_work_location(text: str, who: str, place: str) -> None:
    assert _of(text, who, "workLocation") == {place}, _said(text)


@pytest.mark.parametrize("text", ["I'm not a teacher in Boston.", "Is your husband a teacher in Boston?",
                                  "I want to be a teacher in Boston.", "I'm a teacher in training.",
                                  "I am a student in Boston.", "My dad is a retired teacher in Boston.",
                                  "I'm an actor in Friends."])
def test_no_work_location(text: str) -> None:
    assert not any(p == "workLocation" for _, p, _ in _said(text)), _said(text)


@pytest.mark.parametrize(("text", "hobby"), [
    ("I'm learning to play the guitar.", "learning guitar"),
    ("I'm learning guitar.", "learning guitar"),
    ("I am learning the piano.", "learning piano"),
    ("I've been learning to cook.", "learning to cook"),
    ("I'm learning to code.", "learning to code"),
    ("I'm learning how to knit.", "learning to knit"),
])
def test_an_instrument_or_a_skill_being_learnt_is_a_pastime(text: str, hobby: str) -> None:
    assert _of(text, "Ann", "hobby") == {hobby}, _said(text)


@pytest.mark.parametrize("text", ["I want to learn to play guitar.", "I'm not learning to cook.",
                                  "Are you learning to play the guitar?", "I'd like to learn to cook.",
                                  "I'm learning to drive."])
def test_no_pastime_learnt(text: str) -> None:
    assert not _of(text, "Ann", "hobby"), _said(text)


def test_what_a_son_learns_is_his() -> None:
    said = _said("My son is learning to play the violin.")
    assert ("Ann's son", "hobby", "learning violin") in said and not _of("My son is learning to play the violin.", "Ann", "hobby")


@pytest.mark.parametrize(("text", "idol"), [("我小时候的偶像是成龙。", "成龙"), ("我上学的时候的偶像是我爸爸。", "安娜的爸爸"),
                                            ("My idol growing up was Michael Jordan.", "Michael Jordan")])
def test_a_childhood_idol_is_admired(text: str, idol: str) -> None:
    assert _of(text, _speaker(text), "positiveImpression") == {idol}, _facts(text)


def _speaker(text: str) -> str:
    return "安娜" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "Ann"


@pytest.mark.parametrize("text", ["我小时候的偶像不是成龙。", "你小时候的偶像是谁？", "她小时候的偶像是成龙。",
                                  "如果我小时候的偶像是成龙就好了。"])
def test_no_childhood_idol(text: str) -> None:
    assert not _of(text, "安娜", "positiveImpression"), _said(text)


def test_a_former_idol_is_no_more() -> None:
    assert ("安娜", "positiveImpression", "成龙", True) in _facts("我以前的偶像是成龙。")


@pytest.mark.parametrize(("text", "place"), [
    ("We went on a road trip to Oregon.", "Oregon"),
    ("We went on a cruise to Alaska.", "Alaska"),
    ("We went on a trip to Oregon.", "Oregon"),
    ("We went on a family vacation to Hawaii last summer.", "Hawaii"),
])
def test_a_journey_visits_where_it_went(text: str, place: str) -> None:
    assert _of(text, "Ann", "visited") == {place}, _said(text)


@pytest.mark.parametrize("text", ["We went on a road trip.", "We went on a cruise.", "We went on a date.", "We went on a hike.",
                                  "We did not go on a road trip to Oregon.", "Did you go on a road trip to Oregon?",
                                  "We want to go on a road trip to Oregon."])
def test_no_place_visited_on_a_journey(text: str) -> None:
    assert not _of(text, "Ann", "visited"), _said(text)


@pytest.mark.parametrize("text", ["When I'm doing my car stuff, I listen to vinyl.", "I need to pack my car stuff.",
                                  "I got picked for a car mod workshop.", "I got picked.", "I got stuck with my car parts."])
def test_no_thing_owned(text: str) -> None:
    assert not _of(text, "Ann", "owns"), _said(text)


@pytest.mark.parametrize(("text", "thing"), [("My car broke down.", "car"), ("I got a used car.", "used car"),
                                             ("I got a new bike.", "bike")])
def test_things_owned_still_are(text: str, thing: str) -> None:
    assert thing in _of(text, "Ann", "owns"), _said(text)


@pytest.mark.parametrize("text", ["LeBron is the man.", "He is the man!", "I'm a fan of this genre.",
                                  "I'm a big fan of that kind of music.", "Love and acceptance can be found everywhere.",
                                  "Love sure does bring us joy.", "Love really is all you need."])
def test_praise_pointing_and_love_the_noun_give_nothing(text: str) -> None:
    assert not any(p in ("gender", "likes") for _, p, _ in _said(text)), _said(text)


@pytest.mark.parametrize(("text", "predicate", "obj"), [("I am a man.", "gender", "male"), ("I'm a fan of jazz.", "likes", "jazz"),
                                                        ("love pretzels", "likes", "pretzels"),
                                                        ("Really love hiking.", "likes", "hiking")])
def test_gender_and_likings_still_read(text: str, predicate: str, obj: str) -> None:
    assert obj in _of(text, "Ann", predicate), _said(text)


@pytest.mark.parametrize(("text", "name", "nickname"), [
    ("My full name is Ann Marie Lee, but call me Annie.", "Ann Marie Lee", "Annie"),
    ("My real name is Joanna, but you can call me Jo.", "Joanna", "Jo"),
    ("My name is Joanna. Please call me Jo.", "Joanna", "Jo"),
])
def test_call_me_beside_a_name_told_is_a_nickname(text: str, name: str, nickname: str) -> None:
    assert _of(text, "Ann", "name") == {name} and _of(text, "Ann", "alternateName") == {nickname}, _said(text)


@pytest.mark.parametrize("text", ["Call me Annie.", "You can call me Annie."])
def test_call_me_alone_is_the_name(text: str) -> None:
    assert _of(text, "Ann", "name") == {"Annie"} and not _of(text, "Ann", "alternateName"), _said(text)


def test_call_me_beside_someone_elses_full_name_is_the_name() -> None:
    text = "Her full name is Ann Marie Lee, but call me Annie."
    assert _of(text, "Ann", "name") == {"Annie"} and not _of(text, "Ann", "alternateName"), _said(text)


@pytest.mark.parametrize(("text", "who", "predicate", "obj"), [
    ("My mom works as a nurse in Seattle.", "Ann's mom", "workLocation", "Seattle"),
    ("I am a firefighter in Phoenix.", "Ann", "workLocation", "Phoenix"),
    ("I'm taking piano lessons.", "Ann", "hobby", "learning piano"),
    ("My son takes violin lessons.", "Ann's son", "hobby", "learning violin"),
    ("I've started learning French.", "Ann", "hobby", "learning French"),
    ("I just started learning to code.", "Ann", "hobby", "learning to code"),
    ("I'm teaching myself to draw.", "Ann", "hobby", "learning to draw"),
    ("I'm teaching myself Spanish.", "Ann", "hobby", "learning Spanish"),
    ("我在自学日语。", "安娜", "hobby", "学日语"),
])
def test_more_of_relatives_jobs_and_learning(text: str, who: str, predicate: str, obj: str) -> None:
    assert obj in _of(text, who, predicate), _said(text)


@pytest.mark.parametrize("text", ["I'm teaching myself to draw.", "I'm teaching myself Spanish.", "I teach myself guitar."])
def test_teaching_oneself_is_no_job(text: str) -> None:
    assert not _of(text, "Ann", "jobTitle"), _said(text)


@pytest.mark.parametrize("text", ["I'm not taking piano lessons.", "Should I take piano lessons?", "我没在自学日语。",
                                  "你在自学日语吗？"])
def test_no_lessons_taken(text: str) -> None:
    assert not _of(text, _speaker(text), "hobby"), _said(text)


def test_teaching_others_is_still_a_job() -> None:
    assert _of("I teach math at Lincoln High.", "Ann", "jobTitle") == {"math teacher"}  # what is taught names the teacher


@pytest.mark.parametrize(("text", "predicate"), [("Love and miss you!", "likes"), ("love and appreciate my family", "likes"),
                                                 ("我的朋友叫我过去。", "alternateName"), ("朋友们都叫我出去玩。", "alternateName")])
def test_what_looks_like_a_liking_or_a_nickname_is_none(text: str, predicate: str) -> None:
    assert not _of(text, _speaker(text), predicate), _said(text)
