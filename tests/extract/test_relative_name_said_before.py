"""A name said alone just before a turn that speaks of a relative's name ("Lena." - "Could you not say my sister's name
while we dance?", 莉娜卡。 - 你别老叫我姐姐的名字。) is that relative's: neither it nor its short form names a speaker
(:mod:`kg_memory.extract.absent_names`). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines", [
    ((1, "Lena."), (2, "Could you not say my sister's name while we dance?"), (1, "Sorry, babe."), (2, "Hm."),
     (1, "Lena."), (2, "Len."), (1, "Lena."), (2, "Len.")),
    ((1, "莉娜卡。"), (2, "你跳舞的时候别老叫我姐姐的名字，行吗？"), (1, "宝贝，我就是确认一下。"), (2, "哦。"), (1, "莉娜卡。"),
     (2, "莉娜。"), (1, "莉娜卡。"), (2, "莉娜。")),
])
def test_a_relatives_name_said_before_names_no_speaker(lines):
    assert not names(*lines)


def test_a_relatives_name_given_after_it_leaves_the_call_before():
    got = names((1, "Rachel?"), (2, "Yes? And my sister's name is Amy."), (1, "Rachel, hi."))
    assert ("Speaker 2", "Rachel") in got
