"""A name glued to the yes that opens a reply (issue 13): "小周，把病历拿来。" - "好的刘医生。", "好嘞程叔！": the name is the
caller's, as with a comma ("好的，刘医生。"); a 好的 inside a clause ("人挺好的王老师") calls no one."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("reply, name", [
    ("好的刘医生，我这就去。", "刘医生"),
    ("好嘞程叔！", "程叔"),
    ("来了蓉姐！马上。", "蓉姐"),
    ("收到孙总。", "孙总"),
])
def test_a_name_glued_to_the_yes_is_the_callers(reply, name):
    found = facts((1, "小周，把三号床的病历拿过来。"), (2, reply), (1, "快点啊。"))
    assert ("Speaker 1", "alternateName", name) in found
    assert ("Speaker 2", "alternateName", name) not in found


def test_a_yes_inside_a_clause_calls_no_one():
    found = facts((1, "你们新来的班主任怎么样？"), (2, "人挺好的王老师。"), (1, "那就好。"))
    assert not any(p == "alternateName" and o == "王老师" for _, p, o in found)
