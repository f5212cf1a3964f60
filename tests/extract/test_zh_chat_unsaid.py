"""Chinese as typed in chat: the 我 left out before one's own family (老爸是司机, 我家那口子, 俺), and before one's own
news at the head of a turn (最近迷上了攀岩); not one called to (老公，你回来啦), nor a reply about someone asked of."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn
from tests.extract.dialogue_facts import kept


def _replied(question: str, reply: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "助手", question), Turn("c", "2", "安娜", reply)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns) if f.subject.label.startswith("安娜")}


@pytest.mark.parametrize(("line", "facts"), [
    ("老爸是司机，开了二十年车了。", {("安娜", "parent", "安娜的老爸"), ("安娜的老爸", "jobTitle", "司机")}),
    ("老婆在学校当老师。", {("安娜", "spouse", "安娜的老婆"), ("安娜的老婆", "jobTitle", "老师")}),
    ("我挺好的，老公在杭州上班。", {("安娜", "spouse", "安娜的老公"), ("安娜的老公", "workLocation", "杭州")}),
    ("我家那口子是厨师。", {("安娜", "spouse", "安娜的那口子"), ("安娜的那口子", "jobTitle", "厨师")}),
    ("咱家闺女今年上初中了。", {("安娜", "child", "安娜的闺女")}),
    ("俺是山东人。", {("安娜", "hometown", "山东")}),
])
def test_ones_own_family_said_without_the_owner_is_the_speakers(line: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= kept(line), kept(line)


@pytest.mark.parametrize(("line", "fact"), [
    ("最近迷上了攀岩，每周都去。", ("安娜", "likes", "攀岩")),
    ("准备考研了，天天泡图书馆。", ("安娜", "goal", "考研")),
    ("下个月搬到广州。", ("安娜", "goal", "搬到广州")),
    ("周末在一家书店兼职。", ("安娜", "worksFor", "书店")),
    ("会一点德语。", ("安娜", "speaks", "德语")),
])
def test_ones_own_news_at_the_head_of_a_turn_is_the_speakers(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize("line", [
    "老公，你回来啦！",
    "老妈你看这个。",
    "我妈妈住在杭州。最近迷上了广场舞。",  # a later sentence: maybe the mother's
    "在学校吗？",
])
def test_no_owner_is_said_back_where_the_words_call_or_may_be_of_another(line: str) -> None:
    assert not any(s == "安娜" and (p in ("likes", "studiesAt") or p in ("spouse", "parent") and "妈妈" not in line)
                   for s, p, _ in kept(line)), kept(line)


def test_a_reply_about_someone_asked_of_is_not_the_speakers_news() -> None:
    assert not any(s == "安娜" for s, _, _ in _replied("你姐姐最近怎么样？", "迷上了攀岩，每周都去。"))
