"""A doer judged bad at what most people do is a weakness: "I'm a terrible cook", "my husband is a lousy driver",
"I'm not a very good swimmer" give ``weakness`` cooking, driving, swimming (as "I'm bad at cooking" does, see
:mod:`.weaknesses`; "a good cook" is a ``skill``, read in :mod:`.identity`).

Only the doers of an everyday activity listed in :data:`_DOING` count; a judged trade stays what :mod:`.identity`
makes of it ("a terrible nurse" is still a nurse), and a doer whose badness is no lack of skill is left out ("a bad
loser", "a light sleeper", "a picky eater"). Read after "is/am/are" on what follows it ("a terrible cook"), in a
clause that states it, or, with "good"/"great", in a negated one ("I'm not a good singer"). A player is judged at
the game or the instrument the sentence says is played ("i play chess but i am a lousy player": chess); the skill of
a praised doer is named the same way (:func:`doer_activity`: "a good singer" is good at singing); an instrument
played is a skill already, whatever the player is called.

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "x")
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), weight=1.0, sentence="x", discourse=Discourse([turn]))
>>> bad_doer("a really terrible cook", c), not_good_doer("a very good swimmer.", c), bad_doer("a bad loser", c)
(True, True, False)
>>> [(p, o.label) for _, p, o, _, _ in c.out]
[('weakness', 'cooking'), ('weakness', 'swimming')]
>>> doer_activity("player", "i want to play hockey but i am a lousy player"), doer_activity("player", "i am a bad player")
('hockey', None)
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from .lexicon import INSTRUMENTS

#: The instruments, one word each ("piano", "guitar")
_INSTRUMENT_WORDS = frozenset(INSTRUMENTS.split())

__all__ = ["NOT_GOOD_DOER", "bad_doer", "doer_activity", "not_good_doer", "r_not_good_doer"]

#: The doer of an everyday activity, and the activity: "a lousy driver" does driving badly.
_DOING = {"cook": "cooking", "baker": "baking", "driver": "driving", "dancer": "dancing", "singer": "singing",
          "swimmer": "swimming", "skier": "skiing", "skater": "skating", "snowboarder": "snowboarding",
          "surfer": "surfing", "runner": "running", "hiker": "hiking", "kisser": "kissing", "speller": "spelling",
          "listener": "listening", "liar": "lying", "golfer": "golf", "bowler": "bowling", "reader": "reading",
          "cyclist": "cycling"}
#: The game or instrument a sentence says is played, before the player judged: "(i) play chess", "playing the drums"
_PLAYED = lazy(r"\bplay(?:s|ing|ed)?\s+(?:the\s+)?(?P<g>(?!(?:with|it|them|that|this|a|an|some|games?|around|outside|"
               r"together|online|for|in|on|at|to|video)\b)[a-z]+)\b(?=.*\bplayer\b)", re.I)
_DEGREE = r"(?:(?:really|very|pretty|so|such|truly|just|absolutely)\s+)*"
_END = r"\s*(?:[.!,;]|$|and\b|but\b|too\b|so\b|lol\b|haha)"
#: "a (really) terrible cook", "such a lousy driver": the judged doer after the verb.
_BAD = lazy(rf"^(?:(?:such\s+)?an?\s+)?{_DEGREE}(?:bad|terrible|awful|horrible|lousy|crappy|shitty|hopeless|rubbish|"
            rf"horrendous|poor)\s+(?P<n>[a-z]+){_END}", re.I)
#: "(not) a (very) good singer", "(not) a great dancer": the praise a negated clause denies.
_GOOD = lazy(rf"^(?:(?:such\s+)?an?\s+)?{_DEGREE}(?:good|great)\s+(?P<n>[a-z]+){_END}", re.I)
#: The verb phrase left of "(i am) not a good singer" once the negation is taken off, for the verb table
#: (:data:`~.weaknesses.WEAKNESS_RULES`).
NOT_GOOD_DOER = rf"^(?:(?:am|is|are)\s+)?(?P<o>an?\s+{_DEGREE}(?:good|great)\s+[a-z]+{_END})"


def bad_doer(words: str, c: Clause) -> bool:
    """Record the weakness of ``words`` ("a terrible cook": cooking) for the clause's subject; True when read."""
    return _add(_BAD.match(words), c)


def not_good_doer(words: str, c: Clause) -> bool:
    """Record the weakness that ``words`` of a negated clause say ("(I'm not) a good singer": singing)."""
    return _add(_GOOD.match(words), c)


def r_not_good_doer(m: re.Match[str], c: Clause) -> bool:
    """The rule of :data:`NOT_GOOD_DOER`: a weakness, in a negated clause only ("i'm a good singer" is a skill)."""
    return c.negated and not_good_doer(m.group("o"), c)


def doer_activity(noun: str, sentence: str) -> str | None:
    """The activity of the doer ``noun`` ("cook": cooking), or for a player the game or instrument ``sentence`` says
    is played (but an instrument: "i play the cello" is a skill whatever the player is said to be); None for any
    other noun."""
    if noun.lower() == "player":  # not an instrument, whose playing is a skill already ("i play guitar")
        played = _PLAYED.search(sentence)
        return played.group("g").lower() if played and played.group("g").lower() not in _INSTRUMENT_WORDS else None
    return _DOING.get(noun.lower())


def _add(m: re.Match[str] | None, c: Clause) -> bool:
    doing = doer_activity(m.group("n"), c.sentence) if m is not None else None
    if doing is None or c.subject.type != "Person":
        return False
    c.add("weakness", Entity(doing, "Thing"), 0.7)
    return True
