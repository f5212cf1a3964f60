"""A home rented is lived in, not owned: "i am renting a flat right now" and "i have a condo that we rent" give
``livesIn`` and no ``owns``; "i rent a small flat in Leeds" is where one lives, as "i live in a small flat in Leeds".
A home let out to others ("i rent out my condo", "a house i rent to students") or rented for a holiday ("we are
renting a cabin for the weekend", "renting a house for a week") is no home."""

from tests.extract.dialogue_facts import kept


def _home(line: str) -> set[tuple[str, str]]:
    return {(p, o) for _, p, o in kept(line) if p in ("livesIn", "owns")}


def test_a_rented_home_is_lived_in():
    assert _home("i am renting a flat right now") == {("livesIn", "flat")}
    assert _home("we have a condo that we rent") == {("livesIn", "condo")}
    assert _home("i rent a small flat in Leeds") == {("livesIn", "Leeds")}


def test_let_out_or_for_a_holiday():
    assert ("livesIn", "condo") not in _home("i rent out my condo")
    assert not _home("we are renting a house for a week")
    assert not _home("i am renting a room for the weekend")
    assert not _home("i do not rent an apartment")
