"""Answers from facts: the facts that answer a question naming an entity and a relation, in order.

:func:`answer_rows` reads the question (:mod:`.relations`), links the entity it names (an exact
name of the index, else the memory's fuzzy lookup, which also links 张三 to Zhang San), and follows
each hop's predicates from it: the subject's facts, and for a symmetric relation or an inverse one
the facts where it is the object ("Who is Ann's wife?" finds ``Cleo spouse Ann``); a reverse question
("Who lives in Berlin?", "谁住在北京？") takes the facts with the entity as object. Within a hop the
current facts come first; the past ones first when the question asks about the past ("before",
"以前"); the ones valid then first when it names a period ("in 2021"). For several hops ("Where
does Ann's sister work?") the last hop's facts come first (for what one does, the job before the employer), then the facts that led to them. A question
about a person or thing as a whole ("Who is Bea?", "Tell me about Bea", "贝娅是谁？") takes every fact
of the entity it names: current ones first, and first among them its names, who it is to others and
what it does.

The recaller places these facts above everything else, each with its source turns (none on a
memory of facts only). When nothing answers for the entity named, the facts holding the relation
asked about for other entities (:func:`others_rows`: "Where does Anna live?" and a fact of where
Bea's sister lives) keep a tenth of their score, below what is told of the one asked about. The
``answers`` weight of :class:`~kg_memory.recall.RecallConfig` switches both off.

>>> from kg_memory.types import Entity, Fact
>>> from kg_memory.recall.index import RecallIndex
>>> ann, bea = Entity("Ann", "Person", iri="ex:ann"), Entity("Bea", "Person", iri="ex:bea")
>>> index = RecallIndex([], [Fact(ann, "sibling", bea), Fact(bea, "worksFor", Entity("Acme", iri="ex:acme"))])
>>> [index.fact_docs[j] for j in answer_rows("Where does Ann's sister work?", index)]
['Bea works for Acme', 'Ann sibling Bea']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..ids import normalize_name
from ..types import Entity, Fact
from .fusion import later
from .in_laws import rewordings
from .index import HAN, mention_span, valid_since
from .relations import INVERSE, Lexicon
from .wordings import WORK

if TYPE_CHECKING:
    from .index import RecallIndex

__all__ = ["LINK_SCORE", "OTHERS_SHARE", "answer_rows", "others_rows"]

#: The least fuzzy-lookup similarity that links a name the index does not hold exactly.
LINK_SCORE = 0.85
#: The share of its score kept by a fact of another entity that holds the relation asked about (:func:`others_rows`).
OTHERS_SHARE = 0.1

Lookup = Callable[[str], Iterable[tuple[Entity, float]]]


def answer_rows(question: str, index: RecallIndex, *, lexicon: Lexicon | None = None, lookup: Lookup | None = None,
                at: datetime | None = None) -> list[int]:
    """The index rows of the facts answering ``question``, best first (see the module doc); empty
    when it is not an entity-and-relation question or nothing answers it. A relative by marriage is
    also asked about as the two relatives they are, and the other way round (:mod:`.in_laws`)."""
    lexicon = lexicon or Lexicon()
    for asked in rewordings(question):
        if rows := _rows(asked, index, lexicon, lookup, at):
            return rows
    return []


def _rows(question: str, index: RecallIndex, lexicon: Lexicon, lookup: Lookup | None, at: datetime | None) -> list[int]:
    """:func:`answer_rows` of ``question`` as worded."""
    ask = lexicon.parse(question)
    if not index.facts:
        return []
    if ask is None:
        return _about_rows(question, index, lookup, at)
    frontier = _link(ask.subject, index, lookup)
    period = _period(question, index, at)
    gender = _asked_gender(question)
    hops: list[list[int]] = []
    for predicates in ask.hops:
        if not frontier:
            return []
        found = _matching(index, frontier, predicates, lexicon.symmetric, at, reverse=ask.reverse)
        rows = _order(index, found, ask.past, period, at)
        # the value the question names first: "When did Ann move to Lisbon?" asks about that home
        rows.sort(key=lambda j: not _names_end(question, index.facts[j], frontier))
        if not rows:
            return []
        if WORK <= predicates and period is None:  # "What does Ann's husband do?": the job, then where it is done
            rows.sort(key=lambda j: (_current(index.facts[j], at) == ask.past, _local(index.facts[j].predicate) != "jobTitle"))
        if "age" in predicates:  # "How old is Ann?": the age told, else the birth it follows from
            rows.sort(key=lambda j: _local(index.facts[j].predicate) != "age")
        if gender is not None and predicates & _KINSHIP:  # "Ann's sister": not a sibling told as her brother
            told_other = {j for j in rows if index.facts[j].subject.iri in frontier and _told_as(index, j, gender)}
            rows = [j for j in rows if j not in told_other] + [j for j in rows if j in told_other]
        else:
            told_other = set()
        hops.append(rows)
        # the next hop starts from what this one's preferred facts reach
        preferred = ([j for j in rows if _current(index.facts[j], at) and j not in told_other]
                     or [j for j in rows if j not in told_other] or rows)
        frontier = {end for j in preferred if (end := _other_end(index.facts[j], frontier)) is not None}
    return [j for rows in reversed(hops) for j in rows]


def others_rows(question: str, index: RecallIndex, rows: Iterable[int], *, lexicon: Lexicon | None = None,
                 lookup: Lookup | None = None) -> list[int]:
    """Those of ``rows`` (fact rows of the index) that would answer ``question`` for someone else: it names an
    entity the memory holds facts of and one relation ("Where does Anna live?"), and these facts hold
    that relation of other entities ("Bea's sister lives in Chengdu"). The recaller ranks them low when
    :func:`answer_rows` finds nothing (to :data:`OTHERS_SHARE` of their score), so that a fact is not taken for
    the answer about the wrong person.

    >>> from kg_memory.types import Entity, Fact
    >>> from kg_memory.recall.index import RecallIndex
    >>> anna, sis = Entity("Anna", "Person", iri="ex:anna"), Entity("Bea's sister", "Person", iri="ex:sis")
    >>> index = RecallIndex([], [Fact(anna, "hobby", Entity("cooking", iri="ex:c")),
    ...                          Fact(sis, "livesIn", Entity("Chengdu", "Place", iri="ex:cd"))])
    >>> [index.fact_docs[j] for j in others_rows("Where does Anna live?", index, range(2))]
    ["Bea's sister lives in Chengdu"]
    """
    lexicon = lexicon or Lexicon()
    ask = lexicon.parse(question)
    if ask is None or ask.reverse or len(ask.hops) != 1 or not index.facts:
        return []
    predicates = ask.hops[0] | {INVERSE[p] for p in ask.hops[0] if p in INVERSE}
    facts = index.facts
    held = [j for j in rows if _local(facts[j].predicate) in predicates]
    named = _link(ask.subject, index, lookup) if held else set()
    if not named:
        return []
    return [j for j in held if not _touches(facts[j], named)]


def _touches(fact: Fact, entities: set[str]) -> bool:
    """Whether ``fact`` has one of ``entities`` as subject or object."""
    return fact.subject.iri in entities or isinstance(fact.object, Entity) and fact.object.iri in entities


#: Relations between people whose word often tells a gender ("sister", 妹妹).
_KINSHIP = frozenset({"sibling", "parent", "child", "spouse", "partner", "dated", "relative"})
#: Kin words of each gender, English and Chinese (two-character Chinese words: 姐 alone is in too many words).
_KIN_WORDS = {
    "female": re.compile(r"\b(?:sister|sis|mother|mom|mum|mommy|mama|wife|daughter|girlfriend|aunt|niece|grandma|"
                         r"grandmother|stepmom|stepmother|stepsister)s?\b|姐姐|妹妹|妈妈|母亲|妻子|老婆|太太|女儿|女朋友|女友|"
                         r"阿姨|姑姑|奶奶|外婆", re.I),
    "male": re.compile(r"\b(?:brother|bro|father|dad|daddy|papa|husband|son|boyfriend|uncle|nephew|grandpa|grandfather|"
                       r"stepdad|stepfather|stepbrother)s?\b|哥哥|弟弟|爸爸|父亲|丈夫|老公|儿子|男朋友|男友|叔叔|舅舅|爷爷|外公", re.I),
}


def _asked_gender(question: str) -> str | None:
    """The gender of the kin word a question asks with ("Who is Ann's sister?": female), None if none or both."""
    said = [gender for gender, words in _KIN_WORDS.items() if words.search(question)]
    return said[0] if len(said) == 1 else None


def _told_as(index: RecallIndex, row: int, gender: str) -> bool:
    """Whether the fact of ``row`` was told with kin words of the other gender only: in its object's label, or
    in its source turns, nearest its object's name first ("my brother Tom" makes Tom no answer to "Who is Ann's
    sister?", also in "我哥哥叫大伟。我妹妹叫小红。"). Only for a fact read from its subject: in ``Bea sibling Ann``
    told as "my brother Ann", the word is Ann's, not Bea's."""
    fact = index.facts[row]
    name = fact.object.label if isinstance(fact.object, Entity) else str(fact.object)
    other = next(g for g in _KIN_WORDS if g != gender)
    for told in [name, *(_near(index.turns[t].text, name) for t in index.fact_turns[row])]:
        for text in told if isinstance(told, tuple) else (told,):
            said = {g for g, words in _KIN_WORDS.items() if words.search(text)}
            if said:
                return said == {other}
    return False


def _near(text: str, name: str) -> tuple[str, ...]:
    """Where a turn tells of ``name``, nearest first: the rest of its clause ("Rosa is my sister"), the words
    just before it ("my sister Ana", 我妹妹叫小红), its sentence, the whole turn."""
    at = text.lower().find(name.lower())
    if at < 0:
        return (text,)
    start = max(text.rfind(c, 0, at) for c in ".!?。！？;；\n") + 1
    ends = [e for c in ".!?。！？;；\n" if (e := text.find(c, at + len(name))) >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    after = _CLAUSE_END.split(text[at + len(name):], maxsplit=1)[0][:24]
    return after, text[max(start, at - 24):at], sentence, text


#: Where the clause of a name ends: a comma, a sentence's end, "and" or 和 before another name.
_CLAUSE_END = re.compile(r"[,，、.!?。！？;；\n]|\band\b|和|跟")


#: Questions about an entity as a whole: "Who is Bea?", "What do you know about Bea?", "贝娅是谁？", "介绍一下贝娅".
_ABOUT = (
    re.compile(r"^\s*(?:(?:do\s+you\s+)?remember\s+|(?:so\s+|and\s+)?)?(?:who|what)(?:\s+(?:is|was)|'s)\s+(?P<who>[^?,]+?)"
               r"(?:\s+again)?\s*\??\s*$", re.I),
    re.compile(r"^\s*(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:(?:tell|remind)\s+[^\s?,]+|(?:do\s+you\s+)?remember)\s+(?:(?:more|again)\s+)?"
               r"(?:about|who|of)\s+(?P<who>[^?,.]+?)(?:\s+is)?\s*[?.!]?\s*$", re.I),
    re.compile(r"^\s*what\s+do\s+(?:you|i|we)\s+know\s+about\s+(?P<who>[^?,]+?)\s*\??\s*$", re.I),
    re.compile(r"^\s*(?P<who>[^，,？?。]{1,12}?)是谁(?:来着|啊|呀)?\s*[？?]?\s*$"),
    re.compile(r"^\s*(?:请)?(?:介绍一下|说说|讲讲|聊聊)(?P<who>[^，,？?。]{1,12}?)(?:吧|的情况|的事)?\s*[。？?！!]?\s*$"),
    re.compile(r"^\s*(?:关于)?(?P<who>[^，,？?。]{1,12}?)(?:的事|的情况)?你(?:都)?知道(?:些)?什么\s*[？?]?\s*$"),
)
#: What tells first who an entity is, by rank: its names, how it is bound to others, its job.
_WHO_FIRST = {name: rank for rank, name in enumerate((
    "name", "alternateName", "spouse", "partner", "dated", "sibling", "parent", "child", "relative", "friend", "roommate",
    "boss", "employee", "colleague", "client", "neighbor", "classmate", "acquaintance", "jobTitle", "worksFor"))}


def _about_rows(question: str, index: RecallIndex, lookup: Lookup | None, at: datetime | None) -> list[int]:
    """The facts of the entity a question asks about as a whole (:data:`_ABOUT`): its facts as subject and as
    object, current first, then those of :data:`_WHO_FIRST` by rank, then by confidence and recency."""
    asked = next((m for pattern in _ABOUT if (m := pattern.match(question)) is not None), None)
    if asked is None or len(asked.group("who").split()) > 4:
        return []
    who = asked.group("who").strip()
    # a name as written ("Bea", "Speaker 2", 贝娅) may be looked up; other words only name an entity exactly
    # ("What is Ann allergic to?" is no question about "Ann allergic to")
    named = all(word[:1].isupper() or word[:1].isdigit() or HAN.match(word) for word in who.split())
    entities = _link(who, index, lookup if named else None)
    rows = sorted({j for iri in entities for j in index.entity_facts.get(iri, ())
                   if at is None or (start := valid_since(index.facts[j])) is None or not later(start, at)})
    def key(j: int) -> tuple[int, int, float, float]:
        fact = index.facts[j]
        end = fact.valid_to or fact.valid_from or (fact.source.time if fact.source else None)
        return (int(not _current(fact, at)), _WHO_FIRST.get(_local(fact.predicate), len(_WHO_FIRST)), -fact.confidence,
                -(end.replace(tzinfo=None).timestamp() if end else 0.0))

    return sorted(rows, key=key)


def _link(subject: str, index: RecallIndex, lookup: Lookup | None) -> set[str]:
    """The entities with facts that ``subject`` names: exactly, else through ``lookup``."""
    exact = {iri for iri in index.names.get(normalize_name(subject), ()) if iri in index.entity_facts}
    if exact or lookup is None:
        return exact
    return {e.iri for e, score in lookup(subject)
            if score >= LINK_SCORE and e.iri is not None and e.iri in index.entity_facts}


def _local(predicate: str) -> str:
    return predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _matching(index: RecallIndex, entities: set[str], predicates: frozenset[str], symmetric: frozenset[str],
              at: datetime | None, *, reverse: bool = False) -> list[int]:
    """Facts of ``entities`` by one of ``predicates``: as subject, or as object of a ``symmetric`` or
    inverse relation (the other way round for ``reverse``: "Who lives in Berlin?"); facts that did
    not exist yet at ``at`` left out."""
    backwards = {INVERSE.get(p, p) for p in predicates if p in INVERSE or p in symmetric}
    rows: list[int] = []
    for iri in sorted(entities):
        for j in index.entity_facts.get(iri, ()):
            fact = index.facts[j]
            name = _local(fact.predicate)
            as_subject = fact.subject.iri == iri
            as_object = isinstance(fact.object, Entity) and fact.object.iri == iri
            if reverse:
                as_subject, as_object = as_object, as_subject
            forward = as_subject and name in predicates
            backward = as_object and name in backwards
            start = valid_since(fact)
            if (forward or backward) and j not in rows and (at is None or start is None or not later(start, at)):
                rows.append(j)
    return rows


def _current(fact: Fact, at: datetime | None) -> bool:
    return fact.valid_to is None or (at is not None and later(fact.valid_to, at))


def _order(index: RecallIndex, rows: list[int], past: bool, period: tuple[date, date] | None,
           at: datetime | None) -> list[int]:
    """Current facts first (past ones first for ``past``; those valid in ``period`` first), then by
    confidence and recency."""

    def key(j: int) -> tuple[int, float, float]:
        fact = index.facts[j]
        current = _current(fact, at)
        if period is not None:
            since, until = valid_since(fact), fact.valid_to
            held = (since is None or since.date() < period[1]) and (until is None or until.date() > period[0])
            first = 0 if held else 1
        else:
            first = int(current) if past else int(not current)
        end = fact.valid_to or fact.valid_from or (fact.source.time if fact.source else None)
        return first, -fact.confidence, -(end.replace(tzinfo=None).timestamp() if end else 0.0)

    return sorted(rows, key=key)


def _names_end(question: str, fact: Fact, entities: set[str]) -> bool:
    """Whether ``question`` names the end of ``fact`` away from ``entities``: as a whole word (two letters or more),
    or as Han characters anywhere (上海 in 什么时候搬到上海的)."""
    end = fact.object if fact.subject.iri in entities else fact.subject
    label = (end.label if isinstance(end, Entity) else str(end)).lower()
    if len(label) < 2:
        return False
    if HAN.fullmatch(label):
        return label in question
    return re.search(rf"(?<![^\W_]){re.escape(label)}(?![^\W_])", question.lower()) is not None


def _other_end(fact: Fact, entities: set[str]) -> str | None:
    """The entity a fact reaches from ``entities`` (its object, or its subject when read backwards)."""
    if fact.subject.iri in entities:
        return fact.object.iri if isinstance(fact.object, Entity) else None
    return fact.subject.iri


def _period(question: str, index: RecallIndex, at: datetime | None) -> tuple[date, date] | None:
    """The days the question names ("in 2021", "2021年"), or None."""
    from ..extract.timeexpr import find_time

    for lang in ("en", "zh"):
        mention = find_time(question, at or index.latest, lang)
        if mention is not None:
            return mention_span(mention)
    return None
