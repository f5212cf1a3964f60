"""An employer brought in with "this" and its name is the employer by that name: "I work for this company called
Brightline" (was nothing), "my husband works for this little firm named Oakline"; "I work on this", "I work for that
guy called Dave" name no employer."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "who", "employer"), [
    ("I work for this company called Brightline.", "Ann", "Brightline"),
    ("I work at this startup called Nimbus Labs and I love it.", "Ann", "Nimbus Labs"),
    ("My husband works for this little firm named Oakline in Reno.", "Ann's husband", "Oakline"),
    ("I work at this bakery called Crumb & Co downtown.", "Ann", "Crumb & Co"),
])
def test_an_employer_by_its_name(said: str, who: str, employer: str) -> None:
    assert (who, "worksFor", employer) in kept(said), kept(said)


@pytest.mark.parametrize("said", ["I work on this every night.", "I work for that guy called Dave.", "I work at this place."])
def test_no_employer_named(said: str) -> None:
    assert not any(p == "worksFor" for _, p, _ in kept(said)), kept(said)
