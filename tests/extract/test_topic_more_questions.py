"""More questions name what the answer's "it" means: an outing ("do you ever go sailing? i love it": sailing), a
pastime done ("have you ever done any pottery? i like it"), a pastime's verb alone ("do you surf? i love it": surfing),
and another's liking asked about ("does your sister like math? i hate it": math). A question about nothing named
("do you do anything fun?") names nothing."""

from tests.extract.dialogue_facts import kept


def test_more_questions_name_the_thing():
    assert ("Ann", "likes", "sailing") in kept("do you ever go sailing? i love it")
    assert ("Ann", "likes", "pottery") in kept("have you ever done any pottery? i like it")
    assert ("Ann", "likes", "surfing") in kept("do you surf? i love it!")
    assert ("Ann", "likes", "knitting") in kept("Do you knit? I really enjoy it.")
    assert ("Ann", "dislikes", "math") in kept("does she like math? i hate it.")


def test_nothing_named_nothing_liked():
    for line in ("do you do anything fun? i love it", "does he like you? i love it", "do you ever go there? i love it"):
        assert not any(p in ("likes", "dislikes") for _, p, _ in kept(line)), line
