"""老周你真有福气，老婆这么能干: a bare 老婆 (媳妇, 老公) said after 你 in the sentence is the one spoken to's, not the
speaker's; said alone (老婆这么能干) or after 你知道 it is still the speaker's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_wife_of_the_one_told_is_not_the_speakers() -> None:
    got = facts((1, "来来来，尝尝我老婆做的红烧肉。"), (2, "老周你真有福气，老婆这么能干。"), (1, "哈哈，还行还行。"))
    assert ("Speaker 2", "spouse", "Speaker 2的老婆") not in got, got


def test_a_bare_wife_said_alone_is_the_speakers() -> None:
    got = facts((1, "最近怎么样？"), (2, "你知道吗，老婆下个月要生了。"), (1, "恭喜恭喜！"))
    assert ("Speaker 2", "spouse", "Speaker 2的老婆") in got, got
