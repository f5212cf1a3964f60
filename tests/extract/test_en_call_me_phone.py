""""Call me" of a phone call is no name: "you call me once a week", "call me up sometime", "she calls me daily" tell how
often or when someone rings, while "call me Annie" and "everyone calls me JJ" still name the speaker."""

from tests.extract.dialogue_facts import told


def _names(text: str) -> set[str]:
    return {o for s, p, o, _ in told(text) if p in ("name", "alternateName")}


def test_how_often_one_calls_is_no_name():
    assert _names("Three years in Berlin and you call me once a month!") == set()
    assert _names("Call me up when you land, okay?") == set()
    assert _names("My grandson calls me twice a week, bless him.") == set()
    assert _names("Mom calls me daily about the wedding.") == set()


def test_a_name_to_call_one_by_still_names():
    assert _names("Please, call me Annie.") == {"Annie"}
    assert _names("Everyone at work calls me Jojo.") == {"Jojo"}
