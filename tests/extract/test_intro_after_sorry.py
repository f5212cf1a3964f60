"""A speaker who says "I'm so sorry" still introduces someone else: "I'm so sorry we're late. This is my husband,
Terrence." - "Hey, man." names the new voice Terrence ("I'm" before a lower-case word introduces nobody)."""

from tests.extract.dialogue_facts import names


def test_im_sorry_is_no_self_introduction():
    said = names((1, "Look who it is!"), (2, "I'm so sorry we're late. This is my husband, Terrence."),
                 (3, "Hey, man. Good to meet you."), (1, "Likewise."))
    assert ("Speaker 3", "Terrence") in said
