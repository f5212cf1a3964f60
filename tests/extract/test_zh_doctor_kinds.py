"""A kind of doctor taken as a job (当麻醉医生, 做牙科医生, 是一名麻醉医生) names no Dr. 麻醉; a name with its title (格林医生)
still names the doctor."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, kept


@pytest.mark.parametrize("line", ["我在县医院当麻醉医生。", "我姐在诊所做麻醉医生。", "我是一名麻醉医生。", "我想成为麻醉医生。"])
def test_a_kind_of_doctor_names_no_one(line: str) -> None:
    assert not any(s.startswith("麻醉") for s, _, _ in kept(line)), kept(line)


def test_the_job_taken_is_kept() -> None:
    assert ("安娜", "jobTitle", "麻醉医生") in kept("我在县医院当麻醉医生。")


def test_a_name_with_its_title_still_names_the_doctor() -> None:
    assert ("格林", "jobTitle", "医生") in facts((1, "格林医生说你没事。"), (2, "太好了。"))
