"""How a speaker is after "I'm" is no name in a turn that writes names with capitals ("Hi, sorry, I'm early. I'm
Molly."); chat typed in lower case keeps its lower-case names ("hi , i am joanna")."""

from tests.extract.dialogue_facts import facts, told


def test_how_a_speaker_is_after_im_is_no_name_in_a_capitalised_turn():
    said = facts((1, "Hello, sorry, I'm early. I'm Nell, I'm here for the two o'clock."), (2, "Have a seat, Nell."))
    assert ("Speaker 1", "name", "Nell") in said and ("Speaker 1", "name", "early") not in said
    said = facts((1, "Hi! I'm late, I know. Traffic."), (2, "No worries."))
    assert not any(p == "name" for _, p, _ in said)


def test_a_name_in_lower_case_chat_still_counts():
    assert ("Ann", "name", "joanna", False) in told("hi , i am joanna and i like horror movies")
