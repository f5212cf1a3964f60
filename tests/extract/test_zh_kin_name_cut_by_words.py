"""A relative's name cut where the words go on: 我儿子小军物理不错 names the son 小军 (物理 is a word that starts
after him, not 小军物); 我闺女英语德语都会 names no daughter 英语 (a language is no given name). A three-character
name whose last character starts no word (我姐姐林晓红学习很好) stays whole."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "predicate", "name"), [("我儿子小军数学特别好。", "child", "小军"),
                                                         ("我姐姐林晓红学习很好。", "sibling", "林晓红"),
                                                         ("我同事王建国是工程师。", "colleague", "王建国")])
def test_the_name_ends_where_a_word_begins(line: str, predicate: str, name: str) -> None:
    got = facts((1, "你家里人都好吗？"), (2, line))
    assert ("Speaker 2", predicate, name) in got, got
    assert not any(o.startswith(name) and o != name for _, _, o in got), got


@pytest.mark.parametrize("line", ["我闺女英语德语都会说。", "我儿子语文还行，数学差点。", "我女儿美术学得最好。"])
def test_a_language_or_a_subject_is_no_name(line: str) -> None:
    got = facts((1, "孩子学习怎么样？"), (2, line))
    assert not any(o in ("英语", "语文", "美术") for _, _, o in got), got
