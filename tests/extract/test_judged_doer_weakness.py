""""I'm a terrible cook", "my husband is a lousy driver", "I'm not a very good swimmer": a weakness in the everyday
activity (cooking, driving, swimming), as "I'm bad at cooking" is; a judged trade or a praised doer is none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("line", "subject", "activity"), [
    ("I'm a terrible cook.", "Ann", "cooking"),
    ("Honestly I am a really lousy driver, so I take the bus.", "Ann", "driving"),
    ("My husband is a really awful dancer.", "Ann's husband", "dancing"),
    ("I'm not a very good swimmer.", "Ann", "swimming"),
    ("I am not a great singer, but I love karaoke.", "Ann", "singing"),
])
def test_a_judged_doer_is_a_weakness(line: str, subject: str, activity: str) -> None:
    assert (subject, "weakness", activity, False) in told(line)


@pytest.mark.parametrize("line", ["I'm a good cook.", "I'm a terrible nurse.", "She's a bad loser.",
                                  "He's not a bad singer.", "Am I a terrible cook?", "I'm not a good nurse."])
def test_no_weakness(line: str) -> None:
    assert not [f for f in told(line) if f[1] == "weakness"]
