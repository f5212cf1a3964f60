"""The job of a speaker the others call by it: "Sorry, Chief." - "Gear check at seven.", "Coach, I'm going to fall.".

Reads the ``alternateName`` facts that :mod:`.speakers` gives "Speaker N" speakers. A name that is a bare job title
("Coach", "Chief", "Doc", "Sarge", "Professor") tells the job too, as a careful listener takes it: the one called
"Coach" coaches. A title before a name ("Coach Irina", "Dr. Burke") is read where it is said (:mod:`.titles_in_play`);
a word of kin or fondness ("Mom", "Boss") is no job here. A turn that also puts a title before a name ("Doc, Doctor
Burke? You have a date with Doctor Burke?") speaks of that person: its bare title is a stammer, no call, and gives no job.

>>> from kg_memory.types import Entity, Fact
>>> called = Fact(Entity("Speaker 1", "Person"), "alternateName", "Chief", confidence=0.8)
>>> [(f.subject.label, f.predicate, f.object) for f in titles_called([called], [])][1:]
[('Speaker 1', 'jobTitle', 'chief')]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..types import Fact, Turn
from .framework import lazy
from .speaker_vote import NUMBERED

__all__ = ["titles_called"]

#: Job titles people are called by on their own, with the job each names.
_TITLES = {"coach": "coach", "chief": "chief", "doc": "doctor", "doctor": "doctor", "captain": "captain",
           "sarge": "sergeant", "sergeant": "sergeant", "nurse": "nurse", "officer": "officer", "professor": "professor",
           "detective": "detective", "judge": "judge", "chef": "chef"}
#: A title set before a name ("Doctor Burke", "Dr. Burke", "Coach Irina"): someone named, not a call by the title alone.
_TITLED_NAME = lazy(r"\b(?:(?i:" + "|".join(_TITLES) + r")|(?i:dr|prof)\.?)\s+[A-Z][a-z]")


def titles_called(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` and a ``jobTitle`` for each speaker named by a bare job title in ``turns`` (see the module)."""
    texts: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}
    added = []
    have = {(f.subject.label, str(f.object)) for f in facts if f.predicate == "jobTitle"}
    for f in facts:
        job = _TITLES.get(str(f.object).lower()) if f.predicate == "alternateName" else None
        said = texts.get((f.source.conversation, f.source.turn), "") if f.source else ""
        if job and NUMBERED.match(f.subject.label) and (f.subject.label, job) not in have and not _TITLED_NAME.search(said):
            have.add((f.subject.label, job))
            added.append(dataclasses.replace(f, predicate="jobTitle", object=job, confidence=round(0.8 * f.confidence, 2)))
    return [*facts, *added] if added else list(facts)
