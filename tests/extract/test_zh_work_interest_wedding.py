"""Chinese statements to an assistant about work, interests and a wedding to come: 我在上海一家外企做财务 (where, for
whom, and the job, also when the job is a field of work), 我在找工作 (no employer), 我对医学很感兴趣 (liked),
我和我男朋友下个月结婚 (partners); and the look-alikes that must store nothing."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def said(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Bob", text)]) if not f.ends_every_value}


@pytest.mark.parametrize(("text", "expected"), [
    ("我在深圳一家外企做财务。", {("Bob", "workLocation", "深圳"), ("Bob", "worksFor", "外企"), ("Bob", "jobTitle", "财务")}),
    ("我在杭州一家银行工作。", {("Bob", "workLocation", "杭州"), ("Bob", "worksFor", "银行")}),
    ("我在一家医院做行政。", {("Bob", "worksFor", "医院"), ("Bob", "jobTitle", "行政")}),
    ("我在一家游戏公司做测试。", {("Bob", "jobTitle", "测试")}),
    ("我在朋友的公司做会计。", {("Bob", "jobTitle", "会计")}),  # whose company: no employer, but the job
    ("我在京东工作。", {("Bob", "worksFor", "京东")}),  # a company jieba tags as a place: the gazetteer knows it
    ("我去年跳槽到了网易。", {("Bob", "worksFor", "网易")}),
])
def test_where_for_whom_and_the_job(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= said(text)


@pytest.mark.parametrize("text", [
    "我现在在找工作。",
    "我辞职了，正在找工作。",
    "我在申请工作。",
    "我在换工作。",
    "我在家做饭。",
    "我在给孩子做蛋糕。",
])
def test_work_sought_or_done_at_home_names_no_employer(text: str) -> None:
    assert not any(p in ("worksFor", "workLocation", "jobTitle") for _, p, _ in said(text)), said(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("我对天文很感兴趣。", {"天文"}),
    ("我一直对心理学特别有兴趣。", {"心理学"}),
    ("我对历史和哲学都很感兴趣。", {"历史", "哲学"}),
    ("我不是律师，只是对法律感兴趣。", {"法律"}),
])
def test_an_interest_is_liked(text: str, liked: set[str]) -> None:
    assert liked <= {o for s, p, o in said(text) if s == "Bob" and p == "likes"}, said(text)


@pytest.mark.parametrize("text", ["我对政治不感兴趣。", "我对足球没兴趣。", "你对什么感兴趣？", "如果我对数学感兴趣就好了。"])
def test_no_interest_from_negations_and_questions(text: str) -> None:
    assert not any(p in ("likes", "dislikes") for _, p, _ in said(text)), said(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我和我男朋友下个月结婚。", ("Bob", "partner", "Bob的男朋友")),
    ("我跟女朋友明年要结婚了。", ("Bob", "partner", "Bob的女朋友")),
    ("我和女朋友订婚了。", ("Bob", "partner", "Bob的女朋友")),
    ("我和王磊国庆节结婚。", ("Bob", "partner", "王磊")),
    ("我和男朋友结婚了。", ("Bob", "spouse", "Bob的男朋友")),
])
def test_a_wedding_with_ones_partner(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said(text)


@pytest.mark.parametrize("text", [
    "我不想和男朋友结婚。",
    "你和你女朋友什么时候结婚？",
    "如果我和男朋友结婚，我们就搬家。",
    "我想和男朋友结婚。",  # a wish, no wedding set
])
def test_no_partner_from_wishes_questions_and_negations(text: str) -> None:
    assert not any(p in ("partner", "spouse") for s, p, _ in said(text) if s == "Bob"), said(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我是湖南岳阳人。", ("Bob", "hometown", "湖南岳阳")),  # jieba tags 岳阳 a name: a province before it makes it a city
    ("我老家是山东烟台的。", ("Bob", "hometown", "山东烟台")),
    ("我在湖南大学读书。", ("Bob", "studiesAt", "湖南大学")),  # a school named after its province stays a school
])
def test_a_city_named_with_its_province(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said(text), said(text)
