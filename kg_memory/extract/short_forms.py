"""A first name cut short in a call, for :mod:`.name_forms`: "Walt!" to the speaker the dialogue names Walter.

People call each other by the first letters of a name: Rafael is "Rafa", Lindsay "Linds", Desmond "Des". Once a full
first name is pinned on a speaker, a shorter form of it is theirs too where the dialogue makes it sure: the form is
called out ("Walt, the truck's here.", "Thanks, Des!", "Stop it, Linds."; not "my boss, Dev.", which may tell who the
boss is), to one present, for the dialogue names no one else so; it is never spoken of ("Lou's on the bread": who that
is the talk does not say, and the full name may have been pinned on the wrong speaker); it is no word the dialogue also writes in lower case ("Will", "will"), and no other name written in the dialogue begins
with it (with a Danny and a Daniel about, "Dan" is either). :mod:`.name_forms` then gives it only where the speaker
never says it and no one else bears it.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "Speaker 1", "Walter, come look."), Turn("c", "2", "Speaker 2", "Hold on."),
...       Turn("c", "3", "Speaker 1", "Walt, now!")]
>>> sorted(short_forms("Walter", "Speaker 2", ts))
['Walt']
>>> ts.append(Turn("c", "4", "Speaker 3", "Is Walton coming?"))
>>> sorted(short_forms("Walter", "Speaker 2", ts))
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Turn
from .framework import lazy
from .names import lower_words as lower_words_of
from .names import plausible_name

__all__ = ["short_forms"]

#: A capitalised word called out: opening the turn or a sentence, or after a greeting or thanks, and closed by a
#: comma, a stop or the turn's end ("Walt, the truck's here.", "Thanks, Des!", "Oh, Linds."), or closing a sentence
#: after a comma ("Stop it, Linds."; not after "my boss,": :data:`_APPOSED`).
_CALLED = lazy(r"(?:^|[.!?…]\s+|\b(?i:hey|hi|hello|oh|thanks|thank\s+you|bye|morning|night|come\s+on|okay|ok|yes|no|"
               r"yeah|sorry|please)[,!]?\s+)(?P<n>[A-Z][a-z]{2,})(?=\s*(?:[,.!?…]|$))|"
               r",\s+(?P<end>[A-Z][a-z]{2,})(?=\s*(?:[.!?…]|$))")
#: "my boss, Dev.", "the new guy, Walt.": a name set beside a noun, who that is, not a call.
_APPOSED = lazy(r"\b(?i:my|his|her|our|their|your|the|a|an)\s+[\w'-]+\s*,\s+$")
_WORD = lazy(r"(?<![\w'-])[A-Z][a-z]+(?![\w-])")
_SHORTEST = 3


def short_forms(name: str, speaker: str, turns: Sequence[Turn]) -> set[str]:
    """Shorter forms of the first name of ``name`` (pinned on ``speaker``) that ``turns`` call out, never speaking of them
    (see the module docstring)."""
    first = name.split()[0] if name[:1].isupper() and name.isascii() else ""
    if len(first) <= _SHORTEST:
        return set()
    lower_words = lower_words_of(t.text for t in turns)
    written = {w for t in turns for w in _WORD.findall(t.text)}
    said = [m.group() for t in turns for m in _WORD.finditer(t.text)]
    called: list[str] = []
    out: set[str] = set()
    for turn in turns:
        if turn.speaker == speaker:
            continue
        for m in _CALLED.finditer(turn.text):
            form = m.group("n") or m.group("end")
            if m.group("end") and _APPOSED.search(turn.text, 0, m.start("end")):
                continue
            if form != first and first.startswith(form) and form.lower() not in lower_words \
                    and plausible_name(form, lower_words) \
                    and all(w == form or w == first or not w.startswith(form) for w in written):
                out.add(form)
            called.append(form)
    return {form for form in out if said.count(form) == called.count(form)}  # "Lou's on the bread": spoken of
