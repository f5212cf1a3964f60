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
    languages:
        The languages to read (``"en"``, ``"zh"``); turns in other languages give no facts.
    """

    def __init__(self, min_confidence: float = 0.0, languages: Sequence[str] = ("en", "zh")) -> None:
        self.min_confidence = min_confidence
        self.languages = tuple(languages)
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
                facts.extend(f for f in found if f.confidence >= self.min_confidence and not _names_itself(f))
            previous[turn.conversation] = turn.text
        logger.debug("extracted %d facts from %d turns", len(facts), len(turns))
        return facts


def _names_itself(fact: Fact) -> bool:
    """``(Alice, name, "Alice")``: a speaker saying the name they are already known by adds nothing."""
    from ..ids import normalize_name

    return fact.predicate == "name" and normalize_name(str(fact.object)) == normalize_name(fact.subject.label)
