"""The listener's relatives and pets, said to them in a conversation of two: "You took your dogs to the lake, right?",
"How's your husband?", "Did your cat Pickles eat?" give the other speaker dogs, a husband, a cat named Pickles; not in
a group, nor supposed, denied, asked back ("Your kids?"), eaten ("finish your fish") or said of the speaker ("I'm
your sister")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str, speakers: tuple[str, ...] = ("Ann", "Bob")) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("said", "fact"), [
    ("You took your dogs to the lake last weekend, right?", ("Ann", "hasPet", "Ann's dogs")),
    ("How's your husband feeling after the surgery?", ("Ann", "spouse", "Ann's husband")),
    ("Did your cat Pickles eat the new food?", ("Ann", "hasPet", "Pickles")),
    ("Tell your daughter good luck on her exams.", ("Ann", "child", "Ann's daughter")),
])
def test_the_listeners_kin_and_pets(said: str, fact: tuple[str, str, str]) -> None:
    found = facts("Hey, long time!", said)
    assert fact in found, found


@pytest.mark.parametrize("said", ["If your husband calls, tell him I'm out.", "You don't have to bring your dogs.",
                                  "Your kids?", "Finish your fish before it gets cold.", "I'm your sister, remember?",
                                  "You sound just like your mother."])
def test_no_kin_of_the_listener(said: str) -> None:
    found = facts("Hey, long time!", said)
    assert not any(s == "Ann" for s, _, _ in found), found


def test_no_listener_in_a_group() -> None:
    found = facts("Hi all.", "Hey!", "How's your husband?", speakers=("Ann", "Cy", "Bob"))
    assert not any(p == "spouse" for _, p, _ in found), found


def test_a_name_asked_for_is_the_replys_to_give() -> None:
    # "What's your son's name?" - "Milo": the son is Milo, not a second, unnamed son of the question's
    turns = [Turn("c", "1", "Bob", "What's your son's name again?"), Turn("c", "2", "Ann", "Milo"),
             Turn("c", "3", "Bob", "how old?"), Turn("c", "4", "Ann", "6")]
    found = {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract(turns)}
    assert ("Ann", "child", "Milo") in found and ("Ann", "child", "Ann's son") not in found, found
