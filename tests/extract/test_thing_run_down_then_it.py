""""it/them" after a thing run down as the clause's subject: "tuesdays are the worst , i hate them" dislikes
tuesdays (not a thing called "worst"), "okra is gross , i hate it" dislikes okra, "celery is gross so i do not like
that" dislikes celery. Look-alikes: people run down are no things ("my cousins are the worst , i hate them"), nor is
what is at hand ("this is the worst , i hate it"): neither gives a dislike of "worst" or of them."""

from tests.extract.dialogue_facts import kept


def _disliked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "dislikes"}


def test_it_after_a_thing_run_down_is_that_thing():
    assert _disliked("tuesdays are the worst , i hate them") == {"tuesdays"}
    assert _disliked("Tuesdays are the worst. I hate them") == {"Tuesdays"}
    assert _disliked("okra is gross , i hate it") == {"okra"}
    assert _disliked("well celery is gross so i do not like that .") == {"celery"}


def test_look_alikes_dislike_no_worst():
    assert not _disliked("my cousins are the worst , i hate them")
    assert not _disliked("this is the worst , i hate it")
    assert not _disliked("you are the worst , i hate you")
