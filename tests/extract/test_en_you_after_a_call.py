""""You" after a name that opens its sentence is the one called, though the turn first answers someone else: "Yes
ma'am. Rosie, come on, you're my assistant." (Rosie, not the one who spoke before)."""

from tests.extract.dialogue_facts import facts


def test_you_after_a_call_in_a_later_sentence_is_the_one_called():
    said = facts((1, "The tent is up."), (2, "Walt, go get firewood before it's dark."),
                 (3, "Yes ma'am. Tobias, come on, you're my assistant tonight."), (4, "Do I get paid?"))
    assert ("Speaker 3", "employee", "Tobias") in said and ("Speaker 3", "employee", "Speaker 2") not in said
    said = facts((1, "Who wants coffee?"), (2, "Me, please."), (3, "Thanks, Ida. Marco, honestly, you're my best friend."),
                 (4, "I know."))
    assert ("Speaker 3", "friend", "Marco") in said and ("Speaker 3", "friend", "Speaker 2") not in said
