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


def test_what_cut_short_names_nobody() -> None:
    turns = _said((1, "Excuse me, are you Kate?"), (2, "What?"), (1, "I'm Tom. Wha, I, you said you were tall."),
                  (2, "What are you doing?"))
    assert ("Speaker 2", "Wha") not in _names(speaker_names(turns))


# -- who a call is said to, from the turns around it -------------------------------------------------------------

@pytest.mark.parametrize("lines, speaker, name", [
    # a name closing the last turn of a stretch of two answers the only other one there, though a third spoke earlier
    (((3, "Who ate the last muffin?"), (2, "Not me."), (1, "Hey! Those were my muffins!"),
      (2, "I had to be careful, Anna.")), "Speaker 1", "Anna"),
    (((3, "谁把最后一块蛋糕吃了？"), (2, "我没吃。"), (1, "嘿！那些是我的蛋糕！"), (2, "我只是以防万一，安娜。")),
     "Speaker 1", "安娜"),
    # a name closing a statement, answered "What?" by the one called
    (((1, "Is that a secret or a lie?"), (2, "No, I let him win, Ross!"), (3, "What?"), (1, "You heard him.")),
     "Speaker 3", "Ross"),
    (((1, "这是秘密还是谎言？"), (2, "不是，我是故意让他赢的，罗斯！"), (3, "什么？"), (1, "你听到了。")),
     "Speaker 3", "罗斯"),
])
def test_the_turns_around_a_call_tell_who_is_called(lines: tuple[tuple[int, str], ...], speaker: str,
                                                     name: str) -> None:
    assert _names(speaker_names(_said(*lines))) == {(speaker, name)}


@pytest.mark.parametrize("lines", [
    # a third speaker just before: whom the closing name answers is not known
    ((3, "Who ate the last muffin?"), (1, "Hey! Those were my muffins!"), (2, "I had to be careful, Anna.")),
    ((3, "谁把最后一块蛋糕吃了？"), (1, "嘿！那些是我的蛋糕！"), (2, "我只是以防万一，安娜。")),
    # the last turn turns to someone new, or asks: nobody answers
    ((3, "Who ate the last muffin?"), (2, "Not me."), (1, "Hey! Those were mine!"), (2, "Hey, Anna! Want some coffee?")),
    ((3, "谁把蛋糕吃了？"), (2, "我没吃。"), (1, "那是我的！"), (2, "嘿，安娜！你来了？")),
    # a name after a pause closing the last turn is a word searched for, not a call
    ((3, "The ducklings are cute."), (2, "They are."), (1, "We could name this one Chuck."), (2, "Or... Dick.")),
    ((3, "小鸭子真可爱。"), (2, "是啊。"), (1, "我们给它起名叫查克吧。"), (2, "还是......迪克。")),
    # the name closing a statement is answered by a statement, not "What?"
    ((1, "Is that a secret or a lie?"), (2, "No, I let him win, Ross!"), (3, "I knew it."), (1, "You heard him.")),
])
def test_a_call_whose_hearer_is_not_known_names_nobody(lines: tuple[tuple[int, str], ...]) -> None:
    assert _names(speaker_names(_said(*lines))) == set()


@pytest.mark.parametrize("call, name", [
    ("Sure Pheebs, that's what the card is for.", "Pheebs"),
    ("Y'know Rach, I think you should do it.", "Rach"),
    ("Boy Mona, you're lucky today.", "Mona"),
    ("Actually Mon, the cab is here.", "Mon"),
    ("哎莫妮卡？你改名会觉得奇怪吗？", "莫妮卡"),
    ("唉菲比，你又迟到了。", "菲比"),
])
def test_a_name_after_a_word_that_opens_a_reply_names_the_one_spoken_to(call: str, name: str) -> None:
    turns = _said((2, "What now?"), (1, call), (2, "Okay."), (1, "Good."))
    assert _names(speaker_names(turns)) == {("Speaker 2", name)}


def test_a_name_before_you_and_a_verb_names_the_one_spoken_to_when_the_talk_writes_it_as_a_name() -> None:
    turns = _said((3, "That was lovely of Pheebs."), (1, "Pheebs you didn't have to get us anything!"),
                  (2, "Oh, it's nothing."), (1, "It's perfect."))
    assert _names(speaker_names(turns)) == {("Speaker 2", "Pheebs")}


def test_a_name_cut_short_names_the_one_called() -> None:
    """"Rach!" alone reads as "Hurry!" would, but the talk also writes "Rachel" as a name inside a sentence."""
    turns = _said((3, "Where is Rachel? We're late."), (1, "Rach!"), (2, "What?"), (1, "Hurry up."))
    assert _names(speaker_names(turns)) == {("Speaker 2", "Rach")}


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "嘿，乔伊，能把盐递过来吗？"), (2, "好。不过在这儿你别叫我乔伊了。"), (1, "好吧。")), "Speaker 2", "乔伊"),
    (((1, "Hey Joey, can you pass the salt?"), (2, "Sure. But stop calling me Joey here."), (1, "Fine.")),
     "Speaker 2", "Joey"),
])
def test_one_who_asks_not_to_be_called_a_name_bears_it(lines: tuple[tuple[int, str], ...], speaker: str,
                                                       name: str) -> None:
    assert _names(speaker_names(_said(*lines))) == {(speaker, name)}


@pytest.mark.parametrize("lines", [
    ((3, "See you on Monday then."), (1, "Mon!"), (2, "What?"), (1, "Nothing.")),  # "Mon" of a day, not a name
    ((3, "What now?"), (1, "Sure, Pheebs is coming too."), (2, "Okay."), (1, "Good.")),  # spoken of
    ((3, "What now?"), (1, "Boy, Ross got lucky today."), (2, "Okay."), (1, "Good.")),  # spoken of
    ((3, "What now?"), (1, "Unless you want to stay. Whenever you're ready."), (2, "Okay."), (1, "Good.")),
    ((3, "What now?"), (1, "Thank you so much. Told you so."), (2, "Okay."), (1, "Good.")),
    ((1, "Hey Joey, can you pass the salt?"), (2, "Don't call him Joey, he hates it."), (1, "Fine.")),  # someone else
    ((1, "嘿，乔伊，能把盐递过来吗？"), (2, "别叫他乔伊，他不喜欢。"), (1, "好吧。")),  # someone else
])
def test_look_alikes_of_these_calls_name_nobody(lines: tuple[tuple[int, str], ...]) -> None:
    names = _names(speaker_names(_said(*lines)))
    assert not any(n in {"Mon", "Pheebs", "Ross", "Unless", "Whenever", "Thank", "Told"} for _, n in names)
    assert ("Speaker 2", "Joey") not in names and ("Speaker 2", "乔伊") not in names


def test_a_chinese_name_after_two_particles_names_the_one_spoken_to() -> None:
    turns = _said((1, "你在干嘛呢莫妮卡？"), (2, "看书。"), (1, "好吧。"))
    assert _names(speaker_names(turns)) == {("Speaker 2", "莫妮卡")}
    turns = _said((1, "你见到莫妮卡了吗？"), (2, "没有。"), (1, "好吧。"))  # spoken of
    assert _names(speaker_names(turns)) == set()
