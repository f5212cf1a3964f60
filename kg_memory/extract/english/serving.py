"""Whom the speaker serves in a trade: "I was her accountant", "I am Tom's lawyer", "I'm your therapist" make that
person the speaker's client.

The caller (:func:`.relations.scan_relations`) leaves out sentences with a negation, a condition or a modal ("I'm not
her lawyer", "if I were his lawyer"); questions are left out here ("Are you his lawyer?"), and so is a trade of
someone's own relative or helper ("I'm her lawyer's assistant"). "His" and "her" are a man or woman named a little
before, only when no one else of that gender could be meant (:meth:`.Discourse.third_person_named`).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> turns = [Turn("c", "1", "Ann", "How do you know Kate?"), Turn("c", "2", "Bob", "I was her accountant for years.")]
>>> state = TurnState()
>>> scan_serving(turns[1].text, turns[1], Discourse(turns), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Bob', 'client', 'Kate')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import FEMALE, MALE, Discourse
from .lexicon import DEMONYMS, NAME, NOT_NAMES, OBJECT_PRONOUNS, STOP
from .mentions import TurnState
from .people import addressee_of
from .segment import is_question

__all__ = ["TRADES", "named_person", "person_meant", "scan_serving"]

#: Trades whose customers are clients (a doctor's or a nurse's patients too: "my eye doctor", "I was her nurse").
TRADES = (r"accountant|lawyer|attorney|agent|therapist|shrink|psychiatrist|psychologist|counsel?lor|doctor|dentist|"
          r"physician|nurse|surgeon|dermatologist|vet|veterinarian|caregiver|"
          r"pediatrician|obstetrician|gynecologist|chiropractor|nutritionist|personal\s+trainer|trainer|tutor|stylist|"
          r"hairdresser|barber|masseuse|masseur|massage\s+therapist|tailor|broker|realtor|financial\s+advisor|"
          r"bookkeeper|publicist")
#: "I was her accountant", "I am Tom's lawyer", "I have been your doctor for years" (not "her lawyer's assistant").
_I_SERVE = lazy(
    r"(?<![\w'])(?i:i)\s+(?i:am|was|have\s+been)\s+(?i:(?:still|just|also|actually|only)\s+)*"
    rf"(?:(?P<poss>(?i:his|her|your))|(?P<owner>{NAME})['’]s)\s+(?i:(?:old|new|personal|regular|family|eye)\s+)?"
    rf"(?P<trade>(?i:{TRADES}))(?![\w'’-])"
)


def named_person(name: str, turn: Turn) -> Entity | None:
    """The person ``name`` names, unless its first word is no name ("It", "Him", "American") or it is the speaker's."""
    first = name.split()[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS or name == turn.speaker:
        return None
    return Entity(name, "Person")


def person_meant(pronoun: str | None, name: str | None, sentence: str, turn: Turn,
                 discourse: Discourse) -> tuple[Entity, float] | None:
    """Whom a pronoun ("you"/"your", "he"/"his", "she"/"her") or else ``name`` means in ``turn``, with a weight."""
    said = (pronoun or "").lower()
    if said in ("you", "your"):
        return addressee_of(sentence, turn, discourse)
    if said:
        return discourse.third_person_named(turn, MALE if said in ("he", "his") else FEMALE)
    person = named_person(name, turn) if name else None
    return (person, 0.9) if person is not None else None


def scan_serving(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the client the speaker serves as ``sentence`` says (see the module)."""
    if " i " not in f" {sentence.lower()} " or is_question(sentence):
        return
    speaker = discourse.speaker(turn)
    for m in _I_SERVE.finditer(sentence):
        owner = person_meant(m.group("poss"), m.group("owner"), sentence, turn, discourse)
        if owner is None or owner[0] == speaker or "'s " in owner[0].label:
            continue
        state.collect([(speaker, "client", owner[0], round(0.75 * owner[1], 2), None)])
        discourse.mention(turn, owner[0])
