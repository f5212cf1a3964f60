"""Working or living with someone's relative is no bond with them: "I work with Ellie's brother" makes the speaker no
colleague of Ellie, "I used to live with Tom's cousin" no roommate of Tom; "I work with Ellie" still does."""

from tests.extract.dialogue_facts import told


def test_with_someones_relative_is_no_bond_with_them():
    assert not {p for s, p, o, _ in told("I work with Priya's husband, small world.") if o == "Priya"}
    assert not {p for s, p, o, _ in told("I used to live with Marco's cousin in college.") if o == "Marco"}
    assert not {p for s, p, o, _ in told("I work with Mary Ann's brother.") if o.startswith("Mary")}


def test_with_them_still_is():
    assert ("Ann", "colleague", "Priya", False) in told("I work with Priya, she sits next to me.")
