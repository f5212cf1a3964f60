"""A room or a collection kept at home is owned: "i have a big library at home" and "we have a gym in our garage"
give ``owns``; a library one goes to ("i go to the library near home") or a card for it ("i have a library card")
gives no library owned."""

from tests.extract.dialogue_facts import kept


def _owns(line: str) -> set[str]:
    return {o for _, p, o in kept(line) if p == "owns"}


def test_kept_at_home():
    assert _owns("i have a big library at home") == {"library"}
    assert "gym" in _owns("we have a gym in our garage")


def test_no_library_owned():
    assert "library" not in _owns("i go to the library near home")
    assert "library" not in _owns("i have a library card")
