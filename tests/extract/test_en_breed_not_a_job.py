"""A dog's breed ending like a trade ("terrier", "retriever") is no job: "Rex's the terrier" tells what Rex is, not
his work; a known trade in the same form is still one ("I'm a boxer")."""
from __future__ import annotations

from tests.extract.dialogue_facts import said_names


def test_a_breed_is_no_job_title() -> None:
    titles = said_names(("Speaker 1", "Next, please. Is this Rex?"),
                        ("Speaker 2", "That's us. Rex's the terrier, I'm just his driver."),
                        ("Speaker 1", "Hello, Rex."), predicates=("jobTitle",))
    assert not any(title == "terrier" for _, title in titles)


def test_a_boxer_is_still_a_job() -> None:
    titles = said_names(("Speaker 1", "What do you do these days, Ilse?"),
                        ("Speaker 2", "I'm a boxer. Middleweight."),
                        ("Speaker 1", "No way."), predicates=("jobTitle",))
    assert ("Speaker 2", "boxer") in titles
