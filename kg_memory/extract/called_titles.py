"""The job of a speaker the others call by it: "Sorry, Chief." - "Gear check at seven.", "Coach, I'm going to fall.".

Reads the ``alternateName`` facts that :mod:`.speakers` gives "Speaker N" speakers. A name that is a bare job title
("Coach", "Chief", "Doc", "Sarge", "Professor") tells the job too, as a careful listener takes it: the one called
"Coach" coaches. A title before a name ("Coach Irina", "Dr. Burke") is read where it is said (:mod:`.titles_in_play`);
a word of kin or fondness ("Mom", "Boss") is no job here. A turn that also puts a title before a name ("Doc, Doctor
Burke? You have a date with Doctor Burke?") speaks of that person: its bare title is a stammer, no call, and gives no job.

Chinese calls put the title after a surname: a speaker called 章医生, 杜教练, 侯科长 or 温教授 (a surname, then a job
title, :data:`_ZH_TITLES`) is a doctor, a coach, a section chief, a professor (教练 alone too, where it is read as a
speaker's name). A name before the title that is no surname (托尼老师, a barber's nickname; Amy老师) tells no job; nor
do 师傅, 老板 (said to any tradesman or shopkeeper; :mod:`.chinese.boss_calls` reads 老板) or a word of kin (王叔, 李姐).

>>> from kg_memory.types import Entity, Fact
>>> called = Fact(Entity("Speaker 1", "Person"), "alternateName", "Chief", confidence=0.8)
>>> [(f.subject.label, f.predicate, f.object) for f in titles_called([called], [])][1:]
[('Speaker 1', 'jobTitle', 'chief')]
>>> called = Fact(Entity("Speaker 2", "Person"), "alternateName", "章医生", confidence=0.65)
>>> [(f.subject.label, f.predicate, f.object) for f in titles_called([called], [])][1:]
[('Speaker 2', 'jobTitle', '医生')]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..types import Fact, Turn
from .framework import lazy
from .speaker_vote import NUMBERED

__all__ = ["called_job", "surname_titled_of", "titles_called"]

#: Job titles people are called by on their own, with the job each names.
_TITLES = {"coach": "coach", "chief": "chief", "doc": "doctor", "doctor": "doctor", "captain": "captain",
           "sarge": "sergeant", "sergeant": "sergeant", "nurse": "nurse", "officer": "officer", "professor": "professor",
           "detective": "detective", "judge": "judge", "chef": "chef"}
#: Chinese job titles said after a surname (章医生, 杜教练) or alone (教练), longest first.
_ZH_TITLES = tuple(sorted("""医生 大夫 护士 教练 教授 老师 律师 法官 警官 博士 导演 记者 会计 工程师 科长 处长 局长 部长 主任 总监
    经理 院长 校长 厂长 所长 队长 站长 店长 馆长 村长 书记""".split(), key=len, reverse=True))
#: Two-character surnames; the one-character ones are :data:`.chinese.lexicon.SURNAMES` and ``CALLED_SURNAMES``.
_ZH_DOUBLE_SURNAMES = frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "慕容", "皇甫", "司徒"})
_HAN = lazy(r"[\u4e00-\u9fff]+")
#: A title set before a name ("Doctor Burke", "Dr. Burke", "Coach Irina"): someone named, not a call by the title alone.
_TITLED_NAME = lazy(r"\b(?:(?i:" + "|".join(_TITLES) + r")|(?i:dr|prof)\.?)\s+[A-Z][a-z]")


def titles_called(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` and a ``jobTitle`` for each speaker named by a bare job title in ``turns`` (see the module)."""
    texts: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}
    added = []
    have = {(f.subject.label, str(f.object)) for f in facts if f.predicate == "jobTitle"}
    for f in facts:
        job = (_TITLES.get(str(f.object).lower()) or _zh_title(str(f.object))) if f.predicate == "alternateName" else None
        said = texts.get((f.source.conversation, f.source.turn), "") if f.source else ""
        if job and NUMBERED.match(f.subject.label) and (f.subject.label, job) not in have and not _TITLED_NAME.search(said):
            have.add((f.subject.label, job))
            added.append(dataclasses.replace(f, predicate="jobTitle", object=job, confidence=round(0.8 * f.confidence, 2)))
    return [*facts, *added] if added else list(facts)


def _zh_title(name: str) -> str | None:
    """The job of a Chinese call: 医生 of 章医生 (a surname, then a title) or of 医生 alone; ``None`` for 托尼老师, 王叔.

    >>> _zh_title("章医生"), _zh_title("欧阳教授"), _zh_title("教练"), _zh_title("托尼老师"), _zh_title("王叔")
    ('医生', '教授', '教练', None, None)
    """
    if not _HAN.fullmatch(name):
        return None
    title = next((t for t in _ZH_TITLES if name.endswith(t)), None)
    if title is None:
        return None
    surname = name[:-len(title)]
    if not surname:
        return title
    from .chinese.lexicon import CALLED_SURNAMES, SURNAMES  # a Chinese name only: English never loads them

    single = len(surname) == 1 and (surname in SURNAMES or surname in CALLED_SURNAMES)
    return title if single or surname in _ZH_DOUBLE_SURNAMES else None


def surname_titled_of(form: str, name: str) -> bool:
    """Whether the Chinese call ``form`` is a surname and a title (:func:`_zh_title`) whose surname begins the full name
    ``name``: 冼老师 of 冼红梅 ("请问您是冼老师吧？" - "对，我是冼红梅。" names one person both ways).

    >>> surname_titled_of("冼老师", "冼红梅"), surname_titled_of("王老师", "冼红梅"), surname_titled_of("老师", "冼红梅")
    (True, False, False)
    """
    title = _zh_title(form)
    return title is not None and len(form) > len(title) and len(name) > len(form) - len(title) \
        and name.startswith(form[:-len(title)]) and _HAN.fullmatch(name) is not None


def called_job(fact: Fact, facts: Sequence[Fact]) -> bool:
    """Whether the ``jobTitle`` ``fact`` is read off a call of that speaker in the same turn (崔老师 -> 老师, "Doc" ->
    doctor, by :func:`titles_called`): no job put right, as "I'm an actor." - "You're a waiter." is
    (:func:`.corrections.taken_back`).

    >>> from kg_memory.types import Entity, Provenance
    >>> ann, said = Entity("Speaker 1", "Person"), (Provenance("c", "2", "Speaker 2"),)
    >>> job = Fact(ann, "jobTitle", "老师", sources=said)
    >>> called_job(job, [Fact(ann, "alternateName", "崔老师", sources=said), job]), called_job(job, [job])
    (True, False)
    """
    if fact.predicate != "jobTitle" or fact.source is None:
        return False
    job = str(fact.object)
    return any(f.predicate == "alternateName" and f.subject == fact.subject and f.source is not None
               and (f.source.conversation, f.source.turn) == (fact.source.conversation, fact.source.turn)
               and job in (_TITLES.get(str(f.object).lower()), _zh_title(str(f.object))) for f in facts)
