"""Chinese rules for what people say about each other and biographic sentences (invented text)."""

from __future__ import annotations

import pytest

from kg_memory.types import Turn


def _said(rules, triples, *texts: str, speakers=("安娜", "鲍勃")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return triples(rules.extract(turns))


@pytest.mark.parametrize("text, expected", [
    # a relative named before what is said of them: the name is not cut into the verb
    ("我姐姐李娜住在上海。", {("安娜", "sibling", "李娜"), ("李娜", "livesIn", "上海")}),
    ("我妹妹小红喜欢猫。", {("安娜", "sibling", "小红"), ("小红", "likes", "猫")}),
    ("我弟弟王强在北京工作。", {("安娜", "sibling", "王强"), ("王强", "workLocation", "北京")}),
    ("我哥哥周杰就在旁边。", {("安娜", "sibling", "周杰")}),
    # X是我的……, with a modifier, a transliterated name, a name after other words
    ("柯蒂斯是我最好的朋友。", {("安娜", "friend", "柯蒂斯")}),
    ("我觉得罗杰是我的好朋友。", {("安娜", "friend", "罗杰")}),
    ("格洛丽亚·范是我的室友。", {("安娜", "roommate", "格洛丽亚·范")}),
    # a pronoun subject: 他/她 resolved, 你 the other speaker
    ("我昨天见到了王刚，他是我儿子。", {("安娜", "child", "王刚")}),
    ("我和刘洋一起工作。", {("安娜", "colleague", "刘洋")}),
    ("我和刘洋在同一所大学工作。", {("安娜", "colleague", "刘洋")}),  # no employer '同一所大学'
    ("我跟孙悦住在一起。", {("安娜", "roommate", "孙悦")}),
    ("马明和我分手了。", {("安娜", "partner", "马明")}),  # as the speaker holds it, to close it
    # biographic sentences
    ("王小明的国籍是美国。", {("王小明", "nationality", "美国")}),
    ("马建国创办了星火科技公司。", {("马建国", "founded", "星火科技公司")}),
    ("马建国于1999年创立了星火科技。", {("马建国", "founded", "星火科技")}),
    ("文剑平，男，汉族，1962年生，江苏人。", {("文剑平", "ethnicity", "汉族"), ("文剑平", "hometown", "江苏")}),
    ("王小明的外号是小胖。", {("王小明", "alternateName", "小胖")}),
    ("我认识陈浩很久了，大家都叫他大头。", {("陈浩", "alternateName", "大头")}),
    ("我最近在学做川菜。", {("安娜", "hobby", "学做川菜")}),
])
def test_statements(rules, triples, text, expected):
    assert expected <= _said(rules, triples, text)


def test_the_same_workplace_as_someone_names_no_employer(rules, triples):
    found = _said(rules, triples, "我和刘洋在同一所大学工作。", "我们在同一家公司上班。")
    assert not {t for t in found if t[1] == "worksFor"}
    assert ("鲍勃", "worksFor", "同仁医院") in _said(rules, triples, "嗨。", "我在同仁医院工作。")


def test_you_is_the_other_speaker(rules, triples):
    found = _said(rules, triples, "你是我的妻子。", "嗯，我是你最好的朋友。")
    assert ("安娜", "spouse", "鲍勃") in found
    assert ("安娜", "friend", "鲍勃") in found


def test_we_are_friends_said_to_the_other_speaker(rules, triples):
    assert ("鲍勃", "friend", "安娜") in _said(rules, triples, "谢谢你。", "嗯，我们永远是好朋友！")
    assert ("鲍勃", "partner", "安娜") in _said(rules, triples, "你好。", "我们是情侣。")
    assert not {t for t in _said(rules, triples, "你好。", "我们不是朋友。") if t[1] == "friend"}
    assert not {t for t in _said(rules, triples, "你好。", "我们是朋友吗？") if t[1] == "friend"}


def test_in_a_larger_conversation_you_is_the_speaker_replied_to(rules, triples):
    found = _said(rules, triples, "我要走了。", "再见。", "嗨，鲍勃。", "我爱你。", speakers=("安娜", "鲍勃", "卡尔", "鲍勃"))
    assert ("鲍勃", "positiveImpression", "卡尔") in found


def test_a_turn_that_calls_someone_dad_makes_them_the_parent(rules, triples):
    assert ("鲍勃", "parent", "安娜") in _said(rules, triples, "你回来了。", "爸，我帮你拿着。")
    assert ("鲍勃", "child", "安娜") in _said(rules, triples, "我回来了。", "儿子，快进来！")
    assert not {t for t in _said(rules, triples, "你回来了。", "我爸，他很忙。") if t[2] == "安娜"}


def test_love_said_to_the_other_speaker_is_an_impression(rules, triples):
    assert ("安娜", "positiveImpression", "鲍勃") in _said(rules, triples, "我爱你。", "我也爱你。")


def test_a_name_called_at_the_start_is_who_you_means(rules, triples):
    turns = [Turn("zh", "1", "安娜", "大家好。"), Turn("zh", "2", "鲍勃", "嗨。"),
             Turn("zh", "3", "卡尔", "瑞秋，我爱你。"), Turn("zh", "4", "卡尔", "瑞秋，你是我的女朋友。")]
    found = triples(rules.extract(turns))
    assert ("卡尔", "positiveImpression", "瑞秋") in found
    assert ("卡尔", "partner", "瑞秋") in found
    assert ("安娜", "positiveImpression", "莫妮卡") in _said(rules, triples, "嗨。", "我爱你，莫妮卡！", speakers=("鲍勃", "安娜"))


_PEOPLE = {"friend", "partner", "roommate", "child", "colleague", "alternateName", "nationality", "founded",
           "positiveImpression"}


@pytest.mark.parametrize("stated, not_stated", [
    ("柯蒂斯是我最好的朋友。", ["柯蒂斯不是我最好的朋友。", "柯蒂斯是你最好的朋友吗？", "谁是你最好的朋友？",
                      "如果柯蒂斯是我最好的朋友就好了。"]),
    ("我见到了王刚，他是我儿子。", ["我见到了王刚，他不是我儿子。", "我见到了王刚，他是我儿子吗？"]),
    ("我和刘洋一起工作。", ["我没有和刘洋一起工作。", "你和刘洋一起工作吗？", "要是我和刘洋一起工作就好了。"]),
    ("我跟刘洋在同一家公司上班。", ["我跟刘洋不在同一家公司上班。", "你跟刘洋在同一家公司上班吗？"]),
    ("我认识陈浩，大家都叫他大头。", ["我认识陈浩，大家都叫他什么？"]),
    ("王小明的国籍是美国。", ["王小明的国籍是哪里？", "王小明的国籍不是美国。"]),
    ("马建国创办了星火科技。", ["马建国没有创办星火科技。", "要是马建国创办了星火科技就好了。", "马建国创办了星火科技吗？"]),
    ("我爱你。", ["我不爱你。", "你爱我吗？", "如果我爱你呢？"]),
])
def test_negation_questions_and_hypotheticals_state_no_relation(rules, triples, stated, not_stated):
    assert {t for t in _said(rules, triples, "嗨。", stated) if t[1] in _PEOPLE}
    for text in not_stated:
        assert not {t for t in _said(rules, triples, "嗨。", text) if t[1] in _PEOPLE}, text


@pytest.mark.parametrize("text, wrong", [
    # a question cut at its question mark is still a question
    ("哇，我们有孩子？", ("安娜", "child", "安娜的孩子")),
    ("他的家人呢? 我不知道。", None),
    # 在给某人做某物 is no job; 去 + place without a past is a plan, not a visit
    ("我在给丽莎做饼干。", ("安娜", "jobTitle", "饼干")),
    ("我最近在学做川菜，很难。", ("安娜", "jobTitle", "川菜")),
    ("我们去公园里跑。", ("安娜", "visited", "公园")),
    # a marital status word inside a longer phrase; a deictic place; a negated habit; an abstract "have"
    ("高飞，离婚-力。", ("高飞", "maritalStatus", "divorced")),
    ("你住在这儿多久交多久。", ("鲍勃", "livesIn", "这儿多久交多久")),
    ("我每天就不能见到她了。", ("安娜", "habit", "就不能见到她")),
    ("我也有个问题现在正想问她。", ("安娜", "owns", "问题现在正想问她")),
    # ……人 is a native only of a place
    ("她是一个半机械人。", None),
])
def test_misreadings_are_gone(rules, triples, text, wrong):
    found = _said(rules, triples, "我认识周丽。", text, speakers=("鲍勃", "安娜"))
    if wrong is None:
        assert not {t for t in found if t[1] in ("hometown", "relative", "nationality")}
    else:
        assert wrong not in found
        assert not {t for t in found if t[1] == wrong[1] and t[0] == wrong[0]}


def test_a_question_mark_ends_only_its_own_clause(rules, triples):
    assert ("安娜", "worksFor", "星火科技") in _said(rules, triples, "嗨。", "不，我在星火科技工作，干嘛问？", speakers=("鲍勃", "安娜"))
    assert not _said(rules, triples, "嗨。", "你在星火科技工作？", speakers=("鲍勃", "安娜"))


def test_a_plan_to_go_is_no_visit_and_a_past_one_is(rules, triples):
    assert ("安娜", "visited", "公园") not in _said(rules, triples, "我们去公园里跑步。")
    assert ("安娜", "visited", "日本") in _said(rules, triples, "我去年去日本旅游了。")
    assert ("安娜", "visited", "日本") in _said(rules, triples, "我去过日本。")
