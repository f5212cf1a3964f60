"""我找不到我送来的那只鹦鹉，它是一只灰鹦鹉，名字叫豆豆: the 叫 clause after an animal counted by its classifier (or said as
它) names the animal, not the speaker; where the animal is the speaker's own (我送来的那只鹦鹉) it is their pet."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def test_the_name_is_the_parrots_and_the_parrot_is_the_speakers() -> None:
    got = facts((1, "我找不到我送来的那只鹦鹉，它是一只灰鹦鹉，名字叫豆豆。"), (2, "您先别着急，我帮您查一下。"))
    assert ("Speaker 1", "hasPet", "豆豆") in got, got
    assert not any(p in ("name", "alternateName") and o == "豆豆" for s, p, o in got), got


@pytest.mark.parametrize("line", ["那头老黄牛，它干了一辈子活，名字叫大黑。", "我去年捐给动物园的猴子，它是一只卷尾猴，名字叫阿福。"])
def test_an_animal_named_gives_the_speaker_no_name(line: str) -> None:
    got = facts((1, line), (2, "真的吗？"))
    assert not any(s == "Speaker 1" and p in ("name", "alternateName") for s, p, o in got), got


@pytest.mark.parametrize(("line", "name"), [("我是新来的，叫石磊。", "石磊"), ("这只是小事，我叫石磊，你叫我小石就行。", "石磊")])
def test_the_speakers_own_name_stays(line: str, name: str) -> None:
    got = facts((1, line), (2, "你好。"))
    assert any(s == "Speaker 1" and p in ("name", "alternateName") and o == name for s, p, o in got), got
