""""i will be a pharmacist", "once i graduate i'll be a pilot": the job one means to have is a goal, as "i am going to
be a pharmacist" is (was nothing). Being "a bit late" is no goal, said either way; a condition or a denial gives none."""

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "job"), [
    ("i will be a pharmacist after my exams", "become pharmacist"),
    ("once i graduate i'll be a pilot", "become pilot"),
    ("i am in college now but i will become an engineer", "become engineer"),
])
def test_the_job_one_will_have_is_a_goal(text, job):
    assert ("Ann", "goal", job) in kept(text)


@pytest.mark.parametrize("text", ["i will be a bit late tonight", "i am going to be a little late",
                                  "if i pass i will be a pharmacist", "i will not be a pilot"])
def test_no_goal_of_being_late_of_a_condition_or_denied(text):
    assert not any(p == "goal" for _, p, _ in kept(text))
