"""A thing of one's own named before "i drive", "i own" or "i bought": "the car i drive is black", "the new house i
just bought", "the bar that i own", "we hung out in the camper we recently bought". Not one driven or bought for
someone else or for work ("the truck i drive for work", "the bike i bought for my son"), one not had ("the car i drive
isn't mine", "the car i want to buy"), nor a past one ("the car i drove in college": "drove" is not read).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "x")
>>> state = TurnState()
>>> scan_owned_after("the old truck i drive is falling apart", turn, Discourse([turn]), state)
>>> scan_owned_after("we met at the cafe that we own", turn, Discourse([turn]), state)
>>> scan_owned_after("the van i drive for work is huge", turn, Discourse([turn]), state)
>>> [(p, o.label) for _, p, o, _, _ in state.facts]
[('owns', 'truck'), ('owns', 'cafe')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import POSSESSION
from .mentions import TurnState

__all__ = ["scan_owned_after"]

_BY_ME = r"\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:(?:just|recently|finally|now|still|currently|actually)\s+)?"
_WORD = r"(?!(?:i|we|that|which|and|or|my|to)\b)[\w'-]+"
#: Places of business and property, owned (beside the things of :data:`~.lexicon.POSSESSIONS`)
_PROPERTY = (r"(?:bar|pub|nursery|greenhouse|gym|studio|land|acres|property|mansion|firm|agency|practice|clinic|boutique|"
             r"franchise|bookstore|winery|brewery|vineyard|orchard|building|stables?|kennel|daycare|diner|bistro|hotel|"
             r"motel|inn)")
#: "the (cool red) car i drive", "a (new) house we just bought", "the bar that i own", "a greenhouse nursery i own"
_OWNED_AFTER = lazy(
    rf"\b(?:the|a|an|this|that)\s+(?:{_WORD}\s+){{0,2}}?(?P<o>{POSSESSION})(?![\w'-]){_BY_ME}(?:drive|own|bought|lease|ride)\b"
    rf"|\b(?:the|a|an|this)\s+(?P<o2>(?:{_WORD}\s+)?{_PROPERTY})(?![\w'-]){_BY_ME}own\b",
    re.I,
)
#: After the verb: for someone else or for work ("the truck i drive for work", "the bike i bought for my son").
_FOR_ANOTHER = lazy(r"\s+(?:for|to)\s+(?:work|a\s+living|my|his|her|their|our|the|a|an|him|them|someone|uber|lyft)\b", re.I)
#: A thing told not to be one's own ("isn't mine", "a rental", "borrowed", "the company car").
_NOT_OWN = lazy(r"\bnot\s+(?:really\s+)?mine\b|n't\s+(?:really\s+)?mine\b|\brent(?:ed|al)\b|\bborrow|\bcompany\b", re.I)

#: A verb of having just before the thing: "i own (a mini van that i drive)", read as such elsewhere.
_HAD_BEFORE = lazy(r"\b(?:own|owns|have|has|got|bought|buy|drive|drives|ride|rides|lease|leases)\s+$", re.I)


def scan_owned_after(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the things ``clause`` (a statement) names as driven, owned or bought by the speaker (see the module)."""
    low = clause.lower()
    if not (" i " in f" {low} " or " we " in f" {low} ") or _NOT_OWN.search(clause):
        return
    out: list[Found] = []
    for m in _OWNED_AFTER.finditer(clause):
        thing = (m.group("o") or m.group("o2")).lower()
        if _FOR_ANOTHER.match(clause, m.end()) or _HAD_BEFORE.search(clause, 0, m.start()):
            continue  # "i own a mini van that i drive": told by the verb before (:mod:`.possessions`)
        out.append((discourse.speaker(turn), "owns", Entity(thing, "Thing"), 0.6, None))
    state.collect(out)
