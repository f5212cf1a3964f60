""""Teal is the colour I like best", "the snack i love most is popcorn", "lasagna has always been my favorite dish": the
favourite, said with its kind or with "has been"; "is the colour" names no job, and "i like best" alone likes no thing
called "best". Without "best/most" the thing is only liked ("rye is the bread i like"); what is hated most is
disliked; someone else's favourite is not the speaker's."""

from tests.extract.dialogue_facts import kept


def _facts(line: str) -> set[tuple[str, str]]:
    return {(p, o.lower()) for s, p, o in kept(line) if s == "Ann" and p in ("likes", "favorite", "dislikes", "jobTitle")}


def test_the_kind_liked_best_is_the_favorite():
    assert _facts("Teal is the colour I like best.") == {("favorite", "teal")}
    assert _facts("the snack i love most is popcorn") == {("favorite", "popcorn")}
    assert _facts("hockey is the sport i enjoy the most") == {("favorite", "hockey")}


def test_has_always_been_my_favorite():
    assert _facts("Lasagna has always been my favorite dish.") == {("favorite", "lasagna")}
    assert _facts("autumn has been my fave season for years") == {("favorite", "autumn")}


def test_look_alikes():
    assert _facts("rye is the bread i like") <= {("likes", "rye")}
    assert _facts("celery is the food i hate most") == {("dislikes", "celery")}
    assert not {p for p, _ in _facts("teal is the colour my sister likes best")} & {"favorite", "likes", "jobTitle"}
    assert not _facts("Teal is the colour.")
    assert not _facts("bruno has always been my favorite .")  # may be a person: "has been" needs the kind
