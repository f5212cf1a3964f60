"""我们星河科技的王总 / 我们金秋合唱团下个月演出: a firm or a club the speaker calls theirs by name is theirs (``worksFor``,
``memberOf``); 我们公司, 我们这家公司, 我们去红星医院, 我们学校医院, 我们搬家公司 (a trade) name none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "predicate", "org"), [
    ("下面有请我们星河科技的王总讲两句！", "worksFor", "星河科技"),
    ("我们金秋合唱团下个月去市里演出。", "memberOf", "金秋合唱团"),
    ("咱们红枫羽毛球俱乐部今年又招了不少新人。", "memberOf", "红枫羽毛球俱乐部"),
])
def test_the_org_called_ours_is_the_speakers(line: str, predicate: str, org: str) -> None:
    got = facts((1, line), (2, "好啊。"))
    assert ("Speaker 1", predicate, org) in got, got


@pytest.mark.parametrize("line", ["我们公司今年效益不错。", "我们这家公司不大。", "我们去红星医院看看吧。", "我们学校医院的大夫挺好。",
                                  "我们已经买了飞鹰队比赛的票。", "我们搬家公司干了十几年了。", "我们广告公司加班多。"])
def test_no_org_named(line: str) -> None:
    got = facts((1, line), (2, "好啊。"))
    assert not any(s == "Speaker 1" and p in ("worksFor", "memberOf") for s, p, o in got), got
