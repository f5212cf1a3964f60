"""A name given as a pet's, "the parrot's name is ...", is no speaker's: "Biscotti. The rabbit's name is Biscotti." names
nobody Biscotti, though "Biscotti." opens the turn; the one called after it is still named ("..., Wendell.")."""

from tests.extract.dialogue_facts import names


def test_a_pet_named_by_the_name_is_no_speakers():
    said = names((1, "Whose rabbit is this?"), (2, "Biscotti. The rabbit's name is Biscotti. She's the teacher's."),
                 (1, "Cute."))
    assert not {s for s, n in said if n == "Biscotti"}


def test_a_horse_named_then_a_call():
    said = names((1, "Which one's yours?"), (2, "Thunder. The horse's name is Thunder. He's older than you, Wendell."),
                 (1, "Everyone is."))
    assert not {s for s, n in said if n == "Thunder"}
    assert ("Speaker 1", "Wendell") in said
