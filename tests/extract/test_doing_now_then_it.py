"""A doing the speaker says they are at is what a later "it" means: "i am crocheting tonight , i love it" is a liking
of crocheting, "i have been quilting lately , i really enjoy it" of quilting. A state of mind or a coming and going
is no pastime: "i am leaving tonight , i love it", "i am thinking this weekend , i hate it" give nothing."""

from tests.extract.dialogue_facts import kept


def _said(line: str) -> set[tuple[str, str]]:
    return {(p, o) for _, p, o in kept(line) if p in ("likes", "dislikes")}


def test_the_doing_at_hand_is_what_it_means():
    assert _said("i am crocheting tonight , i love it") == {("likes", "crocheting")}
    assert _said("i have been quilting lately , i really enjoy it") == {("likes", "quilting")}
    assert _said("i am going to be canoeing this weekend . i love it") == {("likes", "canoeing")}


def test_no_pastime_no_liking():
    for line in ("i am leaving tonight , i love it", "i am thinking this weekend , i hate it", "i am working today , i hate it"):
        assert not _said(line), line
