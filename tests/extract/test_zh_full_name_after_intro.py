"""我是小闫，闫子轩 / 我姓潘，潘立群 / 我是老蔡呀，蔡永红: the full name said right after a familiar form of it is the
speaker's own name too, not a name said to the one spoken to; 我是小王，王老师让我来的 and 我是老李，李家的 give none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "name"), [
    ("您好，我是小闫，闫子轩，今天我带您看房。", "闫子轩"),
    ("我姓潘，潘立群，社区派来登记的。", "潘立群"),
    ("大姐？我是老蔡呀，蔡永红，你不记得了？", "蔡永红"),
])
def test_the_full_name_is_the_speakers(line: str, name: str) -> None:
    got = facts((1, "你好，请问你是？"), (2, line), (1, "哦哦，你好你好。"))
    assert any(s == "Speaker 2" and p in ("name", "alternateName") and o == name for s, p, o in got), got
    assert not any(s == "Speaker 1" and o == name for s, p, o in got), got


@pytest.mark.parametrize(("line", "word"), [("我是小王，王老师让我来的。", "王老师"), ("我是老李，李家的。", "李家的")])
def test_no_full_name_follows(line: str, word: str) -> None:
    got = facts((1, "你好，请问你是？"), (2, line), (1, "哦哦，你好你好。"))
    assert not any(o == word for s, p, o in got), got
