"""What the rule extractor gives for a short invented dialogue of numbered speakers, as plain tuples: the shared
helpers of the tests built from the hand-labelled DialogRE samples."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Entity, Turn


def turns(*lines: tuple[int, str]) -> list[Turn]:
    """``(2, "Hi, Ross.")`` -> a turn said by "Speaker 2", numbered in order."""
    return [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]


def facts(*lines: tuple[int, str]) -> set[tuple[str, str, str]]:
    """The rule extractor's facts as (subject, predicate, object) labels."""
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns(*lines))}


def names(*lines: tuple[int, str]) -> set[tuple[str, str]]:
    """The speaker names found: (speaker, name)."""
    return {(f.subject.label, str(f.object)) for f in speaker_names(turns(*lines))}
