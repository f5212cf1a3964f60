"""Chinese: in-laws and step-parents by their everyday names are relatives: 我小叔子在日本留学, 我丈母娘是老师, 我老丈人住在
青岛, 我公婆住在杭州, 我继母是医生 (a parent), as 我岳父, 我嫂子 are."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "kin", "predicate", "fact"), [
    ("我小叔子在深圳上班", "小叔子", "relative", ("workLocation", "深圳")),
    ("我丈母娘是小学老师", "丈母娘", "relative", ("jobTitle", "小学老师")),
    ("我老丈人住在大连", "老丈人", "relative", ("livesIn", "大连")),
    ("我公婆住在杭州", "公婆", "relative", ("livesIn", "杭州")),
    ("我大舅子是律师", "大舅子", "relative", ("jobTitle", "律师")),
    ("我妯娌在医院工作", "妯娌", "relative", ("worksFor", "医院")),
    ("我继母是医生", "继母", "parent", ("jobTitle", "医生")),
])
def test_an_in_law_by_its_everyday_name_is_a_relative(line: str, kin: str, predicate: str, fact: tuple[str, str]) -> None:
    got = kept(line)
    assert ("安娜", predicate, f"安娜的{kin}") in got
    assert (f"安娜的{kin}", *fact) in got
