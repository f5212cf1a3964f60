""""i just got off work too , at a bakery", "i got off work early at the bank": a word of how or when ("too", "early",
"late") between "work" and "at" still leaves the place worked at the employer (was nothing). Look-alikes: a time after
"at" is no employer; "got off work too" alone names none."""

from tests.extract.dialogue_facts import kept


def _employers(line: str) -> set[str]:
    return {o.lower() for s, p, o in kept(line) if s == "Ann" and p == "worksFor"}


def test_a_word_between_work_and_at():
    assert _employers("i just got off work too , at a bakery") == {"bakery"}
    assert _employers("i got off work early at the bank") == {"bank"}


def test_look_alikes():
    assert not _employers("i got off work late , at noon")
    assert not _employers("i just got off work too")
