""""I was at Brackwell before this": the place one was at before the one of now is a former employer (or a school), no
place visited. A visit said with a time of its own ("I was at the fair yesterday") is still a visit."""

from tests.extract.dialogue_facts import facts


def test_was_at_a_firm_before_this_is_no_visit():
    found = facts((1, "Welcome aboard."), (2, "Thanks. I was at Brackwell before this, so long days don't scare me."))
    assert not {f for f in found if f[1] == "visited"}
    found = facts((1, "Hi."), (2, "We were at Tollman Pryce before that."))
    assert not {f for f in found if f[1] == "visited"}


def test_a_visit_with_its_own_time_stays():
    found = facts((1, "Where were you?"), (2, "I was at Disneyland yesterday."))
    assert ("Speaker 2", "visited", "Disneyland") in found
