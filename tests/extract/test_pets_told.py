"""Pets told without "i have": "my pet is a goat", "our pets are three rabbits and a parrot", and one's own pet named
in a question ("could my turtle sit in the sun all day?"); and the look-alikes that must give no pet: a pet to come,
another's, a denial, a pet of the past, a pet peeve (kg_memory.extract.english.pets_told)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _pets(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "hasPet"}


@pytest.mark.parametrize(("text", "pets"), [
    ("my pet is a goat , she eats everything", {"Ann's goat"}),
    ("honestly my only pet is a tortoise lol", {"Ann's tortoise"}),
    ("our pets are three rabbits and a parrot", {"Ann's rabbits", "Ann's parrot"}),
    ("my pet is a grumpy old cat named pickles", {"pickles"}),
    ("could my turtle sit in the sun all day ?", {"Ann's turtle"}),
    ("what do i feed my two hamsters when i travel ?", {"Ann's hamsters"}),
    ("Is it ok if my dog Pepper sleeps in my bed?", {"Pepper"}),
])
def test_pets_told(text: str, pets: set[str]) -> None:
    assert pets <= _pets(text)


@pytest.mark.parametrize("text", [
    "should my new kitten be an indoor cat ?",        # a pet to come
    "would my future dog get along with a cat ?",
    "is your rabbit still sick ?",                     # the listener's
    "my pet is not a snake , it is a plush toy",       # denied
    "my pet was a goldfish when i was little",         # of the past
    "my pet peeve is people who chew loudly",
    "should i get my son a puppy for his birthday ?",  # none had yet
    "where did my lab partner go ?",                   # no dog
    "did you ever collect my little pony figures ?",   # a toy
    "oh no , did it die like my goldfish did ?",       # no longer had
])
def test_no_pet_told(text: str) -> None:
    assert not _pets(text)
