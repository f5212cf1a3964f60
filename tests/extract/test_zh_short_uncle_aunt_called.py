"""舅，这车咋办？ / 姑，你路上慢点。: 舅 and 姑 said alone are 舅舅 and 姑姑 said short, words only family calls one by: the
one spoken to is the speaker's relative (:func:`kg_memory.extract.chinese.called.relatives_called`); 姑娘 is no 姑."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_jiu_alone_is_an_uncle_called():
    got = facts((1, "小军，把地上的扳手递给我。"), (2, "舅，这台车的刹车片也要换吗？"), (1, "换，都磨平了。"))
    assert ("Speaker 2", "relative", "Speaker 1") in got


def test_gu_alone_is_an_aunt_called():
    got = facts((1, "我先回去了，你们慢慢吃。"), (2, "姑，我送送你。"), (1, "不用，你回去陪你爸。"))
    assert ("Speaker 2", "relative", "Speaker 1") in got


def test_a_girl_called_guniang_is_no_aunt():
    got = facts((1, "我先回去了，你们慢慢吃。"), (2, "姑娘，我送送你。"), (1, "不用，您回去吧。"))
    assert not any(p == "relative" for _, p, _ in got)
