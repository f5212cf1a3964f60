"""A marriage licence got is a marriage: 我跟男朋友小周领证了 (married, 小周 the spouse), 我跟女朋友领了结婚证; not
我没跟男朋友领证 nor 要领证了 (to come)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "spouse"), [
    ("我跟男朋友小周领证了。", "小周"),
    ("我和张伟领证了", "张伟"),
    ("我跟女朋友领了结婚证", "安娜的女朋友"),
    ("我跟男朋友已经领证了！", "安娜的男朋友"),
    ("我跟男朋友小周结婚了。", "小周"),
])
def test_a_marriage_licence_is_a_marriage(line: str, spouse: str) -> None:
    assert {("安娜", "spouse", spouse), ("安娜", "maritalStatus", "married")} <= kept(line), kept(line)


@pytest.mark.parametrize("line", ["我没跟男朋友领证。", "我跟男朋友要领证了"])
def test_a_licence_not_got_is_no_marriage(line: str) -> None:
    assert not any(p in ("spouse", "maritalStatus") for _, p, _ in kept(line)), kept(line)
