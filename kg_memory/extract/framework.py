"""The rule framework shared by the English and the Chinese rules.

A language's rules cut a turn into clauses, find each clause's subject, and hand the rest of the
clause (the verb phrase) to a :class:`RuleTable`: an ordered list of ``(pattern, rule)`` pairs where
the first pattern that matches *and* whose rule accepts wins. A rule is a function
``rule(match, clause) -> bool`` that records facts with :meth:`Clause.add` and says whether it
accepted the match. :func:`merge_found` turns what a turn's clauses recorded into
:class:`~kg_memory.types.Fact` objects, keeping the highest confidence of a repeated fact.

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> def live(m, c):
...     c.add("livesIn", Entity(m.group("o"), "Place"), 0.9)
...     return True
>>> table = compile_rules([(r"^lives?\\s+in\\s+(?P<o>\\w+)", live)])
>>> turn = Turn("c", "1", "Ann", "I live in Paris")
>>> clause = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> table.apply("live in Paris", clause)
True
>>> [(f.predicate, f.object.label, f.confidence) for f in merge_found(clause.out, turn)]
[('livesIn', 'Paris', 0.9)]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from ..types import Entity, Fact, Turn, Value
from .base import DATED_STATES, event_time, make_fact
from .patterns import LazyPattern, lazy
from .placeholders import bind_placeholders
from .pronouns import Discourse
from .starts import clause_time, state_period, state_start

__all__ = ["Clause", "Found", "LanguageRules", "LazyPattern", "Rule", "RuleTable", "compile_rules", "end_facts",
           "lazy", "merge_found"]

#: A fact found in a turn before it becomes a :class:`Fact`: subject, predicate, object, confidence
#: and, for an event, when it happened.
Found = tuple[Entity, str, Entity | Value, float, date | datetime | None]


class LanguageRules(Protocol):
    """The rules of one language: a turn in, its facts out (``previous_text`` is the turn before)."""

    lang: str

    def extract_turn(self, turn: Turn, discourse: Discourse, previous_text: str = "") -> list[Fact]:
        """Return the facts stated in ``turn``."""
        ...


@dataclass(kw_only=True)
class Clause:
    """What a rule sees: the clause's subject and flags; :meth:`add` records a fact about the subject.

    ``weight`` scales the confidence of every fact (a subject resolved from "he" is less certain than
    "I"); ``habitual`` marks "every day", "usually"; ``topic`` is the thing "it" refers to.
    """

    turn: Turn
    subject: Entity
    discourse: Discourse
    sentence: str
    lang: str = "en"
    weight: float = 1.0
    negated: bool = False
    habitual: bool = False
    topic: Entity | None = None
    out: list[Found] = field(default_factory=list)

    def add(self, predicate: str, obj: Entity | Value, confidence: float, event: bool = False) -> None:
        """Record ``(subject, predicate, obj)``; an ``event`` is dated by the sentence's time expression,
        a state by the time the sentence says it began ("since 2019": :mod:`.starts`), or by the past period
        it held in ("2019年我在北京工作"); a state said to begin later ("下周") is a plan, and is not recorded."""
        when = None
        about = obj.label if isinstance(obj, Entity) else str(obj)
        if event:
            when = clause_time(self.sentence, self.turn.time, self.lang, about)
        elif predicate in DATED_STATES:
            when = (state_start(self.sentence, self.turn.time, self.lang, about)
                    or state_period(self.sentence, self.turn.time, self.lang, about))
        if when is None and predicate in DATED_STATES and _planned(self.sentence, about):
            return  # it begins after the turn: a plan (我下周要搬家了，搬到浦东), not a state that holds
        self.out.append((self.subject, predicate, obj, confidence * self.weight, when))


#: A time after the turn (the time expressions of :mod:`.timeexpr` are those of the past).
_FUTURE = lazy(r"下个?(?:周|星期|礼拜|月)|明年|明天|后天|\b(?:next\s+(?:week|month|year|summer|spring|fall|winter)|"
               r"tomorrow)\b", re.I)
#: "从" or "from" right before the place: where one comes from.
_FROM = lazy(r"(?:从|\bfrom\s+)$", re.I)
#: A clause of its own, with its subject: what a time said before it does not govern ("下周我要出差，我住在浦东").
_OWN_SUBJECT = lazy(r"[,;.，；。！？!?]\s*(?:我们|他们|她们|我|你|他|她|(?:I|we|he|she|they)\b)")


def _planned(sentence: str, about: str) -> bool:
    """Whether a time to come is said before ``about`` in ``sentence`` with no new subject between: the
    state ``about`` names is planned ("我下周要搬家了，搬到浦东"); not a place one comes from, which holds now
    ("我婆婆下周从山东过来住一阵", "next week my parents fly in from Denver").

    >>> _planned("我下周要搬家了，搬到浦东。", "浦东"), _planned("下周我要出差，我住在浦东。", "浦东")
    (True, False)
    >>> _planned("我婆婆下周从山东过来住一阵。", "山东")
    False
    """
    at = sentence.find(about) if about else -1
    future = _FUTURE.search(sentence, 0, at) if at > 0 else None
    return future is not None and not _OWN_SUBJECT.search(sentence, future.end(), at) \
        and not _FROM.search(sentence, 0, at)


Rule = Callable[[re.Match[str], Clause], bool]


@dataclass(frozen=True)
class RuleTable:
    """Rules tried in order; the first whose pattern matches and whose rule accepts wins.

    ``first`` is every pattern in one alternation (as look-aheads, groups unnamed), so that one
    regex call finds the first rule whose pattern matches instead of one call per rule. Each rule's
    own pattern is compiled the first time the alternation points at it (most never are in a short
    conversation, and compiling them all took a third of ``kgmem remember``'s start-up).
    """

    sources: tuple[tuple[str, Rule], ...]
    first: re.Pattern[str]
    flags: int = 0
    _compiled: dict[int, re.Pattern[str]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def rules(self) -> tuple[tuple[re.Pattern[str], Rule], ...]:
        """Every ``(compiled pattern, rule)`` pair, in order (compiles those not compiled yet)."""
        return tuple((self._pattern(i), rule) for i, (_, rule) in enumerate(self.sources))

    def _pattern(self, i: int) -> re.Pattern[str]:
        pattern = self._compiled.get(i)
        if pattern is None:
            pattern = self._compiled[i] = re.compile(self.sources[i][0], self.flags)
        return pattern

    def apply(self, text: str, clause: Clause) -> bool:
        """Run the first rule whose pattern matches ``text`` and accepts; False if none does."""
        first = self.first.match(text)
        if first is None or first.lastgroup is None:
            return False
        for i in range(int(first.lastgroup[1:]), len(self.sources)):
            m = self._pattern(i).match(text)
            if m and self.sources[i][1](m, clause):
                return True
        return False


_GROUP_NAME = re.compile(r"\(\?P<\w+>")


def compile_rules(rules: Sequence[tuple[str, Rule]], flags: int = 0) -> RuleTable:
    """Compile ``(pattern, rule)`` pairs, in order, into a :class:`RuleTable`."""
    alternation = "|".join(f"(?=(?:{_GROUP_NAME.sub('(?:', p)}))(?P<r{i}>)" for i, (p, _) in enumerate(rules))
    return RuleTable(tuple(rules), re.compile(alternation, flags), flags)


#: What a state said to hold no more ("I used to ...", 我以前……) does not end: where and when one was born or comes from,
#: one's name or gender, a visit (an event, not a state), classmates (我和小李以前是同学: "before" says when they were
#: at school together, and they stay classmates).
_NOT_FORMER = frozenset({"visited", "birthPlace", "birthDate", "birthYear", "hometown", "name", "alternateName", "gender",
                         "classmate"})


def split_former(found: Sequence[Found], until: date | None = None) -> tuple[list[Found], list[Found]]:
    """What a clause said of a time before ("I used to live in Paris", 我以前住在北京) as (endings, facts): a state
    ends (at ``until``, the time the clause says it ended: "until 2020", when given; a time it says the state
    began is not its end); a visit, a birthplace, a name (:data:`_NOT_FORMER`) stays a fact; an age is the age
    then, neither held now nor ended ("I used to have a 5-year-old daughter named Mia": Mia is 5 no more), and
    is left out.

    >>> from kg_memory.types import Entity
    >>> mia, ann = Entity("Mia", "Person"), Entity("Ann", "Person")
    >>> ended, kept = split_former([(ann, "child", mia, 0.85, None), (mia, "age", 5, 0.8, None)])
    >>> [(f[0].label, f[1]) for f in ended], kept
    ([('Ann', 'child')], [])
    """
    return ([(s, p, o, w, until) for s, p, o, w, _ in found if p not in _NOT_FORMER and p != "age"],
            [f for f in found if f[1] in _NOT_FORMER])


def end_facts(found: Sequence[Found], turn: Turn) -> list[Fact]:
    """The endings of ``turn`` ("I divorced Bob"): facts marked ``ended`` (see :class:`~kg_memory.types.Fact`);
    a dated one ("I quit my job last week") ends at the time it names (its ``valid_to``)."""
    return [dataclasses.replace(f, ended=True, valid_from=None, valid_to=event_time(f.occurred_at, turn.time))
            for f in merge_found(found, turn)]


def merge_found(found: Sequence[Found], turn: Turn) -> list[Fact]:
    """The facts of ``turn``, each once, with the highest confidence it was found with; a relative
    known only by its owner ("Ann's roommate") becomes the person the turn names for it
    (:mod:`.placeholders`)."""
    found = bind_placeholders(found)
    facts: dict[tuple[Entity, str, Entity | Value], Fact] = {}
    for subject, predicate, obj, confidence, when in found:
        key = (subject, predicate, obj)
        if key not in facts or facts[key].confidence < confidence:
            facts[key] = make_fact(subject, predicate, obj, confidence, turn, when)
    return list(facts.values())
