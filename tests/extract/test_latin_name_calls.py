"""A name in Latin script calls someone only where it is a word of its own (kg_memory/extract/latin_names.py): "Hey
Ross," names the one who answers Ross, "Hey Rossi," names Rossi and not Ross, and "Ross's" or "Ross2" call nobody;
beside Chinese characters it is still a word ("嘿，Ross！")."""

from __future__ import annotations

import pytest

from kg_memory.extract.latin_names import LatinName
from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Turn


def _names(*lines: tuple[int, str]) -> set[tuple[str, str]]:
    turns = [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]
    return {(f.subject.label, str(f.object)) for f in speaker_names(turns) if f.predicate == "alternateName"}


@pytest.mark.parametrize("call, names", [
    ("Hey Ross, you coming?", {("Speaker 2", "Ross")}),
    ("Hey Rossi, you coming?", {("Speaker 2", "Rossi")}),  # no Ross
    ("Hey Ross2, you coming?", set()),
    ("Hey, Ross's here!", set()),
])
def test_a_latin_name_calls_where_it_is_a_word(call: str, names: set[tuple[str, str]]) -> None:
    assert _names((1, call), (2, "Yeah, one sec."), (1, "Hurry.")) == names


def test_a_latin_name_beside_chinese_characters_is_a_word() -> None:
    assert ("Speaker 2", "Dana") in _names((1, "嘿，Dana！你来吗？"), (2, "来了。"), (1, "快点，Dana。"))


@pytest.mark.parametrize("text, spans", [
    ("Ana, Anana!", [(0, 3)]),
    ("Anana Ana", [(6, 9)]),
    ("类似Ana，", [(2, 5)]),
    ("Ana's, Ana-like, Ana2, 'Ana", []),
])
def test_the_places_a_name_is_said_as_a_word(text: str, spans: list[tuple[int, int]]) -> None:
    assert [m.span() for m in LatinName("Ana").finditer(text)] == spans
