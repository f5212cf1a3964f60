"""A name called at the head of a sentence, anywhere in a turn, and answered by a call back (for :mod:`.called_back`).

"Quiet, everyone. Odette, ring the bell." - "Bell's ringing, Mr. Vance.": the one who answers by calling the caller by
another name, in their first sentence and after other words, is the one called, as one answering "What?" is, however
late in the turn the call comes and however seldom the one answering speaks; and the name said back is the caller's.
:func:`.called_back.opening_call` reads a call opening a turn, and in English only a relative or a title; this reads an
English name too, which a comma and a word in lower case follow ("Odette, ring ...", "Odette, you ..."), or one alone
opening the turn before a sentence said to "you" ("Ottoline! Your father is on the phone." - "Tell him I'm busy, Greta.").

Not a name the calling turn says itself ("Nell, this is Dmitri." - "Good to meet you, Dmitri.": the one introduced is
greeted), nor an answer that opens with a call of its own ("Cass, you're late." - "Bo, let her be.": a third speaks
up), nor one whose words a sentence makes a name ("Sorry, Ruth.", "Going, going."): the dialogue writes them in lower
case, or they are not names at all.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "A", "Quiet, everyone. Odette, ring the bell."), Turn("c", "2", "B", "Bell's ringing, Mr Vance.")]
>>> answered_by_name(ts, 0, "Odette"), calls_caller_back(ts, 1, 16), calls_caller_back(ts, 1, 0)
(True, True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .lang import has_han
from .names import lower_words, plausible_name
from .patterns import lazy

__all__ = ["answered_by_name", "calls_caller_back"]

#: A name (one capitalised word, or a title and a surname) opening a sentence, before a comma and a word in
#: lower case: "Odette, ring the bell.", "Mr Vance, you ..."; or a name alone opening the turn before "You"/"Your"
#: ("Ottoline! Your father is on the phone.", "Calloway. You're late.").
_HEAD_CALL = lazy(r"(?:^|[.!?]\s+)(?P<n>(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][a-z'’]+)\s*,\s+(?=[a-z])"
                  r"|^\W*(?P<alone>[A-Z][a-z'’]+)\s*[!.]\s+(?=(?:You|Your|You're|You’re)\b)")
#: The first sentence of a turn, and a name said after other words in it, set off by a comma before it and closing
#: the sentence or a clause ("Bell's ringing, Mr Vance.", "I know, Odette, I know").
_FIRST = lazy(r"^[^.!?…]*[.!?…]*")
_BACK = lazy(r"(?<=[a-z'’]),\s+(?P<n>(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][a-z'’]+(?:\s[A-Z][a-z]+)?)\s*(?=[,.!?…]|$)")
#: A later sentence that thanks someone by name and says nothing else: "Thanks, Mick.", "Thank you, Ms Lund!"
_THANKS_BACK = lazy(r"(?<=[.!?…]\s)\s*(?i:thanks|thank\s+you),\s+(?P<n>(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][a-z'’]+)\s*[.!]*\s*$")
#: "he" or "she" straight after a name said back ("Fine, Theo, he's right."): one speaks to another of the caller.
_OF_SOMEONE = lazy(r"\s*,\s*(?:he|she)\b")
#: A turn opening with a name and a comma (after a greeting word): a call of its own, perhaps a third speaking up.
_OPENS_CALLING = lazy(r"^\W*(?:(?:oh|hey|hi|well|okay|ok|so|and)\W+)?(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][a-z'’]+(?:\s[A-Z][a-z]+)?"
                      r"\s*[,!]")


def _called_at_heads(text: str, lower: frozenset[str]) -> list[str]:
    """The names ``text`` calls at the head of a sentence ("Odette, ring the bell.")."""
    names = (m.group("n") or m.group("alone") for m in _HEAD_CALL.finditer(text))
    return [n for n in names if plausible_name(n, lower)]


def _said_back(text: str, lower: frozenset[str]) -> list[re.Match[str]]:
    """The names the first sentence of ``text`` calls someone by after other words ("Bell's ringing, Mr Vance."), or a
    later sentence thanks someone by ("Tell her to wait. Thanks, Mick.": for the message brought)."""
    first = _FIRST.match(text)
    end = first.end() if first else 0
    found = [*_BACK.finditer(text, 0, end), *_THANKS_BACK.finditer(text, end)]
    return [m for m in found if plausible_name(m.group("n"), lower)]


def _named_in(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w'-]){re.escape(name.split()[-1])}(?![\w'-])", text) is not None


def _answers_back(call: Turn, answer: Turn, called: str, lower: frozenset[str]) -> list[int]:
    """Where ``answer``, another speaker's, calls the speaker of ``call`` back by a name ``call`` does not say (none
    where it calls nobody so)."""
    if answer.speaker == call.speaker or _OPENS_CALLING.match(answer.text):
        return []
    return [m.start("n") for m in _said_back(answer.text, lower)
            if m.group("n") != called and not _named_in(m.group("n"), call.text) and not _OF_SOMEONE.match(answer.text, m.end())]


def answered_by_name(turns: Sequence[Turn], i: int, name: str) -> bool:
    """Whether turn ``i`` calls ``name`` at the head of a sentence and the next turn, another speaker's, answers by
    calling the caller back by another name: the one answering is the one called."""
    if i + 1 >= len(turns) or has_han(turns[i].text) or name not in turns[i].text \
            or turns[i + 1].speaker == next((t.speaker for t in reversed(turns[:i]) if t.speaker != turns[i].speaker), None):
        return False  # the one who answers spoke just before too: the call is theirs already, on both sides
    lower = lower_words(t.text for t in turns)
    return name in _called_at_heads(turns[i].text, lower) and bool(_answers_back(turns[i], turns[i + 1], name, lower))


def calls_caller_back(turns: Sequence[Turn], i: int, start: int) -> bool:
    """Whether the name turn ``i`` says at ``start`` calls back the speaker of the turn before, who called someone at
    the head of a sentence ("Odette, ring the bell." - "Bell's ringing, Mr Vance.": Mr Vance is the one who called)."""
    if i == 0 or has_han(turns[i].text) or turns[i - 1].speaker == turns[i].speaker:
        return False
    lower = lower_words(t.text for t in turns)
    return any(start in _answers_back(turns[i - 1], turns[i], name, lower)
               for name in _called_at_heads(turns[i - 1].text, lower))
