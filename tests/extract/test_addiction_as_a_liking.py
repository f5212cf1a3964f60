""""i have a bit of an internet addiction", "to pay for my vinyl addiction", "i have an addiction to buying shoes": a
thing the speaker is (playfully) addicted to is a liking, as "i am addicted to X" already is (was nothing). Look-alikes:
a harmful addiction ("my drug addiction", "an addiction to painkillers") is no liking, nor one fought or left ("i kicked
my soda addiction", "recovering from my sugar addiction"), nor another's ("his game addiction")."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_addiction_said_as_a_noun():
    assert _liked("i have a bit of an internet addiction") == {"internet"}
    assert "vinyl" in _liked("i took a second job to pay for my vinyl addiction")
    assert _liked("my coffee addiction is getting bad") == {"coffee"}
    assert _liked("i have an addiction to buying shoes") == {"buying shoes"}


def test_look_alikes():
    assert not _liked("my drug addiction nearly ruined me")
    assert not _liked("i have an addiction to painkillers")
    assert not _liked("i kicked my soda addiction last year")
    assert not _liked("i am recovering from my sugar addiction")
    assert not _liked("his game addiction is bad")
