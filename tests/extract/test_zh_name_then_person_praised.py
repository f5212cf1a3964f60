"""人 between a relative's name and praise of them is no part of the name: 我同事小周人很好 names the colleague 小周 (was
小周人), 我邻居刘梅人挺不错的, 我同学赵磊人特别好; 我同事的家人很好 names no one (家人: family)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "tie", "name"), [
    ("我同事小周人很好，经常帮我带早饭。", "colleague", "小周"),
    ("我邻居刘梅人挺不错的。", "neighbor", "刘梅"),
    ("我同学赵磊人特别好。", "classmate", "赵磊"),
])
def test_the_name_before_person_praised(said: str, tie: str, name: str) -> None:
    found = told(said)
    assert ("安娜", tie, name, False) in found, found
    assert not any(o.endswith("人") for _, _, o, _ in found), found


def test_family_is_no_name() -> None:
    found = told("我同事的家人很好。")
    assert not any(p == "colleague" and o != "安娜的同事" for _, p, o, _ in found), found
