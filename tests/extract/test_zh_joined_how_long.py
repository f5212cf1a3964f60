"""入职/加入 followed by how long ago (我入职三个月了才知道) tells no employer; 入职了腾讯 still does (issue 13)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", ["我入职三个月了才知道这件事。", "我入职两年多了，还没见过老板。", "我入职半年就升职了。"])
def test_how_long_since_joining_is_no_employer(text):
    assert not any(p == "worksFor" for _, p, _, _ in told(text))


@pytest.mark.parametrize("text, org", [("我上个月入职了腾讯。", "腾讯"), ("我刚入职了一家外企。", "外企")])
def test_a_place_joined_is_the_employer(text, org):
    assert ("安娜", "worksFor", org, False) in told(text)
