"""A full name given with one's flat or street, as at a desk or a door ("Morning. Priya Nandakumar, 7C.", "Lev
Orlov, 22 Quarry Road.") is the speaker's own (:func:`kg_memory.extract.self_intros.naming_turns`). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, pair", [
    (((1, "Next, please."), (2, "Morning. Priya Nandakumar, 7C."), (1, "Here's your parcel.")), ("Speaker 2", "Priya Nandakumar")),
    (((1, "Who's complaining about the noise?"), (3, "I am. Lev Orlov, 22 Quarry Road. It's every night."),
      (1, "Noted.")), ("Speaker 3", "Lev Orlov")),
    (((1, "The water's off again."), (2, "I know. Dora Kemp, apartment 12. Mine too."), (1, "Great.")), ("Speaker 2", "Dora Kemp")),
])
def test_a_name_with_a_door_is_the_speakers(lines, pair):
    found = names(*lines)
    assert pair in found
    assert ("Speaker 1", pair[1]) not in found


@pytest.mark.parametrize("lines, name", [
    (((1, "Who do I call?"), (2, "Call the super. Tom Baker, 555 1234."), (1, "Thanks.")), "Tom Baker"),  # a phone number
    (((1, "Who lives there?"), (2, "The Kemps. Dora Kemp, she's lovely."), (1, "Oh.")), "Dora Kemp"),  # no door
])
def test_look_alikes_are_not_the_speakers(lines, name):
    assert ("Speaker 2", name) not in names(*lines)
