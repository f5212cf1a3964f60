"""A relative of a relative, in Chinese: told with 他/她 after the first (我哥哥住在南京。他老婆是医生。), the second is
a placeholder named after the first (安娜的哥哥的老婆) whose facts are kept, with the link from the first (they were
dropped: a label with two 的 read as a piece of a sentence). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*said: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(n), "安娜", text) for n, text in enumerate(said)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("said", "link", "fact"), [
    (("我弟弟住在天津。", "他老婆在一家医院上班。"), ("安娜的弟弟", "spouse", "安娜的弟弟的老婆"),
     ("安娜的弟弟的老婆", "worksFor", "医院")),
    (("我姑姑在广州开店。", "她儿子是飞行员。"), ("安娜的姑姑", "child", "安娜的姑姑的儿子"),
     ("安娜的姑姑的儿子", "jobTitle", "飞行员")),
    (("我姐姐嫁到了杭州，她老公是杭州人。",), ("安娜的姐姐", "spouse", "安娜的姐姐的老公"),
     ("安娜的姐姐的老公", "hometown", "杭州")),
])
def test_relative_of_relative_said_with_a_pronoun(said: tuple[str, ...], link: tuple[str, str, str],
                                                  fact: tuple[str, str, str]) -> None:
    found = facts(*said)
    assert link in found and fact in found, found


@pytest.mark.parametrize("said", [
    ("他老婆是医生。",),  # no one before whom 他 names
    ("我哥哥住在南京。", "他的车是新买的。"),  # a thing of his, no relative
])
def test_no_relative_of_relative_unsaid(said: tuple[str, ...]) -> None:
    assert not any("的老婆" in s or "的车" in o for s, _, o in facts(*said)), facts(*said)


@pytest.mark.parametrize(("text", "links", "fact"), [
    ("我老公的哥哥在中信银行上班。", [("安娜", "spouse", "安娜的老公"), ("安娜的老公", "sibling", "安娜的老公的哥哥")],
     ("安娜的老公的哥哥", "worksFor", "中信银行")),
    ("我女儿的男朋友是湖南人。", [("安娜", "child", "安娜的女儿"), ("安娜的女儿", "partner", "安娜的女儿的男朋友")],
     ("安娜的女儿的男朋友", "hometown", "湖南")),
    ("我妈妈的妹妹住在昆明。", [("安娜", "parent", "安娜的妈妈"), ("安娜的妈妈", "sibling", "安娜的妈妈的妹妹")],
     ("安娜的妈妈的妹妹", "livesIn", "昆明")),
    ("我同事的老婆是律师。", [("安娜", "colleague", "安娜的同事"), ("安娜的同事", "spouse", "安娜的同事的老婆")],
     ("安娜的同事的老婆", "jobTitle", "律师")),
])
def test_relative_of_relative_heads_the_clause(text: str, links: list[tuple[str, str, str]],
                                                fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert set(links) <= found and fact in found, found


@pytest.mark.parametrize(("text", "kept"), [
    ("我哥哥的女儿叫小红。", ("安娜的哥哥", "child", "小红")),  # named: the name, no placeholder
    ("我哥哥是医生。", ("安娜的哥哥", "jobTitle", "医生")),
])
def test_one_relative_read_as_before(text: str, kept: tuple[str, str, str]) -> None:
    found = facts(text)
    assert kept in found and not any(s.count("的") > 1 for s, _, _ in found), found


def test_he_is_not_his_own_brother() -> None:
    """我老公有个弟弟。他弟弟……: 他 read as the brother just said gives no brother of the brother (安娜的老公的弟弟的弟弟)."""
    found = facts("我老公有个弟弟。", "他弟弟在德国留学。")
    assert ("安娜的老公", "sibling", "安娜的老公的弟弟") in found
    assert not any(s.count("的") > 2 or o.count("的") > 2 for s, _, o in found), found
