"""A partner the speaker parted from, named in the next sentence: "I broke up with my boyfriend. His name is Mark." and
"My ex-wife called last night. Her name is Dana." end the relation with the one named (Mark, Dana), where the turn alone
ended every partner ("I broke up with my boyfriend": its object is its subject) or nothing ("my ex-wife" is no one
stored). The name must fit the partner said ("his" a boyfriend or a husband, "her" a girlfriend or a wife) and follow
that sentence, which speaks of nobody else ("My ex's new girlfriend called. Her name is Jo."); a supposition or a
question ("If I broke up with my boyfriend...") names none.

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "I broke up with my boyfriend. His name is Mark.")
>>> state = TurnState()
>>> exes_named(turn, Discourse([turn]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.endings]
[('Ann', 'partner', 'Mark')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .mentions import TurnState

__all__ = ["exes_named"]

_PARTNER = r"(?P<noun>boyfriend|girlfriend|husband|wife|partner|fianc[eé]e?)"
#: "I (just) broke up with my boyfriend", "we divorced my... " is no form; "my ex-wife", "my ex" said as the sentence's
#: subject or object; then, as the next sentence, "His name is Mark", "her name was Dana", "he's called Mark".
_PARTED = lazy(
    rf"(?:\bi\s+(?:just\s+|finally\s+|recently\s+|officially\s+)*(?:broke\s+up\s+with|split\s+(?:up\s+)?with|divorced|"
    rf"dumped|left|separated\s+from)\s+my\s+(?:(?:long-?time|long-?distance|old)\s+)?{_PARTNER}"
    rf"|\bmy\s+ex(?:-|\s+)?(?P<exnoun>boyfriend|girlfriend|husband|wife|partner|fianc[eé]e?)?(?![\w-]))"
    r"(?P<rest>[^.!?]*)[.!]+\s+(?:(?P<p>his|her|their)\s+name\s*(?:'s|’s|\s+is|\s+was)|(?P<p2>he|she|they)\s*(?:'s|’s|\s+is|"
    r"\s+was)\s+(?:called|named))\s+(?P<n>(?-i:[A-Z][a-z][\w'-]*))", re.I)
_NOT_TOLD = lazy(r"\b(?:if|would|wish|should|might)\b", re.I)
#: Someone else the sentence speaks of, whom the name may be of ("My ex's new girlfriend called. Her name is Jo.").
_SOMEONE_ELSE = lazy(r"^['’]s\b|\b(?:boyfriend|girlfriend|husband|wife|partner|fianc[eé]e?|friend|sister|brother|mom|mother|"
                     r"dad|father|son|daughter|kid|child|baby|someone|somebody|guy|girl|man|woman|boss|lawyer|new)\b", re.I)
_GENDER = {"boyfriend": "m", "husband": "m", "fiance": "m", "fiancé": "m", "girlfriend": "f", "wife": "f",
           "fiancee": "f", "fiancée": "f"}


def exes_named(turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Add to ``state.endings`` the partner named after the sentence that says the speaker parted from them (module
    docstring)."""
    for m in _PARTED.finditer(turn.text):
        start = max(turn.text.rfind(mark, 0, m.start()) for mark in ".!?")
        if _NOT_TOLD.search(turn.text, start + 1, m.start("rest")) or "?" in m.group(0) \
                or _SOMEONE_ELSE.search(m.group("rest")):
            continue
        noun = (m.group("noun") or m.group("exnoun") or "partner").lower()
        pronoun = (m.group("p") or m.group("p2")).lower()
        gender = _GENDER.get(noun)
        if gender is not None and pronoun not in (("his", "he") if gender == "m" else ("her", "she")):
            continue  # "I left my husband. Her name is Ana.": someone else
        speaker = discourse.speaker(turn)
        unnamed = next((e for e in state.endings if e[0] == speaker and e[2] == speaker and e[1] in ("partner", "spouse")),
                       None)
        predicate = unnamed[1] if unnamed else "spouse" if noun in ("husband", "wife") else "partner"
        person = Entity(m.group("n"), "Person")
        discourse.mention(turn, person)
        state.endings.append((speaker, predicate, person, unnamed[3] if unnamed else 0.75, unnamed[4] if unnamed else None))
