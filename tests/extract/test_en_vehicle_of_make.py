"""A kind of vehicle said to be of a make is named by the make: "my car is a 2014 mazda three", "my van is a kia"
give ``owns`` the make (and model) rather than the bare kind; "my car is a lease" and "my car is a total wreck" keep
the kind (kg_memory.extract.english.my_vehicles)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _owned(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "owns" and f.subject.label == "Ann" and not f.ended}


@pytest.mark.parametrize(("text", "vehicle"), [
    ("my car is a 2014 mazda and it never breaks down", "mazda"),
    ("do you commute ? my van is a kia sedona .", "kia sedona"),
    ("my truck is an old chevy , it still runs", "chevy"),
])
def test_kind_named_by_make(text: str, vehicle: str) -> None:
    owned = _owned(text)
    assert vehicle in owned
    assert not owned & {"car", "van", "truck"}


@pytest.mark.parametrize("text", ["my car is a lease", "my car is a total wreck"])
def test_kind_kept(text: str) -> None:
    assert "car" in _owned(text)
