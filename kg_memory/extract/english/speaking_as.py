"""A speaker who speaks in the name of a bond: "As your friend, I have to tell you ...", "as Monica's older brother I
have to say this", "As her mother, I won't allow it" - the speaker is that relation of the person named, told
("your": the person the turn speaks to) or last mentioned ("his"/"her").

The bond must be followed by what the speaker says in it ("..., I ..."): "treat me as your friend" or "as your sister
would say" tell nothing, nor does "as a friend" (nobody's). A question ("As your friend, can I say something?") is
still said as one.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ross", "As Monica's older brother, I have to tell you this.")
>>> state = TurnState()
>>> scan_speaking_as(t.text, t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Monica', 'sibling', 'Ross')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import DEMONYMS, DIETS, KIN, KIN_MODS, KIN_PREDICATE, NOT_NAMES, OBJECT_PRONOUNS, STOP
from .mentions import CLOSE_MODS, TurnState
from .objects import is_job
from .people import addressee_of, third_of

__all__ = ["identity_spoken_as", "scan_speaking_as"]

#: "As your friend, I ...", "as Monica's older brother I ...", "As her mother, I ..." (at the start of the sentence or
#: after a comma or a word that leads in: "but as your friend, I ...").
_AS = lazy(
    r"(?:^|,\s*|(?<![\w'’])(?i:but|and|so|well|look|now|okay|listen)\s+)(?i:as)\s+"
    r"(?:(?P<own>(?i:your|his|her))|(?P<name>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)['’]s?)\s+"
    rf"(?i:{CLOSE_MODS})(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))\s*,?\s+(?i:i)(?![\w'’])(?!\s*(?:was|were)\b)"
)


def _named(name: str, turn: Turn) -> Entity | None:
    first = name.split()[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS or name == turn.speaker:
        return None
    return Entity(name, "Person")


def scan_speaking_as(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the bond ``sentence`` says the speaker speaks in (see the module)."""
    if "as " not in sentence.lower():
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _AS.finditer(sentence):
        noun = m.group("noun").lower()
        if noun.endswith("s") and noun not in ("boss", "sis"):
            continue  # "as your friends, we ...": others too
        own = (m.group("own") or "").lower()
        if own == "your":
            owner = addressee_of(sentence, turn, discourse)
        elif own:
            owner = third_of("he" if own == "his" else "she", turn, discourse)
        else:
            named = _named(m.group("name"), turn)
            owner = (named, 0.9) if named is not None else None
        if owner is not None and owner[0] != speaker:
            out.append((owner[0], KIN_PREDICATE[noun], speaker, round(0.75 * owner[1], 2), None))
    state.collect(out)


#: "As a nurse, I ...", "As a software engineer at Google, how should I ...": the speaker's own trade, and what is
#: said (or asked) in it
_AS_JOB = lazy(r"^(?:(?:but|and|so|well)\s+)?as\s+an?\s+(?P<job>[a-z][\w-]*(?:\s+(?!(?:at|in|for)\b)[a-z][\w-]*){0,2})"
               r"(?P<at>\s+(?:at|in|for)\s+[^,]{2,40})?\s*,\s*", re.I)
#: What follows says it is the speaker's standing: "I" in it, or a question of no one else ("what's the best flour?").
_MINE_AFTER = lazy(r"(?=.*\b[Ii]\b)|(?!.*\b(?:he|she|they|you|your|his|her|their)\b).*\?\s*$", re.I)


def identity_spoken_as(sentence: str) -> str | None:
    """"As a nurse at Mercy, any tips ... should I ...?" -> "I am a nurse at Mercy": the trade (or diet) a speaker says
    they speak or ask in, as a statement of it; None for no trade ("As a kid, I ...", "As a mom, I ...") or when what
    follows speaks of someone else ("As a teacher, she ...").

    >>> identity_spoken_as("As a software engineer at Google, how should I prepare for a review?")
    'I am a software engineer at Google'
    >>> identity_spoken_as("As a pastry chef, what's the best flour for croissants?")
    'I am a pastry chef'
    >>> identity_spoken_as("As a kid, I loved trains."), identity_spoken_as("As a teacher, she is strict.")
    (None, None)
    """
    m = _AS_JOB.match(sentence)
    job = m.group("job").lower() if m and _MINE_AFTER.match(sentence, m.end()) else ""
    if m is None or not job or not (is_job(job) or job in DIETS) or job.split()[-1] in ("student", "kid", "child"):
        return None
    return f"I am a {m.group('job')}{m.group('at') or ''}"
