"""How people call each other in a group, read to name speakers known only as "Speaker N" (kg_memory/extract/speakers.py).

Invented everyday talk: a one-character name called out ("嘿，乔！", "怎么了，丹？"), a name before a bidding verb with no
comma ("Pheebs come on!", "Rach calm down"), after "c'mon" or "here you go", a name answered "Yeah?" by the one called,
"你是瑞秋对吗？", "我就是迈克。", "我是露莎啊！"; and look-alikes that must name nobody: a name spoken of ("Ross comes home
tonight", "你见过乔吗？"), part of a longer name (乔伊, 钱德勒·宾), a question about someone else ("Did Rach look at it?"),
words opening a sentence ("Unless you..."), a turn said to a whole group ("Okay guys, ...", "各位，...").
"""

from __future__ import annotations

import pytest

from kg_memory.extract.names import is_chinese_name, plausible_name
from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Fact, Turn


def _said(*lines: tuple[int, str]) -> list[Turn]:
    return [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]


def _names(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.subject.label, str(f.object)) for f in facts if f.predicate == "alternateName"}


# -- Chinese ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("call, name", [
    ("嘿，乔！要打篮球吗？", "乔"),
    ("怎么了，丹？你脸色不好。", "丹"),
    ("好吧唐，你还记得规则吧？", "唐"),
    ("嗨，金。今天忙吗？", "金"),
])
def test_a_one_character_name_called_out_names_the_one_who_answers(call: str, name: str) -> None:
    turns = _said((1, call), (2, "还行吧。"), (1, "那就好。"))
    assert _names(speaker_names(turns)) == {("Speaker 2", name)}


@pytest.mark.parametrize("call", [
    "你见过乔吗？他说他会来。",  # spoken of
    "乔伊说他会来。",  # 乔 inside a longer name
    "这是我的朋友钱德勒·宾。",  # 宾 inside a full name
    "我们中午吃金枪鱼吧。",  # 金 inside a word
    "乔，丹，还有唐都来了。",  # a list of names
])
def test_a_one_character_name_that_calls_nobody_names_nobody(call: str) -> None:
    turns = _said((1, call), (2, "还行吧。"), (1, "那就好。"))
    assert not any(len(n) == 1 for _, n in _names(speaker_names(turns)))


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "嗨！"), (2, "天啊，你是瑞秋对吗？"), (3, "是啊，好久不见！")), "Speaker 3", "瑞秋"),
    (((1, "你是谁？"), (2, "我就是迈克。"), (1, "哦，请进。")), "Speaker 2", "迈克"),
    (((1, "你是哪位？"), (2, "我是露莎啊！林肯高中的。"), (1, "哦，想起来了。")), "Speaker 2", "露莎"),
    (((1, "大卫，你跟她说了吗？"), (2, "还没有。"), (1, "快点。")), "Speaker 2", "大卫"),
    (((1, "嗨，哈克先生！"), (2, "你好，请坐。"), (1, "谢谢。")), "Speaker 2", "哈克先生"),
    (((1, "是的啊，不过菲比你不觉得他结婚有点早吗？"), (2, "不觉得。"), (1, "好吧。")), "Speaker 2", "菲比"),
    (((1, "但乔伊你没有两万块！"), (2, "我会有的。"), (1, "好吧。")), "Speaker 2", "乔伊"),
])
def test_a_chinese_name_said_to_or_given_by_someone_names_them(lines: tuple[tuple[int, str], ...], speaker: str,
                                                                name: str) -> None:
    assert (speaker, name) in _names(speaker_names(_said(*lines)))


@pytest.mark.parametrize("lines", [
    ((1, "你是谁？"), (2, "我就是不想去。"), (1, "那算了。")),
    ((1, "你是谁？"), (2, "我就是那个意思啊！"), (1, "好吧。")),
    ((1, "哈罗！"), (2, "你好。"), (1, "我们走吧。")),
    ((1, "菲比，快来！各位，比赛开始了！"), (2, "来了！"), (3, "等等我。")),  # said to the whole group
    ((1, "不过瑞秋说她不来了。"), (2, "真的？"), (1, "嗯。")),  # spoken of
    ((1, "但是乔伊他不在家。"), (2, "真的？"), (1, "嗯。")),  # spoken of
])
def test_chinese_look_alikes_name_nobody(lines: tuple[tuple[int, str], ...]) -> None:
    assert _names(speaker_names(_said(*lines))) == set()


def test_a_common_name_in_other_characters_is_a_name_and_its_look_alikes_are_not() -> None:
    assert is_chinese_name("大卫") and is_chinese_name("大卫·斯科特") and plausible_name("杰西卡·洛克哈特", frozenset())
    assert not is_chinese_name("大米") and not plausible_name("哈哈", frozenset()) and not plausible_name("哈罗", frozenset())


# -- English ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("call, name", [
    ("Yeah, but Pheebs don't you think he's a little young to get married?", "Pheebs"),
    ("Pheebs come on! We're waiting!", "Pheebs"),
    ("O-okay, Rach calm down, okay?", "Rach"),
    ("C'mon Rich, it's my birthday.", "Rich"),
    ("Here you go Phoebe!", "Phoebe"),
])
def test_a_name_before_a_bidding_verb_or_after_cmon_names_the_one_spoken_to(call: str, name: str) -> None:
    turns = _said((1, call), (2, "Fine, fine."), (1, "Thank you."))
    assert _names(speaker_names(turns)) == {("Speaker 2", name)}


def test_a_name_called_then_announced_to_the_room_still_names_the_one_called() -> None:
    """"It's Emily, everyone!" tells the room who came; "Okay guys, ..." turns to the group (see the look-alikes)."""
    turns = _said((1, "Emily? Emily! Oh my God, it's Emily everyone!"), (2, "I'm only calling to say stop it."),
                  (1, "Wait!"))
    assert _names(speaker_names(turns)) == {("Speaker 2", "Emily")}


def test_the_one_who_answers_a_call_with_yeah_is_the_one_called() -> None:
    turns = _said((3, "So the party's tonight."), (1, "Uh, Joey..."), (2, "Yeah?"), (1, "Can I borrow your jacket?"))
    assert _names(speaker_names(turns)) == {("Speaker 2", "Joey")}


@pytest.mark.parametrize("call", [
    "Ross comes home tonight.",  # spoken of
    "Did Rach look at the dress?",  # a question about someone else
    "I told Joey to calm down.",  # spoken of
    "Unless you want to stay, we should go.",  # a word opening a sentence
    "Hi. Are you okay?",
    "Okay guys, Pheebs come on! Let's start.",  # said to the whole group
])
def test_english_look_alikes_name_nobody(call: str) -> None:
    turns = _said((1, call), (2, "Fine, fine."), (1, "Thank you."))
    assert _names(speaker_names(turns)) == set()
