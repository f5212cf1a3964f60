""""my uncle and brother", "my husband and three kids": a relative said after "and" under the first one's "my" is the
speaker's too. Not a friend after "and" ("my husband and best friend" may be one man), nor one of someone ("my wife and
mother of my children"), nor one named after it ("and sister Kate", read elsewhere), nor under a likeness (a wish
keeps both: test_kin_under_a_wish.py)."""

from tests.extract.dialogue_facts import kept


def _kin(line: str) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in kept(line) if s == "Ann" and p in ("parent", "child", "sibling", "spouse", "relative",
                                                                       "friend", "partner")}


def test_the_second_relative_is_had_too():
    assert ("sibling", "Ann's brother") in _kin("my uncle and brother coach the team on saturdays")
    assert ("child", "Ann's kids") in _kin("we drove down with my husband and three kids")
    assert ("sibling", "Ann's sister") in _kin("i still share a flat with my mom and sister")
    assert ("spouse", "Ann's wife") in _kin("my boys and wife went fishing without me")


def test_look_alikes():
    assert ("friend", "Ann's best friend") not in _kin("my husband and best friend cooks every night")
    assert ("parent", "Ann's mother") not in _kin("my wife and mother of my son is a pilot")
    assert not _kin("they are like my mom and sister to me")
    assert not {p for p, _ in _kin("my future husband and kids will need a big house")} & {"spouse", "child"}
