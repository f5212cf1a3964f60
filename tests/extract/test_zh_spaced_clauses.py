"""Chinese typed as on a phone, clauses parted by spaces instead of commas: each clause is read as after a comma
(我老家安徽的 在南京上班, 今年29 在武汉当老师); a space beside a word in Latin letters is no clause's end."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("我是山东人 现在在南京上班", ("安娜", "workLocation", "南京")),
    ("我今年29 在武汉当老师", ("安娜", "jobTitle", "老师")),
    ("我今年29 在武汉当老师", ("安娜", "age", "29")),
    ("我对花粉过敏 一到春天就打喷嚏", ("安娜", "trait", "对花粉过敏")),
    ("我儿子五岁了 特别喜欢恐龙", ("安娜的儿子", "age", "5")),
    ("我换工作了😂 现在在京东", ("安娜", "worksFor", "京东")),
    ("我养了只布偶猫  叫奶糖", ("安娜", "hasPet", "奶糖")),
    ("我妈妈是医生\u3000在县医院", ("安娜的妈妈", "jobTitle", "医生")),
])
def test_a_clause_after_a_space_is_read_as_after_a_comma(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)
    assert kept(line) == kept(line.replace("  ", "，").replace(" ", "，").replace("\u3000", "，").replace("，，", "，"))


@pytest.mark.parametrize(("line", "fact"), [
    ("我在 Apple 上班", ("安娜", "worksFor", "Apple")),
    ("我在 Apple 上班 住在库比蒂诺", ("安娜", "livesIn", "库比蒂诺")),
])
def test_a_word_in_latin_letters_keeps_its_spaces(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize(("line", "facts"), [
    ("我同事叫Ryan 是个新加坡人", {("安娜", "colleague", "Ryan"), ("Ryan", "nationality", "新加坡")}),
    ("我老公叫Marco 在米兰开餐厅", {("安娜", "spouse", "Marco")}),
])
def test_a_space_after_a_name_in_latin_letters_ends_its_clause(line: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= kept(line), kept(line)
