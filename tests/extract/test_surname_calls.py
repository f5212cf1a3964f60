"""老胡, 胡叔, 胡老板 call one man, 彭大姐 and 彭姐 one woman: a call by the same surname is a form of one name, so one who
says any of them bears none ("胡叔，您又来啦" said by the mechanic's son, then "老胡你别听他瞎说" by the mechanic: both the
customer's, neither the son's nor the mechanic's). 钱叔 and 钱姐, 小钱 and 老钱 stay two."""

from __future__ import annotations

from kg_memory.extract.surname_calls import same_surname_call
from tests.extract.dialogue_facts import facts


def test_one_customer_called_by_his_surname() -> None:
    got = facts((1, "老孟，我那台拖拉机修好没？"), (2, "好了好了，胡老板，就换了根皮带。"),
                (3, "胡叔，您又来啦，我爸天天念叨您。"), (2, "老胡你别听他瞎说。"))
    assert not any(p == "alternateName" and o in ("胡叔", "老胡") and s in ("Speaker 2", "Speaker 3") for s, p, o in got), got
    assert ("Speaker 1", "alternateName", "胡老板") in got, got


def test_one_woman_called_two_ways() -> None:
    got = facts((1, "彭大姐，您七十了还天天跳？"), (3, "彭姐，你家孙子考上了没？"), (2, "考上了，考上了。"))
    assert ("Speaker 3", "alternateName", "彭大姐") not in got and ("Speaker 1", "alternateName", "彭姐") not in got, got


def test_other_forms_stay_apart() -> None:
    assert not same_surname_call("钱叔", "钱姐") and not same_surname_call("小钱", "老钱")
    assert not same_surname_call("钱先生", "钱太太") and not same_surname_call("老钱", "老彭")
