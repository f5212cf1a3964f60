"""A parent or a grandparent called by the child's name: 乐乐奶奶，您来啦 / 皓皓妈妈，孩子今天挺乖的.

At a school gate, a class or a clinic, teachers and other parents call a child's mother or grandfather by the child
(乐乐奶奶, 橙橙姥爷, 皓皓妈妈: the child's pet name, then the elder's kin term, no 的); said to someone, that is how they
are called there, as a name is (:func:`child_elder`, which :func:`.segment.is_called_name` reads), and the one so
called is the child's parent or grandparent (:func:`elders_of_children`: 乐乐奶奶 is 乐乐's). Not read: 孩子他妈 (no
name), 你奶奶 (a pronoun), 李奶奶 (a surname and 奶奶: any old woman, a title of :mod:`.segment` already).

>>> from kg_memory.extract.chinese.segment import is_called_name
>>> child_elder("乐乐奶奶", is_called_name), child_elder("皓皓妈妈", is_called_name), child_elder("李奶奶", is_called_name)
(True, True, False)
>>> child_elder("你奶奶", is_called_name), child_elder("孩子妈妈", is_called_name)
(False, False)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ...types import Entity, Fact
from .lexicon import KIN_PREDICATE

__all__ = ["ELDERS", "child_elder", "elders_of_children"]

#: What a parent or a grandparent is called after a child's name (乐乐奶奶, 橙橙姥爷, 皓皓妈妈).
ELDERS = ("妈妈", "爸爸", "奶奶", "爷爷", "姥姥", "姥爷", "外婆", "外公")


def child_elder(piece: str, called: Callable[[str], bool]) -> bool:
    """Whether ``piece`` is a child's pet name (doubled, or one ``called`` says is a called name) and an elder's kin
    term: 乐乐奶奶, 皓皓妈妈, 小宇爸爸."""
    if len(piece) != 4 or not piece.endswith(ELDERS):
        return False
    child = piece[:2]
    return child[0] == child[1] and called(child) or child[0] == "小" and called(child)


def elders_of_children(facts: list[Fact]) -> list[Fact]:
    """``facts`` and, for each one called by a child's name and a kin term (Speaker 3 called 乐乐奶奶), the child's tie to
    them (乐乐 has Speaker 3 as a relative; 豆豆妈妈: a parent), unless a rule said it already (我是豆豆妈妈)."""
    had = {(f.subject.label, f.predicate, f.object.label) for f in facts if isinstance(f.object, Entity)}
    out = list(facts)
    for f in facts:
        name = str(f.object)
        if f.predicate != "alternateName" or f.subject.type != "Person" or len(name) != 4 or not name.endswith(ELDERS):
            continue
        child, predicate = Entity(name[:2], "Person"), KIN_PREDICATE[name[2:]]
        if (child.label, predicate, f.subject.label) not in had:
            had.add((child.label, predicate, f.subject.label))
            out.append(dataclasses.replace(f, subject=child, predicate=predicate, object=f.subject,
                                           confidence=round(0.9 * f.confidence, 2)))
    return out
