"""Where one rents a home (我也租在望京, 租在阳光小区) or has a new home (我新家在南京) is where one lives (issue 13)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text, place", [
    ("离得不远，我也租在阳光小区，三号楼。", "阳光小区"),
    ("我现在租在海淀，上班方便。", "海淀"),
    ("我新家在南京，下个月搬。", "南京"),
])
def test_a_rented_or_new_home(text, place):
    assert ("安娜", "livesIn", place) in {f[:3] for f in told(text)}


@pytest.mark.parametrize("text", ["我租在公司旁边。", "我租在这个小区。", "我不租在市区。"])
def test_no_place_named(text):
    assert not any(p == "livesIn" for _, p, _, _ in told(text))
