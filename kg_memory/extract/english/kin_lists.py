"""Several people named with one relation: "my friends, Bill and Colleen", "these are our friends, Tom and Sue", "my
sisters Amy, Jill and Beth", "Ross's parents Jack and Judy" (each named is that relative), and "Jack and Judy are
Ross's parents", "Bill and Colleen are my best friends" (the same, said the other way round).

:mod:`.mentions` reads "my friend Bill" (one name); here every name of the list counts, the first as well. The owner
is the speaker ("my", "our"), the one spoken to ("your"), the last man or woman mentioned ("his", "her") or the person
named ("Ross's"). A supposition ("if Bill and Colleen are my friends") or a negation ("Bill and Colleen are not my
friends": the verb must be followed by the owner) tells nothing; the caller passes no questions.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "You should meet my friends, Bill and Colleen.")
>>> state = TurnState()
>>> scan_kin_lists(t.text, t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'friend', 'Bill'), ('Ann', 'friend', 'Colleen')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse, gender_of_noun
from .lexicon import KIN_PREDICATE, PLAIN_NAME
from .mentions import TurnState
from .seeing import lover_of

__all__ = ["scan_kin_lists"]

#: Two or more names: "Bill and Colleen", "Amy, Jill and Beth", "Amy, Jill, and Beth".
_NAMES = rf"{PLAIN_NAME}(?:\s*,\s*{PLAIN_NAME})*\s*,?\s+(?i:and)\s+{PLAIN_NAME}"
#: Relations said of several people at once.
_PLURAL = (r"friends|buddies|pals|sisters|brothers|siblings|parents|kids|children|sons|daughters|twins|cousins|"
           r"roommates|neighbou?rs|colleagues|co-?workers|classmates|clients|aunts|uncles|grandparents")
_MODS = r"(?:(?i:best|good|closest|close|oldest|old|dear|dearest|new|little|big|older|younger|twin)\s+)*"
_OWNER = r"(?i:my|our|your|his|her)|" + PLAIN_NAME + r"['’]s?"
#: "my friends, Bill and Colleen", "Ross's parents Jack and Judy".
_OWNER_FIRST = lazy(rf"(?<![\w'’])(?P<own>{_OWNER})\s+{_MODS}(?P<noun>(?i:{_PLURAL}))\s*,?\s+(?P<names>{_NAMES})(?![\w'’-])")
#: "Jack and Judy are Ross's parents", "Bill and Colleen are my best friends".
_NAMES_FIRST = lazy(rf"(?<![\w'’])(?P<names>{_NAMES})\s+(?i:are|were)\s+(?:(?i:both|all|also|still|really)\s+)*"
                    rf"(?P<own>{_OWNER})\s+{_MODS}(?P<noun>(?i:{_PLURAL}))(?![\w'’-])")
_ONE = lazy(PLAIN_NAME)
#: Words that make the statement a supposition or a wish.
_UNSURE = lazy(r"\b(?:if|unless|whether|wish|pretend|suppose|imagine)\b", re.I)
#: Capitalised words that open a list and are no name.
_NO_NAME = frozenset("and but so oh well yeah this these those they we you he she it i".split())
_NOUN_FIX = {"neighbours": "neighbors", "coworkers": "colleagues", "co-workers": "colleagues"}


def _owner(word: str, sentence: str, turn: Turn, discourse: Discourse) -> Entity | None:
    low = word.lower()
    if low in ("my", "our"):
        return discourse.speaker(turn)
    if low in ("your", "his", "her"):
        who = lover_of({"your": "you", "his": "he", "her": "she"}[low], sentence, turn, discourse)
        return who[0] if who is not None else None
    name = re.sub(r"['’]s?$", "", word)
    return None if name.split()[0].lower() in _NO_NAME else Entity(name, "Person")


def scan_kin_lists(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record each person of a list named with one relation in ``sentence`` (see the module)."""
    if " and " not in sentence or _UNSURE.search(sentence):
        return
    out: list[Found] = []
    for pattern in (_OWNER_FIRST, _NAMES_FIRST):
        for m in pattern.finditer(sentence):
            owner = _owner(m.group("own"), sentence, turn, discourse)
            if owner is None:
                continue
            noun = m.group("noun").lower()
            predicate = KIN_PREDICATE[_NOUN_FIX.get(noun, noun)]
            names = [n for n in _ONE.findall(m.group("names")) if n.split()[0].lower() not in _NO_NAME]
            for name in names:
                person = Entity(name, "Person")
                if person != owner and name != turn.speaker:
                    out.append((owner, predicate, person, 0.75, None))
                    discourse.mention(turn, person, gender_of_noun(noun.rstrip("s")))
    state.collect(out)
