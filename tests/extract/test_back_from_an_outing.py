"""A pastime said after the fact by its outing's noun: "just got back from a quick jog" is jogging, "came home from
my 4 mile walk" walking, "i am back from a hike" hiking, "got back from a bike ride" biking, and gerunds the older
rule lacked: "just got back from volunteering at the food bank", "got back from salsa dancing". Look-alikes: a ride,
the gym or a trip is no pastime named ("got back from a ride", "back from the gym", "back from a trip to Oslo"), a
denial says nothing, and someone else's outing is theirs."""

from tests.extract.dialogue_facts import kept


def _pastimes(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p in ("hobby", "habit")}


def test_an_outing_by_its_noun_is_its_pastime():
    assert _pastimes("just got back from a quick jog") == {"jogging"}
    assert _pastimes("i came home from my 4 mile walk , so tired") == {"walking"}
    assert _pastimes("I'm back from a hike!") == {"hiking"}
    assert _pastimes("i just got back from a bike ride with my son") == {"biking"}
    assert _pastimes("just got back from a lovely morning swim") == {"swimming"}


def test_gerunds_the_older_rule_lacked():
    assert _pastimes("i just got back from volunteering at the food bank") == {"volunteering"}
    assert _pastimes("we got back from salsa dancing , my feet hurt") == {"salsa dancing"}


def test_look_alikes_give_no_pastime():
    assert not _pastimes("i just got back from a ride to the airport")
    assert not _pastimes("just got back from the gym")
    assert not _pastimes("i just got back from a trip to Oslo")
    assert not _pastimes("i never got back from a run in time")
    assert ("Ann's brother", "hobby", "running") in kept("my brother just got back from a run")
    assert not _pastimes("my brother just got back from a run")
