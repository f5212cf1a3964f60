""""i work in the burn unit at st. agnes", "my favorite soda is dr . pepper": the dot of a short title typed in lower
case ends no sentence, so the name is kept whole (was "st", "dr"). Look-alikes: "i live on elm st. i love it" and
"i live in ms. i have a horse" are two sentences."""

from tests.extract.dialogue_facts import kept


def _of(line: str, *predicates: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p in predicates}


def test_the_name_after_a_title_is_kept():
    assert _of("i work in the burn unit at st. agnes.", "worksFor") == {"st. agnes"}
    assert _of("i am a nurse at st . jude's now .", "worksFor") == {"st. jude's"}
    assert _of("i love dr . pepper .", "likes") == {"dr. pepper"}


def test_a_new_sentence_after_the_dot():
    assert "elm st. i love it" not in _of("i live on elm st. i love it.", "livesIn", "likes")
    assert _of("i live in ms. i have a horse named beau.", "hasPet")
