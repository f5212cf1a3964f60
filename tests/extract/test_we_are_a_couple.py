"""What a couple says of itself: "we've been dating for six weeks", "we got married in May", "we're engaged" (the
speaker and the other half of "we": the one named before in the sentence, else the other of two speakers, unless the
turn or the one before speaks of someone "we" may be with: "How's your boyfriend?" - "we've been dating for a year")."""

from tests.extract.dialogue_facts import facts


def test_we_have_been_dating_or_married():
    got = facts((1, "You two seem close."), (2, "We've been dating for six weeks."))
    assert ("Speaker 2", "partner", "Speaker 1") in got or ("Speaker 1", "partner", "Speaker 2") in got
    got = facts((1, "How long did you wait?"), (2, "I was with Dana for three years before we got married."))
    assert ("Speaker 2", "spouse", "Dana") in got
    got = facts((1, "Is it serious?"), (2, "We're engaged, actually!"))
    assert ("Speaker 2", "partner", "Speaker 1") in got or ("Speaker 1", "partner", "Speaker 2") in got


def test_no_couple_from_friends_a_single_date_or_a_third_called():
    assert not any(p in ("partner", "spouse") for _, p, _ in facts((1, "Hi."), (2, "We've been friends for years.")))
    assert not any(p in ("partner", "spouse") for _, p, _ in facts((1, "Hi."), (2, "We're going out tomorrow night.")))
    assert not any(p in ("partner", "spouse") for _, p, _ in facts((1, "Hi."), (2, "We got together for lunch.")))
    got = facts((1, "Need help?"), (2, "Ivy, we're getting married in May!"), (3, "Congratulations!"), (1, "Wow."))
    assert not any(p in ("partner", "spouse") and "Ivy" in o for _, p, o in got)


def test_no_couple_with_the_listener_when_we_is_with_someone_spoken_of():
    got = facts((2, "He comes hiking with me now, it's brought us closer."), (1, "Aw! How long have you been married?"),
                (2, "We're not married yet, but we've been together for two years. The ring on his hand is just for fun."))
    assert not any(p in ("partner", "spouse") and {s, o} == {"Speaker 1", "Speaker 2"} for s, p, o in got), got
    got = facts((1, "How's your boyfriend?"), (2, "Great, we've been dating for a year now."))
    assert not any(p in ("partner", "spouse") and {s, o} == {"Speaker 1", "Speaker 2"} for s, p, o in got), got
