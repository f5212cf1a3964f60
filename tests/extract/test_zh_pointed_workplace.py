"""我在学校后门那家书店上班: the employer is the shop pointed at (书店), not the whole phrase with where it stands."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "shop"), [("我在学校后门那家书店上班。", "书店"), ("我在菜市场旁边那个超市工作。", "超市"),
                                            ("我在地铁口那家面包店打工。", "面包店")])
def test_the_shop_is_the_employer(line: str, shop: str) -> None:
    got = facts((1, "你在哪儿上班？"), (2, line), (1, "离家近吗？"))
    assert ("Speaker 2", "worksFor", shop) in got, got
    assert not any(p == "worksFor" and o != shop for _, p, o in got), got


def test_someones_shop_names_no_employer() -> None:
    got = facts((1, "你在哪儿上班？"), (2, "我在我舅舅那个五金店帮忙上班。"), (1, "挺好。"))
    assert not any(p == "worksFor" and "那个" in o for _, p, o in got), got
