"""Thanks or a greeting said before a surname and a title is no part of a name: "谢谢王医生。" gave a doctor named
"谢谢王"; a surname alone before 医生 names nobody said of (the one thanked is the speaker spoken to, who may be the
doctor: :mod:`kg_memory.extract.called_titles`), while a name thanked ("多谢伯克大夫。") is still a doctor."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("text", ["谢谢王医生。", "谢谢张医生，您辛苦了。", "麻烦刘大夫了。", "您好，赵医生！"])
def test_thanks_before_a_surname_and_a_title_names_no_doctor(text: str) -> None:
    got = facts((1, "好了，没事了。"), (2, text))
    assert not any(p == "jobTitle" and s != "Speaker 1" for s, p, o in got), got


@pytest.mark.parametrize(("text", "name"), [("多谢伯克大夫。", "伯克"), ("谢谢你，格林医生。", "格林")])
def test_a_name_thanked_with_its_title_is_still_a_doctor(text: str, name: str) -> None:
    got = facts((1, "好了，没事了。"), (2, text))
    assert (name, "jobTitle", "医生") in got, got
