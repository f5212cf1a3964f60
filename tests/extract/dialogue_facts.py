"""What the rule extractor gives for a short invented dialogue of numbered speakers, or a line or two told by one user,
as plain tuples: the shared helpers of the extraction tests."""

from __future__ import annotations

from datetime import datetime

from kg_memory import Memory
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


def round_robin(*texts: str) -> set[tuple[str, str, str]]:
    """:func:`facts` of ``texts`` said in turn by "Speaker 1", "Speaker 2" and "Speaker 3"."""
    return facts(*((i % 3 + 1, text) for i, text in enumerate(texts)))


def names(*lines: tuple[int, str]) -> set[tuple[str, str]]:
    """The speaker names found: (speaker, name)."""
    return {(f.subject.label, str(f.object)) for f in speaker_names(turns(*lines))}


def said_names(*lines: tuple[str, str], predicates: tuple[str, ...] = ("alternateName",)) -> set[tuple[str, str]]:
    """The names the rule extractor gives, as (speaker, name), for ``("Speaker 1", "Hi, Ross.")`` lines in order."""
    said = [Turn("c", str(i + 1), speaker, text) for i, (speaker, text) in enumerate(lines)]
    return {(f.subject.label, str(f.object)) for f in RuleExtractor().extract(said) if f.predicate in predicates}


def told(text: str) -> set[tuple[str, str, str, bool]]:
    """The facts of one line told by "Ann" (English) or "安娜" (Chinese): (subject, predicate, object, ended)."""
    speaker = "安娜" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "Ann"
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract([Turn("c", "1", speaker, text)])}


def after(first: str, second: str, predicate: str, speaker: str) -> tuple[set[str], set[str]]:
    """The current and the closed values of ``predicate`` in a memory told ``first`` then ``second`` (a month later)
    by ``speaker``."""
    memory = Memory()
    memory.remember([Turn("c", "1", speaker, first, datetime(2026, 3, 2))])
    memory.remember([Turn("c", "2", speaker, second, datetime(2026, 4, 6))])
    facts = memory.facts(speaker, predicate, history=True)
    label = [(f.object.label if isinstance(f.object, Entity) else str(f.object), f.valid_to is None) for f in facts]
    memory.close()
    return {v for v, now in label if now}, {v for v, now in label if not now}


def kept(text: str) -> set[tuple[str, str, str]]:
    """The facts of :func:`told` that hold (endings left out): (subject, predicate, object)."""
    return {(s, p, o) for s, p, o, ended in told(text) if not ended}


def _named_facts(lines: tuple[tuple[str, str], ...]) -> list:
    return RuleExtractor(name_speakers=False).extract([Turn("c", str(i + 1), who, text) for i, (who, text) in enumerate(lines)])


def said_by(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    """The facts (not endings) of a dialogue of ``(speaker, text)`` lines, speakers left unnamed."""
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in _named_facts(lines)
            if not f.ended}


def ended_by(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    """The endings ("we got divorced": a spouse that was) of a dialogue of ``(speaker, text)`` lines."""
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in _named_facts(lines)
            if f.ended}


def placeholders(facts: set[tuple[str, str, str]], *speakers: str) -> set[tuple[str, str, str]]:
    """The facts of ``facts`` with an unnamed relative or pet of one of ``speakers`` ("Speaker 1's son", "Speaker 1的狗")."""
    return {f for f in facts if any(f"{who}'s " in label or f"{who}的" in label for who in speakers for label in (f[0], f[2]))}
