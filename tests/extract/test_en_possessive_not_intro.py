""""I'm Josh Whitman's sister" says whose sister the speaker is, not that they are Josh: a two-word name with "'s" is
no self-introduction (as "I'm Molly's boyfriend" never was), while "Hi, I'm Josh Whitman." still is."""

from tests.extract.dialogue_facts import facts


def _named(*lines: tuple[int, str]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(*lines) if p in ("name", "alternateName")}


def test_whose_relative_one_is_names_nobody():
    said = _named((1, "Does the dorm have a curfew?"), (2, "Please don't tell anyone I'm Rick Dalton's sister."),
                  (1, "Why not?"))
    assert ("Speaker 2", "Rick") not in said and ("Speaker 2", "Rick Dalton") not in said
    said = _named((1, "So how do you know the bride?"), (2, "I'm Maria Lopez's godmother, actually."))
    assert not any(o.startswith("Maria") for _, o in said)


def test_a_full_name_still_introduces():
    assert ("Speaker 2", "Rick Dalton") in _named((1, "Who's next?"), (2, "Hi, I'm Rick Dalton."), (1, "Welcome."))
