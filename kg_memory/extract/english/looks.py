"""How the speaker looks, said in passing: a look after a description of oneself ("i am a girl with blond hair",
"i am fat with a beard", "i am a 22 year old guy with a long beard", "i am the one with pink hair") and hair dyed a
colour ("i just dyed my hair purple"). Only the speaker's own looks, in statements; a look of someone the speaker
is with or likes ("i am dating a girl with red hair", "i am in love with his hair", "i am happy with my hair") and a
wish, a question or a denial give nothing (questions and wishes never reach here: :mod:`.rules` drops them).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "x")
>>> state = TurnState()
>>> scan_looks("i am a tall girl with long red hair", turn, Discourse([turn]), state)
>>> scan_looks("i just dyed my hair blue and green", turn, Discourse([turn]), state)
>>> scan_looks("i am dating a guy with a beard", turn, Discourse([turn]), state)
>>> [(p, o) for _, p, o, _, _ in state.facts]
[('trait', 'tall'), ('trait', 'long red hair'), ('trait', 'blue and green hair')]
"""

from __future__ import annotations

import re

from ...types import Turn
from ..framework import lazy
from ..pronouns import Discourse
from .lexicon import COLORS, TRAITS, alts
from .mentions import TurnState

__all__ = ["scan_looks"]

_LOOK = r"(?:hair|eyes|beard|mustache|moustache|tattoos?|piercings?|freckles|dreadlocks|dreads)"
#: words that describe the speaker before "with": "a", "tall", "22 year old", "guy" (no verb, no other person)
_DESCRIBING = (r"(?:a|an|the|just|only|really|very|pretty|super|quite|kind\s+of|and|\d+|year|years|old|foot|feet|"
               r"guy|girl|man|woman|boy|lady|dude|person|fella|gal|kid|teen|teenager|one|mom|dad|mother|father|grandma|"
               r"grandpa|redneck|hippie|nerd|geek|biker|" + alts(TRAITS) + r")")
_WITH_LOOK = lazy(
    r"^(?:(?:so|well|and|but|oh|yeah|yes|lol|haha|hi|hey|hello)[\s,!.]+)*(?:i\s+am|i'm|im)\s+"
    rf"(?:{_DESCRIBING}[\s,]+){{1,7}}with\s+(?:(?:a|an|some)\s+)?(?P<t>(?:[\w'-]+\s+){{0,3}}?{_LOOK})\b",
    re.I,
)
_COLOR = "(?:" + "|".join(sorted(COLORS)) + r"|blonde?|rainbow|platinum)"
#: "i dyed my hair purple", "i just colored my hair blue and green"
_DYED = lazy(
    r"^(?:(?:so|well|and|but|oh|yeah|yes|lol|haha)[\s,!.]+)*i\s+(?:just\s+|recently\s+|finally\s+)?"
    rf"(?:dyed|died|colou?red|bleached)\s+my\s+hair\s+(?P<c>{_COLOR}(?:\s+(?:and|&)\s+{_COLOR})?)\b",
    re.I,
)
_TRAIT_WORDS = frozenset(TRAITS.split()) - {"old", "young"}
_NOT = lazy(r"\b(?:not|never|no)\b|n't\b", re.I)


def scan_looks(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the look ``clause`` (a statement) says the speaker has, in the ways of the module doc."""
    low = clause.lower()
    if "hair" not in low and "with" not in low or _NOT.search(clause):
        return
    m = _WITH_LOOK.match(clause)
    if m is not None and m.group("t").lower() in ("hair", "eyes"):
        m = None  # "i am blonde with hair to my knees": no look named (its length comes after)
    if m is not None:  # "i am tall with long hair": tall too ("a 22 year old guy": no trait "old")
        said = [w for w in low[:m.start("t")].replace(",", " ").split() if w in _TRAIT_WORDS]
        state.collect([(discourse.speaker(turn), "trait", t, 0.65, None) for t in [*said, m.group("t").lower()]])
    dyed = _DYED.match(clause)
    if dyed is not None:
        state.collect([(discourse.speaker(turn), "trait", f"{dyed.group('c').lower()} hair", 0.6, None)])
