"""A name the talk asks about ("Who is Denise?", "谁是丹尼斯？") belongs to someone spoken of, and a later call of it
names no speaker (kg_memory/extract/absent_names.py); a name said where nobody asks who it is still calls the one who
answers ("Whoa, Denise, you look great!")."""

from __future__ import annotations

import pytest

from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Turn


def _names(*lines: tuple[int, str]) -> set[tuple[str, str]]:
    turns = [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]
    return {(f.subject.label, str(f.object)) for f in speaker_names(turns) if f.predicate == "alternateName"}


@pytest.mark.parametrize("asked", ["Who is Denise?", "WHO'S Denise?", "Who was Denise, then?", "So who's that Denise?"])
def test_a_name_asked_about_and_then_called_names_no_speaker(asked: str) -> None:
    lines = ((1, asked), (2, "My cousin."), (1, "Denise! Come out!"), (2, "She's shy."))
    assert not any(name == "Denise" for _, name in _names(*lines))


def test_a_chinese_name_asked_about_names_no_speaker() -> None:
    lines = ((1, "丹尼斯是谁？"), (2, "我表妹。"), (1, "丹尼斯！出来吧！"), (2, "她害羞。"))
    assert not any(name == "丹尼斯" for _, name in _names(*lines))


def test_a_name_called_where_nobody_asks_who_still_names_the_one_who_answers() -> None:
    lines = ((1, "Whoa, Denise, you look great!"), (2, "Thanks, I got a haircut."), (1, "It suits you."))
    assert ("Speaker 2", "Denise") in _names(*lines)
