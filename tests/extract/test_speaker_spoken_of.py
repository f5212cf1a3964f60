"""A name said of someone in the turn that calls it names no speaker (kg_memory/extract/speakers.py): a name before
"told"/"said" ("Gina... Gina told me you moved"), a name repeated as the subject after a comma ("Mona , Mona's right
there"), and two people introduced to each other ("Kristin, meet Carol. Carol, meet Kristin.", "克莉丝汀，这位是卡萝，
卡萝，这位是克莉丝汀。"); a plain call still names the one who answers."""

from __future__ import annotations

import pytest

from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Turn


def _names(*lines: tuple[int, str]) -> set[tuple[str, str]]:
    turns = [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]
    return {(f.subject.label, str(f.object)) for f in speaker_names(turns) if f.predicate == "alternateName"}


@pytest.mark.parametrize("line, name", [
    ("Hey, um, Gina... Gina told me you moved?", "Gina"),
    ("Look, Mona , Mona's right there. Let me win!", "Mona"),
    ("Kristin, meet Carol. Carol, meet Kristin.", "Carol"),
    ("克莉丝汀，这位是卡萝，卡萝，这位是克莉丝汀。", "卡萝"),
])
def test_a_name_said_of_someone_names_no_speaker(line: str, name: str) -> None:
    lines = ((1, "Hi."), (2, "Hello."), (1, line), (2, "Yeah."), (1, "Okay."))
    assert not any(n == name for _, n in _names(*lines))


def test_a_plain_call_names_the_one_who_answers() -> None:
    lines = ((1, "Hi."), (2, "Hello."), (1, "Gina, you moved?"), (2, "Yeah."), (1, "Okay."))
    assert ("Speaker 2", "Gina") in _names(*lines)
