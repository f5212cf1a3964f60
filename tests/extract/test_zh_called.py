"""Chinese: a parent called by what they are, and a speaker who introduces themself by a relation (issue 13,
:mod:`kg_memory.extract.chinese.called`): invented text, with calls that name nobody present and hypotheticals
that must give nothing."""

from __future__ import annotations

import pytest

from kg_memory.types import Turn


def _said(rules, triples, *texts: str, speakers=("鲍勃", "安娜")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return triples(rules.extract(turns))


@pytest.mark.parametrize("text", ["爸爸！", "你好爸爸。", "是的!再见爸爸。", "生日快乐爸爸。", "这是怎么回事，爸爸？", "妈咪！"])
def test_a_parent_called(rules, triples, text):
    assert ("安娜", "parent", "鲍勃") in _said(rules, triples, "你回来了。", text)


@pytest.mark.parametrize("text", [
    "妈妈在这里？",
    "我的妈妈！",
    "爸，这是菲比。",
    "妈妈，爸爸，我回来了。",
    "来，给妈妈笑一个。",
    "如果你是我爸爸，那就好了。",
])
def test_no_parent_spoken_of_presented_or_supposed(rules, triples, text):
    said = _said(rules, triples, "你回来了。", text)
    assert ("安娜", "parent", "鲍勃") not in said
    assert ("鲍勃", "child", "安娜") not in said


def test_a_speaker_introduced_as_someones_relative(rules, triples):
    said = _said(rules, triples, "你好。", "我是莫妮卡·盖勒...罗斯的妹妹。")
    assert ("罗斯", "sibling", "安娜") in said
    assert ("鲍勃", "roommate", "安娜") in _said(rules, triples, "你是谁？", "我是埃迪，你室友。")


@pytest.mark.parametrize("text", ["我是埃迪，你室友？", "我不是埃迪，你室友。"])
def test_no_relative_from_a_question_or_a_denial(rules, triples, text):
    assert ("鲍勃", "roommate", "安娜") not in _said(rules, triples, "你是谁？", text)
