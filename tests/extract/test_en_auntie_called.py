""""Auntie" before a name is a title, as "Aunt" is (issue 13): "Auntie Odette, where do the plates go?" - "In the
cupboard, Felix." makes the one answering Auntie Odette, and the caller's aunt (a relative). Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_auntie_and_a_name_called_names_the_one_answering():
    found = facts((1, "Dinner's almost ready."), (2, "Auntie Odette, where do the plates go?"),
                  (3, "In the cupboard, Felix, top shelf."), (1, "And wash your hands."))
    assert ("Speaker 3", "alternateName", "Auntie Odette") in found
    assert ("Speaker 2", "relative", "Speaker 3") in found
