"""One who introduced themself by a name and says it again in another turn ("I'm Wilhelmina, from fourteen." ... "Hello,
Kasimir. Wilhelmina, from next door.") is still its bearer: saying one's own name bars nobody who gave it as theirs, so
a name said by another speaker once does not take it from them."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_names


def _names(*lines: tuple[str, str]) -> set[tuple[str, str]]:
    return said_names(*lines, predicates=("name", "alternateName"))


def test_an_introduced_name_said_again_stays_the_speakers() -> None:
    names = _names(("Speaker 1", "You must be the new people at number nine! I'm Wilhelmina, I'm at eleven."),
                   ("Speaker 2", "Hi! We moved in on Friday. That's my husband at the barbecue."),
                   ("Speaker 3", "Is that our neighbour? Thanks, Wilhelmina, for the welcome card."),
                   ("Speaker 1", "Hello there. Wilhelmina, from next door. The barbecue is older than me."),
                   ("Speaker 2", "It came with the house."))
    assert ("Speaker 1", "Wilhelmina") in names
    assert not any(n == "Wilhelmina" and s != "Speaker 1" for s, n in names)


def test_a_name_asked_about_is_still_no_ones() -> None:
    names = _names(("Speaker 1", "Somebody left a note for Gunnhild."),
                   ("Speaker 2", "Who's Gunnhild?"),
                   ("Speaker 3", "The lady upstairs."),
                   ("Speaker 1", "Gunnhild Berg, I think. It's on the envelope."))
    assert not any(n.startswith("Gunnhild") for _, n in names)
