"""A brother or sister called as one: "Yes, big sister.", "Thanks, little brother!", "Night, baby sis": the speaker's
sibling is the one spoken to.

Only a sibling word with its age ("big", "little", "baby", "older", "younger", "kid", "lil") counts: "sister" or "bro"
alone is said to friends as often ("Preach, sister!", "Thanks, bro"), unless the same sentence speaks of a parent or
grandparent the two share, by the bare kin word or as "our" ("Gran's asleep, sis.", "Bro, our dad is here.": a friend
says "your dad"); and a turn that also calls a parent ("Twice a week, Mama. Hi, little sister.") speaks to more than
one. The call is set off at the start or the end of
the sentence; "my big sister" or "your little brother" inside a sentence is no call (:mod:`.relations` reads those).
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .mentions import TurnState

__all__ = ["scan_called_siblings"]

_AGED = r"(?:big|little|baby|older|younger|kid|lil['’]?)\s+(?:sister|brother|sis|bro)"
_LEAD = r"(?:(?:oh|yes|yeah|yep|no|nope|okay|ok|sure|fine|thanks|thank\s+you|bye|goodbye|night|good\s+night|morning|" \
    r"good\s+morning|hi|hey|hello|look|listen|come\s+on|sorry|well|love\s+you|i\s+love\s+you)[\s,!.]+)*"
#: "Yes, big sister.", "Big brother, help!" (start); "..., little brother." (end); "thanks little bro" (end, no comma)
_CALL = lazy(
    rf"^{_LEAD}(?P<a>{_AGED})\s*(?:[!.,?]|$)"
    rf"|,\s*(?P<b>{_AGED})\s*[!.?]*$"
    rf"|\b(?:thanks|thank\s+you|bye|goodbye|night|love\s+you|miss\s+you|hi|hey)\s+(?P<c>{_AGED})\s*[!.?]*$",
    re.I,
)

#: A sibling word alone called at the start or the end of a sentence ("Sis, look.", "..., bro!"): a call only beside
#: kin the two share (:data:`_SHARED_KIN`).
_PLAIN_CALL = lazy(rf"^{_LEAD}(?:sister|brother|sis|bro)\s*[!.,?]|,\s*(?:sister|brother|sis|bro)\s*[!.?]*$", re.I)
#: A parent or grandparent spoken of by the bare kin word, as of one's own ("Gran's asleep", "and Dad said"), or as
#: "our": kin the speaker shares with the one called "sis" (not "Mum," or "..., Dad.": a call to the parent).
_SHARED_KIN = lazy(r"(?:^|[.!?,;]\s*|\b(?:and|but|so|if|when|because|since)\s+)(?:Mum|Mom|Mam|Dad|Grandad|Granddad|"
                   r"Grandpa|Grandma|Gran|Granny|Nana|Nan)(?:['’]s\b|\s+(?!and\b)[a-z])"
                   r"|\bour\s+(?:mum|mom|dad|mother|father|parents|folks|grandad|granddad|grandpa|grandma|gran|granny|nana)\b")

#: A question of how one is kin to someone else ("You're his...?", "Are you Bao's sister?", "Who's she to you?" no):
#: "Sister. Older sister." answering it says whose sibling the speaker is, no call to the one who asked.
_ASKED_WHOSE = lazy(r"\b(?:his|her|their|him|them|(?-i:[A-Z][a-z]+)'s)\b[^.!?]*(?:\?|\.{2,}\??|…\??)\s*$", re.I)
_BARE = lazy(rf"^{_LEAD}(?:{_AGED}|sister|brother|sis|bro)\s*[!.]*$", re.I)

#: A parent called in the same turn ("Mama, ...", "..., Dad."): the one spoken to is no sibling of the speaker's.
_PARENT_CALLED = lazy(r"(?:^|[,.!?]\s*)(?:(?i:mom|mommy|mama|mum|dad|daddy|papa|grandma|grandpa|granny)|Ma|Pa)\s*[,.!?]")


def scan_called_siblings(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the speaker's sibling when ``sentence`` of ``turn`` calls the one spoken to "big sister" or the like.

    >>> ts = [Turn("c", "1", "Ann", "You still owe me a ride."), Turn("c", "2", "Bea", "Yes, big sister. At ten.")]
    >>> state = TurnState()
    >>> scan_called_siblings("Yes, big sister.", ts[1], Discourse(ts), state)
    >>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
    [('Bea', 'sibling', 'Ann')]
    """
    if "sis" not in sentence.lower() and "bro" not in sentence.lower():
        return
    if _CALL.search(sentence.strip()) is None and not _shared_kin_call(sentence) or _PARENT_CALLED.search(turn.text):
        return  # "Twice a week, Mama. Hi, little sister.": the one spoken to first is the parent, the sister another
    who = discourse.addressed(turn)
    if who is None or who[0].label == turn.speaker or _answers_whose(sentence, turn, discourse):
        return
    sibling: Entity = who[0]
    state.collect([(discourse.speaker(turn), "sibling", sibling, round(0.75 * who[1], 2), None)])


def _answers_whose(sentence: str, turn: Turn, discourse: Discourse) -> bool:
    """Whether ``sentence`` (a sibling word alone) answers the turn before, a question of how the speaker is kin to
    someone else ("You're his...?" - "Sister. Older sister.").

    >>> ts = [Turn("c", "1", "Ann", "You're his...?"), Turn("c", "2", "Bea", "Sister. Older sister.")]
    >>> _answers_whose("Older sister.", ts[1], Discourse(ts)), _answers_whose("Yes, big sister.", ts[1], Discourse(ts[1:]))
    (True, False)
    """
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if not at or _BARE.match(sentence.strip()) is None:
        return False
    before = turns[at - 1]
    return before.speaker != turn.speaker and _ASKED_WHOSE.search(before.text) is not None


def _shared_kin_call(sentence: str) -> bool:
    """Whether ``sentence`` calls someone "sis" or "bro" while speaking of a parent or grandparent the two share.

    >>> _shared_kin_call("Grandad's a fighter, sis."), _shared_kin_call("Thanks, bro."), _shared_kin_call("My dad's ill, bro.")
    (True, False, False)
    """
    return _PLAIN_CALL.search(sentence.strip()) is not None and _SHARED_KIN.search(sentence) is not None
