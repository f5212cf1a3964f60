""""i have a dog named sir waffles", "my cat called mr biscuit": a title typed in lower case is part of the pet's name
(was the title alone, "sir"). A word of the sentence after the name stays out of it."""

from tests.extract.dialogue_facts import told


def _pets(text: str) -> set[str]:
    return {o for _, p, o, _ in told(text) if p == "hasPet"}


def test_a_lower_case_title_is_part_of_the_pets_name():
    assert "sir waffles" in _pets("i have a dog named sir waffles")
    assert "mr biscuit" in _pets("we got a cat called mr biscuit last spring")


def test_a_name_alone_and_the_words_after_it():
    assert "pepper" in _pets("i have a dog named pepper and she is great")
    assert not any(o.startswith("sir ") for o in _pets("i have a dog named sir and he is fine"))


def test_the_title_after_my_pet():
    assert "sir waffles" in _pets("my dog named sir waffles loves the snow")
    assert "mr biscuit" in _pets("our cat called mr biscuit sleeps all day")
    assert "sir" in _pets("my dog named sir and i went for a walk")


def test_a_verb_after_the_title_is_no_part_of_the_name():
    assert _pets("my dog named sir loves long walks") == {"sir"}
    assert _pets("our hamster named princess sleeps all day") == {"princess"}


def test_more_titles_before_a_name():
    assert "lady marmalade" in _pets("i have a cat named lady marmalade")
    assert "captain fluff" in _pets("we have a parrot called captain fluff")
