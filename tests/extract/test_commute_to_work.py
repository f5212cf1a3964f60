"""Going to work at a place says where one works, whatever the verb of the way there: "i head to work at the sawmill",
"i am heading off to work at the bakery", "i am off to work at the diner", "i drive to work at the refinery", "i have
to get to work at the mill". A time or a manner after "at" is no workplace ("i drive to work at the same time",
"i walk to work at my own pace", "i head to work at dawn"). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def workplaces(text: str) -> set[str]:
    return {f.object.label for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "worksFor" and isinstance(f.object, Entity)}


@pytest.mark.parametrize(("text", "place"), [
    ("i head to work at the sawmill every morning", "sawmill"),
    ("i am heading off to work at the bakery soon", "bakery"),
    ("i am off to work at the diner .", "diner"),
    ("i drive to work at the refinery every day", "refinery"),
    ("i have to get to work at the mill", "mill"),
])
def test_workplace(text: str, place: str) -> None:
    assert place in workplaces(text), workplaces(text)


@pytest.mark.parametrize("text", [
    "i drive to work at the same time every day",
    "i walk to work at my own pace",
    "i head to work at dawn",
])
def test_no_workplace(text: str) -> None:
    assert not workplaces(text), workplaces(text)
