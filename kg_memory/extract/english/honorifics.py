"""What a person is, told by the title before their name: "Dr. Green called" (a doctor), "I'm Professor Geller" (the
speaker, a professor), "ask Nurse Kim", "Officer Burke stopped me", "Judge Harris", "Detective Lee".

A title said before a name holds whatever the sentence says of the person ("Is Dr. Green in?" still speaks of a
doctor), so questions count (the caller passes them with ``asked``), but not "Am I Dr. Green?". Names that are no person with that job say nothing: "a Dr. Pepper", "Doctor Who",
"Dr. Seuss", "Dr. Evil"; so does a title used as a word of its own ("Doctor, Green is here", "the doctor Ross saw"), and
a part played or put on ("I play Dr. Ramoray on TV", "want me to do a little Dr. Lee?", "I'll be Officer Kim"), and a
title put on a friend's name in play ("Let's play hospital. Hello, Doctor Chandler.": :mod:`..titles_in_play`).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "Dr. Green says I'm fine.")
>>> state = TurnState()
>>> scan_honorifics("Dr. Green says I'm fine.", t, Discourse([t]), state)
>>> [(s.label, p, o) for s, p, o, _, _ in state.facts]
[('Dr. Green', 'jobTitle', 'doctor')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from ..titles_in_play import in_play
from .lexicon import NOT_NAMES, STOP
from .mentions import TurnState

__all__ = ["scan_honorifics"]

#: The title as written -> the job it tells.
_JOBS = {"dr.": "doctor", "dr": "doctor", "doctor": "doctor", "professor": "professor", "prof.": "professor",
         "nurse": "nurse", "officer": "police officer", "detective": "detective", "judge": "judge"}
#: "Dr. Green", "Professor Geller", "Nurse Kim" (the title capitalised, the name right after it, no comma between).
_TITLED = lazy(r"(?<![\w'’.-])(?P<t>Dr\.?|Doctor|Professor|Prof\.|Nurse|Officer|Detective|Judge)\s+"
               r"(?P<n>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)(?![\w'’-])")
#: What each title of :data:`_TITLED` begins with, looked for first (few sentences have one)
_TITLE_STARTS = ("Dr", "Doctor", "Prof", "Nurse", "Officer", "Detective", "Judge")
#: "I'm Dr. Green", "I am Professor Geller": the speaker is the one titled.
_I_AM = lazy(r"(?i:\bi\s*['’]?\s*m|\bi\s+am|\bmy\s+name\s+is)\s+$")
#: Words just before a titled name that make it a part played or put on, not a job: "I play Dr. Drake Ramoray", "want
#: me to do a little Dr. Lee for you?", "I was Dr. Lee (in the show)", "you be Officer Kim and I'll be the robber".
_PART = lazy(r"(?i:\b(?:play(?:s|ed|ing)?(?:\s+(?:the|a|an))?|(?:do(?:es|ing)?|did)\s+(?:a|an|my|your|his|her)"
             r"(?:\s+(?:little|bit\s+of|quick|whole|great))*|i\s+was|i\s+used\s+to\s+be|(?:i['’]ll|i\s+will|you|you['’]ll|"
             r"let\s+me|i\s+get\s+to|i\s+got\s+to|i\s+wanna|i\s+want\s+to)\s+be)\s+)$")
#: Names after a title that are a drink, a show or a character, not a person with that job.
_NOT_PEOPLE = frozenset("pepper who seuss evil strange phil dre ruth oz no octopus jekyll frankenstein house zhivago "
                        "dolittle watson strangelove".split())


def scan_honorifics(sentence: str, turn: Turn, discourse: Discourse, state: TurnState, asked: bool = False) -> None:
    """Record the job told by each title before a name in ``sentence`` (see the module); a question (``asked``) tells
    the job of the one it names, not the speaker's ("Am I Dr. Green?")."""
    out: list[Found] = []
    if not any(title in sentence for title in _TITLE_STARTS):
        return
    for m in _TITLED.finditer(sentence):
        name = m.group("n").removesuffix("'s").removesuffix("’s")  # "Dr. Green's office"
        first = name.split()[0].lower()
        if first in _NOT_PEOPLE or first in STOP or first in NOT_NAMES:
            continue
        title = m.group("t")
        job = _JOBS[title.lower()]
        if _PART.search(sentence, 0, m.start()) and name == m.group("n"):  # not "I was Dr. Lee's patient"
            continue  # "I play Dr. Ramoray", "do a little Dr. Lee": a part, no job
        if in_play(name, m.group(0), turn, discourse):
            continue  # "Let's play hospital. Hello, Doctor Chandler.", "Officer Ross" of a friend called "Ross": play
        if _I_AM.search(sentence, 0, m.start()):
            if asked:
                continue
            who = discourse.speaker(turn)  # "I'm Dr. Green"
        else:
            who = Entity(f"{'Dr.' if title.lower() in ('dr', 'dr.') else title} {name}", "Person")
        out.append((who, "jobTitle", job, 0.75, None))
    state.collect(out)
