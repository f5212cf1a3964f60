"""How far along a pregnancy is says one is pregnant (as "I'm pregnant"): "i'm 6 months pregnant", "my wife is 20
weeks pregnant", "im like eight months pregnant with our second"; not a past pregnancy, a denial or a supposition,
nor months of something else ("I'm 6 months sober" is no pregnancy)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "subject"), [
    ("i'm 6 months pregnant with baby #2 🥰", "Ann"),
    ("my wife is 20 weeks pregnant", "Ann's wife"),
    ("im like eight months pregnant with our second", "Ann"),
    ("My sister is almost 7 months pregnant!", "Ann's sister"),
    ("I'm 34 weeks pregnant and exhausted", "Ann"),
])
def test_weeks_or_months_pregnant_is_pregnant(text: str, subject: str) -> None:
    found = facts(text)
    assert (subject, "trait", "pregnant") in found, found


@pytest.mark.parametrize("text", [
    "I was 6 months pregnant when we moved",
    "I'm not 6 months pregnant lol",
    "If I were 6 months pregnant I'd be huge",
    "I'm 6 months sober",
])
def test_no_pregnancy_now(text: str) -> None:
    found = facts(text)
    assert not any(o == "pregnant" for _, _, o in found), found


@pytest.mark.parametrize(("text", "subject"), [
    ("i am pregnant for the first time .", "Ann"),
    ("im currently pregnant with my first, so scared lol", "Ann"),
    ("I'm pregnant with twins!!", "Ann"),
    ("my wife is pregnant with our second", "Ann's wife"),
])
def test_pregnant_with_a_child_or_for_a_time_is_pregnant(text: str, subject: str) -> None:
    found = facts(text)
    assert (subject, "trait", "pregnant") in found, found


def test_a_child_named_stays_beside_the_pregnancy() -> None:
    found = facts("I am pregnant with Emma")
    assert {("Ann", "child", "Emma"), ("Ann", "trait", "pregnant")} <= found, found


@pytest.mark.parametrize("text", ["If I were pregnant with twins I'd cry", "I'm not pregnant with twins lol"])
def test_no_pregnancy_supposed_or_denied(text: str) -> None:
    assert not any(o == "pregnant" for _, _, o in facts(text))
