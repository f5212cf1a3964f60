"""An ex given as the answer to who someone is: "Who's Greg?" - "My ex-husband." makes Greg a spouse that was (not
someone merely dated); "My ex-boyfriend." a partner that was."""

from tests.extract.dialogue_facts import facts


def test_an_ex_husband_named_in_the_question_was_a_spouse():
    got = facts((1, "Who's Greg?"), (2, "My ex-husband. Long story."), (3, "Oh."))
    assert ("Speaker 2", "spouse", "Greg") in got and ("Speaker 2", "dated", "Greg") not in got


def test_an_ex_boyfriend_was_dated():
    got = facts((1, "Who's Marco?"), (2, "Oh, my ex-boyfriend."), (3, "Oh."))
    assert ("Speaker 2", "dated", "Marco") in got and ("Speaker 2", "spouse", "Marco") not in got
