"""A name after "I'm her mother," is the speaker's only where it fits the relative: "I'm her mother, Gordon, I can't
keep quiet" speaks to Gordon (a man), while "I'm Tommy's sister, Linda." still introduces Linda."""

from tests.extract.dialogue_facts import names


def test_a_name_of_the_other_sex_after_ones_role_is_a_call():
    said = names((1, "You promised to stay quiet back there, ma'am."),
                 (2, "I'm his mother, Howard, I'm not built for quiet."), (1, "Fair enough."))
    assert ("Speaker 2", "Howard") not in said


def test_a_fitting_name_still_introduces():
    said = names((1, "Can I help you?"), (2, "Hi, I'm Tommy's sister, Linda."), (1, "Oh, hello."))
    assert ("Speaker 2", "Linda") in said
