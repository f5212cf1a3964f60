"""A name and a number answering where someone stays ("Which motel?" - "Driftwood, 9.") name a place and its door, not
the speaker as one gives a name at a desk ("Morning. Yusuf Haddad, 18 Birch Lane."). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_place_and_a_number_answering_where_is_no_name():
    found = facts((1, "Which motel are you at?"), (2, "Coral Reef, 17."), (3, "We're right next to them."),
                  (1, "Nice, close to the beach."))
    assert not any(o == "Coral Reef" for _, _, o in found)


def test_a_name_and_a_flat_at_a_desk_still_names_the_speaker():
    found = facts((1, "Who's next?"), (2, "Morning. Oskar Brandvold, 4C."), (1, "Sign here, Oskar."))
    assert ("Speaker 2", "alternateName", "Oskar Brandvold") in found
