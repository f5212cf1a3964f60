"""Who serves the speaker in a trade: "Dr. Pruitt is my doctor", "my lawyer, Dan Ortiz,", "she's my therapist",
"you're my agent" make the speaker that person's client (as "I was her accountant" makes her the speaker's:
:mod:`.serving`); a doctor's nurse has the doctor for a boss (:mod:`.doctors_staff`).

The caller (:func:`.relations.scan_relations`) leaves out sentences with a negation, a condition or a modal ("Dan is
not my lawyer", "if Dan were my lawyer"); questions are left out here ("Is Dan your lawyer?"), and so is someone's
helper ("Dan is my lawyer's assistant"). "He" and "she" are a man or woman named a little before, only when no one
else of that gender could be meant; "you", the one spoken to.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turns = [Turn("c", "1", "Ann", "Who was that?"), Turn("c", "2", "Bob", "Dr. Pruitt is my doctor.")]
>>> state = TurnState()
>>> scan_my_trades(turns[1].text, turns[1], Discourse(turns), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Dr. Pruitt', 'client', 'Bob')]
"""

from __future__ import annotations

from ...types import Turn
from ..framework import lazy
from ..pronouns import Discourse
from .doctors_staff import trade_tie
from .lexicon import NAME
from .mentions import TurnState
from .segment import is_question
from .serving import TRADES, named_person, person_meant

__all__ = ["scan_my_trades"]

_MODS = r"(?i:(?:old|new|personal|regular|family|eye|own|favou?rite|usual)\s+)?"
#: "Dan is my lawyer", "she's my therapist", "you're my agent", "Dr. Kim has been my dentist for years".
_IS_MY = lazy(
    rf"(?<![\w'’])(?:(?P<pron>(?i:he|she|you))|(?P<name>{NAME}))(?:\s+(?i:is|was|has\s+been|have\s+been|are|were)|"
    r"(?i:['’]s|['’]re))\s+(?i:(?:still|just|also|actually|only|really)\s+)*"
    rf"(?i:my)\s+{_MODS}(?P<trade>(?i:{TRADES}))(?![\w'’-])(?!\s*['’]s)(?!\s+(?i:friend|assistant|wife|husband|son|daughter))"
)
#: "my lawyer, Dan Ortiz,", "my therapist Dr. Kim says": the trade before the name.
_MY_NAMED = lazy(
    rf"(?<![\w'’])(?i:my)\s+{_MODS}(?P<trade>(?i:{TRADES}))\s*,?\s+(?P<name>{NAME})(?![\w'’-])"
)


def scan_my_trades(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record whom the speaker is a client of as ``sentence`` says (see the module)."""
    if "my " not in sentence.lower() or is_question(sentence):
        return
    speaker = discourse.speaker(turn)
    for m in _IS_MY.finditer(sentence):
        who = person_meant(m.group("pron"), m.group("name"), sentence, turn, discourse)
        if who is not None and who[0] != speaker and "'s " not in who[0].label:
            tie = trade_tie(m.group("trade"), turn, discourse)  # a doctor's nurse: the doctor is her boss
            state.collect([(who[0], tie, speaker, round(0.75 * who[1], 2), None)])
    for m in _MY_NAMED.finditer(sentence):
        person = named_person(m.group("name"), turn)
        if person is not None and person != speaker:
            state.collect([(person, trade_tie(m.group("trade"), turn, discourse), speaker, 0.7, None)])
            discourse.mention(turn, person)
