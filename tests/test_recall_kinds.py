"""List questions that name a kind of thing ("What exercises has Ann done?", "李雷去过哪些地方？") while the
turns that answer them name its members ("I started a yoga class", "上周去成都旅游了"): recall brings the
asker's member turns into the top 10 even when they share no word with the question, and only the named
person's (``RecallConfig.kinds``, :mod:`kg_memory.recall.categories`)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig
from kg_memory.recall.categories import asked_kinds

FAST = RecallConfig().without("semantic", "dialogue")  # no model to load


def _session(name: str, day: datetime, lines: list[tuple[str, str]]) -> list[Turn]:
    return [Turn(name, str(i + 1), who, text, day) for i, (who, text) in enumerate(lines)]


#: A long session where Ann and Bob talk about exercise in general (the words of the question), then
#: sessions where each names one exercise done, in words the question does not use.
EN = (_session("s1", datetime(2023, 1, 5, 9), [
    ("Ann", "Exercise has been on my mind a lot lately."), ("Bob", "Exercise is good for you."),
    ("Ann", "I keep reading about exercise and how much we should do."), ("Bob", "Which exercise do you mean?"),
    ("Ann", "Any exercise, really; exercise in general."), ("Bob", "I see."),
    ("Ann", "My doctor says exercise helps sleep."), ("Bob", "Mine says the same."),
    ("Ann", "Exercise apps are everywhere now."), ("Bob", "True."),
    ("Ann", "I wrote down some exercise goals for the year."), ("Bob", "Good luck!"),
    ("Ann", "Exercise should be fun, I think."), ("Bob", "Agreed."),
]) + _session("s2", datetime(2023, 2, 9, 9), [
    ("Bob", "How was your week?"), ("Ann", "Great! I started a yoga class with my neighbour on Saturdays."),
    ("Bob", "Nice. I went kayaking on the river."), ("Ann", "Still reading about exercise, of course."),
]) + _session("s3", datetime(2023, 3, 12, 9), [
    ("Ann", "Guess what, kickboxing on Tuesdays is tough but so much fun."), ("Bob", "Sounds intense!"),
    ("Ann", "It is. My exercise diary is filling up."), ("Bob", "Sure."),
]))
ANN_MEMBERS = {("s2", "2"), ("s3", "1")}
BOB_MEMBER = ("s2", "3")

ZH = (_session("z1", datetime(2023, 1, 5, 9), [
    ("李雷", "我最近一直在想出去走走，看看不同的地方。"), ("韩梅梅", "地方那么多，想去哪里？"),
    ("李雷", "好地方太多了，我列了个地方清单。"), ("韩梅梅", "清单上有哪些地方？"),
    ("李雷", "很多地方，还没决定。"), ("韩梅梅", "慢慢来。"),
    ("李雷", "朋友推荐了几个地方。"), ("韩梅梅", "不错。"),
    ("李雷", "有些地方要提前订票。"), ("韩梅梅", "是的。"),
    ("李雷", "地方选好了再告诉你。"), ("韩梅梅", "好的。"),
]) + _session("z2", datetime(2023, 2, 9, 9), [
    ("韩梅梅", "这周过得怎么样？"), ("李雷", "上周我去成都旅游了，吃了好多火锅。"),
    ("韩梅梅", "我上个月去了西安。"), ("李雷", "清单上的地方还有很多。"),
]) + _session("z3", datetime(2023, 3, 12, 9), [
    ("李雷", "周末飞到三亚度假，海边太舒服了。"), ("韩梅梅", "真羡慕！"),
    ("李雷", "下一个地方还没想好。"), ("韩梅梅", "好的。"),
]))
LI_MEMBERS = {("z2", "2"), ("z3", "1")}
HAN_MEMBER = ("z2", "3")


def recalled(turns: list[Turn], question: str, config: RecallConfig = FAST) -> set[tuple[str, str]]:
    """The turns behind the top 10 memories for ``question``."""
    with Memory(recall_config=config) as memory:
        memory.remember(turns)
        return {(t.conversation, t.turn) for r in memory.recall(question, 10) for t in r.turns}


def test_a_question_for_a_kind_of_thing_recalls_the_turns_naming_its_members() -> None:
    assert ANN_MEMBERS <= recalled(EN, "What exercises has Ann done?")


def test_another_persons_member_turns_are_not_pulled() -> None:
    assert BOB_MEMBER not in recalled(EN, "What exercises has Ann done?")
    found = recalled(EN, "What exercises has Bob done?")
    without = recalled(EN, "What exercises has Bob done?", dataclasses.replace(FAST, kinds=0.0))
    assert BOB_MEMBER in found and ANN_MEMBERS & found <= ANN_MEMBERS & without  # none of Ann's pulled in as members


def test_a_question_for_another_kind_or_none_is_left_as_it_was() -> None:
    for question in ("What books has Ann read?", "What did Ann say about exercise?"):
        assert recalled(EN, question) == recalled(EN, question, dataclasses.replace(FAST, kinds=0.0))


def test_switched_off_the_member_turns_stay_out() -> None:
    assert not ANN_MEMBERS <= recalled(EN, "What exercises has Ann done?", dataclasses.replace(FAST, kinds=0.0))


def test_a_chinese_question_for_places_recalls_the_trips_told() -> None:
    found = recalled(ZH, "李雷去过哪些地方？")
    assert LI_MEMBERS <= found and HAN_MEMBER not in found


@pytest.mark.parametrize(("question", "kinds"), [
    ("What exercises has John done?", ["exercise"]),
    ("What books has Melanie read?", ["books"]),
    ("Where has Caroline travelled?", ["places"]),
    ("Which cities has John been to?", ["places"]),
    ("What are Nate's favorite desserts?", ["food"]),
    ("What pets does Ann have?", ["pets"]),
    ("李雷去过哪些地方？", ["places"]),
    ("张三做过哪些运动？", ["exercise"]),
    ("韩梅梅养过什么宠物？", ["pets"]),
    # a kind only mentioned, not asked for; no kind at all
    ("What plans does Gina have after the networking event?", []),
    ("How long has John been playing basketball?", []),
    ("What did Ann say about the weather?", []),
])
def test_the_kind_a_question_asks_for(question: str, kinds: list[str]) -> None:
    assert [kind.name for kind in asked_kinds(question)] == kinds
