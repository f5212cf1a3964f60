"""A job given to the one spoken to, who puts it right at once, is no fact: "you're the astronomer" - "I'm a data
analyst." keeps the data analyst only; "She said you're a firefighter." - "Paramedic, actually." drops the
firefighter. A job the answer adds to ("I'm also a painter") or agrees with stays."""

from tests.extract.dialogue_facts import facts


def test_a_job_put_right_with_another():
    got = facts((1, "Come on, Jaswinder, you're the astronomer."), (2, "I'm a data analyst. I did one term of astronomy."),
                (1, "Fine."))
    assert ("Speaker 2", "jobTitle", "astronomer") not in got
    assert ("Speaker 2", "jobTitle", "data analyst") in got


def test_a_job_put_right_with_actually():
    got = facts((1, "Oskar, have you met Aled properly?"), (3, "Only over the fence. I moved in in March."),
                (2, "Ah, so you're Bryn's new neighbour. She said you're a firefighter."),
                (3, "Paramedic, actually. Everyone mixes them up."))
    assert ("Speaker 3", "jobTitle", "firefighter") not in got


def test_a_job_added_to_stays():
    got = facts((1, "You're the new teacher."), (2, "I am. I'm also a painter."), (1, "Nice."))
    assert ("Speaker 2", "jobTitle", "teacher") in got


def test_a_job_agreed_to_stays():
    got = facts((1, "You were a nurse."), (2, "For twenty years, at the Royal. But I'm retired now."), (1, "Lucky you."))
    assert ("Speaker 2", "jobTitle", "nurse") in got
