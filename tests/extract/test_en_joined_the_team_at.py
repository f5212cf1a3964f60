""""I've just joined the team at Caldwell Insurance." says where the speaker now works (the firm, not "team"), and
"I've joined a choir" is a membership as "I joined a choir" is."""

from tests.extract.dialogue_facts import facts


def test_joined_the_team_at_a_firm():
    got = facts((1, "I've just joined the team at Caldwell Insurance."), (2, "Congratulations."))
    assert ("Speaker 1", "worksFor", "Caldwell Insurance") in got
    assert ("Speaker 1", "memberOf", "team") not in got


def test_have_joined_a_choir():
    assert ("Speaker 1", "memberOf", "choir") in facts((1, "I've joined a choir."), (2, "Nice."))
