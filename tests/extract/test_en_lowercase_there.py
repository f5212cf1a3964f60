"""In a lowercase chat, "there" after a verb of living means the region the turn named before it, as a capitalised
name does: "i grew up in peru . my parents still live there" (the parents live in peru), "i went to ohio for work
and my aunt lives there" (the aunt lives in ohio); a common word that is also a region ("turkey") names none
(kg_memory.extract.english.place_there)."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _homes(text: str) -> set[tuple[str, str]]:
    return {(f.subject.label, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "livesIn"}


def test_parents_live_in_region() -> None:
    assert ("Ann's parents", "peru") in _homes("i grew up in peru . my parents still live there")


def test_aunt_lives_in_region() -> None:
    assert ("Ann's aunt", "ohio") in _homes("i went to ohio for work and my aunt lives there")


def test_common_word_no_region() -> None:
    assert not any(place == "turkey" for _, place in _homes("we ate turkey at my aunts , she lives there alone"))
