""""It" and "them" mean what was just told: "them" after the speaker's pets is the pets ("i fed the ducks with my
puppies , i adore them": the puppies, not the ducks' outing), "it" after a job told is the job ("i am a plumber and i
love it"), after a school the school ("i am in college and i hate it"). Being a student, a retiree or a parent tells
no job, and a thing said after the job is what "it" means. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i fed the swans with my puppies , i adore them .", ("Ann", "likes", "puppies")),
    ("just back from walking our cats . i love them !", ("Ann", "likes", "cats")),
    ("i am a plumber and i love it", ("Ann", "likes", "job")),
    ("i drive a bus for the city . i like it a lot", ("Ann", "likes", "job")),
    ("i am in college and i hate it .", ("Ann", "dislikes", "college")),
])
def test_what_was_told(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found
    assert ("Ann", "likes", "swans") not in found, found


@pytest.mark.parametrize("text", [
    "i am a student and i love it",
    "i am retired and i love it",
    "i am a plumber . i just heard coldplay , i love them",
    "i am a plumber . i took my dogs to the lake , i love it",
])
def test_no_job_liked(text: str) -> None:
    found = facts(text)
    assert not any(p == "likes" and o == "job" for _, p, o in found), found
    assert ("Ann", "likes", "dogs") not in found and ("Ann", "dislikes", "dogs") not in found, found
