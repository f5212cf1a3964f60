"""A department one stands for is no name: "Me. I'm HR, payroll and the fire warden." names no one HR; "I'm Lou from
HR." still gives Lou."""

from tests.extract.dialogue_facts import facts


def test_a_department_is_no_name():
    got = facts((1, "Who do I ask about holidays?"), (2, "Me. I'm HR, payroll and the fire warden."), (1, "Busy."))
    assert not {f for f in got if f[1] in ("name", "alternateName") and f[2] == "HR"}


def test_a_name_from_a_department_still_reads():
    got = facts((1, "Hello?"), (2, "Hi, I'm Lou from HR."), (1, "Come in."))
    assert ("Speaker 2", "name", "Lou") in got
