"""How much, said after the thing liked or done, is no part of it: "i like owls more" likes owls (not "owls more"), "i
like sneakers way better than sandals" likes sneakers, "i knit scarves mostly" knits scarves, "i love westerns most of
all" has westerns as the favourite. Look-alikes: "i want to garden more" is still a wish to garden; "i like it more"
and "i like more" name no thing."""

from tests.extract.dialogue_facts import kept


def _objects(line: str, *predicates: str) -> set[str]:
    return {o for _, p, o in kept(line) if p in predicates}


def test_more_and_mostly_after_the_thing_are_cut():
    assert _objects("i like owls more", "likes") == {"owls"}
    assert _objects("I like sneakers way better than sandals.", "likes") == {"sneakers"}
    assert _objects("i knit scarves mostly", "hobby", "habit", "likes") == {"knit scarves"}
    assert _objects("i love westerns most of all", "favorite", "likes") == {"westerns"}
    assert _objects("i prefer audiobooks more , honestly", "likes") == {"audiobooks"}
    assert _objects("i like the mountains more and kayaking on lakes", "likes") == {"mountains", "kayaking"}


def test_no_thing_is_made_of_the_degree():
    assert not _objects("i like it more", "likes", "favorite")
    assert not _objects("i like more", "likes", "favorite")
