"""Chief officers named by their initials are jobs like "CEO" (issue 13): "I'm the CTO here at ...", "she's our CFO".
Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, title", [
    ("I'm the CTO here at Brightwater.", "cto"),
    ("I'm the CFO, so the budget is my problem.", "cfo"),
    ("I'm the COO at a shipping firm.", "coo"),
])
def test_a_chief_officer_is_a_job_title(line, title):
    assert ("Speaker 2", "jobTitle", title) in facts((1, "So what do you do?"), (2, line), (1, "Nice."))
