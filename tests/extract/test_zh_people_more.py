"""Chinese: plain sentences a first user types, and more relations people state about each other (issue 13,
fourth pass): invented text, with the negated, asked and hypothetical forms that must give nothing."""

from __future__ import annotations

import pytest

from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Entity, Turn


def _facts(rules, *texts: str, speakers=("安娜", "鲍勃")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return rules.extract(turns)


def _said(rules, triples, *texts: str, speakers=("安娜", "鲍勃")):
    return triples(_facts(rules, *texts, speakers=speakers))


# --- plain sentences -----------------------------------------------------------------------------------------

def test_an_allergy_is_a_trait_as_in_english(rules, triples):
    assert ("安娜", "trait", "对花生过敏") in _said(rules, triples, "我对花生过敏。")
    assert {("安娜", "trait", "对花生过敏"), ("安娜", "trait", "对猫毛过敏")} <= _said(rules, triples, "我对花生和猫毛过敏。")


@pytest.mark.parametrize("text", ["我对花生不过敏。", "你对什么过敏？", "如果我对花生过敏，就糟了。", "我对花生过敏吗？"])
def test_no_allergy_denied_asked_or_supposed(rules, triples, text):
    assert not {t for t in _said(rules, triples, text) if t[1] == "trait"}


def test_a_bank_in_a_city_is_the_employer_and_the_city_where_one_works(rules, triples):
    said = _said(rules, triples, "我在上海的一家银行工作。")
    assert {("安娜", "workLocation", "上海"), ("安娜", "worksFor", "银行")} <= said
    assert not {t for t in _said(rules, triples, "我不在上海的一家银行工作。") if t[1] in ("worksFor", "workLocation")}


@pytest.mark.parametrize("text, ex", [
    ("罗斯是我的前女朋友。", "罗斯"),
    ("我的前男朋友马克来了。", "马克"),
    ("马克是我的前任男友。", "马克"),
])
def test_an_ex_is_a_partner_that_ended_not_a_current_one(rules, text, ex):
    facts = {(f.subject.label, f.predicate, f.object.label, f.ended) for f in rules.extract([Turn("zh", "1", "安娜", text)])}
    assert ("安娜", "partner", ex, True) in facts  # a partner that ended, as "my ex-boyfriend" in English
    assert ("安娜", "partner", ex, False) not in facts


def test_a_name_broken_by_a_pause_is_one_name(rules, triples):
    said = {t for t in _said(rules, triples, "我们都爱史...提夫。") if t[1] in ("likes", "positiveImpression")}
    assert {t[2] for t in said} == {"史提夫"}


def test_a_name_ends_before_a_verb(rules, triples):
    said = _said(rules, triples, "你介意坐在别处吗，我给我的朋友罗斯留的座位。")
    assert ("安娜", "friend", "罗斯") in said
    assert ("安娜", "friend", "罗斯留") not in said
    assert ("安娜", "friend", "瑞秋") in _said(rules, triples, "你把我朋友瑞秋弄哭了。")


def test_a_word_said_beside_a_pet_is_no_pet_name(rules, triples):
    assert ("安娜", "hasPet", "谢谢") not in _said(rules, triples, "谢谢，我的狗。")


@pytest.mark.parametrize("text, wrong", [
    ("我刚和前男友分手。", ("安娜", "partner", "前男友")),  # a relative unnamed is no person called 前男友
    ("我们有一个紧急情况，好吗？", ("安娜", "owns", "紧急情况")),
    ("昨天在咖啡馆，我去洗手间。", ("安娜", "visited", "洗手间")),
])
def test_no_wrong_fact_from_a_plain_sentence(rules, triples, text, wrong):
    assert wrong not in _said(rules, triples, text)


def test_a_mood_names_no_parent(rules, triples):
    assert not {t for t in _said(rules, triples, "我妈妈高兴极了。") if t[1] == "parent" and "高兴" in str(t[2])}


@pytest.mark.parametrize("text, expected, wrong", [
    ("我在清华大学读研究生。", ("安娜", "studiesAt", "清华大学"), ("安娜", "birthPlace", "清华大学")),
    ("我毕业于复旦大学，学的是计算机专业。", ("安娜", "fieldOfStudy", "计算机"), ("安娜", "fieldOfStudy", "的是计算机")),
    ("我家有两条狗。", ("安娜", "hasPet", "安娜的狗"), None),
    ("我哥哥在深圳做生意。", ("安娜的哥哥", "workLocation", "深圳"), None),
    ("我去年刚搬到杭州。", ("安娜", "livesIn", "杭州"), None),
    ("我在一所中学教数学。", ("安娜", "worksFor", "中学"), None),
    ("我周末喜欢去公园跑步。", ("安娜", "likes", "去公园跑步"), None),
    ("我妈妈每天早上去跳广场舞。", ("安娜的妈妈", "habit", "去跳广场舞"), ("安娜的妈妈", "habit", "早上去跳广场舞")),
    ("我女儿在美国读大学。", ("安娜", "child", "安娜的女儿"), ("安娜的女儿", "studiesAt", "美国")),
    ("我最好的朋友叫张伟。", ("安娜", "friend", "张伟"), None),
    ("我是北京大学毕业的。", ("安娜", "educatedAt", "北京大学"), None),
    ("我在一家咖啡店兼职。", ("安娜", "worksFor", "咖啡店"), None),
    ("我最好的朋友是医生。", ("安娜的朋友", "jobTitle", "医生"), None),
    ("我和我丈夫住在北京。", ("安娜的丈夫", "livesIn", "北京"), None),
    ("我和我丈夫住在北京。", ("安娜", "livesIn", "北京"), None),
    ("我跟李娜都在谷歌工作。", ("李娜", "worksFor", "谷歌"), None),
    ("哦，天啊，拉普，我家的狗！", ("安娜", "hasPet", "拉普"), None),
    ("巴迪在哪里？我的鱼，巴迪。", ("安娜", "hasPet", "巴迪"), None),
])
def test_self_introductions(rules, triples, text, expected, wrong):
    said = _said(rules, triples, text)
    assert expected in said
    assert wrong not in said


# --- relations people state about each other -----------------------------------------------------------------

@pytest.mark.parametrize("texts, expected", [
    (("这是罗斯。他是我们的朋友。", "你好。", "嗨。"), ("安娜", "friend", "罗斯")),
    (("我爱上了瑞秋。",), ("安娜", "positiveImpression", "瑞秋")),
    (("罗斯爱我。",), ("罗斯", "positiveImpression", "安娜")),
    (("我嫁给你了！", "我知道。"), ("安娜", "spouse", "鲍勃")),
    (("你知道吗，莫妮卡和钱德勒都结婚了。",), ("莫妮卡", "spouse", "钱德勒")),
    (("罗斯和瑞秋在交往。",), ("罗斯", "partner", "瑞秋")),
    (("现在我跟朱莉在一起。",), ("安娜", "partner", "朱莉")),
    (("我需要两张。我带皮特，我的男朋友。",), ("安娜", "partner", "皮特")),
    (("这是基普，我的老室友。",), ("安娜", "roommate", "基普")),
    (("是啊，瑞秋。这是罗斯的妹妹，莫妮卡。",), ("罗斯", "sibling", "莫妮卡")),
    (("我最小的妹妹，迪娜，她对时尚感兴趣。",), ("安娜", "sibling", "迪娜")),
    (("我跟凯萨琳分手了。她跟她朋友唐娜走在一块儿。",), ("凯萨琳", "friend", "唐娜")),
    (("我是埃迪，你室友。", "对不起。"), ("鲍勃", "roommate", "埃迪")),
    (("是啊，我是瑞秋·格林的朋友。",), ("瑞秋·格林", "friend", "安娜")),
    (("我是乔伊最好的朋友。",), ("乔伊", "friend", "安娜")),
    (("我和霍华德交往了两个月。",), ("安娜", "partner", "霍华德")),
    (("这是我的朋友瑞秋，我们是高中同学。", "哦。", "嗨。"), ("安娜", "classmate", "瑞秋")),
    (("我们是大学同学。", "是的。"), ("安娜", "classmate", "鲍勃")),
    (("这是不同的，我们是室友！", "哦。", "嗨。"), ("安娜", "roommate", "鲍勃")),  # 这是 introduces nobody here
    (("彼特甩了我。",), ("安娜", "partner", "彼特")),  # ended, as "Pete dumped me" is (the speaker first)
    (("没关系。我在跟钱德勒生气。",), ("安娜", "negativeImpression", "钱德勒")),
    (("你生我的气了。", "对，我很生气。"), ("鲍勃", "negativeImpression", "安娜")),  # not taken back ("没有。" would)
    # the clauses stated before a question are statements
    (("我是个很差劲的服务员，你知道这是为什么吗？",), ("安娜", "jobTitle", "服务员")),
])
def test_relations(rules, triples, texts, expected):
    assert expected in _said(rules, triples, *texts)


@pytest.mark.parametrize("texts, expected", [
    (("你住在哪里？", "纽约。"), ("鲍勃", "livesIn", "纽约")),
    (("所以你们从哪里来的？", "法国。"), ("鲍勃", "nationality", "法国")),
    (("你是哪里人？", "四川。"), ("鲍勃", "hometown", "四川")),
])
def test_a_place_answered_to_where_one_lives(rules, triples, texts, expected):
    assert expected in _said(rules, triples, *texts)


@pytest.mark.parametrize("texts", [("你喜欢哪里？", "纽约。"), ("你住在哪里？", "不告诉你。"), ("我住在纽约。", "纽约。")])
def test_a_place_said_after_another_question_is_no_home(rules, triples, texts):
    assert not {t for t in _said(rules, triples, *texts) if t[0] == "鲍勃"}


def test_we_broke_up_said_to_the_other_of_two_ends_their_partnership(rules):
    ended = [f for f in _facts(rules, "我们分手了。", "是的。") if f.predicate == "partner"]
    assert [(f.subject.label, f.object.label if isinstance(f.object, Entity) else f.object, f.ended) for f in ended] \
        == [("安娜", "鲍勃", True)]


@pytest.mark.parametrize("texts, predicate", [
    (("我和他们在一起。",), "partner"),
    (("我和朋友在一起。",), "partner"),
    (("如果我和朱莉在一起，就好了。",), "partner"),
    (("我没有和朱莉在一起。",), "partner"),
    (("你和朱莉在一起吗？",), "partner"),
    (("莫妮卡和钱德勒结婚了吗？",), "spouse"),
    (("莫妮卡和钱德勒没有结婚。",), "spouse"),
    (("要是莫妮卡和钱德勒结婚了，我就走。",), "spouse"),
    (("我不爱瑞秋。",), "positiveImpression"),
    (("我爱北京。",), "positiveImpression"),  # a place liked, no person
    (("彼特没有甩了我。",), "partner"),
    (("我们不是高中同学。", "哦。"), "classmate"),
    (("我和我丈夫不住在北京。",), "livesIn"),
    (("如果我和我丈夫住在北京就好了。",), "livesIn"),
    (("我和莫妮卡住在北京吗？",), "livesIn"),
    (("彼特甩了我吗？",), "partner"),
    (("我的朋友，你好。", "你好。"), "friend"),  # no friend named 你好 (the addressee is one, said as a vocative)
    (("他是我们的儿子吗？",), "child"),
    (("我们住在一起，你不会期待我的求婚，对吗？",), "livesIn"),  # 一起 is no place
    (("你住在哪里，我想知道。",), "livesIn"),
])
def test_guards(rules, triples, texts, predicate):
    said = _said(rules, triples, *texts, speakers=("安娜", "鲍勃", "卡尔"))
    assert not {t for t in said if t[1] == predicate and t[2] not in ("鲍勃", "卡尔")}


@pytest.mark.parametrize("texts", [("我没有生你的气。", "好。"), ("你在生我的气吗？", "没有。"), ("如果你生我的气，就说出来。", "好。")])
def test_no_anger_denied_asked_or_supposed(rules, triples, texts):
    assert not {t for t in _said(rules, triples, *texts) if t[1] == "negativeImpression"}


def test_we_broke_up_said_to_a_group_names_no_partner(rules):
    facts = _facts(rules, "我们分手了。", "哦。", "真遗憾。", speakers=("安娜", "鲍勃", "卡尔"))
    assert not [f for f in facts if f.predicate == "partner" and f.object != f.subject]


# --- speakers named with a title ------------------------------------------------------------------------------

def test_a_speaker_called_by_surname_and_title_is_named_so():
    turns = [Turn("c", "1", "Speaker 1", "你好，盖勒教授！"), Turn("c", "2", "Speaker 2", "你好。"),
             Turn("c", "3", "Speaker 1", "谢谢你，盖勒教授。"), Turn("c", "4", "Speaker 2", "不客气。")]
    assert [(f.subject.label, f.object) for f in speaker_names(turns)] == [("Speaker 2", "盖勒教授")]


def test_a_title_alone_names_nobody():
    turns = [Turn("c", "1", "Speaker 1", "对不起，先生。"), Turn("c", "2", "Speaker 2", "没关系。"),
             Turn("c", "3", "Speaker 1", "谢谢你，先生。"), Turn("c", "4", "Speaker 2", "不客气。")]
    assert speaker_names(turns) == []


@pytest.mark.parametrize("said", ["哦，还有希纳·伊斯顿。", "我见了莫妮卡，还有瑞秋。"])
def test_a_name_in_a_list_names_nobody(said):
    turns = [Turn("c", "1", "Speaker 1", said), Turn("c", "2", "Speaker 2", "是吗？"),
             Turn("c", "3", "Speaker 1", said), Turn("c", "4", "Speaker 2", "好吧。")]
    assert speaker_names(turns) == []


def test_a_name_called_before_a_sentence_about_someone_else_names_the_one_called():
    turns = [Turn("c", "1", "Speaker 1", "小心，看着她的头发。"), Turn("c", "2", "Speaker 2", "瑞秋，她大概也就三根头发！"),
             Turn("c", "3", "Speaker 1", "我知道。"), Turn("c", "4", "Speaker 2", "瑞秋，她走了。"),
             Turn("c", "5", "Speaker 1", "好吧。")]
    assert ("Speaker 1", "瑞秋") in [(f.subject.label, f.object) for f in speaker_names(turns)]
