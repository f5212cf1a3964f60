"""A doctor's nurse works for the doctor: "Imke's been my nurse for nine years", said by a doctor, makes the speaker
Imke's boss, where the same words said by a patient make the speaker her client (:mod:`.my_trades`).

Who is a doctor is known from the conversation: another speaker answers one of the speaker's turns by calling them
"Dr. <name>", "Doctor" or "Doc" ("Imke, pass me the mirror." - "Here you go, Dr. Lenz."), or the speaker says "I'm a
doctor" (a dentist, a surgeon, a vet...) or "I'm Dr. Lenz". A patient called by name in the same talk changes nothing.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "Ann", "Pass me the mirror."), Turn("c", "2", "Bo", "Here you go, Dr. Lenz."),
...       Turn("c", "3", "Ann", "Bo's been my nurse for years.")]
>>> trade_tie("nurse", ts[2], Discourse(ts)), trade_tie("nurse", ts[1], Discourse(ts)), trade_tie("lawyer", ts[2], Discourse(ts))
('boss', 'client', 'client')
"""

from __future__ import annotations

import re

from ...types import Turn
from ..framework import lazy
from ..pronouns import Discourse

__all__ = ["trade_tie"]

#: The helpers a doctor has: "my nurse", "my nurses".
_STAFF = frozenset({"nurse"})
#: A doctor called: "Here you go, Dr. Lenz.", "Doctor, it's your son.", "Thanks, Doc!" (a call, set off by a comma or
#: ending the sentence).
_CALLED_DOCTOR = lazy(r"(?:^|[,.!?]\s*)(?:Dr\.?\s+[A-Z][\w'-]+|Doctor|Doc)(?:\s+[A-Z][\w'-]+)?\s*(?:[,.!?]|$)")
#: "I'm a doctor", "I am a dentist", "I'm Dr. Lenz": the speaker says it.
_I_AM_DOCTOR = lazy(r"\bI(?:'m|’m|\s+am)\s+(?:a\s+(?:doctor|dentist|surgeon|physician|vet|veterinarian|GP)\b(?!['’]s)|Dr\.?\s+[A-Z])", re.I)


def trade_tie(trade: str, turn: Turn, discourse: Discourse) -> str:
    """How the one who is "my ``trade``" in ``turn`` is tied to its speaker: ``boss`` for a doctor's nurse (module
    docstring), ``client`` (the speaker is served) otherwise."""
    if trade.lower() not in _STAFF:
        return "client"
    turns = discourse.conversation(turn)
    for i, said in enumerate(turns):
        if said.speaker != turn.speaker:
            continue
        if _I_AM_DOCTOR.search(said.text):
            return "boss"
        answer = turns[i + 1] if i + 1 < len(turns) else None
        if answer is not None and answer.speaker != turn.speaker and _CALLED_DOCTOR.search(answer.text):
            return "boss"
    return "client"

