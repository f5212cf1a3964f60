"""English birthdays: "my birthday is May 5th", "my sister's birthday is on the 2nd of June", "it's my birthday
today", "Ann's birthday is 12/25".

A day told without a year is the ``birthday`` (an ``xsd:gMonthDay``, a :class:`~kg_memory.types.MonthDay`); one
told with the year of birth is the ``birthDate`` only (the birthday follows from it, and recall asks both). A year
that is not past ("my birthday is May 5, 2024" said in 2024) dates this year's party, not the birth: the
birthday then. "today", "tomorrow" and "yesterday" are read against the turn's time (none: no fact). A month
alone ("Ann's birthday is in June"), a negation ("my birthday is not in May"), a question, a wish or a condition
give nothing; neither does a birthday that is an occasion ("my birthday party was fun", "a birthday cake").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from .mentions import TurnState
>>> turn, state = Turn("c", "1", "Ann", "My birthday is May 5th."), TurnState()
>>> scan_birthdays("My birthday is May 5th.", turn, Discourse([turn]), state)
>>> [(s.label, p, o) for s, p, o, _, _ in state.facts]
[('Ann', 'birthday', MonthDay(month=5, day=5))]
"""

from __future__ import annotations

import re
from datetime import date

from ...types import Entity, MonthDay, Turn
from ..framework import Found, lazy
from ..monthdays import read_day
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from .lexicon import KIN, KIN_MODS, KIN_PREDICATE
from .mentions import TurnState
from .objects import owned_entity, plausible_name

__all__ = ["scan_birthdays"]

#: Whose birthday: "my", "your", "his", "her", "my (little) sister's", "my friend Tom's", "Ann's".
_OWNER = (rf"(?:(?P<poss>(?i:my|your|his|her))\s+(?:(?i:{KIN_MODS})(?P<kin>(?i:{KIN}))(?:\s+(?P<kname>[A-Z][\w-]+))?'s\s+)?"
          r"|(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)'s\s+)")
#: "my birthday is (on) May 5th", "Ann's birthday falls on the 3rd of March", "my birthday is tomorrow"
_BIRTHDAY_IS = lazy(rf"(?<![\w'-]){_OWNER}(?i:birthday)(?:'s|\s+(?i:is|was|falls\s+on|fell\s+on|is\s+coming\s+up(?:\s+on)?))"
                    r"\s+(?P<o>.+)")
#: "it is my birthday today", "today is my birthday", "tomorrow is my sister's birthday"
_BIRTHDAY_TODAY = lazy(rf"^(?:(?i:it)|(?P<w2>(?i:today|tomorrow|yesterday)))\s+(?i:is|was)\s+{_OWNER}(?i:birthday)"
                       r"(?:\s+(?P<w>(?i:today|tomorrow|yesterday)))?(?![\w'-])")
_NEGATED = lazy(r"\b(?:not|never|n't)\b", re.I)


def scan_birthdays(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Add to ``state`` the birthday ``clause`` tells, if it tells one (see the module doc)."""
    if "birthday" not in clause.lower() or _NEGATED.search(clause):
        return
    today = _BIRTHDAY_TODAY.match(clause.strip())
    if today is not None and bool(today.group("w")) == bool(today.group("w2")):
        today = None  # "it is my birthday": no day; "today is my birthday tomorrow": two
    m = today or _BIRTHDAY_IS.search(clause)
    if m is None:
        return
    said = m.group("w") or m.group("w2") if today else m.group("o")
    day = read_day(said, turn.time, "en")
    if day is None:
        return
    owner = _owner(m, turn, discourse)
    if owner is None:
        return
    who, weight, related = owner
    state.collect([*related, _birthday(who, day, turn, 0.9 * weight)])


def _birthday(who: Entity, day: date | MonthDay, turn: Turn, confidence: float) -> Found:
    """``who``'s birthday (a month-day), or birth date (a date in a year before the turn's)."""
    if isinstance(day, MonthDay):
        return who, "birthday", day, confidence, None
    if turn.time is not None and day.year >= turn.time.year:
        return who, "birthday", MonthDay.of(day), confidence, None  # this year's party, not the year of birth
    return who, "birthDate", day, confidence, None


def _owner(m: re.Match[str], turn: Turn, discourse: Discourse) -> tuple[Entity, float, list[Found]] | None:
    """Whose birthday ``m`` tells, how sure that is (1.0 for the speaker's own), and how a relative is related
    ("my sister's birthday": the speaker's sibling, as "my sister lives in Paris" says)."""
    poss = (m.group("poss") or "").lower()
    if m.group("name"):
        name = m.group("name")
        if not plausible_name(name):
            return None
        person = Entity(name, "Person")
        discourse.mention(turn, person)
        return person, 0.95, []
    if poss == "my":
        owner, weight = discourse.speaker(turn), 1.0
    elif poss == "your":
        addressee = discourse.addressee(turn)
        if addressee is None:
            return None
        owner, weight = addressee, 0.8
    else:
        resolved = discourse.third_person(turn, MALE if poss == "his" else FEMALE)
        if resolved is None:
            return None
        owner, weight = resolved
    if not m.group("kin"):
        return owner, weight, []
    noun, name = m.group("kin").lower(), m.group("kname")
    if name and not plausible_name(name):
        return None
    relative = owned_entity(owner, noun, "Person", name)
    discourse.mention(turn, relative, gender_of_noun(noun))
    related = (owner, KIN_PREDICATE.get(noun, "relative"), relative, (0.85 if name else 0.7) * weight, None)
    return relative, 0.95 * weight, [related]
