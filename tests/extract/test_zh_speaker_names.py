"""Chinese speakers known only as "说话人N" / "Speaker N" are named as a listener would (kg_memory/extract/speakers.py).

Invented everyday Chinese conversations: a short self-introduction ("我是艾丽卡。"), one given when asked ("你是谁？" -
"我是罗斯，咖啡馆里见过的。"), a full name after which friends use the first name ("我是乔伊·崔比安尼" / "乔伊，..."), a
caller's "嗨，这是瑞秋。" on the phone; and names that name nobody present: a list of names said to a group ("莫妮卡，瑞秋，这
是我的朋友罗杰。"), a name beside someone's role ("这是我的经纪人，埃斯特尔。"), "呃，这是规矩。"
"""

from __future__ import annotations

import pytest

from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Fact, Turn


def _said(*lines: tuple[int, str]) -> list[Turn]:
    return [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]


def _names(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.subject.label, str(f.object)) for f in facts if f.predicate == "alternateName"}


# -- the speaker introduces themself ------------------------------------------------------------------

@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "这个座位有人吗？"), (2, "没有，请坐。"), (1, "谢谢。我是艾丽卡。"), (2, "我是艾丽卡的邻居？不，开玩笑的。")),
     "Speaker 1", "艾丽卡"),
    (((1, "我是艾丽卡。"), (2, "你好，请进。")), "Speaker 1", "艾丽卡"),
    (((1, "你是谁？"), (2, "我是罗斯，咖啡馆里见过的，菲比的朋友。"), (1, "哦，想起来了。")), "Speaker 2", "罗斯"),
    (((1, "喂？"), (2, "嗨，这是瑞秋。你昨天给我留了消息。"), (1, "对，我想问问周末的事。")), "Speaker 2", "瑞秋"),
])
def test_a_chinese_self_introduction_names_the_speaker(lines: tuple[tuple[int, str], ...], speaker: str,
                                                       name: str) -> None:
    names = _names(speaker_names(_said(*lines)))
    assert (speaker, name) in names
    assert not any(n.startswith("我") for _, n in names)  # "我是罗斯" is no name


def test_a_full_name_introduced_then_shortened_by_friends_is_the_speakers() -> None:
    turns = _said((1, "你好？是啊，我是乔伊·崔比安尼。哦，你好！好，再见。"), (2, "谁打来的？"),
                  (1, "一个粉丝。"), (2, "乔伊，拿着她的行李，她要搬走了！"), (1, "好吧。"),
                  (2, "乔伊，她其他的行李呢？"), (1, "在楼下。"))
    names = _names(speaker_names(turns))
    assert ("Speaker 1", "乔伊·崔比安尼") in names
    assert not any(s == "Speaker 2" for s, _ in names)


# -- names that name nobody present ---------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ((1, "嗨！好吧，莫妮卡，瑞秋，这是我的朋友罗杰。"), (2, "你好，罗杰。"), (1, "他是医生。"), (2, "真的吗？")),
    ((1, "各位，这位叫钱德勒，菲比，乔伊。"), (2, "大家好。"), (1, "坐吧。"), (2, "谢谢。")),
    ((1, "嘿，大家，这是我的经纪人，埃斯特尔。"), (2, "很高兴认识你。"), (1, "没错，我的经纪人，埃斯特尔！"), (2, "哦，是她啊。")),
])
def test_names_listed_or_set_beside_a_role_name_nobody_present(lines: tuple[tuple[int, str], ...]) -> None:
    assert _names(speaker_names(_said(*lines))) == set()


@pytest.mark.parametrize("text", ["呃，这是规矩。", "对，这是摩妮卡。她是我的室友。"])
def test_this_is_without_a_greeting_introduces_nobody(text: str) -> None:
    turns = _said((1, "为什么要这样？"), (2, text), (1, "好吧。"), (2, "走吧。"))
    assert not any(s == "Speaker 2" for s, _ in _names(speaker_names(turns)))


def test_a_name_after_your_role_is_said_to_the_one_spoken_to() -> None:
    turns = _said((1, "也许我会成为你的室友，菲比。"), (2, "真的吗？"), (1, "当然了，菲比，你需要人分摊房租。"),
                  (2, "太好了！"))
    assert ("Speaker 2", "菲比") in _names(speaker_names(turns))


# -- names settled at the end of the talk: one speaker, one person --------------------------------------------

def _arrival(call: str, second: str = "真可怜，李娜。喝咖啡吗？") -> list[Turn]:
    return _said((1, "早上好，李娜！你睡得好吗？"), (2, "不太好，邻居开了一夜派对。"), (1, second), (2, "好的，要大杯的。"),
                 (1, call), (2, "是你们公司的新同事吗？"), (3, "大家好！不好意思，公交车坏了。"), (1, "没关系，坐吧。"))


def test_a_chinese_name_heard_once_for_a_speaker_firmly_called_otherwise_is_someone_elses() -> None:
    names = _names(speaker_names(_arrival("嘿，王强！快进来，门开着。")))
    assert ("Speaker 2", "李娜") in names
    assert not any(n == "王强" for _, n in names)


@pytest.mark.parametrize("call, name, second", [
    ("嘿，李娜娜！快进来，门开着。", "李娜娜", "真可怜，李娜。喝咖啡吗？"),  # a form of her name
    ("嘿，王强！快进来，门开着。", "王强", "真可怜。喝咖啡吗？"),  # nothing firmer names her
])
def test_a_chinese_name_heard_once_still_names_when_no_firmer_name_rivals_it(call: str, name: str, second: str) -> None:
    assert ("Speaker 2", name) in _names(speaker_names(_arrival(call, second)))


def test_a_chinese_name_someone_asks_about_is_no_speakers_even_when_called() -> None:
    """"谁是马克？" - "我的室友。" ... "马克！出来打个招呼！": 马克 is spoken of, not one of the speakers."""
    turns = _said((3, "谁是马克？"), (2, "我的室友，他很害羞。"), (1, "你有室友？什么时候的事？"),
                  (2, "五月份。马克！出来打个招呼！"), (1, "我谁也没看见。"), (2, "马克！拜托！"), (1, "也许他睡着了。"))
    assert _names(speaker_names(turns)) == set()
