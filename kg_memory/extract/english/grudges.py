"""Anger between people, said in conversation: "I'm so mad at Chandler", "I was pissed at you", "Chandler's the one
I'm mad at", "Ross hates me", "Bill and Colleen hate us"; and the one someone loves, said the same way ("Ross is the
one I love").

Only statements count: "I'm not mad at you" and "I was never angry with him" match nothing, a sentence ending in "?"
is a question, and one under "if" or "would" is read elsewhere as a supposition (the caller skips it). "You" is the
person the turn speaks to; "him"/"her" only a person whose gender is known.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "I am so mad at Chandler.")
>>> state = TurnState()
>>> scan_grudges("I am so mad at Chandler.", t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'negativeImpression', 'Chandler')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import FEMALE, MALE, Discourse
from .lexicon import DEMONYMS, NAME, NOT_NAMES, OBJECT_PRONOUNS, STOP
from .mentions import TurnState

__all__ = ["scan_grudges"]

_ANGRY = r"(?:mad|angry|furious|pissed(?:\s+off)?|livid)"
#: "I'm so mad at Chandler", "we were really angry with you".
_MAD_AT = lazy(
    r"(?<![\w'’])(?i:i\s+am|i['’]m|i\s+was|we\s+are|we['’]re|we\s+were|i\s+have\s+been|i['’]ve\s+been)\s+"
    r"(?i:(?:so|really|still|just|very|totally|kind\s+of|kinda|a\s+little|a\s+bit|also|pretty|super|soo+)\s+)*"
    rf"(?i:{_ANGRY})\s+(?i:at|with)\s+(?:(?P<you>(?i:you))(?![\w'’])(?!\s+(?i:guys|all|two|both|people)\b)|"
    r"(?P<him>(?i:him))\b|(?P<her>(?i:her))(?=\s*(?:[.!,;…]|$|(?i:and|but|too|now|right|for)\b))|"
    rf"(?P<name>{NAME})(?![\w'’-]))")
#: "Chandler's the one I'm mad at", "Ross is the one I love".
_THE_ONE = lazy(
    rf"(?<![\w'’])(?P<name>{NAME})(?:['’]s|\s+(?i:is))\s+(?i:the\s+(?:one|guy|girl|man|woman|person))\s+(?i:(?:that|who)\s+)?"
    rf"(?i:i['’]m|i\s+am|i)\s+(?i:(?:so|really|still|truly)\s+)*(?:(?P<neg>(?i:{_ANGRY}\s+at|hate))|(?P<pos>(?i:love)))"
    r"(?=\s*(?:[.!,;…]|$))")
#: "Ross hates me", "Bill and Colleen hate us", "Monica is mad at me", "Sandra from HR hates me" (Sandra, not HR).
_HATES_ME = lazy(
    rf"(?<![\w'’])(?<!\bfrom\s)(?<!\bat\s)(?<!\bin\s)(?<!\bof\s)(?:(?P<b>{NAME})\s+(?i:and)\s+)?(?P<a>{NAME})"
    rf"(?:\s+(?i:from|at|in|over\s+in)\s+(?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)?)?"  # "Sandra from HR": Sandra
    r"\s+(?i:(?:really|still|totally|so|just|kind\s+of)\s+)*"
    rf"(?:(?P<verb>(?i:hates?|despises?))|(?i:is|are|was|were)\s+(?i:(?:so|really|still|very)\s+)*(?i:{_ANGRY})\s+(?i:at|with))\s+"
    r"(?i:me|us)(?![\w'’])")


def _named(name: str, turn: Turn) -> Entity | None:
    name = name.removesuffix("'s").removesuffix("’s")
    first = name.split()[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS or name == turn.speaker \
            or first in ("everybody", "everyone", "nobody", "somebody", "someone", "that", "this", "it", "god"):
        return None
    return Entity(name, "Person")


def _meant(m: dict[str, str | None], turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    if m.get("you"):
        return discourse.addressed(turn)
    if m.get("him") or m.get("her"):
        found = discourse.third_person_named(turn, MALE if m.get("him") else FEMALE)
        return found if found is not None and "'s " not in found[0].label else None
    named = _named(m["name"] or "", turn) if m.get("name") else None
    return (named, 0.9) if named is not None else None


def scan_grudges(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the anger (or love) between the speaker and a person that ``sentence`` states (see the module)."""
    low = sentence.lower()
    if sentence.rstrip().endswith("?") or not any(w in low for w in ("mad", "angry", "furious", "pissed", "livid",
                                                                       "hate", "despise", "the one")):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _MAD_AT.finditer(sentence):
        who = _meant(m.groupdict(), turn, discourse)
        if who is not None and who[0] != speaker:
            out.append((speaker, "negativeImpression", who[0], round(0.75 * who[1], 2), None))
    for m in _THE_ONE.finditer(sentence):
        named = _named(m.group("name"), turn)
        if named is not None:
            out.append((speaker, "negativeImpression" if m.group("neg") else "positiveImpression", named, 0.7, None))
    for m in _HATES_ME.finditer(sentence):
        if m.group("verb") and m.group("verb").lower().endswith("s") != (m.group("b") is None):
            continue  # "Coins hate me": a plural noun, not a person; "Bill and Colleen hates me": no sentence
        for name in (m.group("a"), m.group("b")):
            named = _named(name, turn) if name else None
            if named is not None:
                out.append((named, "negativeImpression", speaker, 0.7, None))
    state.collect(out)
