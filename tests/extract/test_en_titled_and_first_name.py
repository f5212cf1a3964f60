"""One who introduces themself by a title and surname keeps the first name others call them by: "I'm Dr. Mehta." ...
"Anjali, your pager." names that speaker Anjali too, as "Mon" stays beside "Monica"."""

from tests.extract.dialogue_facts import facts


def _named(*lines: tuple[int, str]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(*lines) if p in ("name", "alternateName")}


def test_a_first_name_goes_with_a_title_and_surname():
    said = _named((1, "Good morning, everyone."), (2, "Good morning. I'm Dr. Mehta, I'll be covering today."),
                  (1, "Thanks for coming in, Anjali. The first patient is ready."), (2, "Great, let's go."),
                  (3, "Anjali, your pager is beeping."), (2, "Oh, thanks."))
    assert ("Speaker 2", "Dr. Mehta") in said and ("Speaker 2", "Anjali") in said
