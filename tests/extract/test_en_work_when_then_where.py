"""When or how much one works may come before the job or the workplace: "I work nights as a paramedic", "i work long
hours at a call center", "i work a lot in a warehouse", "I work weekends as a lifeguard at the Y" store the job and the
employer (nothing was stored after "long hours", "a lot", or "nights as"). Working hard, a lot with people, or long hours
on one's own car name no employer."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "facts"), [
    ("I work nights as a paramedic.", [("jobTitle", "paramedic")]),
    ("i work long hours at a call center", [("worksFor", "call center")]),
    ("i work a lot in a warehouse so i'm tired", [("worksFor", "warehouse")]),
    ("i work long hours as a nurse at a clinic", [("jobTitle", "nurse"), ("worksFor", "clinic")]),
    ("I work evenings as a cashier.", [("jobTitle", "cashier")]),
])
def test_the_job_after_when(said: str, facts: list[tuple[str, str]]) -> None:
    found = told(said)
    for predicate, obj in facts:
        assert ("Ann", predicate, obj, False) in found, found


@pytest.mark.parametrize("said", [
    "i work hard at school",
    "I work a lot with kids.",
    "i work long hours on my truck",
    "I work a lot as it is.",
    "do you work nights as a nurse?",
])
def test_no_employer_or_job(said: str) -> None:
    assert not any(p in ("worksFor", "jobTitle") for _, p, _, _ in told(said)), told(said)
