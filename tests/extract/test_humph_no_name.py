"""A grunt opening an answer ("Humpf, remember him?") calls nobody: it is no name of the one spoken to."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.extract.names import plausible_name
from kg_memory.types import Turn


@pytest.mark.parametrize("grunt", ["Humpf", "Humph", "Hmph", "Hmpf", "Hmmph"])
def test_a_grunt_is_no_name(grunt: str) -> None:
    assert not plausible_name(grunt, frozenset())


@pytest.mark.parametrize("name", ["Humphrey", "Hume", "Hampton"])
def test_names_that_begin_alike_stay_names(name: str) -> None:
    assert plausible_name(name, frozenset())


def test_a_grunt_opening_an_answer_names_nobody() -> None:
    turns = [Turn("c", "1", "Speaker 1", "Do you remember Gary, from the pool?"),
             Turn("c", "2", "Speaker 2", "Humpf, remember him? He borrowed my car for a month."),
             Turn("c", "3", "Speaker 1", "Fair enough.")]
    names = [f for f in RuleExtractor().extract(turns) if f.predicate in ("alternateName", "name")]
    assert names == []


def test_a_name_opening_an_answer_still_names_the_one_spoken_to() -> None:
    turns = [Turn("c", "1", "Speaker 1", "Do you remember Gary, from the pool?"),
             Turn("c", "2", "Speaker 2", "Humphrey, remember him? He borrowed my car for a month."),
             Turn("c", "3", "Speaker 1", "Fair enough.")]
    names = {(f.subject.label, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract(turns)
             if f.predicate == "alternateName"}
    assert names == {("Speaker 1", "Humphrey")}
