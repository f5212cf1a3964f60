"""Everyday statements told to an assistant, second round: the place after the employer ("at Google in Dublin"), a
relative who just started at a company, "St." that ends no sentence, a language being learnt, a child's school, an
idol of one's youth or of one's family (我的偶像是我爸爸), "my company is doing well" (nothing owned), a kind of place
grown up in (我在农村长大), an accountant (会计) read as no modal, and an unnamed dog beside a named cat; each with
look-alike lines that must give nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept as _said


def _objects(text: str, predicate: str) -> set[str]:
    return {o for _, p, o in _said(text) if p == predicate}


@pytest.mark.parametrize(("text", "who", "org", "where"), [
    ("I work at Google in Dublin.", "Ann", "Google", "Dublin"),
    ("I work for Google in London.", "Ann", "Google", "London"),
    ("I work as a nurse at a hospital in Dublin.", "Ann", "hospital", "Dublin"),
    ("My wife works at Google in London.", "Ann's wife", "Google", "London"),
    ("I work at a cafe in Paris, Texas.", "Ann", "cafe", "Paris, Texas"),
    ("我在杭州的阿里巴巴工作", "安娜", "阿里巴巴", "杭州"),
])
def test_the_place_after_the_employer_is_where_one_works(text: str, who: str, org: str, where: str) -> None:
    facts = _said(text)
    assert {(who, "worksFor", org), (who, "workLocation", where)} <= facts, facts


@pytest.mark.parametrize("text", [
    "I work at Google in Sales.", "I work at Google in March.", "I don't work at Google in Dublin.",
    "Do you work at Google in Dublin?", "If I worked at Google in Dublin, I'd be happy.", "He works at Google in Dublin.",
])
def test_no_place_of_work_after_the_employer(text: str) -> None:
    assert not _objects(text, "workLocation"), _said(text)


@pytest.mark.parametrize(("text", "who", "org"), [
    ("My brother Tom just started at Siemens.", "Tom", "Siemens"),
    ("My brother just started at Siemens.", "Ann's brother", "Siemens"),
    ("My brother works at Siemens.", "Ann's brother", "Siemens"),
    ("I started at Google last month.", "Ann", "Google"),
])
def test_a_company_started_at_employs_one(text: str, who: str, org: str) -> None:
    assert (who, "worksFor", org) in _said(text), _said(text)


def test_a_job_started_at_a_company_in_a_city() -> None:
    facts = _said("My sister just started at Deloitte in Boston as an accountant.")
    assert {("Ann's sister", "worksFor", "Deloitte"), ("Ann's sister", "workLocation", "Boston"),
            ("Ann's sister", "jobTitle", "accountant")} <= facts, facts


@pytest.mark.parametrize("text", [
    "We started at Central Park.", "The race started at Central Park.", "I started at the gym.",
    "I didn't start at Google.", "Did you start at Google?", "We started at Disneyland and then went to the beach.",
])
def test_no_employer_started_at(text: str) -> None:
    assert not _objects(text, "worksFor"), _said(text)


@pytest.mark.parametrize(("text", "predicate", "obj"), [
    ("I work as a nurse at St. Mary's Hospital.", "worksFor", "St. Mary's Hospital"),
    ("I was born in St. Louis.", "birthPlace", "St. Louis"),
    ("I work at Google. I live in Paris.", "livesIn", "Paris"),
])
def test_an_abbreviation_ends_no_sentence(text: str, predicate: str, obj: str) -> None:
    assert obj in _objects(text, predicate), _said(text)
    assert "St" not in {o for _, _, o in _said(text)}


def test_a_street_said_last_keeps_no_full_stop() -> None:
    assert _objects("I live on Main St.", "livesIn") == {"Main St"}


@pytest.mark.parametrize(("text", "who", "hobby"), [
    ("I'm learning Spanish.", "Ann", "learning Spanish"),
    ("I've been learning Japanese for two years.", "Ann", "learning Japanese"),
    ("My daughter is learning French.", "Ann's daughter", "learning French"),
    ("我在学西班牙语", "安娜", "学西班牙语"),
])
def test_a_language_being_learnt_is_a_pastime(text: str, who: str, hobby: str) -> None:
    assert (who, "hobby", hobby) in _said(text), _said(text)


@pytest.mark.parametrize("text", [
    "Are you learning Spanish?", "I'm not learning Spanish.", "I'd like to learn Spanish.", "She is learning Spanish.",
    "I'm learning a lot.", "If I were learning Spanish, I'd go to Spain.", "你在学西班牙语吗？", "我没在学西班牙语",
])
def test_no_language_being_learnt(text: str) -> None:
    assert not _objects(text, "hobby"), _said(text)


@pytest.mark.parametrize(("text", "school"), [
    ("My son goes to Lincoln Elementary.", "Lincoln Elementary"),
    ("My son goes to Lincoln Elementary School.", "Lincoln Elementary School"),
    ("我儿子在实验小学上学", "实验小学"),
])
def test_a_childs_school(text: str, school: str) -> None:
    son = "安娜的儿子" if text.startswith("我") else "Ann's son"
    assert (son, "studiesAt", school) in _said(text), _said(text)


@pytest.mark.parametrize("text", [
    "Does your son go to Lincoln Elementary?", "My son doesn't go to Lincoln Elementary.",
    "Her son goes to Lincoln Elementary.", "My son will go to Lincoln Elementary next year.",
])
def test_no_school_of_the_child(text: str) -> None:
    assert not _objects(text, "studiesAt"), _said(text)


@pytest.mark.parametrize(("text", "who"), [
    ("My idol growing up was Michael Jordan.", "Michael Jordan"),
    ("My idol as a kid was Michael Jordan.", "Michael Jordan"),
    ("My hero is my dad.", "Ann's dad"),
    ("My hero was my grandfather.", "Ann's grandfather"),
    ("我的偶像是我爸爸", "安娜的爸爸"),
    ("我很崇拜我爸爸", "安娜的爸爸"),
    ("我最崇拜的人是我爸爸", "安娜的爸爸"),
    ("我最崇拜的人是周杰伦", "周杰伦"),
])
def test_someone_admired(text: str, who: str) -> None:
    assert who in _objects(text, "positiveImpression"), _said(text)


@pytest.mark.parametrize("text", [
    "My idol wasn't Michael Jordan.", "His idol growing up was Michael Jordan.", "Who was your idol growing up?",
    "I love my dad.", "My dad's hero is Elvis.",
    "我的偶像不是我爸爸", "他的偶像是他爸爸", "我不崇拜我爸爸", "你崇拜你爸爸吗？", "你的偶像是谁？",
])
def test_no_one_admired(text: str) -> None:
    assert not _objects(text, "positiveImpression"), _said(text)


@pytest.mark.parametrize("text", ["My company is doing well.", "My company is growing fast.", "Our company has a gym."])
def test_ones_company_doing_well_is_nothing_owned(text: str) -> None:
    assert not _said(text), _said(text)


def test_a_company_owned_stays_owned() -> None:
    assert "company" in _objects("I own a company.", "owns")


@pytest.mark.parametrize("text", ["我在农村长大", "我在乡下长大", "我在一个小县城长大", "I grew up in the countryside."])
def test_a_kind_of_place_grown_up_in_is_no_hometown(text: str) -> None:
    assert not _objects(text, "hometown"), _said(text)


@pytest.mark.parametrize(("text", "home"), [("我在北京长大", "北京"), ("我在云南的一个小村子里长大", "云南")])
def test_a_place_grown_up_in_is_the_hometown(text: str, home: str) -> None:
    assert _objects(text, "hometown") == {home}, _said(text)


@pytest.mark.parametrize(("text", "who", "org"), [
    ("我是一家银行的会计", "安娜", "银行"), ("我在一家银行当会计", "安娜", "银行"), ("我妈妈是会计", "安娜的妈妈", None),
])
def test_an_accountant_is_a_job(text: str, who: str, org: str | None) -> None:
    facts = _said(text)
    assert (who, "jobTitle", "会计") in facts, facts
    assert org is None or (who, "worksFor", org) in facts, facts


@pytest.mark.parametrize("text", ["我会计算", "我会去银行", "你是会计吗？", "我不是会计"])
def test_no_accountant(text: str) -> None:
    assert not _objects(text, "jobTitle"), _said(text)


@pytest.mark.parametrize(("text", "pets"), [
    ("I have a dog and a cat, Mochi.", {"Ann's dog", "Mochi"}),
    ("I have a dog and a cat named Mochi.", {"Ann's dog", "Mochi"}),
    ("My cat Mochi is cute and I have a dog.", {"Ann's dog", "Mochi"}),
    ("I have a dog. His name is Rex.", {"Rex"}),
    ("I have a dog, Rex.", {"Rex"}),
])
def test_an_unnamed_pet_beside_a_named_one_of_another_kind(text: str, pets: set[str]) -> None:
    assert _objects(text, "hasPet") == pets, _said(text)
