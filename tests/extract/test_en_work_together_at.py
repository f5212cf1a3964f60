""""We work together at the Ember Grill." says where the speaker works, as "We work at the Ember Grill." does; "We
work together." alone names no workplace."""

from tests.extract.dialogue_facts import facts


def test_work_together_at_a_place():
    got = facts((1, "And you two at the back?"), (2, "I'm Fleur. We work together at the Ember Grill."), (1, "Lovely."))
    assert ("Speaker 2", "worksFor", "Ember Grill") in got


def test_work_together_alone_names_no_place():
    got = facts((1, "How do you know each other?"), (2, "We work together."), (1, "Oh."))
    assert not {f for f in got if f[1] == "worksFor"}
