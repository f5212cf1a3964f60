"""这位是？ asks who the one beside the listener is: an answer giving a relative and their name (我媳妇，小宁。) introduces
that relative, and the name is no call of the one who asked (issue 13). Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_wife_introduced_is_not_the_one_who_asked():
    found = facts((1, "许磊，你又迟到了，罚酒三杯。这位是？"), (3, "我媳妇，小宁。她是我研究生同学，不是咱们队的。"),
                  (4, "早听许磊说过，你们队长特别能喝。"))
    assert ("Speaker 1", "alternateName", "小宁") not in found, found
    assert ("Speaker 3", "spouse", "Speaker 1") not in found, found
    assert ("Speaker 3", "spouse", "小宁") in found, found

