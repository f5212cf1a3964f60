"""How the speaker looks, said in passing: a look after a description of oneself ("i am a girl with blond hair",
"i am fat with a beard", "i am a 22 year old guy with a long beard", "i am the one with pink hair"), hair dyed a
colour ("i just dyed my hair purple"), and a look or a condition of the body said of "being" ("i got teased for
being short", "being blind , i plan ahead"). Only the speaker's own looks, in statements; a look of someone the speaker
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
from ..framework import Found, lazy
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
#: A look or a condition of the body (not a mood, an age or a purse: "being young", "being broke" may be anyone's)
_BODY = (r"(?:tall|short|overweight|obese|fat|thin|skinny|slim|petite|muscular|bald|blonde?|brunette|a\s+redhead|redhead|"
         r"ginger|blind|deaf|disabled|handicapped|diabetic|autistic|pregnant|left[\s-]handed|right[\s-]handed|colou?r[\s-]?blind|"
         r"tattooed|paralyzed|celiac|asthmatic|epileptic|hard\s+of\s+hearing)(?!\s+(?:on|of|with|for|to)\b)")
#: "(i was made fun of) for being short", "being blind , i have to be organized", "(i love) being tall", "being short and
#: chubby (kills my confidence)": the speaker's own look, said of "being" at the start of a clause or after a word that
#: leads to it (not "his being short", "people being fat", "not being tall")
_BEING = lazy(
    r"(?:^|\b(?:for|since|of|about|from|with|by|like|love|hate|enjoy|mind|as|but|and|despite|because\s+of|due\s+to)\s+)"
    r"(?<!\bnot\s)being\s+(?:(?:so|very|really|super|too|quite|pretty|a\s+little|a\s+bit|kind\s+of|legally)\s+)*"
    rf"(?P<t>{_BODY})(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:so|very|really|super|kind\s+of)\s+)?(?P<t2>{_BODY}|chubby))?\b",
    re.I,
)
_FIRST_PERSON = lazy(r"\b(?:i|me|my|i'm|im)\b", re.I)
#: Someone else before "being": "my sister got teased for being short", "i love him for being tall" (their look)
_SOMEONE_ELSE = lazy(r"\b(?:you|your|he|she|they|his|her|him|them|their|people|someone|everyone|my\s+[a-z]+|"
                     r"(?-i:(?!Being\b)[A-Z][a-z]+))\b", re.I)
_NOT = lazy(r"\b(?:not|never|no)\b|n't\b", re.I)


def scan_looks(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the look ``clause`` (a statement) says the speaker has, in the ways of the module doc."""
    low = clause.lower()
    state.collect(_being_so(clause, turn, discourse) if "being" in low else [])  # "for being short"
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


def _being_so(clause: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's looks that ``clause`` says of "being" ("for being short"), in a turn that speaks of the speaker
    ("being blind , i have to be organized"); none with a "not" or someone else before the look ("my son was teased
    for being short").

    >>> t = Turn("c", "1", "Ann", "i got teased for being short and chubby")
    >>> [o for _, _, o, _, _ in _being_so(t.text, t, Discourse([t]))]
    ['short', 'chubby']
    """
    m = _BEING.search(clause)
    before = clause[:m.start("t")] if m else ""
    if m is None or not _FIRST_PERSON.search(turn.text) or _NOT.search(before) or _SOMEONE_ELSE.search(before):
        return []
    looks = [m.group("t"), m.group("t2")] if m.group("t2") else [m.group("t")]
    speaker = discourse.speaker(turn)
    return [(speaker, "trait", " ".join(t.lower().removeprefix("a ").split()), 0.6, None) for t in looks]
