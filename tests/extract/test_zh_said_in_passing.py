"""Chinese: what people say of each other in passing (issue 13, pass 11): dates, who works for whom, what the
speaker thinks of someone, 你 in a group, and sentences that only looked like questions; with the forms that must
give nothing (我是个白痴, 和任何人约会, a thing owned by a guessed 你)."""

from __future__ import annotations

import pytest

from kg_memory.extract.names import plausible_name
from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn

_GROUP = ("安娜", "鲍勃", "卡尔")


def _said(rules, triples, *texts: str, speakers=("安娜", "鲍勃")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return triples(rules.extract(turns))


@pytest.mark.parametrize("texts, expected", [
    # dating someone, now, tonight, or told as the past
    (("我在跟罗斯约会。",), ("安娜", "partner", "罗斯")),  # dating now: as "I'm dating Ross"
    (("上高中的时候，我和詹姆斯约会。",), ("安娜", "dated", "詹姆斯")),
    # 不管怎么说 and 没什么 ask nothing; the clauses before a question are stated
    (("不管怎么说，我今晚要和谢尔盖再次约会，嗯，你能来吗，给他的翻译做女伴？",), ("安娜", "dated", "谢尔盖")),
    (("没什么大不了的，罗斯是我的室友。",), ("安娜", "roommate", "罗斯")),
    # the other person before 和, a boss named after 为
    (("罗斯和我是好朋友。",), ("罗斯", "friend", "安娜")),
    (("我为罗斯工作。",), ("安娜", "boss", "罗斯")),
    # a name starts a word: 知道 + 罗斯 is 罗斯, 但 + 蒂姆 is 蒂姆, 罗斯 + 真是 is 罗斯
    (("谁都知道罗斯是我哥哥。",), ("安娜", "sibling", "罗斯")),
    (("我给了他一次机会，但蒂姆必须走人了！", "因为今天我跟他分手。"), ("鲍勃", "partner", "蒂姆")),
    # what the speaker thinks of a third person
    (("罗斯真是个混蛋。",), ("安娜", "negativeImpression", "罗斯")),
    (("张伟真烦人。",), ("安娜", "negativeImpression", "张伟")),  # 真 + a word of blame: not the name 张伟真
    (("李静真漂亮！",), ("安娜", "positiveImpression", "李静")),
    (("李小真在北京工作。",), ("李小真", "workLocation", "北京")),  # 真 before no such word ends the name
    (("马克是个天才！",), ("安娜", "positiveImpression", "马克")),
    (("我昨晚见到了蒂姆。他是如此甜蜜！",), ("安娜", "positiveImpression", "蒂姆")),
    (("我一直暗恋瑞秋。",), ("安娜", "positiveImpression", "瑞秋")),
    # a question presupposes the relative it names; a full name said alone heads what follows
    (("你见过我的朋友莫妮卡吗？",), ("安娜", "friend", "莫妮卡")),
    (("我的妹妹吉尔和我的前男友罗斯？",), ("安娜", "sibling", "吉尔")),
    (("刘易斯·波辛！他是我五年级时最好的朋友。",), ("安娜", "friend", "刘易斯·波辛")),
    # what the speaker knows, or did not know, is so
    (("你好。", "我不知道你和卡罗尔离婚了！"), ("安娜", "spouse", "卡罗尔")),
    (("你好。", "我早就知道你是医生。"), ("安娜", "jobTitle", "医生")),
    # a stammer, "I mean", "you know"
    (("你知道我的意思是我 - 我 - 我是演员。",), ("安娜", "jobTitle", "演员")),
])
def test_said_in_passing(rules, triples, texts, expected):
    assert expected in _said(rules, triples, *texts)


@pytest.mark.parametrize("texts, expected", [
    # 你 in a group: the one replied to, for what ties two people or a job
    (("你在干嘛？", "我也不知道，你就是我最好的朋友。", "好吧。"), ("鲍勃", "friend", "安娜")),
    (("他来了。", "你是个按摩师。", "对。"), ("安娜", "jobTitle", "按摩师")),
    # a name called at the head of a later sentence is the person spoken to
    (("是啊！是啊，莫妮卡！你是我的朋友。", "嗯。", "好。"), ("安娜", "friend", "莫妮卡")),
])
def test_you_in_a_group(rules, triples, texts, expected):
    assert expected in _said(rules, triples, *texts, speakers=_GROUP)


@pytest.mark.parametrize("texts, speakers, wrong", [
    (("呃，麦哲伦？", "你有46个州。", "对。"), _GROUP, "owns"),  # a guessed 你: what they have is not kept
    (("哦，谢谢你，钱德勒，太好了。", "不客气。"), ("安娜", "鲍勃"), "positiveImpression"),  # an exclamation
    (("罗斯很好，谢谢。",), ("安娜", "鲍勃"), "positiveImpression"),  # how he is, not what one thinks of him
    (("张伟真烦人吗？",), ("安娜", "鲍勃"), "negativeImpression"),
    (("你好。", "我不知道你是不是医生。"), ("安娜", "鲍勃"), "jobTitle"),  # not known: asked
    (("你好。", "我不知道你为什么是医生。"), ("安娜", "鲍勃"), "jobTitle"),  # known, but read as a question
    (("我有一个绰号。",), ("安娜", "鲍勃"), "owns"),  # a nickname is no thing owned
    (("我不想跟罗斯约会。",), ("安娜", "鲍勃"), "dated"),
    (("你在跟罗斯约会吗？",), ("安娜", "鲍勃"), "dated"),
    (("我为谷歌工作。",), ("安娜", "鲍勃"), "boss"),  # an organisation, no person
])
def test_nothing_said(rules, triples, texts, speakers, wrong):
    assert not {t for t in _said(rules, triples, *texts, speakers=speakers) if t[1] == wrong}


def test_no_person_named_anyone(rules, triples):
    said = _said(rules, triples, "实际上, 我不再和任何人约会了。", "我是个白痴。", "她和他们约会，但她也和他们分手。")
    assert not {t for t in said if t[2] in ("任何人", "他们", "白痴")}


def test_a_name_said_twice_is_no_name():
    assert not plausible_name("瑞秋瑞秋", frozenset()) and plausible_name("瑞秋", frozenset()) and plausible_name("菲菲", frozenset())


@pytest.mark.parametrize(("english", "chinese"), [
    ("I'm dating Pete.", "我在和皮特约会。"),
    ("I had a date with Pete.", "我今晚要跟皮特约会。"),
])
def test_dating_is_the_same_relation_in_both_languages(english: str, chinese: str) -> None:
    """Dating someone now is a partner in English and in Chinese (one fact, not two); a date is `dated` in both."""
    def predicates(text: str) -> set[str]:
        turns = [Turn("c", "1", "Bob", "Hi."), Turn("c", "2", "Ann", text)]
        return {f.predicate for f in RuleExtractor().extract(turns) if f.subject.label == "Ann"}

    assert predicates(english) == predicates(chinese) != set()
