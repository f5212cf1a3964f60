"""Chinese: what people in a group say of each other in passing (issue 13, :mod:`kg_memory.extract.chinese.group_talk`
and the classmate and assistant words of :mod:`kg_memory.extract.chinese.lexicon`): invented text, with the negated,
asked, hypothetical, joking and quoted forms and other people's statements that must give nothing."""

from __future__ import annotations

import pytest

from kg_memory.types import Turn


def _said(rules, triples, *texts: str, speakers=("安娜", "鲍勃")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return triples(rules.extract(turns))


def _of(said, predicate):
    return {t for t in said if t[1] == predicate}


# --- a classmate named with the school, an assistant or secretary -------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("王磊是我大学同学。", ("安娜", "classmate", "王磊")),
    ("我高中同学李静下个月要结婚了。", ("安娜", "classmate", "李静")),
    ("张伟是我的助理。", ("安娜", "employee", "张伟")),
    ("我的秘书小李今天请假了。", ("安娜", "employee", "小李")),
    ("我是王总的助理。", ("王总", "employee", "安娜")),
])
def test_classmates_and_assistants(rules, triples, text, fact):
    assert fact in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["王磊不是我大学同学。", "王磊是你的大学同学吗？", "张伟不是我的助理。",
                                  "如果张伟是我的助理就好了。", "我想当助理。"])
def test_no_classmate_or_assistant_denied_asked_or_wished(rules, triples, text):
    said = _said(rules, triples, text)
    assert not _of(said, "classmate") and not _of(said, "employee")


# --- a trip: back from a place ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, fact", [
    (("我刚从伦敦回来。",), ("安娜", "visited", "伦敦")),
    (("李娜来了。", "她昨天从巴黎回来了。"), ("李娜", "visited", "巴黎")),
    (("我上周才从日本旅游回来。",), ("安娜", "visited", "日本")),
    (("我飞到了巴黎。",), ("安娜", "visited", "巴黎")),
    (("我们在佛蒙特度过了整个周末。",), ("安娜", "visited", "佛蒙特")),
    (("我在伦敦待了一个星期。",), ("安娜", "visited", "伦敦")),
    (("我们去年在泰国度假。",), ("安娜", "visited", "泰国")),
    (("我去年去了趟日本。",), ("安娜", "visited", "日本")),
])
def test_back_from_a_place_is_a_visit(rules, triples, texts, fact):
    assert fact in _said(rules, triples, *texts)


@pytest.mark.parametrize("text", ["我没从伦敦回来。", "你刚从伦敦回来吗？", "如果我从伦敦回来，我就给你打电话。",
                                  "我刚从公司回来。", "我刚从那儿回来。", "开玩笑的，我刚从伦敦回来。",
                                  "他总说“我刚从伦敦回来”。", "我没飞到巴黎。", "你在伦敦待了一个星期吗？",
                                  "如果我在巴黎度蜜月就好了。", "我在公司待了一整天。", "我在家待了一个星期。",
                                  "我去趟超市。"])
def test_no_visit_denied_asked_supposed_an_errand_or_a_joke(rules, triples, text):
    assert not _of(_said(rules, triples, text), "visited")


# --- a job: one of the ..., working as, a name with a title --------------------------------------------------------

@pytest.mark.parametrize("texts, fact", [
    (("罗斯是我们博物馆最重要的科学家之一。",), ("罗斯", "jobTitle", "科学家")),
    (("我现在在当服务员。",), ("安娜", "jobTitle", "服务员")),
    (("格林医生说你没事。",), ("格林", "jobTitle", "医生")),
    (("我下午去看了伯克大夫。",), ("伯克", "jobTitle", "医生")),
    (("盖勒教授今天不上课。",), ("盖勒", "jobTitle", "教授")),
    (("我昨天在德雷克·雷蒙德医生那儿看病。",), ("德雷克·雷蒙德", "jobTitle", "医生")),
    (("此致，R·盖勒教授。",), ("盖勒", "jobTitle", "教授")),
])
def test_jobs_said_in_passing(rules, triples, texts, fact):
    assert fact in _said(rules, triples, *texts)


@pytest.mark.parametrize("text", ["罗斯不是我们博物馆最重要的科学家之一。", "罗斯是我最好的朋友之一。", "我在当家。",
                                  "王医生人很好。", "我在戏里扮演格林医生。", "你是格林医生吗？", "我的眼科医生很好。",
                                  "他说：“格林医生来了。”", "我在戏里扮演医生德雷克·雷蒙德医生。",
                                  "我并不是德雷克医生，我连医生都不是。"])
def test_no_job_denied_asked_a_friend_a_surname_alone_or_a_part(rules, triples, text):
    assert not _of(_said(rules, triples, text), "jobTitle")


# --- feelings of two named people for the speaker ------------------------------------------------------------------

def test_two_named_people_dislike_the_speaker(rules, triples):
    said = _said(rules, triples, "比尔和科琳讨厌我们。")
    assert {("比尔", "negativeImpression", "安娜"), ("科琳", "negativeImpression", "安娜")} <= said


def test_two_named_people_like_the_one_spoken_to(rules, triples):
    said = _said(rules, triples, "嗨。", "莫妮卡和罗斯都很喜欢你。")
    assert {("莫妮卡", "positiveImpression", "安娜"), ("罗斯", "positiveImpression", "安娜")} <= said


@pytest.mark.parametrize("text", ["比尔和科琳都不讨厌我们。", "如果比尔和科琳讨厌我们怎么办？", "比尔和科琳讨厌我们吗？",
                                  "比尔和科琳讨厌我们，开玩笑的。", "他说：“比尔和科琳讨厌我们。”"])
def test_no_feeling_denied_asked_supposed_joked_or_quoted(rules, triples, text):
    said = _said(rules, triples, text)
    assert not {t for t in said if t[1].endswith("Impression") and t[0] in ("比尔", "科琳")}


# --- a date that went well -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, other", [("今天跟珍妮约会很愉快。", "珍妮"), ("我和李明约会得很开心。", "李明")])
def test_a_date_that_went_well(rules, triples, text, other):
    assert ("安娜", "dated", other) in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["罗斯跟珍妮约会很愉快。", "跟珍妮约会很愉快吗？", "如果跟珍妮约会很愉快就好了。",
                                  "跟珍妮约会不愉快。"])
def test_no_date_of_someone_else_asked_or_supposed(rules, triples, text):
    assert not {t for t in _said(rules, triples, text) if t[1] == "dated" and t[0] == "安娜"}


# --- two people introduced together --------------------------------------------------------------------------------

def test_two_friends_introduced_together(rules, triples):
    said = _said(rules, triples, "这些都是我们的朋友，汤姆和苏珊。")
    assert {("安娜", "friend", "汤姆"), ("安娜", "friend", "苏珊")} <= said


def test_parents_introduced_together_are_a_couple(rules, triples):
    said = _said(rules, triples, "这是我的父母：杰克和朱迪。")
    assert {("安娜", "parent", "杰克"), ("安娜", "parent", "朱迪"), ("杰克", "spouse", "朱迪")} <= said


@pytest.mark.parametrize("text", ["这些不是我的朋友，汤姆和苏珊。", "这些是我的朋友，汤姆和苏珊吗？",
                                  "要是这些是我的朋友，汤姆和苏珊就好了。"])
def test_no_friends_introduced_denied_asked_or_supposed(rules, triples, text):
    assert not {t for t in _said(rules, triples, text) if t[2] == "苏珊"}


def test_siblings_named_together(rules, triples):
    assert ("莫妮卡", "sibling", "罗斯") in _said(rules, triples, "莫妮卡和罗斯是兄妹。")
    assert not _of(_said(rules, triples, "莫妮卡和罗斯不是兄妹。"), "sibling")


# --- at school together ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("乔伊和罗斯一个班。", ("乔伊", "classmate", "罗斯")),
    ("罗斯与我在同一个研究生院读过书。", ("罗斯", "classmate", "安娜")),
    ("我和罗斯上的是同一所高中。", ("安娜", "classmate", "罗斯")),
    ("罗斯是我的双胞胎哥哥。", ("安娜", "sibling", "罗斯")),
])
def test_at_school_together_and_twins(rules, triples, text, fact):
    assert fact in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["我和罗斯不是一个班。", "你和罗斯是一个班吗？", "如果我和罗斯在同一所大学读书就好了。"])
def test_not_at_school_together_denied_asked_or_supposed(rules, triples, text):
    assert not _of(_said(rules, triples, text), "classmate")


def test_a_father_two_share(rules, triples):
    said = _said(rules, triples, "罗斯和莫妮卡的爸爸杰克来了。")
    assert {("罗斯", "parent", "杰克"), ("莫妮卡", "parent", "杰克"), ("罗斯", "sibling", "莫妮卡")} <= said
    assert not _of(_said(rules, triples, "罗斯和莫妮卡的爸爸不是杰克。"), "parent")


# --- being put off by or fond of someone, said without 'like' -------------------------------------------------------

@pytest.mark.parametrize("texts, fact", [
    (("嗨。", "你真讨厌！"), ("安娜", "negativeImpression", "鲍勃")),
    (("嗨。", "我受够你了！"), ("安娜", "negativeImpression", "鲍勃")),
    (("嗨。", "你烦死我了！"), ("安娜", "negativeImpression", "鲍勃")),
    (("嗨。", "我快被你烦死了。"), ("安娜", "negativeImpression", "鲍勃")),
    (("我看不惯张伟。",), ("鲍勃", "negativeImpression", "张伟")),
    (("张伟让我很恼火。",), ("鲍勃", "negativeImpression", "张伟")),
    (("嗨。", "你让我很开心。"), ("安娜", "positiveImpression", "鲍勃")),
    (("张伟是我的偶像。",), ("鲍勃", "positiveImpression", "张伟")),
    (("我很佩服张伟。",), ("鲍勃", "positiveImpression", "张伟")),
])
def test_impressions_said_in_passing(rules, triples, texts, fact):
    assert fact in _said(rules, triples, *texts, speakers=("鲍勃", "安娜"))


@pytest.mark.parametrize("texts", [
    ("嗨。", "我真讨厌！"), ("嗨。", "你讨厌吗？"), ("嗨。", "你不讨厌。"), ("嗨。", "你烦死我了吗？"),
    ("张伟没让我失望。",), ("这部电影让我很失望。",), ("如果张伟让我失望怎么办？",), ("我快被这件事烦死了。",),
    ("张伟不是我的偶像。",), ("张伟是我的偶像吗？",), ("我不看不惯张伟。",), ("他说：“张伟让我很恼火。”",),
])
def test_no_impression_of_oneself_a_thing_denied_asked_supposed_or_quoted(rules, triples, texts):
    said = _said(rules, triples, *texts, speakers=("鲍勃", "安娜"))
    assert not {t for t in said if t[1].endswith("Impression")}


# --- jobs held, and held once -----------------------------------------------------------------------------------------

def _jobs(rules, text):
    return {(f.subject.label, f.object, f.ended) for f in rules.extract([Turn("zh", "1", "安娜", text)])
            if f.predicate == "jobTitle"}


@pytest.mark.parametrize("text, job", [
    ("我以前当过服务员。", ("安娜", "服务员", True)),
    ("我当过两年老师。", ("安娜", "老师", True)),
    ("我当了三年老师。", ("安娜", "老师", False)),
    ("我做了十年会计。", ("安娜", "会计", False)),
    ("乌苏拉当女招待。", ("乌苏拉", "女招待", False)),
])
def test_a_job_held_is_the_job_not_the_words_around_it(rules, text, job):
    assert _jobs(rules, text) == {job}


@pytest.mark.parametrize("text", ["我没当过老师。", "我想当女招待。", "你当过老师吗？", "那是免费招待。", "我做了饭。"])
def test_no_job_denied_wished_asked_or_no_job(rules, text):
    assert not _jobs(rules, text)


# --- fondness said as a favourite, or as love that never stopped -----------------------------------------------------

@pytest.mark.parametrize("texts, fact", [
    (("嗨。", "你是我在全世界最喜欢的人。"), ("安娜", "positiveImpression", "鲍勃")),
    (("罗斯是我最喜欢的演员。",), ("鲍勃", "positiveImpression", "罗斯")),
    (("嗨。", "我从来没有停止过爱你。"), ("安娜", "positiveImpression", "鲍勃")),
    (("嗨。", "我竟然迷恋过你！"), ("安娜", "positiveImpression", "鲍勃")),
])
def test_fondness_as_a_favourite_or_love_that_never_stopped(rules, triples, texts, fact):
    assert fact in _said(rules, triples, *texts, speakers=("鲍勃", "安娜"))


@pytest.mark.parametrize("texts", [
    ("罗斯不是我最喜欢的人。",), ("罗斯是我最喜欢的人吗？",), ("罗斯是我最讨厌的人。",),
    ("嗨。", "我停止爱你了。"), ("嗨。", "如果我从来没有停止过爱你呢？"),
])
def test_no_fondness_denied_asked_the_opposite_or_stopped(rules, triples, texts):
    said = _said(rules, triples, *texts, speakers=("鲍勃", "安娜"))
    assert not {t for t in said if t[1] == "positiveImpression"}


def test_a_doctor_played_is_no_birthplace(rules, triples):
    assert not _of(_said(rules, triples, "我在戏里扮演格林医生。"), "birthPlace")
    assert ("安娜", "birthPlace", "北京") in _said(rules, triples, "我在北京出生。")
