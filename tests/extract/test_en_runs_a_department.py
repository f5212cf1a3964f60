"""Running a department of a workplace ("I run payroll", "she runs HR for a bank") is no running as a pastime; running
itself still is one ("I run marathons")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["I run payroll, so blame me for the late cheques.", "I run Customer Service here.",
                                  "These days I run sales for a furniture firm."])
def test_a_department_run_is_no_hobby(line: str) -> None:
    found = facts((1, "So what do you do there?"), (2, line), (1, "Sounds busy."))
    assert not any(p in ("hobby", "habit") for _, p, _ in found)


def test_running_itself_is_still_a_hobby() -> None:
    found = facts((1, "So what do you do for fun?"), (2, "I run marathons."), (1, "Sounds tiring."))
    assert any(p == "hobby" and "marathons" in o for _, p, o in found)
