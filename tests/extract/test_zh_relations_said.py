"""Chinese: more of the ways people in a chat say what they are to each other (couples about to marry, proposals,
neighbours, aunts and uncles by name, a good friend praised, old schoolmates): invented text, with the negated, asked,
hypothetical and someone-else forms that must give nothing."""

from __future__ import annotations

import pytest

from kg_memory.types import Turn


def _said(rules, triples, *texts: str, speakers=("安娜", "鲍勃")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return triples(rules.extract(turns))


def _about(said, predicate):
    return {t for t in said if t[1] == predicate}


# --- couples -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, predicate", [
    ("你听说了吗？王磊和李静要结婚了！", "partner"),
    ("王磊和李静快要订婚了。", "partner"),
    ("王磊和李静在闹离婚。", "spouse"),
])
def test_a_couple_named_by_both_names(rules, triples, text, predicate):
    assert ("王磊", predicate, "李静") in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["王磊和李静要结婚了吗？", "如果王磊和李静要结婚了，我就去。", "王磊和李静不会结婚的。",
                                  "王磊和李静的婚礼在五月。"])
def test_no_couple_asked_supposed_denied_or_only_a_wedding(rules, triples, text):
    said = _said(rules, triples, text)
    assert not _about(said, "partner") and not _about(said, "spouse")


def test_we_are_dating_in_a_conversation_of_two(rules, triples):
    assert ("鲍勃", "partner", "安娜") in _said(rules, triples, "好消息？", "我们在约会。")
    assert ("鲍勃", "partner", "安娜") in _said(rules, triples, "怎么了？", "我们又在一起了！")
    assert not _about(_said(rules, triples, "怎么了？", "我们没在约会。"), "partner")
    group = _said(rules, triples, "嗨。", "你好。", "我们在约会。", speakers=("安娜", "鲍勃", "卡尔"))
    assert not _about(group, "partner")  # told to two people: which one is the partner is unknown


@pytest.mark.parametrize("text", ["我要向李静求婚。", "我今晚要向李静求婚了。"])
def test_a_proposal_is_to_a_partner(rules, triples, text):
    assert ("安娜", "partner", "李静") in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["我不会向李静求婚。", "我该不该向李静求婚？", "如果我向李静求婚，她会答应吗？"])
def test_no_proposal_denied_asked_or_supposed(rules, triples, text):
    assert not _about(_said(rules, triples, text), "partner")


# --- neighbours, relatives by title, friends -------------------------------------------------------------------

def test_living_next_door_is_a_neighbour(rules, triples):
    assert ("王磊", "neighbor", "安娜") in _said(rules, triples, "王磊就住我隔壁。")
    assert ("王磊", "neighbor", "安娜") in _said(rules, triples, "王磊住在我们楼上。")
    assert not _about(_said(rules, triples, "王磊不住我隔壁。"), "neighbor")
    assert not _about(_said(rules, triples, "王磊住在你隔壁吗？"), "neighbor")
    assert not _about(_said(rules, triples, "王磊住在公司隔壁。"), "neighbor")


def test_an_aunt_named_with_her_title_is_the_speakers_relative(rules, triples):
    assert ("安娜", "relative", "西尔维亚") in _said(rules, triples, "爸爸说我西尔维亚姑妈下周来。")
    assert ("安娜", "relative", "玛丽莲") in _said(rules, triples, "我的玛丽莲姨妈会来。")
    assert ("安娜", "relative", "莱尼") in _said(rules, triples, "你去跟我莱尼叔叔说。")


@pytest.mark.parametrize("text", ["你的玛丽莲姨妈来了。", "王阿姨来了。", "我的玛丽莲姨妈会来吗？", "如果我西尔维亚姑妈来，我就走。",
                                  "宝宝，看玛丽莲姨妈给你带了什么！", "我们是玛丽莲姨妈和卡尔姨父。"])
def test_no_relative_of_someone_else_a_polite_title_asked_or_supposed(rules, triples, text):
    assert not _about(_said(rules, triples, text), "relative")


def test_wider_family_words_name_relatives(rules, triples):
    assert ("安娜", "relative", "张伟") in _said(rules, triples, "我的姨妈是张伟。")
    assert ("安娜", "relative", "李静") in _said(rules, triples, "我舅妈李静来了。")
    assert ("安娜", "relative", "张伟") in _said(rules, triples, "张伟是我的祖母。")


def test_a_good_friend_praised_is_the_speakers_friend(rules, triples):
    assert ("鲍勃", "friend", "安娜") in _said(rules, triples, "我帮你搬家吧。", "你真是个好朋友。")
    assert ("鲍勃", "friend", "安娜") in _said(rules, triples, "我帮你。", "你是一个令人难以置信的好朋友。")


@pytest.mark.parametrize("text", ["你不是个好朋友。", "你是个好朋友吗？", "如果你是个好朋友，你就会帮我。", "他是个好朋友。"])
def test_no_friend_denied_asked_supposed_or_of_someone_else(rules, triples, text):
    assert not _about(_said(rules, triples, "我帮你。", text), "friend")


def test_one_of_someones_best_friends(rules, triples):
    assert ("王磊", "friend", "李静") in _said(rules, triples, "李静是王磊最好的朋友之一。")
    assert not _about(_said(rules, triples, "李静不是王磊最好的朋友之一。"), "friend")


def test_old_schoolmates_by_name(rules, triples):
    assert ("安娜", "classmate", "威尔") in _said(rules, triples, "那是我的高中同学威尔。")
    assert ("安娜", "classmate", "威尔") in _said(rules, triples, "还记得我们大学同学威尔吗？")
    assert ("安娜", "classmate", "威尔") not in _said(rules, triples, "那是她的高中同学威尔。")  # hers, not the speaker's


def test_living_together_said_with_yikuai(rules, triples):
    assert ("李静", "roommate", "安娜") in _said(rules, triples, "李静跟我住一块儿。")
    assert not _about(_said(rules, triples, "李静不跟我住一块儿。"), "roommate")


# --- impressions ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我这么喜欢李静。", "我迷上李静了。", "我很尊敬李静。"])
def test_more_ways_to_say_one_likes_a_person(rules, triples, text):
    assert ("安娜", "positiveImpression", "李静") in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["我不尊敬李静。", "你迷上李静了吗？", "如果我迷上李静，就麻烦了。"])
def test_no_liking_denied_asked_or_supposed(rules, triples, text):
    assert not _about(_said(rules, triples, text), "positiveImpression")


def test_the_love_of_ones_life(rules, triples):
    assert ("安娜", "positiveImpression", "李静") in _said(rules, triples, "李静是我一生挚爱。")
    assert ("鲍勃", "positiveImpression", "安娜") in _said(rules, triples, "嗨。", "你是我的最爱。")
    assert not _about(_said(rules, triples, "李静不是我的真爱。"), "positiveImpression")
    assert not _about(_said(rules, triples, "李静是我的最爱吗？"), "positiveImpression")


def test_a_couple_named_before_a_pause(rules, triples):
    assert ("王磊", "partner", "李静") in _said(rules, triples, "王磊和李静，马上要结婚了。")


@pytest.mark.parametrize("text, job", [("我是博士！", "博士"), ("我是肥皂剧明星。", "肥皂剧明星"), ("我姐姐是餐厅领班。", "餐厅领班")])
def test_more_job_words(rules, triples, text, job):
    assert job in {t[2] for t in _said(rules, triples, text) if t[1] == "jobTitle"}


@pytest.mark.parametrize("text", ["我不是博士。", "你是明星吗？", "如果我是明星就好了。"])
def test_no_job_denied_asked_or_wished(rules, triples, text):
    assert not _about(_said(rules, triples, text), "jobTitle")
