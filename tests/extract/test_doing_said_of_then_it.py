"""A doing that a clause says something of is what a later "it" means: "baking is so relaxing! i love it" is a liking
of baking; "dancing is best in the kitchen , i really like it" of dancing, not of the kitchen; "doing taxes is
awful. i hate it" a dislike of doing taxes. Not "nothing", "morning", "the wedding", nor a time said of what comes."""

from tests.extract.dialogue_facts import kept


def _said(line: str) -> set[tuple[str, str]]:
    return {(p, o) for _, p, o in kept(line) if p in ("likes", "dislikes")}


def test_the_doing_is_what_it_means():
    assert ("likes", "baking") in _said("baking is so relaxing! i love it")
    assert _said("dancing is best in the kitchen , i really like it") == {("likes", "dancing")}
    assert ("dislikes", "doing taxes") in _said("doing taxes is awful. i hate it.")


def test_no_doing_no_liking():
    for line in ("nothing is better . i love it", "morning is here , i love it", "christmas shopping is starting soon , i love it"):
        assert not _said(line), line
