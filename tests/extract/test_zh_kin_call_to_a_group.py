"""姐姐，你们……: a kin word called at a turn's head and then spoken to as 你们 is how a child greets a group of young
women, not a call of one sister (issue 13): the speaker just before is no sibling of the caller. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_sisters_spoken_to_as_you_all_are_no_siblings():
    found = facts((1, "这是我儿子小满，九岁了。小满，带姐姐们去看看房间。"), (4, "姐姐，你们的房间在三楼，窗户对着海。"),
                  (2, "小满真乖。"))
    assert not {f for f in found if f[1] == "sibling" and "Speaker 4" in (f[0], f[2])}


def test_a_sister_called_alone_is_still_read():
    found = facts((1, "我先去洗碗了。"), (2, "姐姐，你别忙了，我来洗。"), (1, "那你洗吧。"))
    assert ("Speaker 2", "sibling", "Speaker 1") in found
