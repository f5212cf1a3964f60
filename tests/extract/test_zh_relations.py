"""Chinese relations people state about each other (issue 13): invented text, with the negated, asked and
hypothetical forms that must give nothing."""

from __future__ import annotations

import pytest

from kg_memory.types import Turn


def _said(rules, triples, *texts: str, speakers=("安娜", "鲍勃")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return triples(rules.extract(turns))


@pytest.mark.parametrize("texts, expected", [
    # an ASCII full stop ends a sentence as 。 does (the rules read "……朋友." to its end)
    (("你好。", "我是你的朋友."), ("安娜", "friend", "鲍勃")),
    (("柯蒂斯是个科学家. 他做事很认真.",), ("柯蒂斯", "jobTitle", "科学家")),
    # a relative named after the relation, anywhere in the sentence
    (("我决定跟我的朋友莫妮卡一起吃午饭。",), ("安娜", "friend", "莫妮卡")),
    (("昨天我和我妹妹吉尔一起看书。",), ("安娜", "sibling", "吉尔")),
    (("我会告诉她我的朋友钱德勒说的话。",), ("安娜", "friend", "钱德勒")),
    (("我昨天见过罗斯的妻子卡萝。",), ("罗斯", "spouse", "卡萝")),
    # a roommate, a friend, a parent called by what they are to the speaker
    (("早上好，室友！", "早。"), ("安娜", "roommate", "鲍勃")),
    (("没有错，我的朋友.", "好吧。"), ("安娜", "friend", "鲍勃")),
    (("晚安，妈妈。", "晚安。"), ("安娜", "parent", "鲍勃")),
    # partners now: about to marry, engaged, about to break up
    (("我们要结婚了！", "太好了。"), ("安娜", "partner", "鲍勃")),
    (("彼特要跟我分手。",), ("彼特", "partner", "安娜")),
    (("我们在交往。", "是的。"), ("安娜", "partner", "鲍勃")),
    (("我和莫妮卡订婚了。",), ("安娜", "partner", "莫妮卡")),
    # 我最爱你, 我是你最好的朋友之一, an age without 岁, a job after what is said of it
    (("我最爱你了.", "我也是。"), ("安娜", "positiveImpression", "鲍勃")),
    (("你是我最好的朋友之一。", "谢谢。"), ("安娜", "friend", "鲍勃")),
    (("我31了。",), ("安娜", "age", 31)),
    (("我今天满30岁了！",), ("安娜", "age", 30)),
    (("你好。", "你是一名出色的演员。"), ("安娜", "jobTitle", "演员")),
])
def test_relations(rules, triples, texts, expected):
    assert expected in _said(rules, triples, *texts)


@pytest.mark.parametrize("texts, predicate", [
    (("我不是你的朋友.", "好吧。"), "friend"),
    (("你是我的朋友吗？", "当然。"), "friend"),
    (("如果我们要结婚了，我就告诉你。", "好。"), "partner"),
    (("我们要结婚了吗？", "不知道。"), "partner"),
    (("如果我的朋友莫妮卡来了，就好了。",), "friend"),
    (("我妈妈高兴极了，我的朋友们都来了。",), "friend"),
    (("我不跟彼特分手。",), "partner"),
    (("我们结婚了！", "恭喜！", "谢谢你们。"), "spouse"),  # announced to a group: who the other is is unknown
    (("我们不在交往。", "好吧。"), "partner"),
    (("乔，你老爸爱得无法自拔。", "好吧。"), "likes"),  # how much, not what
])
def test_guards(rules, triples, texts, predicate):
    assert not {t for t in _said(rules, triples, *texts, speakers=("安娜", "鲍勃", "卡尔")) if t[1] == predicate}


def test_moving_out_is_no_place(rules, triples):
    """你都搬出去15年了: a duration, not a place one moved out of (搬出了北京 still ends living in 北京)."""
    assert not {t for t in _said(rules, triples, "你好。", "我都搬出去15年了。") if t[1] == "livesIn"}
    assert ("安娜", "livesIn", "北京") in _said(rules, triples, "我搬出了北京。")


def test_a_phrase_before_a_comma_calls_nobody(rules, triples):
    """在我成长的过程中，……你是我的家人: 你 is the other speaker, not 程中 (the tail of the phrase)."""
    found = _said(rules, triples, "在我成长的过程中，你是我的家人。", "谢谢。")
    assert ("安娜", "relative", "鲍勃") in found
    assert not {t for t in found if "程中" in t}


@pytest.mark.parametrize("text", ["不，我们只是朋友。", "十五年后，我们依然是最好的朋友。"])
def test_we_are_just_or_still_friends(rules, triples, text):
    assert ("安娜", "friend", "鲍勃") in _said(rules, triples, "我们算是一对吗？", text, speakers=("鲍勃", "安娜"))


@pytest.mark.parametrize("text", ["我们不只是朋友。", "我们还是朋友吗？", "如果我们只是朋友，就没事了。"])
def test_no_friends_denied_asked_or_supposed(rules, triples, text):
    said = _said(rules, triples, "嗯。", text, speakers=("鲍勃", "安娜"))
    assert ("安娜", "friend", "鲍勃") not in said


def test_having_gone_out_with_someone_is_a_past_date(rules, triples):
    said = _said(rules, triples, "我和大卫确实交往过，他现在住在明斯克。")
    assert ("安娜", "dated", "大卫") in said
    assert ("大卫", "livesIn", "明斯克") in said
    for text in ("我没和大卫交往过。", "你和大卫交往过吗？", "罗斯和大卫交往过？"):
        assert not {t for t in _said(rules, triples, text) if t[1] == "dated" and t[0] == "安娜"}


def test_dumped_by_someone_ends_the_partner(rules):
    turns = [Turn("zh", "1", "安娜", "我最近被瑞秋甩了。"), Turn("zh", "2", "鲍勃", "嗯。")]
    ended = {(f.subject.label, f.predicate, f.object.label) for f in rules.extract(turns) if f.ended}
    assert ("安娜", "partner", "瑞秋") in ended
    for text in ("我没被瑞秋甩。", "你被瑞秋甩了吗？", "如果我被瑞秋甩了，我会哭。"):
        turns = [Turn("zh", "1", "安娜", text), Turn("zh", "2", "鲍勃", "嗯。")]
        assert not [f for f in rules.extract(turns) if f.predicate == "partner"]


@pytest.mark.parametrize("text, expected", [
    ("呵呵，我的前妻艾米莉要结婚了！", ("安娜", "spouse", "艾米莉")),
    ("其实，阿尔比就是我的前男友。", ("安娜", "partner", "阿尔比")),
    ("你还记得我的前男友马克吗？", ("安娜", "partner", "马克")),
])
def test_an_ex_is_a_spouse_or_partner_that_ended_not_a_date(rules, text, expected):
    turns = [Turn("zh", "1", "安娜", text), Turn("zh", "2", "鲍勃", "嗯。")]
    facts = {(f.subject.label, f.predicate, f.object.label, f.ended) for f in rules.extract(turns)}
    assert (*expected, True) in facts
    assert not {f for f in facts if f[1] == "dated"}


def test_a_date_had_stays_a_date_and_no_ex_is_no_ending(rules):
    turns = [Turn("zh", "1", "安娜", "我和詹姆斯约会过，他以前在前台工作。"), Turn("zh", "2", "鲍勃", "我没有前妻。")]
    facts = {(f.subject.label, f.predicate, f.object.label, f.ended) for f in rules.extract(turns)
             if f.predicate in ("dated", "partner", "spouse")}
    assert facts == {("安娜", "dated", "詹姆斯", False)}


def test_going_on_living_with_someone_is_a_roommate(rules, triples):
    assert ("安娜", "roommate", "乔伊") in _said(rules, triples, "我和乔伊接着一起住。")
    for text in ("我不能和乔伊接着一起住了。", "你和乔伊接着一起住吗？", "如果我和乔伊接着一起住，就好了。"):
        assert not {t for t in _said(rules, triples, text) if t[1] == "roommate"}


def test_we_are_after_all_roommates(rules, triples):
    assert ("安娜", "roommate", "鲍勃") in _said(rules, triples, "我们可是室友。", "对。")  # 可是: an emphasis, not "but"


@pytest.mark.parametrize("text", ["我们可不是室友。", "我们可是室友吗？", "如果我们可是室友"])
def test_no_roommates_emphasised_when_denied_or_asked(rules, triples, text):
    assert not {t for t in _said(rules, triples, text, "嗯。") if t[1] == "roommate"}


@pytest.mark.parametrize("text", ["拜托，我们可是好姐妹。", "我们是好兄弟。"])
def test_good_sisters_are_close_friends_not_siblings(rules, triples, text):
    said = _said(rules, triples, text, "对。")
    assert ("安娜", "friend", "鲍勃") in said and not {t for t in said if t[1] == "sibling"}, said
