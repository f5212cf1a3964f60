"""Plain statements about oneself that a first user types, in both languages: "我是李娜" names the
speaker, "我是中国人" gives the nationality 中国 (before: "是中国"), a city one works in is a work
location, not an employer ("I work in Berlin" gave an organisation called Berlin), "my mom's name is
Linda" names the relative, "I just started a new job at Amazon" gives the employer, and 我哥哥是医生 gives
the brother's job (these three gave nothing); "two kids named Emma and Jack" names both (Jack was lost)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def facts(text: str) -> set[tuple[str, str, str, str | None]]:
    found = RuleExtractor().extract([Turn("c", "1", "Ann", text)])
    return {(f.subject.label, f.predicate, getattr(f.object, "label", str(f.object)), getattr(f.object, "type", None))
            for f in found}


@pytest.mark.parametrize(("text", "expected"), [
    ("我是李娜。", ("Ann", "name", "李娜", None)),
    ("大家好，我是张伟，我住在上海。", ("Ann", "name", "张伟", None)),
    ("我是中国人。", ("Ann", "nationality", "中国", "Place")),
    ("我是一个美国人", ("Ann", "nationality", "美国", "Place")),
    ("I work in Berlin.", ("Ann", "workLocation", "Berlin", "Place")),
    ("我在北京工作。", ("Ann", "workLocation", "北京", "Place")),
    ("I work at Google.", ("Ann", "worksFor", "Google", "Organization")),
    ("我在谷歌工作。", ("Ann", "worksFor", "谷歌", "Organization")),
    ("My mom's name is Linda.", ("Ann", "parent", "Linda", "Person")),
    ("I just started a new job at Amazon.", ("Ann", "worksFor", "Amazon", "Organization")),
    ("我哥哥是医生。", ("Ann的哥哥", "jobTitle", "医生", None)),
    ("我的妹妹是李娜。", ("Ann", "sibling", "李娜", "Person")),
    ("I have two kids named Emma and Jack.", ("Ann", "child", "Jack", "Person")),
    ("I have three sons, Tom, Ben and Max.", ("Ann", "child", "Max", "Person")),
    ("My sister's name is Mia and she lives in Rome.", ("Ann", "sibling", "Mia", "Person")),
])
def test_a_plain_statement_gives_its_fact(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert expected in facts(text)


@pytest.mark.parametrize("text", ["我不是李娜。", "你是李娜吗？", "如果我是李娜，我会去。", "他是张伟。", "我是张伟的朋友。"])
def test_no_name_for_the_speaker_unless_they_say_it_is_theirs(text: str) -> None:
    assert not {f for f in facts(text) if f[1] == "name"}


@pytest.mark.parametrize("text", ["我不是美国人。", "你是中国人吗？", "I do not work in Paris.", "我不在北京工作。",
                                  "My sister's name isn't Mia.", "Is my sister's name Mia?",
                                  "I did not start a new job at Amazon.", "If I started a new job at Amazon, I'd move."])
def test_negated_and_asked_give_nothing(text: str) -> None:
    assert not {f for f in facts(text) if f[1] in ("nationality", "workLocation", "worksFor") or f[2] == "Mia"}


@pytest.mark.parametrize("text", ["我哥哥不是医生。", "你哥哥是医生吗？"])
def test_a_relative_s_job_denied_or_asked_is_no_job(text: str) -> None:
    assert not {f for f in facts(text) if f[1] == "jobTitle"}


@pytest.mark.parametrize("text", ["I don't have two kids named Emma and Jack.", "Do you have two kids named Emma and Jack?",
                                  "I have two brothers, Monday and Tuesday are busy."])
def test_no_named_children_when_denied_asked_or_not_names(text: str) -> None:
    assert not {f for f in facts(text) if f[2] in ("Emma", "Jack", "Monday", "Tuesday")}
