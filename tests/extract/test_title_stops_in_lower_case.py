""""i work nights at st. agnes", "my usual soda is dr . pepper": the dot of a short title typed in lower
case ends no sentence, so the name is kept whole (was "st", "dr"). Look-alikes: "i live on elm st. i love it" and
"we moved to ms. i adopted a dog" are two sentences."""

from tests.extract.dialogue_facts import kept


def _of(line: str, *predicates: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p in predicates}


def test_the_name_after_a_title_is_kept():
    assert _of("i work nights at st. agnes.", "worksFor") == {"st. agnes"}
    assert _of("i am a nurse at st . jude's now .", "worksFor") == {"st. jude's"}
    assert _of("i really like dr . pepper with ice", "likes") == {"dr. pepper"}


def test_a_new_sentence_after_the_dot():
    assert "elm st. i love it" not in _of("i live on elm st. i love it.", "livesIn", "likes")
    assert _of("we moved to ms. i adopted a dog named beau.", "hasPet")
