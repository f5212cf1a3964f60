"""The default extractor: English and Chinese rules, the language chosen per turn.

>>> from kg_memory.types import Turn
>>> turns = [Turn("c", "1", "Ann", "I live in Paris."), Turn("c", "2", "李雷", "我住在上海。")]
>>> [(f.subject.label, f.predicate, f.object.label) for f in RuleExtractor().extract(turns)]
[('Ann', 'livesIn', 'Paris'), ('李雷', 'livesIn', '上海')]
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..types import Fact, Turn
from .aliases import alias_speakers
from .chinese import ChineseRules
from .english import EnglishRules
from .framework import LanguageRules
from .lang import detect_language
from .pronouns import Discourse

__all__ = ["RuleExtractor"]

logger = logging.getLogger(__name__)


class RuleExtractor:
    """Offline, deterministic extraction with regular patterns (English) and jieba (Chinese).

    Pass a whole conversation at once when you can: "you" needs both speakers, and "he"/"she"
    reach back a few turns. Facts come out in the order of the turns.

    Parameters
    ----------
    min_confidence:
        Facts below this confidence are dropped.
    name_speakers:
        Also name "Speaker N" speakers from how the others address them ("Ross, come here!" before
        Speaker 2 answers: ``(Speaker 2, alternateName, "Ross")``); the name becomes an alias of the
        speaker (:mod:`.aliases`).
    languages:
        The languages to read (``"en"``, ``"zh"``); turns in other languages give no facts.
    """

    def __init__(self, min_confidence: float = 0.0, languages: Sequence[str] = ("en", "zh"),
                 name_speakers: bool = True) -> None:
        self.min_confidence = min_confidence
        self.languages = tuple(languages)
        self.name_speakers = name_speakers
        self._rules: dict[str, LanguageRules] = {"en": EnglishRules(), "zh": ChineseRules()}

    def __repr__(self) -> str:
        return f"RuleExtractor(min_confidence={self.min_confidence}, languages={self.languages})"

    def extract(self, turns: Sequence[Turn]) -> list[Fact]:
        """Return the facts stated in ``turns``."""
        discourse = Discourse(turns)
        previous: dict[str, str] = {}
        facts: list[Fact] = []
        for turn in turns:
            lang = detect_language(turn.text)
            if lang in self.languages:
                found = self._rules[lang].extract_turn(turn, discourse, previous.get(turn.conversation, ""))
                facts.extend(f for f in found if f.confidence >= self.min_confidence and not _names_itself(f) and not _implausible(f))
            previous[turn.conversation] = turn.text
        if self.name_speakers:
            facts = _with_speaker_names(facts, turns)
        logger.debug("extracted %d facts from %d turns", len(facts), len(turns))
        return alias_speakers(facts, turns)


def _with_speaker_names(facts: list[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` and the names of "Speaker N" speakers voted from how the others address them
    (:func:`~kg_memory.extract.model.speaker_names`, no model involved), in turn order."""
    from .model.extractor import speaker_names

    named = {(f.source.conversation if f.source else None, f.subject.label) for f in facts
             if f.predicate in ("name", "alternateName")}
    dialogues: dict[str, list[Turn]] = {}
    for turn in turns:
        dialogues.setdefault(turn.conversation, []).append(turn)
    extra = [f for conversation, dialogue in dialogues.items() for f in speaker_names(dialogue)
             if (conversation, f.subject.label) not in named]
    if not extra:
        return facts
    order: dict[tuple[str | None, str | None], int] = {(t.conversation, t.turn): i for i, t in enumerate(turns)}
    return sorted(facts + extra, key=lambda f: order.get((f.source.conversation, f.source.turn), len(order))
                  if f.source else len(order))


#: Objects that are no activity, skill or place: verbs of saying and thinking, fillers, word pieces
#: ("I always knew you'd make it" is no habit "knew"; "I've been in um, relationships" visited no "um").
_EMPTY_OBJECTS = frozenset("""
knew know wanted want mean meant say said think thought tell told feel felt wish hope forget remember believe guess
enter let make do did go get um uh t s m d ll ve re
""".split())
_ACTIVITY_LIKE = frozenset({"skill", "habit", "goal", "hobby", "visited", "hometown", "likes", "dislikes"})


def _implausible(fact: Fact) -> bool:
    """A fact no one would keep: a relation of an entity to itself, or an activity that is a bare filler verb.

    An ending ("Bob and I got divorced") is kept whatever its object: it closes the current fact.
    """
    from ..ids import normalize_name
    from ..types import Entity

    if isinstance(fact.object, Entity) and fact.object.type == "Person" and not fact.ended \
            and normalize_name(fact.object.label) == normalize_name(fact.subject.label):
        return True
    return fact.predicate in _ACTIVITY_LIKE and str(getattr(fact.object, "label", fact.object)).lower() in _EMPTY_OBJECTS


def _names_itself(fact: Fact) -> bool:
    """``(Alice, name, "Alice")``: a speaker saying the name they are already known by adds nothing."""
    from ..ids import normalize_name

    return fact.predicate == "name" and normalize_name(str(fact.object)) == normalize_name(fact.subject.label)
