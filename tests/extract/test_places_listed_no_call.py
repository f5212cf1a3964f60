"""A list of the places a question asked for ("Which other restaurants around here are good?" - "Hmm, Marlowe,
12&4, and a tiny taco stand, Bruno.") calls nobody: the names are not the asker's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_places_listed_are_no_call() -> None:
    found = facts((1, "Hi!"), (2, "Dev, which other restaurants around here are good?"),
                  (3, "Hmm, Marlowe, 12&4, and a tiny taco stand, Bruno."), (2, "Really? I cook at Bruno!"),
                  (3, "No kidding?"))
    assert not any(o in ("Marlowe", "Bruno") for _, p, o in found if p == "alternateName"), found
