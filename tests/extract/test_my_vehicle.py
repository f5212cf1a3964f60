"""One's own vehicle said with "my" is had whatever the clause says of it: "i would rather take my jeep", "i cannot
park my van downtown", "cruising in my old green pickup", "pick you up in my 2009 toyota corolla" give ``owns`` with
the vehicle as named (make and model, or "sports car"); "my dream car", "my next truck", "my rental car", "my mom's
van", "my bike lessons", "i want to buy my own car" and "i do not have my car anymore" give no vehicle had
(kg_memory.extract.english.my_vehicles)."""

from __future__ import annotations

import pytest

from kg_memory.extract.english.my_vehicles import my_vehicles
from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _owned(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "owns" and f.subject.label == "Ann" and not f.ended}


@pytest.mark.parametrize(("text", "vehicle"), [
    ("i would rather take my jeep , it handles the snow", "jeep"),
    ("i cannot park my van downtown , it is too tall", "van"),
    ("just cruising around in my old green pickup", "pickup"),
    ("i could pick you up in my 2009 toyota corolla", "toyota corolla"),
    ("my kids never fit in my tiny sports car", "sports car"),
    ("i should wash my subaru outback before the trip", "subaru outback"),
])
def test_my_vehicle_owned(text: str, vehicle: str) -> None:
    assert vehicle in _owned(text)


@pytest.mark.parametrize("text", [
    "my dream car is an old jaguar",
    "my next truck will be electric",
    "my rental car smelled like smoke",
    "my mom's van is in the shop",
    "my bike lessons start on monday",
    "i want to buy my own car next year",
    "i do not have my car anymore",
])
def test_no_vehicle_owned(text: str) -> None:
    assert not my_vehicles(text)
    assert not _owned(text)
