"""More short answers to what an assistant asks: a relative's name or home ("What's your sister's name?" - "Priya"),
how long one has lived somewhere, a best friend, the kind of music one likes, where one was born and grew up, a
status said in one word (离了); and the statements those answers make (several allergies, a best friend who is also
a roommate, a pet name such as 小雪). Invented lines."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn

WHEN = datetime(2026, 5, 1, 9, 0)


def facts(*texts: str) -> set[tuple[str, str, str]]:
    """What a chat of the assistant and Ann (安娜 in Chinese) gives, its turns alternating from the assistant."""
    user = "安娜" if any("\u4e00" <= ch <= "\u9fff" for ch in "".join(texts)) else "Ann"
    turns = [Turn("c", str(i), "Assistant" if i % 2 == 0 else user, t, WHEN) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("question", "reply", "expected"), [
    ("Where are you from originally?", "born in Lima but grew up in Denver",
     {("Ann", "birthPlace", "Lima"), ("Ann", "hometown", "Denver")}),
    ("Any siblings?", "two younger sisters", {("Ann", "sibling", "Ann's two sisters")}),
    ("What kind of music do you listen to?", "mostly blues and some old school funk",
     {("Ann", "likes", "blues"), ("Ann", "likes", "old school funk")}),
    ("Where do your parents live?", "in Tampa, near the beach", {("Ann's parents", "livesIn", "Tampa")}),
    ("Where does your wife work?", "at a dental clinic", {("Ann's wife", "worksFor", "dental clinic")}),
    ("What does your brother do?", "he's a firefighter", {("Ann's brother", "jobTitle", "firefighter")}),
    ("How long have you lived in Seattle?", "about six years", {("Ann", "livesIn", "Seattle")}),
    ("Who's your best friend?", "my neighbor Rosa", {("Ann", "friend", "Rosa"), ("Ann", "neighbor", "Rosa")}),
    ("你结婚了吗？", "早就离了", {("安娜", "maritalStatus", "divorced")}),
    ("你妹妹叫什么名字？", "周敏", {("安娜", "sibling", "周敏")}),
    ("你家的猫叫什么？", "小白，是只英短", {("安娜", "hasPet", "小白")}),
    ("你老公在哪里上班？", "在一家医院", {("安娜的老公", "worksFor", "医院")}),
    ("你弟弟住在哪儿？", "前年搬到了杭州。", {("安娜的弟弟", "livesIn", "杭州")}),
    ("你在深圳住了多久了？", "差不多五年", {("安娜", "livesIn", "深圳")}),
    ("你最好的朋友是谁？", "我高中同学小美", {("安娜", "friend", "小美")}),
    ("你喜欢听什么音乐？", "主要听摇滚", {("安娜", "likes", "摇滚")}),
    ("你平时运动吗？", "每周去游泳", {("安娜", "habit", "游泳")}),
    ("你大学在哪里读的？", "南京大学，学的法律", {("安娜", "educatedAt", "南京大学"), ("安娜", "fieldOfStudy", "法律")}),
    ("Where do you live these days?", "just outside of Tulsa", {("Ann", "livesIn", "Tulsa")}),
    ("你爸爸在哪里工作？", "在医院当保安", {("安娜的爸爸", "jobTitle", "保安"), ("安娜的爸爸", "worksFor", "医院")}),
])
def test_a_short_answer_is_the_statement_asked_for(question: str, reply: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts(question, reply)
    assert expected <= found, found


@pytest.mark.parametrize(("question", "reply"), [
    ("Where does your sister live?", "no idea honestly"),
    ("你哥哥住在哪儿？", "不知道"),
    ("How long have you lived in Seattle?", "too long lol"),
])
def test_no_answer_gives_nothing_of_the_one_asked_about(question: str, reply: str) -> None:
    assert not any(p in ("livesIn", "worksFor") for _, p, _ in facts(question, reply)), facts(question, reply)


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm allergic to peanuts, shellfish and latex.", {"allergic to peanuts", "allergic to shellfish", "allergic to latex"}),
])
def test_several_allergies_are_each_kept(text: str, expected: set[str]) -> None:
    assert expected <= {o for _, p, o in facts("Hi!", text) if p == "trait"}


@pytest.mark.parametrize(("text", "expected"), [
    ("My best friend is my coworker Dana.", {("Ann", "friend", "Dana"), ("Ann", "colleague", "Dana")}),
    ("my dad is my best friend", {("Ann", "friend", "Ann's dad"), ("Ann", "parent", "Ann's dad")}),
    ("My best friend is my older sister.", {("Ann", "friend", "Ann's sister"), ("Ann", "sibling", "Ann's sister")}),
])
def test_one_person_tied_twice(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts("Hi!", text)
    assert expected <= found, found
    assert not any(o in ("Ann's friend", "Ann's best friend") for _, _, o in found), found


@pytest.mark.parametrize(("text", "fact"), [
    ("我女儿叫小雪。", ("安娜", "child", "小雪")),
    ("我闺蜜是阿美。", ("安娜", "friend", "阿美")),
    ("我最好的朋友是我的同事小琳。", ("安娜", "friend", "小琳")),
])
def test_a_pet_name_of_a_person_is_a_name(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts("你好！", text), facts("你好！", text)


@pytest.mark.parametrize("text", ["小心点。", "今天下小雪了。", "我女儿是小学老师。"])
def test_words_with_xiao_are_no_names(text: str) -> None:
    assert not any(o.startswith("小") and p in ("child", "friend", "name") for _, p, o in facts("你好！", text))


@pytest.mark.parametrize(("text", "fact"), [
    ("我在南京读了大学。", ("安娜", "educatedAt", "南京")),
    ("我在复旦读了四年书。", ("安娜", "educatedAt", "复旦")),
])
def test_a_school_finished_said_with_le_is_where_one_studied(text: str, fact: tuple[str, str, str]) -> None:
    found = facts("你好！", text)
    assert fact in found and not any(p == "fieldOfStudy" for _, p, _ in found), found


@pytest.mark.parametrize(("text", "fact"), [
    ("我表姐嫁给了一个叫王涛的人。", ("安娜的表姐", "spouse", "王涛")),
    ("我舅舅是个木匠。", ("安娜的舅舅", "jobTitle", "木匠")),
    ("我老公开出租车。", ("安娜的老公", "jobTitle", "出租车司机")),
    ("我弟弟跑滴滴。", ("安娜的弟弟", "jobTitle", "滴滴司机")),
])
def test_chinese_ties_and_jobs_said_plainly(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts("你好！", text), facts("你好！", text)


@pytest.mark.parametrize("text", ["我嫁给了有钱的人。", "我今天坐出租车去的。", "我不开出租车。"])
def test_no_spouse_or_driver_where_none_is_said(text: str) -> None:
    assert not any(p in ("spouse", "jobTitle") for _, p, _ in facts("你好！", text)), facts("你好！", text)


def test_a_pet_had_once_and_named_is_history() -> None:
    turns = [Turn("c", "1", "安娜", "我小时候养过一只猫叫花花。", WHEN)]
    ended = {(f.predicate, str(getattr(f.object, "label", f.object)), f.ended) for f in RuleExtractor().extract(turns)}
    assert ("hasPet", "花花", True) in ended, ended
    unnamed = [Turn("c", "1", "安娜", "我以前养过一只狗。", WHEN)]
    assert not RuleExtractor().extract(unnamed)  # no ending that would close the dog of now
