"""A pet the speaker named before, said by its name to have died (豆豆去年走了, 球球上个月没了, 咪咪前年去世了): the speaker
has it no more (an ending of ``hasPet``), as "Sadly Max passed away" ends an English speaker's Max. 走了 and 没了 say a
death only of a pet held: said of anyone else they may mean leaving. Not a question (豆豆走了吗), nor a pet near death
(豆豆快不行了).

>>> from kg_memory.types import Fact, Provenance
>>> ann, doudou = Entity("安娜", "Person"), Entity("豆豆", "Animal")
>>> earlier = [Fact(ann, "hasPet", doudou, sources=(Provenance("c", "1", "安娜"),))]
>>> [(f.predicate, f.object.label, f.ended) for f in pets_gone(Turn("c", "3", "安娜", "豆豆去年走了。"), ann, earlier)]
[('hasPet', '豆豆', True)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...types import Entity, Fact, Turn
from ..framework import end_facts
from ..timeexpr import find_time

__all__ = ["pets_gone"]

#: When, between the name and the death: 去年, 上个月, 两年前, 已经, 突然
_WHEN = r"(?:去年|前年|今年|上个?月|上周|上星期|昨天|前天|前几天|最近|刚刚?|已经|突然|不幸|[一二两三四五六七八九十几0-9]+(?:年|个月|周|天)前|，)*"
_GONE = r"(?:走了|没了|去世了|过世了|死了|病死了|老死了|不在了)(?![吗呢？?])"


def pets_gone(turn: Turn, speaker: Entity, earlier: Sequence[Fact]) -> list[Fact]:
    """The endings of the speaker's pets, named before in the conversation, that ``turn`` says died (module)."""
    held = {f.object.label: f.object for f in earlier if f.subject == speaker and f.predicate == "hasPet" and not f.ended
            and isinstance(f.object, Entity) and f.source is not None and f.source.conversation == turn.conversation}
    found = []
    for name, pet in held.items():
        m = re.search(rf"(?<![\u4e00-\u9fff]){re.escape(name)}{_WHEN}{_GONE}", turn.text)
        if m is not None:
            mention = find_time(m.group(0), turn.time, "zh")
            found.append((speaker, "hasPet", pet, 0.75, mention.value if mention else None))
    return end_facts(found, turn) if found else []
