"""A reply that tells where one works with "at" alone, to a question about work: "Still at Accenture?" - "nah, I'm at a
fintech now" (works at the fintech, no longer at Accenture), "you still with Pfizer?" - "yup, still there" (still
works there), "Where are you working these days?" - "I'm at Canva now." Not a place ("Still at home?"), nor someone
else ("Is your brother still at Boeing?" - "Yes.": his, not the one replying), nor "Where are you?" - "I'm at Costco"."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from tests.extract.dialogue_facts import facts, turns


@pytest.mark.parametrize(("asked", "said", "works", "left"), [
    ("So, still at Accenture?", "nah, I'm at a fintech now", "fintech", "Accenture"),
    ("you still with Pfizer?", "yup, still there, eight years now", "Pfizer", None),
    ("How's the job, still at Atlassian?", "yeah still at Atlassian lol", "Atlassian", None),
    ("Where are you working these days?", "I'm at Canva now.", "Canva", None),
])
def test_where_one_works(asked: str, said: str, works: str, left: str | None) -> None:
    found = {(f.subject.label, f.predicate, getattr(f.object, "label", f.object), f.ended)
             for f in RuleExtractor().extract(turns((1, asked), (2, said)))}
    assert ("Speaker 2", "worksFor", works, False) in found, found
    assert left is None or ("Speaker 2", "worksFor", left, True) in found, found


@pytest.mark.parametrize(("asked", "said"), [
    ("Still at home?", "Yep."),
    ("Where are you?", "I'm at Costco now."),
    ("Is your brother still at Boeing?", "Yes."),
    ("Still at Deloitte?", "Nope, not anymore."),
])
def test_no_employer_of_the_one_replying(asked: str, said: str) -> None:
    found = facts((1, asked), (2, said))
    assert not any(s == "Speaker 2" and p == "worksFor" for s, p, _ in found), found
