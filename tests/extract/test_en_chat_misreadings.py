"""Wrong facts read from long chat turns (a sample of LoCoMo facts read in context): a wish said to someone
("Enjoy the views!") taken as the speaker's liking, "work as a team" as a job, and "joined an online..." cut
to "n online...". Each with the statements beside it that must still give their fact."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bob", "Hi."), Turn("c", "2", "Ann", text), Turn("c", "3", "Bob", "Ok.")]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize("text", [
    "Enjoy the fresh air and the views. Have fun!",
    "Enjoy your trip!",
    "Enjoy every minute of it.",
])
def test_enjoy_said_to_someone_is_no_liking_of_the_speaker(text: str) -> None:
    assert not any(p == "likes" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("Love hiking with my dogs.", "hiking with my dogs"),
    ("Enjoy hiking a lot, especially in autumn.", "hiking"),
    ("I enjoy the views from my balcony.", "views"),
])
def test_a_liking_with_the_i_left_out_stays(text: str, liked: str) -> None:
    assert ("Ann", "likes", liked) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "This is a one-time experience to learn something new and work as a team.",
    "I work as a team with my brother.",
    "We work as one.",
    "I work as hard as I can.",
])
def test_working_as_a_team_or_as_hard_is_no_job(text: str) -> None:
    assert not any(p in ("jobTitle", "worksFor") for _, p, _ in _facts(text)), _facts(text)


def test_working_as_a_nurse_is_still_a_job() -> None:
    assert {("Ann", "jobTitle", "nurse"), ("Ann", "worksFor", "hospital")} <= _facts("I work as a nurse at the hospital.")


@pytest.mark.parametrize(("text", "group"), [
    ("I joined an online gaming tournament yesterday.", "online gaming tournament"),
    ("I joined an orchestra last year.", "orchestra"),
    ("I joined the army.", "army"),
    ("I belong to a book club.", "book club"),
])
def test_what_was_joined_keeps_its_first_letter(text: str, group: str) -> None:
    assert ("Ann", "memberOf", group) in _facts(text), _facts(text)
