"""Neighbours told to the one called: 老狄，咱们两家就住对门 (the speaker and 老狄 live door to door), 小周，我们是老邻居了.

In a group the 咱们 of such a sentence is the speaker and the one the sentence calls by name first, not the one who spoke
last (a child may have, and the 咱们两家 is the two families): only a sentence that calls someone by a name
(:func:`~.segment.is_called_name`) at its start gives the pair. Not read: 咱们两家就住对门 with no name called (who the
other is stays unknown), 老狄，你们住对门吗 (a question: the clause reader drops it before), 咱们要是住对门就好了 (a wish).

>>> from kg_memory.extract.pronouns import Discourse
>>> t = Turn("c", "1", "安娜", "老狄，咱们两家就住对门，以后可以轮流接孩子。")
>>> [(s.label, p, o.label) for s, p, o, _, _ in next_door_called(t.text, t, Discourse([t]))]
[('安娜', 'neighbor', '老狄')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import HAN
from .segment import is_called_name

__all__ = ["next_door_called"]

#: A name called, then 我们/咱们 (two families) living door to door or being neighbours: 老狄，咱们两家就住对门.
_NEXT_DOOR_CALLED = lazy(rf"^\s*(?P<n>[{HAN}]{{2,4}})[，,]\s*(?:我们|咱们|咱)(?:俩|两家|两个|两家人)?(?:就|都|也|一直|还|可)*"
                         r"(?:住(?:在)?(?:对门|隔壁|楼上楼下)|门对门住着?|是(?:对门|邻居|老邻居|隔壁邻居))"
                         r"(?:的|啊|呢|了|呀|嘛)*(?=[，,。！!…]|$)")


def next_door_called(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's neighbour ``sentence`` calls by name before telling they live door to door (module docstring)."""
    m = _NEXT_DOOR_CALLED.match(sentence)
    if m is None or not is_called_name(m.group("n")):
        return []
    return [(discourse.speaker(turn), "neighbor", Entity(m.group("n"), "Person"), 0.7, None)]
