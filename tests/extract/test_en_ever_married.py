""""I've been married" said as something that happened once ("twice", "before", "and divorced", an answer to "have you
ever been married?") is no marital status now; "have been married for ten years" still is
(:func:`kg_memory.extract.english.identity.r_marital_event`). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["I've been married twice, so I know how this goes.",
                                  "She has been married before, you know.",
                                  "I have been married and divorced, it's fine.",
                                  "Well, I've been married three times."])
def test_married_once_is_no_status_now(line):
    assert not {f for f in facts((1, line)) if f[1] == "maritalStatus" and f[2] == "married"}


def test_an_answer_to_ever_married_is_no_status_now():
    got = facts((1, "Have you ever been married?"), (2, "Yes. I've been married and I have a daughter."))
    assert ("Speaker 2", "maritalStatus", "married") not in got


@pytest.mark.parametrize("line", ["I've been married for ten years.", "We have been married since 2012.",
                                  "I've been happily married to Dana for six years.", "We've been married 20 years."])
def test_still_married_is_married(line):
    assert ("Speaker 1", "maritalStatus", "married") in facts((1, line))
