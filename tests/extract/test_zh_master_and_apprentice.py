"""他是我师傅 / 这是我徒弟罗小川: the master one learned a trade from is one's boss, an apprentice one's employee; no
job title 我师傅 for the master."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_master_is_the_boss() -> None:
    got = facts((1, "张建国下个月就退休了。"), (2, "我知道，他是我师傅，我进车间就是他带的。"), (1, "难怪你们感情这么好。"))
    assert not any(p == "jobTitle" and "我" in o for _, p, o in got), got
    assert any(s == "Speaker 2" and p == "boss" for s, p, _ in got), got


def test_the_apprentice_is_the_employee() -> None:
    got = facts((1, "这小伙子是谁？"), (2, "这是我徒弟罗小川，跟我学了两年了。"), (1, "挺精神的。"))
    assert ("Speaker 2", "employee", "罗小川") in got, got
