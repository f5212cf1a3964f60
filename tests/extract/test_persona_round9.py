"""Persona statements, ninth round: what people tell an assistant about themselves in chit-chat, in lower-case chat
style. A liking stays a liking when a wish or a guess of its own follows it ("i love mangoes and would eat them every
day", "i like green , but would not paint my room green", "i like soup , maybe you could share a recipe"), while the
wish itself gives nothing. Each with look-alike lines that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


def _of_ann(text: str, predicate: str) -> set[str]:
    return {o for s, p, o in kept(text) if s == "Ann" and p == predicate}


@pytest.mark.parametrize(("text", "predicate", "thing"), [
    ("i really love mangoes and would eat them every day", "likes", "mangoes"),
    ("i like green , but would not paint my room green", "likes", "green"),
    ("i like the color green but would never wear it", "likes", "color green"),
    ("i like tomato soup , maybe you could share a recipe", "likes", "tomato soup"),
    ("i enjoy board games , and would play them all night", "likes", "board games"),
    ("i hate loud music , would not want it in my car", "dislikes", "loud music"),
    ("i hate washing dishes , someone else should do it", "dislikes", "washing dishes"),
])
def test_a_liking_before_a_wish_of_its_own_is_kept(text: str, predicate: str, thing: str) -> None:
    assert thing in _of_ann(text, predicate), kept(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("i would love a dog and would walk it daily", "likes"),
    ("i would love to try sushi , maybe next week", "likes"),
    ("maybe i like jazz , i would have to listen more", "likes"),
    ("if i had time i would love painting , but would need lessons", "likes"),
    ("i wish i liked vegetables , maybe i should try harder", "likes"),
])
def test_the_wish_itself_gives_no_liking(text: str, predicate: str) -> None:
    assert not _of_ann(text, predicate), kept(text)


@pytest.mark.parametrize(("text", "wished"), [
    ("i love mangoes and would eat them every day", "eat them every day"),
    ("i like green , but would paint my room blue", "paint my room blue"),
])
def test_what_follows_the_modal_is_no_fact(text: str, wished: str) -> None:
    objects = {o for s, p, o in kept(text) if s == "Ann"}
    assert not any(wished in o for o in objects), kept(text)


@pytest.mark.parametrize(("text", "liked", "disliked"), [
    ("i like the mountains but not the beach", "mountains", "beach"),
    ("i love baking , but not cooking", "baking", "cooking"),
    ("i enjoy tea but not coffee or soda", "tea", "coffee"),
    ("i like pizza but not olives on it", "pizza", "olives"),
])
def test_what_a_liking_leaves_out_is_disliked(text: str, liked: str, disliked: str) -> None:
    assert liked in _of_ann(text, "likes"), kept(text)
    assert disliked in _of_ann(text, "dislikes"), kept(text)


@pytest.mark.parametrize("text", [
    "i like roses , but not as much as tulips",
    "i like running but not in the rain",
    "i like to bake but not with nuts",
    "i love my dog but not when he barks",
    "i like hiking but not that much",
    "do you like tea but not coffee ?",
])
def test_a_degree_or_a_circumstance_after_but_not_is_no_dislike(text: str) -> None:
    assert not _of_ann(text, "dislikes"), kept(text)


@pytest.mark.parametrize(("text", "home"), [
    ("i live with my two sisters in denver", "denver"),
    ("we live with our kids in a small town", "small town"),
    ("i live with my boyfriend in an apartment downtown", "apartment"),
    ("i live with my parents on a farm", "farm"),
])
def test_a_home_shared_with_ones_family_is_the_speakers_too(text: str, home: str) -> None:
    assert any(home in o for o in _of_ann(text, "livesIn")), kept(text)


@pytest.mark.parametrize("text", [
    "i do not live with my parents in ohio",
    "do you live with your parents in ohio ?",
    "my sister lives with her husband in denver",
    "i would love to live with my sister in denver",
])
def test_no_home_of_ones_own_from_a_denial_a_question_or_another(text: str) -> None:
    assert not _of_ann(text, "livesIn"), kept(text)


@pytest.mark.parametrize(("text", "looks"), [
    ("i am a girl with curly brown hair", {"curly brown hair"}),
    ("i am short with a big red beard", {"short", "big red beard"}),
    ("hey , i am a 30 year old guy with green eyes", {"green eyes"}),
    ("i am the one with purple hair", {"purple hair"}),
    ("i just dyed my hair pink", {"pink hair"}),
    ("i colored my hair blue and green", {"blue and green hair"}),
])
def test_looks_said_in_passing_are_traits(text: str, looks: set[str]) -> None:
    assert looks <= _of_ann(text, "trait"), kept(text)


@pytest.mark.parametrize("text", [
    "i am dating a girl with red hair",
    "i am in love with his green eyes",
    "i am happy with my hair",
    "i am friends with a guy with tattoos",
    "are you the one with purple hair ?",
    "i have never dyed my hair pink",
    "i wish i was a girl with long hair",
    "my sister is a girl with red hair",
])
def test_no_look_of_the_speaker_from_another_a_question_or_a_wish(text: str) -> None:
    assert not {o for o in _of_ann(text, "trait") if "hair" in o or "eyes" in o or "tattoo" in o}, kept(text)


def test_bare_hair_is_no_look() -> None:
    text = "i am a girl with hair down to my knees"
    assert "hair" not in _of_ann(text, "trait"), kept(text)
