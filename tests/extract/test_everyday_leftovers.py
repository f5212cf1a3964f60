"""Everyday statements told to an assistant that the rules misread or missed: idols, where one's company is, a home
that is no place (住在老家), studies over, pets named after a comma, a retired job, "the name's ...", a hometown that is
a kind of place, and a pet name ending in 哈; each with look-alike lines that must give nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told as _facts


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in _facts(text)}  # endings included


@pytest.mark.parametrize(("text", "who"), [
    ("My idol is Taylor Swift.", "Taylor Swift"),
    ("My role model is Michelle Obama.", "Michelle Obama"),
    ("我的偶像是周杰伦", "周杰伦"),
])
def test_an_idol_is_someone_admired(text: str, who: str) -> None:
    speaker = "安娜" if text.startswith("我") else "Ann"
    assert (speaker, "positiveImpression", who) in _said(text), _said(text)


@pytest.mark.parametrize("text", [
    "Who is your idol?", "My idol isn't Taylor Swift.", "If my idol were Taylor Swift, I'd sing.",
    "Her idol is Taylor Swift.", "你的偶像是谁？", "我的偶像不是周杰伦", "他的偶像是周杰伦",
])
def test_no_idol_of_the_speaker(text: str) -> None:
    assert not any(p == "positiveImpression" for _, p, _ in _said(text)), _said(text)


@pytest.mark.parametrize(("text", "where"), [
    ("My company is in Shenzhen.", "Shenzhen"),
    ("My company is based in Shenzhen.", "Shenzhen"),
    ("My office is in Midtown.", "Midtown"),
    ("Our office is in Midtown.", "Midtown"),
    ("我们公司在深圳南山", "深圳南山"),
    ("我的公司在深圳", "深圳"),
    ("我在深圳南山工作", "深圳南山"),
])
def test_where_ones_company_is_is_where_one_works(text: str, where: str) -> None:
    facts = _said(text)
    speaker = "安娜" if text.startswith("我") else "Ann"
    assert (speaker, "workLocation", where) in facts, facts
    assert not any(p in ("owns", "worksFor") for _, p, _ in facts), facts


@pytest.mark.parametrize("text", [
    "My company is in trouble.", "My office is in the basement.", "My company isn't in Shenzhen.",
    "Is my office in Midtown?", "His company is in Shenzhen.",
    "我们公司在招人", "我们公司不在深圳", "你们公司在哪里？", "他们公司在深圳",
])
def test_no_workplace_named(text: str) -> None:
    assert not any(p == "workLocation" for _, p, _ in _said(text)), _said(text)


def test_home_said_as_home_is_no_place() -> None:
    assert not any(p == "livesIn" for _, p, _ in _said("我妈妈住在老家")), _said("我妈妈住在老家")
    assert not any(p == "livesIn" for _, p, _ in _said("我住在家里")), _said("我住在家里")
    assert ("安娜", "hometown", "湖南") in _said("我老家在湖南")
    assert ("安娜的妈妈", "livesIn", "北京") in _said("我妈妈住在北京")


@pytest.mark.parametrize(("text", "school", "field"), [
    ("I studied economics at Stanford.", "Stanford", "economics"),
    ("I majored in history at UCLA.", "UCLA", "history"),
    ("I studied at Stanford.", "Stanford", None),
])
def test_studies_over_are_a_school_one_was_educated_at(text: str, school: str, field: str | None) -> None:
    facts = _said(text)
    assert ("Ann", "educatedAt", school) in facts and ("Ann", "studiesAt", school) not in facts, facts
    assert field is None or ("Ann", "fieldOfStudy", field) in facts, facts


def test_studies_under_way_stay_studies() -> None:
    assert {("Ann", "studiesAt", "Stanford"), ("Ann", "fieldOfStudy", "economics")} \
        <= _said("I study economics at Stanford.")
    assert not any(p in ("studiesAt", "educatedAt") for _, p, _ in _said("I didn't study at Stanford."))


@pytest.mark.parametrize("text", ["I studied in Paris for a year.", "I study in Berlin."])
def test_a_city_studied_in_is_no_school(text: str) -> None:
    facts = _said(text)
    assert not any(p in ("studiesAt", "educatedAt", "fieldOfStudy") for _, p, _ in facts), facts


@pytest.mark.parametrize(("text", "names"), [
    ("I have a dog, Rex.", {"Rex"}),
    ("I have a cat, Mochi!", {"Mochi"}),
    ("I have a dog, Rex, and a cat, Mochi.", {"Rex", "Mochi"}),
    ("I have a cat called Mochi.", {"Mochi"}),
    ("We have two cats, Luna and Sol.", {"Luna", "Sol"}),
])
def test_a_pet_named_after_a_comma(text: str, names: set[str]) -> None:
    assert {o for _, p, o in _said(text) if p == "hasPet"} == names, _said(text)


@pytest.mark.parametrize("text", [
    "I have a dog, Tom, did you know?", "I have a dog, Monday.", "I have a dog, Thanks.", "I have two dogs, Max.",
])
def test_a_name_called_is_no_pets_name(text: str) -> None:
    pets = {o for _, p, o in _said(text) if p == "hasPet"}
    assert pets and not pets & {"Tom", "Monday", "Thanks", "Max"}, pets


@pytest.mark.parametrize("text", ["I don't have a dog, Rex.", "Do you have a dog, Rex?"])
def test_no_pet_had(text: str) -> None:
    assert not any(p == "hasPet" for _, p, _ in _said(text)), _said(text)


@pytest.mark.parametrize(("text", "who", "job"), [
    ("My mom is a retired nurse.", "Ann's mom", "nurse"),
    ("I'm a retired teacher.", "Ann", "teacher"),
])
def test_a_retired_job_is_one_ended_job(text: str, who: str, job: str) -> None:
    facts = _facts(text)
    assert (who, "jobTitle", job, True) in facts, facts
    assert not any(s == who and p == "jobTitle" and not ended for s, p, _, ended in facts), facts


def test_retired_alone_and_no_retirement() -> None:
    assert ("Ann", "jobTitle", "retired", False) in _facts("I'm retired.")
    assert not any(p == "jobTitle" for _, p, _ in _said("My dad isn't a retired nurse."))


@pytest.mark.parametrize("text", ["The name's Joey.", "The name is Joey.", "Name's Joey."])
def test_the_name_said_is_the_speakers(text: str) -> None:
    assert ("Ann", "name", "Joey") in _said(text), _said(text)


@pytest.mark.parametrize("text", ["The name is hard to spell.", "The name's not Joey.", "The name's on the list."])
def test_no_name_said(text: str) -> None:
    assert not any(p == "name" for _, p, _ in _said(text)), _said(text)


@pytest.mark.parametrize(("text", "town"), [
    ("I grew up in a small town in Ohio.", "Ohio"),
    ("I grew up on a farm in Iowa.", "Iowa"),
    ("I grew up in the suburbs of Chicago.", "Chicago"),
    ("I'm from a small town in Russia.", "Russia"),
    ("I grew up in Ohio.", "Ohio"),
])
def test_a_hometown_is_the_place_named(text: str, town: str) -> None:
    assert {o for _, p, o in _said(text) if p == "hometown"} == {town}, _said(text)


@pytest.mark.parametrize("text", [
    "I grew up in a small town.", "I grew up in the countryside.", "I grew up in a big city.", "I grew up in the 90s.",
    "I grew up in the bad years.", "I'm from a big family.", "I didn't grow up in Ohio.",
])
def test_no_hometown_named(text: str) -> None:
    assert not any(p == "hometown" for _, p, _ in _said(text)), _said(text)


@pytest.mark.parametrize(("text", "names"), [
    ("我有一条哈士奇，它叫二哈", {"二哈"}),
    ("我家狗叫二哈", {"二哈"}),
    ("我有两只猫，一只叫二哈，一只叫球球", {"二哈", "球球"}),
    ("我养了一条金毛，叫饼干", {"饼干"}),
])
def test_a_pet_name_ending_in_ha_keeps_it(text: str, names: set[str]) -> None:
    assert names <= {o for _, p, o in _said(text) if p == "hasPet"}, _said(text)
    assert "二" not in {o for _, p, o in _said(text)}, _said(text)


@pytest.mark.parametrize(("text", "facts"), [
    ("我是谷歌的软件工程师", {("安娜", "worksFor", "谷歌"), ("安娜", "jobTitle", "软件工程师")}),
    ("我是腾讯的员工", {("安娜", "worksFor", "腾讯")}),
    ("我有糖尿病", {("安娜", "trait", "糖尿病")}),
    ("我妈妈有高血压", {("安娜的妈妈", "trait", "高血压")}),
])
def test_chinese_jobs_at_employers_and_illnesses(text: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= _said(text), _said(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("我是小王的老师", "worksFor"), ("我是北京的医生", "worksFor"), ("我是北京大学的学生", "worksFor"),
    ("我没有糖尿病", "trait"), ("如果我有糖尿病怎么办？", "trait"),
])
def test_no_employer_nor_illness(text: str, predicate: str) -> None:
    assert not any(p == predicate for _, p, _ in _said(text)), _said(text)
