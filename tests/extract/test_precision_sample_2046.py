"""Causes of wrong facts in the hand-labelled DialogRE sample of seed 2046 (benchmarks/labels/extract_precision.csv),
each removed by a general rule (issue 13), with the look-alikes that must keep their facts. Invented lines.

The cause: a Chinese relative and a name of three characters alone in a clause (我的前男友约瑟夫！, 我的上司伊丽莎，……)
also gave the name cut to two (约瑟, 伊丽), beside the whole name."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept, told


def test_a_relative_and_a_three_character_name_alone_in_a_clause_keep_the_whole_name() -> None:
    facts = kept("我的上司伊丽莎，昨天还问起你。")
    assert ("安娜", "boss", "伊丽莎") in facts and not any(o == "伊丽" for _, _, o in facts)
    facts = kept("我的同事王小明，今天请假了。")
    assert ("安娜", "colleague", "王小明") in facts and not any(o == "王小" for _, _, o in facts)


def test_a_former_partner_named_alone_in_a_sentence_keeps_the_whole_name() -> None:
    facts = told("没有！我的前男友约瑟夫！他又打电话来了。")
    assert ("安娜", "partner", "约瑟夫", True) in facts and not any(o == "约瑟" for _, _, o, _ in facts), facts


def test_a_relative_whose_name_is_followed_by_what_is_said_of_them_stays() -> None:
    assert {("安娜", "sibling", "李娜"), ("李娜", "livesIn", "上海")} <= kept("我姐姐李娜住在上海。")
    assert ("安娜", "sibling", "小红") in kept("我的妹妹小红。")
    assert ("安娜", "friend", "乔伊") in kept("我的好朋友乔伊坐在那儿。")
