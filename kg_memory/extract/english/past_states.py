"""States told in the past tense: "I lived in Paris for two years", "I worked at Google from 2015 to 2019", "In
2019 I was living in Berlin", "I worked as a nurse before I had kids", "Back in college I had a cat named Milo", "I was
married to Tom for ten years", "I was at Google for five years", "I was at Ogilvy before this" (said among talk of
work: an employer before this one).

The past verb phrase is put in the present ("lived in" -> "live in", "was a" -> "am a", "had" -> "have") and read by
the present-tense rules (:data:`~.tables.VERB_RULES`); of what they find, only the states that the verb can tell are
kept (a home for "lived", a job for "worked" and "was a", a spouse for "was married to", a pet for "had"), and they
become history. The time of the clause decides how:

* a past period ("in 2019", "last year", "back in 2010", "in March 2018", "from 2015 to 2019", "2015-2019") is when the
  state held: a :class:`~kg_memory.extract.base.Period` (from the first day of the period to the first day after it;
  "from 2015 to 2019" holds through 2019, so that "where did Ann work in 2019?" finds it; :func:`~.starts.state_end`
  ends "I used to ... from 2010 to 2015" on the first day of 2015), a closed fact that closes nothing. A period that the turn falls in ("this
  year", "in 2024" said in 2024) says nothing of now, and gives nothing; nor does one when the turn has no time (the
  period could not be checked to be over): the state is then a former one, as below.
* a finished duration ("for two years", "for a decade"), "until 2020", or no time at all ("I lived in Paris", "I
  worked at Google") tells a former state, as "I used to" does: an ending (:func:`~kg_memory.extract.framework.split_former`),
  which closes the current fact with that object or is stored as a closed one ("until 2020" is its end).
* a recent time of a day or a week ("today", "yesterday", "last night", "on Monday", "two weeks ago") or a short spell
  ("for two hours") tells an event of a state that may hold still ("I worked at the bakery today", "I worked late
  yesterday": no job ended), and so do episode words ("all day", "overtime", "a shift"): nothing.
* "since" dates a start, which :mod:`kg_memory.extract.starts` reads: nothing here.
* a progressive ("I was living in Berlin", "I was working at the bank") without a period or a duration is a
  background of a story ("I was working at the bank when she called"), not a former state: nothing.
* a marriage with a time but no duration ("I was married in 2010") tells the wedding, not the years married: nothing.

Not read: negation ("I never lived in Paris", "I was not a nurse"), habits ("I usually worked from home"), another's
words or thoughts ("she said I lived in Paris", "I thought I lived..."), a statement about another asked back ("you
were married to Tom, is that correct?"), life stages read as job titles ("when I was a teenager"), verbs that tell an
event, not a state ("I lived through a war", "I worked on my car", "I had lunch": the present-tense rules find no state
in them), "had" of a pet without "a", "an" or a number ("I had my dog with me": no pet lost), and a state that the same
clause says holds ("I had a great time with my cat": the cat is had still). A marriage gives the spouse, not the
``maritalStatus``: "I was married to Tom for ten years" ends Tom, not a marriage to someone else now. Questions,
conditionals and wishes never reach here (the clause reader drops them). A past-tense phrase that the present-tense
rules already read as it comes ("I studied at Harvard", "I was a student at MIT": a school finished, ``educatedAt``; "I
was divorced") keeps that reading. Whose state it is comes from the clause reader ("My dad worked at Ford": the
dad's).

>>> from datetime import datetime
>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "I worked at Google from 2015 to 2019.", datetime(2024, 5, 1))
>>> state = TurnState()
>>> scan_past_states("worked at Google from 2015 to 2019.", (Entity("Ann", "Person"), 1.0), turn.text, turn.text,
...                  turn, Discourse([turn]), state)
True
>>> [(p, o.label, when, when.end) for _, p, o, _, when in state.facts]
[('worksFor', 'Google', Period(2015, 1, 1), datetime.date(2020, 1, 1))]
>>> state = TurnState()
>>> scan_past_states("lived in Paris for two years.", (Entity("Ann", "Person"), 1.0), "I lived in Paris for two years.",
...                  "I lived in Paris for two years.", turn, Discourse([turn]), state)
True
>>> [(p, o.label) for _, p, o, _, _ in state.endings], state.facts
([('livesIn', 'Paris')], [])
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ...types import Entity, Turn
from ..base import Period
from ..framework import Clause, Found, lazy, split_former
from ..pronouns import Discourse
from ..starts import state_end
from ..timeexpr import TimeMention, find_time
from .childhood import childhood_pet, had_young
from .mentions import TurnState
from .tables import VERB_RULES

__all__ = ["scan_past_states"]

_WORK = frozenset({"worksFor", "workLocation", "jobTitle"})
_BOND = frozenset({"spouse", "partner"})

#: "(I) was at Google for five years", "was at Deloitte until 2019": an employer, said with how long (not "I was at
#: Disneyland yesterday", nor a school or a base: "was at Yale University for four years", "at Fort Hood for 3 years")
_EMPLOYER_FOR_YEARS = lazy(
    r"(?:was|were)(?=\s+at\s+(?!(?-i:Fort|Camp)\s|(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)*\s+(?-i:University|College|School|Academy)\b)"
    r"(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*){0,2},?\s+(?:for\s+(?:about\s+|almost\s+|nearly\s+|over\s+|like\s+)?"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many)\s+(?:years?|decades?)|"
    r"from\s+(?:19|20)\d\d|until\s+(?:19|20)\d\d|before\s+this\s*[.!]?$))", re.I)
#: "(I was at Ogilvy) before this", "before coming here": the place one was at before what one does now, cut off as a
#: clause of its own; "Before this, I was at Ogilvy" too.
_BEFORE_THIS = lazy(r"\s*,?\s*before\s+(?:(?:this|that)(?:\s+(?:job|one|role|position|company|place))?|here|coming\s+here|"
                    r"joining\s+(?:us|you|the\s+\w+))(?=\s*(?:[,.;!]|$)|,?\s+(?:so|and|but|i|we|he|she|they)\b)", re.I)
#: Talk of work in the turn or the two before: "before this" is before this job ("I was at Tesco before this", said at
#: a party, is a visit).
_WORK_TALK = lazy(r"\b(?:jobs?|work(?:s|ed|ing)?|team|boss(?:es)?|company|office|hired|joining|joined|colleagues?|firm|"
                  r"agency|studio|career|department|employer|role|position|interview)\b", re.I)

#: The past verbs read, each with its present form and the states it can tell. ``-ing`` forms are progressive.
_VERBS: tuple[tuple[str, str, frozenset[str]], ...] = (
    (r"lived|resided", "live", frozenset({"livesIn"})),
    (r"worked", "work", _WORK),
    (r"taught(?=\s+(?:at|in)\s)", "teach", _WORK),  # not "(we) taught her well"
    (r"(?:was|were)\s+(?=(?:living|residing)\b)", "am ", frozenset({"livesIn"})),
    (r"(?:was|were)\s+(?=(?:working|employed|teaching)\b)", "am ", _WORK),
    (r"(?:was|were)\s+(?=studying\b)", "am ", frozenset({"studiesAt"})),
    (r"(?:was|were)\s+(?=(?:married|engaged)\b)", "am ", _BOND),
    (r"(?:was|were)\s+(?=dating\b)", "am ", frozenset({"partner"})),
    (r"dated", "am dating", frozenset({"partner"})),
    (r"(?:was|were)\s+(?=an?\s)", "am ", _WORK),
    (_EMPLOYER_FOR_YEARS.pattern, "work", _WORK),  # "I was at Google for five years"
    (r"had(?=\s+(?:a|an|two|three|four|five|\d+|several|some|many)\s)", "have", frozenset({"hasPet"})),  # not "had my dog"
)
_PAST = lazy(r"^(?:" + "|".join(f"(?P<v{i}>{p})" for i, (p, _, _) in enumerate(_VERBS)) + r")(?:(?<=\s)|(?=\s))", re.I)
_VERB_HEAD = r"(?:lived|resided|worked|taught|was|were|dated|had)\b"
#: "lived in Berlin and worked at Siemens": a second past verb phrase of the same subject
_AND_PAST = lazy(r"\s*,?\s+(?:and|but|then|and\s+then)\s+(?=" + _VERB_HEAD + ")", re.I)
_PROGRESSIVE = lazy(r"^(?:was|were)\s+\w+ing\b", re.I)
#: A clause that gives no state: negated, a habit, an episode of work, or another's words ("she said I lived ...").
_NO_STATE = lazy(
    r"\b(?:not|never|n't|no\s+longer|usually|always|often|sometimes|every|each|whenever|"
    r"all\s+(?:day|night|morning|afternoon|evening|week|weekend)|overtime|late|hard|a\s+(?:double|shift)|"
    r"(?:the|my|a)\s+(?:night|morning|day|evening|late)\s+shift|extra\s+hours|"
    r"(?:said|says|say|told|tell|tells|thought|think|heard|claimed|claims|guess|bet|knew|know|believed|believe|"
    r"imagined|imagine|dreamed|dreamt|pretended|pretend|swear|swore)\s+(?:me\s+|him\s+|her\s+|them\s+|us\s+|you\s+)?"
    r"(?:that\s+)?(?:i|we|he|she|they|you)\s)",
    re.I,
)
_SHORT_SPELL = lazy(r"\bfor\s+(?:(?:a|an|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|several|\d+)\s+)?"
                    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?)\b", re.I)
_LASTED = lazy(r"\bfor\s+(?:(?:about|almost|nearly|over|like|around|more\s+than)\s+)?(?:(?:a|an|one|two|three|four|five|six|"
               r"seven|eight|nine|ten|a\s+few|a\s+couple\s+of|several|many|\d+)\s+)?(?:years?|months?|decades?)\b", re.I)
_SINCE = lazy(r"\bsince\b", re.I)
#: "from 2015 to 2019", "between March 2018 and June 2020", "2015-2019"
_FROM_TO = lazy(r"\b(?:from|between)\s+(?P<a>.+?)\s+(?:to|until|till|through|and)\s+(?P<b>.+)"
                r"|\b(?P<ya>(?:19|20)\d{2})\s*[-–]\s*(?P<yb>(?:19|20)\d{2})\b", re.I)
#: The span of "from 2015 to 2019", "between 2010 and 2015", "2015-2019", left out of what the rules read
_SPAN_TEXT = lazy(r"\s*,?\s+(?:(?:from|between)\s+(?:\w+\s+)?(?:19|20)\d{2}\b.*|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b)",
                  re.I)
#: Job titles that are stages of life: "when I was a teenager" is no job held before.
_LIFE_STAGES = frozenset({"teenager", "teen", "kid", "child", "baby", "toddler", "student", "boy", "girl", "youngster",
                          "minor", "freshman", "sophomore", "junior", "senior", "newborn", "adolescent"})


def scan_past_states(rest: str, subject: tuple[Entity, float], clause: str, sentence: str, turn: Turn,
                     discourse: Discourse, state: TurnState) -> bool:
    """Read ``rest``, the verb phrase of ``subject`` in ``clause``, as a state told in the past tense (see the
    module docstring): add the period facts to ``state.facts`` and the former states to ``state.endings``; True
    when it gave any."""
    rest = _before_this(rest, clause, sentence, turn, discourse)
    if not _PAST.match(rest) or _NO_STATE.search(clause):
        return False
    if state.asked and subject[0] != discourse.speaker(turn):  # "you were married to Tom, is that correct?"
        return False
    probe = Clause(turn=turn, subject=subject[0], weight=subject[1], sentence=sentence, discourse=discourse)
    if VERB_RULES.apply(rest, probe) and probe.out and not _EMPLOYER_FOR_YEARS.match(rest):
        return False  # "i studied at Harvard": the present rules read it as it comes ("was at Google" is no visit then)
    found: list[Found] = []
    progressive = bond = False
    for piece in _AND_PAST.split(rest):
        m = _PAST.match(piece)
        if m is None or m.lastgroup is None:
            continue
        _, present, kept = _VERBS[int(m.lastgroup[1:])]
        c = Clause(turn=turn, subject=subject[0], weight=subject[1], sentence=sentence, discourse=discourse)
        VERB_RULES.apply(present + _SPAN_TEXT.sub("", piece[m.end():], count=1), c)
        states = [f for f in c.out if f[1] in kept and not (f[1] == "jobTitle" and str(f[2]).lower() in _LIFE_STAGES)]
        found += states
        progressive = progressive or bool(states and _PROGRESSIVE.match(piece))
        bond = bond or any(f[1] in _BOND for f in states)
    held = {(s, p, o) for s, p, o, _, _ in state.facts}
    found = [f for f in found if f[:3] not in held]  # "i had a great time with my cat": the cat is had still
    if _ANOTHER_TIME.search(sentence):  # "I had a dog when I was a kid": another pet than the "my dog" of now
        found = _another_time_pets(found, sentence, discourse.speaker(turn))
    if not found:
        return False
    when = _when(clause, turn.time, progressive, bond)
    if when is None:
        return False
    found = [(s, p, o, round(w * 0.9, 3), None) for s, p, o, w, _ in found]
    if isinstance(when, Period):
        state.collect([(s, p, o, w, when) for s, p, o, w, _ in found])
    else:
        state.endings.extend(split_former(found, when if isinstance(when, date) else None)[0])
    return True


def _before_this(rest: str, clause: str, sentence: str, turn: Turn, discourse: Discourse) -> str:
    """``rest`` with "before this" put back when the sentence says it of "was at X" among talk of work (the clauses
    cut it off): "I was at Ogilvy before this, so ...", "Before this I was at Ogilvy"; ``rest`` as it is otherwise."""
    if not rest[:4].lower().startswith(("was ", "were")) or "before" not in sentence.lower():
        return rest
    at = sentence.find(clause)
    if not (_BEFORE_THIS.match(clause) or at >= 0 and _BEFORE_THIS.match(sentence, at + len(clause))):
        return rest
    turns, i = discourse.conversation(turn), discourse.place(turn)
    i = len(turns) if i is None else i
    if not any(_WORK_TALK.search(t.text) for t in (*turns[max(0, i - 2):i], turn)):
        return rest
    return rest.rstrip(" .!") + " before this"


#: A pet had at another time of life, or another one besides ("I had a cat too"): not the pet of now.
_ANOTHER_TIME = lazy(r"\b(?:when\s+(?:i|we)\s+(?:was|were)\s+(?:a\s+)?(?:kids?|child|children|little|young|younger|small|teens?|"
                     r"teenagers?|in\s+(?:school|college|high\s+school))|growing\s+up|as\s+(?:a\s+)?(?:kids?|child|children)|"
                     r"back\s+(?:then|in)|in\s+(?:college|high\s+school)|years\s+ago|too|also|as\s+well)\b", re.I)


def _another_time_pets(found: list[Found], sentence: str, speaker: Entity) -> list[Found]:
    """The facts ``found`` in a past state told of another time: a pet of the speaker's childhood becomes "Ann's
    childhood dog" ("I had a dog as a kid"), which closes no dog of now; another unnamed pet is left out ("I had a dog
    too", "I had a dog back then", "my family had a dog when i was little"), as its placeholder would close the one of
    now."""
    young = had_young(sentence)
    out: list[Found] = []
    for s, p, o, w, t in found:
        if p == "hasPet" and young and s == speaker and isinstance(o, Entity):
            out.append((s, p, childhood_pet(o, s, sentence), w, t))
        elif not (p == "hasPet" and _unnamed((s, p, o, w, t))):
            out.append((s, p, o, w, t))
    return out


def _unnamed(found: Found) -> bool:
    """Whether a fact's object is a placeholder of its subject's ("Ann's dog"), no name."""
    return isinstance(found[2], Entity) and found[2].label.startswith(f"{found[0].label}'s ")


def _when(clause: str, said: datetime | None, progressive: bool, bond: bool) -> Period | date | bool | None:
    """How ``clause`` dates its past state: a :class:`Period` it held in, the date it ended (a former state that
    ended then), True (a former state, end unknown) or None (no state: an event, a start, a time of now).

    >>> said = datetime(2024, 5, 1)
    >>> _when("I lived in Paris in 2015.", said, False, False), _when("I lived in Paris.", said, False, False)
    (Period(2015, 1, 1), True)
    >>> _when("I worked at the bakery today.", said, False, False), _when("I was married in 2010.", said, False, True)
    (None, None)
    """
    if _SINCE.search(clause) or _SHORT_SPELL.search(clause):
        return None
    span = _from_to(clause, said)
    if span is not None:
        return Period(*span) if said is not None and span[1] <= said.date() else span[1]
    if (until := state_end(clause, said, "en")) is not None:
        return until
    lasted = bool(_LASTED.search(clause))
    mention = find_time(clause, said, "en")
    if mention is None:
        return True if lasted or not progressive else None
    period = _period(mention)
    if period is None:
        return None  # "today", "yesterday", "two weeks ago": an event of a state that may hold still
    if lasted:
        return True  # "in 2010 I lived in Paris for two years": held for a while, around then
    if bond:
        return None  # "I was married in 2010": the wedding
    if said is None:
        return None if progressive else True
    return Period(*period) if period[1] <= said.date() else None


def _period(mention: TimeMention) -> tuple[date, date] | None:
    """The first day of the month, season or year that ``mention`` names, and the first day after it; None for a
    day or a week."""
    start = mention.value
    if mention.granularity == "year":
        return date(start.year, 1, 1), date(start.year + 1, 1, 1)
    if mention.granularity == "decade":  # "in the 90s"
        return date(start.year, 1, 1), date(start.year + 10, 1, 1)
    months = {"month": 1, "season": 3}.get(mention.granularity)
    if months is None:
        return None
    index = start.year * 12 + start.month - 1 + months
    return date(start.year, start.month, 1), date(index // 12, index % 12 + 1, 1)


def _from_to(clause: str, said: datetime | None) -> tuple[date, date] | None:
    """The start and the end of "from 2015 to 2019" (through 2019), "between March 2018 and June 2020", "2015-2019".

    >>> _from_to("I worked there from March 2018 to June 2020.", None)
    (datetime.date(2018, 3, 1), datetime.date(2020, 7, 1))
    >>> _from_to("we lived in Oslo 2015-2019", None)
    (datetime.date(2015, 1, 1), datetime.date(2020, 1, 1))
    >>> _from_to("I moved from Oslo to Paris in 2019", None) is None
    True
    """
    m = _FROM_TO.search(clause)
    if m is None:
        return None
    first, last = (m.group("a"), m.group("b")) if m.group("a") else (m.group("ya"), m.group("yb"))
    start, end = _time_at_start(first, said), _time_at_start(last, said)
    if start is None or end is None or (bounds := _period(end)) is None or start.value >= bounds[1]:
        return None
    return start.value.replace(day=1) if start.granularity != "day" else start.value, bounds[1]


def _time_at_start(text: str, said: datetime | None) -> TimeMention | None:
    """The time ``text`` opens with ("2015", "March 2018", "last year"), a bare year read as "in 2015"."""
    for candidate in (text, "in " + text):
        mention = find_time(candidate, said, "en")
        if mention is not None and mention.start == 0:
            return mention
    return None

