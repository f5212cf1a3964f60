"""Chinese: a name said right before 你 opening a reply (小蔡你少损我, 老孙你放心) calls back the one who has just called
the speaker, as a name set off by a comma does, and tells that the one answering is the one called (issue 13,
:mod:`kg_memory.extract.called_back`). Invented scenes; a word before 你 that is no name (今天你……) calls nobody."""

from __future__ import annotations

from kg_memory.extract.called_back import first_calls
from tests.extract.dialogue_facts import facts


def _called(lines: tuple[tuple[int, str], ...]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(*lines) if p == "alternateName"}


def test_a_name_before_you_calls_back_the_caller():
    lines = ((3, "今天风好大。"), (2, "阿峰，你这速度还想跑全马？"), (1, "小邓你少笑话我，我这是热身。"), (3, "别吵了，快跑吧。"))
    assert ("Speaker 2", "小邓") in _called(lines)


def test_the_one_called_answers_calling_back():
    lines = ((1, "我先走了。"), (3, "喂，老钟，明早的车你替我开一下，我闺女发烧了。"), (2, "行，老葛你放心，我六点就到。"),
             (1, "路上慢点。"))
    assert ("Speaker 3", "老葛") in _called(lines)


def test_a_call_answered_by_a_name_before_you():
    lines = ((1, "今晚的烧烤真香。"), (2, "雅琴，你看你，跟老板聊那么欢。"), (3, "周凯你吃什么醋，人家送了我一串腰子。"),
             (1, "哈哈哈。"))
    assert ("Speaker 3", "雅琴") in _called(lines)


def test_no_name_before_you_is_no_call():
    assert first_calls("今天你去不去？", names_only=True) == []
    assert first_calls("所以你到底来不来，我等着呢。", names_only=True) == []
