"""Chinese rules (jieba), including the two required sentences."""

from __future__ import annotations

from datetime import date

import pytest

from kg_memory.extract import detect_language
from kg_memory.types import Entity, Turn


def test_required_birth_place(rules):
    facts = rules.extract([Turn("c", "1", "Ann", "张三出生于北京。")])
    assert [(f.subject, f.predicate, f.object) for f in facts] == [
        (Entity("张三", "Person"), "birthPlace", Entity("北京", "Place"))]


def test_required_lives_in(rules):
    facts = rules.extract([Turn("c", "1", "Ann", "李四住在上海。")])
    assert [(f.subject, f.predicate, f.object) for f in facts] == [
        (Entity("李四", "Person"), "livesIn", Entity("上海", "Place"))]


@pytest.mark.parametrize("text, expected", [
    ("我叫李雷。", ("小明", "name", "李雷")),
    ("我今年二十五岁。", ("小明", "age", 25)),
    ("我是男的。", ("小明", "gender", "male")),
    ("我出生在杭州。", ("小明", "birthPlace", "杭州")),
    ("我1990年5月3日出生。", ("小明", "birthDate", date(1990, 5, 3))),
    ("我住在上海很多年了。", ("小明", "livesIn", "上海")),
    ("我在阿里巴巴工作。", ("小明", "worksFor", "阿里巴巴")),
    ("我是一名医生。", ("小明", "jobTitle", "医生")),
    ("我在北京大学读书。", ("小明", "studiesAt", "北京大学")),
    ("我毕业于清华大学。", ("小明", "educatedAt", "清华大学")),
    ("我有两个儿子。", ("小明", "child", "小明的两个儿子")),
    ("我的妻子叫王芳。", ("小明", "spouse", "王芳")),
    ("我养了一只猫，叫咪咪。", ("小明", "hasPet", "咪咪")),
    ("我有一辆车。", ("小明", "owns", "车")),
    ("我喜欢游泳和打篮球。", ("小明", "likes", "打篮球")),
    ("我讨厌下雨。", ("小明", "dislikes", "下雨")),
    ("我最喜欢的颜色是蓝色。", ("小明", "favorite", "蓝色")),
    ("我的爱好是摄影。", ("小明", "hobby", "摄影")),
    ("我每天跑步。", ("小明", "habit", "跑步")),
    ("我会说英语和法语。", ("小明", "speaks", "法语")),
    ("我吃素。", ("小明", "diet", "vegetarian")),
    ("我信佛教。", ("小明", "religion", "Buddhist")),
    ("我想成为一名老师。", ("小明", "goal", "成为老师")),
])
def test_categories(rules, triples, text, expected):
    assert expected in triples(rules.extract([Turn("c", "1", "小明", text)]))


def test_wo_is_the_speaker_and_ni_the_other(rules, triples):
    turns = [Turn("c", "1", "小明", "我住在北京。"), Turn("c", "2", "小红", "你住在北京，我住在广州。")]
    found = triples(rules.extract(turns))
    assert {("小明", "livesIn", "北京"), ("小红", "livesIn", "广州")} <= found


def test_ta_follows_the_last_person_of_that_gender(rules, triples):
    turns = [Turn("c", "1", "小明", "我妹妹叫小红。"), Turn("c", "2", "小明", "她在北京大学读书。")]
    assert ("小红", "studiesAt", "北京大学") in triples(rules.extract(turns))


def test_negation_gives_dislike(rules, triples):
    found = triples(rules.extract([Turn("c", "1", "小明", "我不喜欢猫。")]))
    assert found == {("小明", "dislikes", "猫")}


@pytest.mark.parametrize("text", ["你喜欢狗吗？", "你住在哪里？", "如果我住在罗马就好了。", "我希望住在罗马。", "我不住在北京。"])
def test_questions_hypotheticals_and_negations_give_nothing(rules, text):
    assert rules.extract([Turn("c", "1", "小明", text)]) == []


def test_event_time(rules, now):
    facts = rules.extract([Turn("c", "1", "小明", "我去年五月去了巴黎。", now)])
    assert [(f.predicate, f.object, f.occurred_at) for f in facts] == [("visited", Entity("巴黎", "Place"), date(2023, 5, 1))]


@pytest.mark.parametrize("text", ["我去年夏天去了云南。", "去年夏天我们去了云南旅游。", "我夏天去了云南。"])
def test_a_visit_in_a_season_is_dated_to_it(rules, now, text):
    # was: nothing (a season between the subject and the verb was no time, so the verb did not follow the subject)
    facts = rules.extract([Turn("c", "1", "小明", text, now)])
    assert [(f.predicate, f.object) for f in facts] == [("visited", Entity("云南", "Place"))]
    assert facts[0].occurred_at.month == 6 and facts[0].occurred_at.year < now.year


def test_provenance(rules, now):
    fact = rules.extract([Turn("c9", "t3", "小明", "我住在上海。", now)])[0]
    assert (fact.sources[0].conversation, fact.sources[0].turn, fact.sources[0].speaker, fact.sources[0].time) == ("c9", "t3", "小明", now)
    assert 0 < fact.confidence <= 1


def test_language_is_detected_per_turn(rules, triples):
    assert detect_language("I live in Paris") == "en" and detect_language("我住在巴黎") == "zh"
    turns = [Turn("c", "1", "Ann", "I live in Paris."), Turn("c", "2", "小明", "我住在上海。")]
    assert triples(rules.extract(turns)) == {("Ann", "livesIn", "Paris"), ("小明", "livesIn", "上海")}


def test_jieba_is_quiet(capfd):
    import subprocess
    import sys

    code = "from kg_memory.extract import RuleExtractor; from kg_memory.types import Turn; RuleExtractor().extract([Turn('c','1','A','我住在上海。')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stderr == "" and result.stdout == ""
