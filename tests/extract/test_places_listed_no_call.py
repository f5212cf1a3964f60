"""A list of the places a question asked for ("What other restaurants do you like?" - "Well, Marlowe, 12&4. Oh! And
this little spot, Bruno.") calls nobody: the names are not the asker's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_places_listed_are_no_call() -> None:
    found = facts((1, "Hi!"), (2, "So Dev, what other restaurants do you like?"),
                  (3, "Well, Marlowe, 12&4. Oh! And this little spot, Bruno."), (2, "No way! That is my place, I cook there."),
                  (3, "Really?"))
    assert not any(o in ("Marlowe", "Bruno") for _, p, o in found if p == "alternateName"), found
