""""i have an apartment that i rent", "i have a leased truck": a thing had for a while, rented, leased or borrowed, is
not owned (it gave ``owns``). One the speaker lets out to others ("a house i rent out") is still owned."""

from tests.extract.dialogue_facts import kept


def _owned(text: str) -> set[str]:
    return {o for _, p, o in kept(text) if p == "owns"}


def test_a_rented_or_borrowed_thing_is_not_owned():
    assert "apartment" not in _owned("i have an apartment that i rent near the river")
    assert not _owned("we have a leased truck for the summer")
    assert not _owned("i have a bike i borrowed from my neighbor")


def test_a_thing_let_out_or_plainly_had_is_owned():
    assert "cabin" in _owned("i have a cabin that i rent out to hikers")
    assert "bike" in _owned("i have a new bike")
