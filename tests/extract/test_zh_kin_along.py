"""Chinese: a relative the speaker does something with is the speaker's (我和老公一起去旅游了, 周末带着女儿去爬山, 跟老公去了
三亚, 我跟我姐关系特别好); not one the clause says the tie with ended (我和男朋友分手了, 我跟老婆离婚了), nor one of another
(他跟他老婆去了日本), nor a hypothetical. The speaker's relative a listener left is the speaker's (你刚刚和我姐姐分手了).
"""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _facts(text: str) -> set[tuple[str, str, str, bool]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("我和老公上个月一起去了云南", ("安娜", "spouse", "安娜的老公")),
    ("周末带着女儿去爬山了", ("安娜", "child", "安娜的女儿")),
    ("跟老婆去了三亚，玩得很开心", ("安娜", "spouse", "安娜的老婆")),
    ("我跟我姐关系特别好", ("安娜", "sibling", "安娜的姐")),
    ("昨天陪儿子去打疫苗了", ("安娜", "child", "安娜的儿子")),
])
def test_a_relative_along_is_the_speakers(text: str, fact: tuple[str, str, str]) -> None:
    assert (*fact, False) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", ["我和男朋友上周分手了", "我跟老婆去年离婚了", "如果我和老公去日本的话", "他跟他老婆去了日本"])
def test_no_current_tie(text: str) -> None:
    found = _facts(text)
    assert not any(s == "安娜" and p in ("spouse", "partner") and not ended and o != "安娜" for s, p, o, ended in found), found


def test_a_time_before_the_speaker() -> None:
    assert ("安娜", "child", "安娜的儿子", False) in _facts("周末我跟我儿子去钓鱼了")


def test_the_listener_who_left_the_speakers_sister_left_her_not_someone_named_so() -> None:
    turns = [Turn("c", "1", "鲍勃", "我得走了。"), Turn("c", "2", "安娜", "你刚刚和我姐姐分手了！")]
    found = {(f.subject.label, f.predicate, f.object.label, f.ended) for f in RuleExtractor().extract(turns)
             if isinstance(f.object, Entity)}
    assert ("鲍勃", "partner", "安娜的姐姐", True) in found, found
    assert not any(o == "我姐姐" for _, _, o, _ in found), found
