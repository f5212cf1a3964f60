""""The name's Mabli Rees." (said at a desk, on the phone) gives the speaker's own name, as "My name is ..." does; it is
no name of the one spoken to."""

from tests.extract.dialogue_facts import facts


def test_the_names_gives_the_speakers_name():
    got = facts((1, "Good morning, how can I help?"), (2, "Hi, I've got a ten o'clock with the optician. The name's Mabli Rees."),
                (1, "Take a seat, he's running a bit late."))
    assert ("Speaker 2", "name", "Mabli Rees") in got
    assert not {f for f in got if f[0] == "Speaker 1" and f[2] == "Mabli Rees"}


def test_the_name_is_opening_a_sentence_only():
    got = facts((1, "What do you call the new puppy?"), (2, "We haven't decided. Maybe the name is Biscuit, maybe not."),
                (1, "Cute."))
    assert not {f for f in got if f[2] == "Biscuit" and f[0] in ("Speaker 1", "Speaker 2") and f[1] in ("name", "alternateName")}
