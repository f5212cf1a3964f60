"""What users tell an assistant of themselves in Chinese, fifth round: what one hates most (我最讨厌下雨天), a trade
said by the work (我爸是开出租车的), a school in a city one teaches at (我在北京一所中学教英语: the city is where, not the
employer), a trip on a day of next week (下周三要去杭州出差), a move made with one's family after a clause of one's own
(……，后来跟爸妈搬到了武汉), everyday job words (厨子, 程序猿) and short replies to 你最喜欢哪个……？ and 怎么称呼您？.
Each with look-alike lines that must give nothing of the kind."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn
from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "thing"), [("我最讨厌下雨天。", "下雨天"), ("我最讨厌的是香菜。", "香菜"),
                                             ("我最讨厌的就是堵车。", "堵车"), ("我最怕蛇。", "蛇")])
def test_what_one_hates_most_is_disliked(text: str, thing: str) -> None:
    assert ("安娜", "dislikes", thing) in kept(text)


@pytest.mark.parametrize("text", ["我不是最讨厌香菜。", "你最讨厌什么？", "如果我最讨厌香菜怎么办？", "我最讨厌的是你。"])
def test_no_dislike_of_a_thing_unless_one_says_it(text: str) -> None:
    assert not {f for f in kept(text) if f[1] == "dislikes"}


@pytest.mark.parametrize(("text", "who", "job"), [
    ("我爸是开出租车的。", "安娜的爸", "开出租车的"),
    ("我妈是卖衣服的。", "安娜的妈", "卖衣服的"),
    ("我是做销售的。", "安娜", "销售"),  # the field of work, as 我在做销售
    ("我老公是送快递的。", "安娜的老公", "送快递的"),
])
def test_a_trade_said_by_the_work_is_a_job(text: str, who: str, job: str) -> None:
    assert (who, "jobTitle", job) in kept(text)


@pytest.mark.parametrize("text", ["我是开玩笑的。", "我是开心的。", "我是开车来的。", "我是做饭的。", "你是做什么的？",
                                  "我爸不是开出租车的。", "如果我是卖衣服的，我会很忙。", "他是开出租车的吗？"])
def test_no_trade_from_a_joke_a_feeling_a_way_of_coming_or_a_question(text: str) -> None:
    assert not {f for f in kept(text) if f[1] == "jobTitle"}


def test_the_city_of_a_school_one_teaches_at_is_where_one_works_not_the_employer() -> None:
    facts = kept("我在北京一所中学教英语。")
    assert {("安娜", "workLocation", "北京"), ("安娜", "worksFor", "中学"), ("安娜", "jobTitle", "英语老师")} <= facts
    assert ("安娜", "worksFor", "北京") not in facts
    assert ("安娜的妈", "workLocation", "成都") in kept("我妈在成都一所大学教英语。")
    assert ("安娜", "worksFor", "实验中学") in kept("我在实验中学教物理。")  # a school by name stays the employer


@pytest.mark.parametrize(("text", "goal"), [("我下周三要去杭州出差。", "去杭州"), ("我下个星期五去上海开会。", "去上海")])
def test_a_trip_on_a_day_of_next_week_is_a_goal(text: str, goal: str) -> None:
    assert ("安娜", "goal", goal) in kept(text)


@pytest.mark.parametrize("text", ["我上周三去了杭州。", "我下周三不去杭州了。", "如果下周三去杭州，我就找你。"])
def test_no_trip_planned_when_it_is_past_denied_or_supposed(text: str) -> None:
    assert not {f for f in kept(text) if f[1] == "goal"}


def test_a_move_with_ones_family_after_a_clause_of_ones_own_is_ones_home() -> None:
    facts = kept("我是在广州出生的，后来跟爸妈搬到了武汉。")
    assert {("安娜", "birthPlace", "广州"), ("安娜", "livesIn", "武汉"), ("安娜的爸妈", "livesIn", "武汉")} <= facts
    assert ("安娜", "livesIn", "杭州") in kept("我和老公去年搬到了杭州。")


@pytest.mark.parametrize("text", ["我姐姐在广州出生，后来跟爸妈搬到了武汉。", "他是在广州出生的，后来跟爸妈搬到了武汉。",
                                  "我是在广州出生的，后来跟他搬到了武汉。", "我和老公没搬到杭州。"])
def test_no_home_of_the_speaker_when_someone_else_moved_or_none_did(text: str) -> None:
    assert not {f for f in kept(text) if f[0] == "安娜" and f[1] == "livesIn"}


@pytest.mark.parametrize(("text", "who", "job"), [("我前夫是个厨子。", "安娜的前夫", "厨子"), ("我是个程序猿。", "安娜", "程序猿"),
                                                  ("我老公是码农。", "安娜的老公", "码农")])
def test_everyday_job_words_are_jobs(text: str, who: str, job: str) -> None:
    assert (who, "jobTitle", job) in kept(text)


@pytest.mark.parametrize("text", ["他是个傻子。", "我是个胖子。"])
def test_a_word_for_a_person_is_no_job(text: str) -> None:
    assert not {f for f in kept(text) if f[1] == "jobTitle"}


def _replied(question: str, reply: str) -> set[tuple[str, str, str]]:
    when = datetime(2026, 5, 1)
    turns = [Turn("c", "1", "Assistant", question, when), Turn("c", "2", "安娜", reply, when)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("question", "reply", "fact"), [
    ("你最喜欢哪个歌手？", "周杰伦。", ("安娜", "favorite", "周杰伦")),
    ("你最喜欢什么运动？", "游泳。", ("安娜", "favorite", "游泳")),
    ("你最喜欢的电影是什么？", "《霸王别姬》吧。", ("安娜", "favorite", "《霸王别姬》")),
    ("怎么称呼您？", "叫我小陈就行。", ("安娜", "name", "小陈")),
    ("你叫什么名字？", "叫我老王吧。", ("安娜", "name", "老王")),
])
def test_a_short_reply_to_a_favourite_or_a_name_asked_states_it(question: str, reply: str, fact: tuple) -> None:
    assert fact in _replied(question, reply)


@pytest.mark.parametrize(("question", "reply"), [("你最喜欢哪个歌手？", "不知道。"), ("你最喜欢的颜色是什么？", "我也不知道"),
                                                 ("他最喜欢哪个歌手？", "周杰伦。"), ("你最喜欢哪个歌手？", "你猜？")])
def test_no_favourite_from_a_refusal_a_guess_or_someone_elses_question(question: str, reply: str) -> None:
    assert not {f for f in _replied(question, reply) if f[0] == "安娜" and f[1] == "favorite"}
