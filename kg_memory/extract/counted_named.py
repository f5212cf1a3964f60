"""Children counted in one turn and named in a later one: "I have two daughters." ... "Lily is 10 and Rose is 7.",
我有两个孩子。……一个叫豆豆，一个叫果果 - once as many children are named in the conversation as were counted, the count's
placeholder ("Ann's two daughters", "安娜的两个孩子") gives way to them (the turn that counts them keeps its other facts).

>>> from kg_memory.types import Entity, Fact, Provenance
>>> ann = Entity("Ann", "Person")
>>> said = [Fact(ann, "child", Entity("Ann's two daughters", "Person"), sources=(Provenance("c", "1"),)),
...         Fact(ann, "child", Entity("Lily", "Person"), sources=(Provenance("c", "3"),)),
...         Fact(ann, "child", Entity("Rose", "Person"), sources=(Provenance("c", "3"),))]
>>> [f.object.label for f in counted_named(said)]
['Lily', 'Rose']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Entity, Fact
from .placeholders import placeholder_of

__all__ = ["counted_named"]

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5, "两": 2, "二": 2, "三": 3, "四": 4,
           "五": 5}
#: "Ann's two daughters", "Ann's 3 kids", "安娜的两个孩子": how many the placeholder stands for
_COUNTED = re.compile(r"(?:'s\s+(?P<en>two|three|four|five|[2-5])\s+\w+|的(?P<zh>[两二三四五2-5])个\w+)$")


def counted_named(facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` without the placeholders of children counted whom the conversation names, as many as were counted."""
    named: dict[tuple[str | None, Entity], set[Entity]] = {}
    for f in facts:
        if f.predicate == "child" and not f.ended and isinstance(f.object, Entity) \
                and not placeholder_of(f.subject, f.object):
            named.setdefault((f.source.conversation if f.source else None, f.subject), set()).add(f.object)
    out = []
    for f in facts:
        counted = _COUNTED.search(f.object.label) if f.predicate == "child" and isinstance(f.object, Entity) \
            and placeholder_of(f.subject, f.object) else None
        many = _COUNTS[counted.group("en") or counted.group("zh")] if counted else 0
        if many and len(named.get((f.source.conversation if f.source else None, f.subject), ())) >= many:
            continue  # "Ann's two daughters", both named
        out.append(f)
    return out
