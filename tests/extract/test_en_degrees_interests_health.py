"""English statements to an assistant: a degree done at a school ("I did my undergrad at McGill": where one studied),
what one finds fascinating (liked), an illness named with its type ("type 2 diabetes"); and the look-alikes that
must store nothing."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def said(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Bob", text)]) if not f.ends_every_value}


@pytest.mark.parametrize(("text", "school", "degree"), [
    ("I did my undergrad at Rice.", "Rice", "undergraduate degree"),
    ("I did my masters at Columbia.", "Columbia", "master's degree"),
    ("I did a PhD at Caltech.", "Caltech", "PhD"),
    ("I did my undergraduate degree at Duke.", "Duke", "undergraduate degree"),
])
def test_a_degree_done_at_a_school(text: str, school: str, degree: str) -> None:
    found = said(text)
    assert ("Bob", "educatedAt", school) in found, found
    assert ("Bob", "degree", degree) in found, found


@pytest.mark.parametrize("text", ["I did my homework.", "I did a lot of reading.", "I teach undergrad students at Rice.",
                                  "Did you do your masters at Columbia?"])
def test_no_degree_from_other_doings(text: str) -> None:
    assert not any(p in ("degree", "educatedAt") for _, p, _ in said(text)), said(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("I find astronomy fascinating.", "astronomy"),
    ("I find geology really interesting.", "geology"),
    ("I'm not a lawyer, I just find law fascinating.", "law"),
])
def test_what_one_finds_fascinating_is_liked(text: str, liked: str) -> None:
    assert ("Bob", "likes", liked) in said(text)


@pytest.mark.parametrize("text", ["I find him fascinating.", "I find it interesting.", "I don't find chess interesting.",
                                  "Do you find history interesting?"])
def test_no_liking_from_people_pronouns_negations_and_questions(text: str) -> None:
    assert not any(p == "likes" for _, p, _ in said(text)), said(text)


@pytest.mark.parametrize("text", ["I have type 2 diabetes.", "I have type 1 diabetes, so I watch my sugar."])
def test_an_illness_with_its_type_is_a_trait(text: str) -> None:
    assert ("Bob", "trait", "diabetes") in said(text)
