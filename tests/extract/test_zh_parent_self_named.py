"""A call of 妈 goes to the one who spoke of herself as 妈 to the caller before, not to whoever spoke last.
"""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_call_of_mum_goes_to_the_one_who_called_herself_so() -> None:
    got = facts((1, "我叫邝一鸣，住三楼。"), (2, "一鸣，床铺好了就下楼吃饭，妈先走了。"), (3, "阿姨慢走，我们会照顾他的。"),
                (4, "我们几个都是一个班的吧？"), (3, "对，都是化学系的。"), (1, "妈，你快回去吧，别等了。"))
    assert ("Speaker 1", "parent", "Speaker 2") in got, got
    assert ("Speaker 1", "parent", "Speaker 3") not in got, got
