"""One who works for a person has that person for a boss: "Dana works for me", "I work for you" (said to the one
before), "Did you meet Ruth?" - "I work for her.", "I work for Mr. Geller"; a company worked for stays an
employer ("I work for Google")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(*texts: str, speakers: tuple[str, ...] = ("Speaker 1", "Speaker 2", "Speaker 3")) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("texts", "fact"), [
    (("Who's the kid at the register?", "That's Marguerite. Marguerite works for me.", "Cute."),
     ("Marguerite", "boss", "Speaker 2")),
    (("Did you meet Ruth yet?", "Meet her? I work for her.", "Yikes."), ("Speaker 2", "boss", "Ruth")),
    (("Stop giving me orders.", "I work for you, remember?", "Ha."), ("Speaker 2", "boss", "Speaker 1")),
    (("What do you do now?", "I work for Dr. Abernathy, at the clinic.", "Nice."), ("Speaker 2", "boss", "Dr. Abernathy")),
])
def test_one_worked_for_who_is_a_person_is_the_boss(texts: tuple[str, ...], fact: tuple[str, str, str]) -> None:
    assert fact in _facts(*texts)


def test_you_work_for_me_between_two() -> None:
    facts = _facts("I quit.", "Not yet. Until Friday, you work for me.", speakers=("Kai", "Rosa"))
    assert ("Kai", "boss", "Rosa") in facts


def test_a_company_worked_for_is_no_boss() -> None:
    facts = _facts("What do you do now?", "I work for Google, in ads.", "Nice.")
    assert ("Speaker 2", "worksFor", "Google") in facts
    assert not any(p == "boss" for _, p, _ in facts)


@pytest.mark.parametrize(("said", "boss"), [
    ("I work for a guy named Desmond now, he runs two car washes.", "Desmond"),
    ("My cousin works for this lady called Ingrid Holm as her assistant.", None),
    ("These days I work for an older woman named Beatrice, out in Tulsa.", "Beatrice"),
])
def test_a_person_worked_for_by_kind_is_no_employer(said: str, boss: str | None) -> None:
    facts = _facts("So what are you up to these days?", said, "Oh nice.")
    assert not any(p == "worksFor" for _, p, _ in facts), facts
    if boss is not None:
        assert ("Speaker 2", "boss", boss) in facts, facts


def test_the_job_with_a_person_worked_for() -> None:
    facts = _facts("What did you do after college?", "I worked for a family in Lisbon as a nanny.", "Fun!")
    assert ("Speaker 2", "jobTitle", "nanny") in facts
    assert not any(p == "worksFor" for _, p, _ in facts), facts
