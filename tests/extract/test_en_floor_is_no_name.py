"""Who lives upstairs or downstairs is no name of the floor: "Upstairs is Mrs. Ochoa, she bakes." and "Downstairs is
Lionel." give no fact of a person called "Upstairs" or "Downstairs"; a name before "is" still reads ("Lionel is a plumber.")."""

from tests.extract.dialogue_facts import told


def test_upstairs_is_no_one_named():
    assert not {f for f in told("Upstairs is Mrs. Ochoa, she bakes on Sundays.") if f[0] == "Upstairs"}


def test_downstairs_is_no_one_named():
    assert not {f for f in told("Downstairs is Lionel. He's quiet.") if f[0] == "Downstairs"}


def test_a_name_before_is_still_reads():
    assert ("Lionel", "jobTitle", "plumber", False) in told("Lionel is a plumber.")
