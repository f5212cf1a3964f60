"""Rules and the learned model together, and choosing an extractor by name.

:class:`CombinedExtractor` keeps every fact of the rules (their patterns are precise) and adds the
model's facts about argument pairs the rules said nothing about, or only ``knows`` (the model brings
coverage), each fact once. :func:`make_extractor` builds ``"rules"``, ``"model"``, ``"combined"`` or ``"llm"`` by name;
the model (and torch) is loaded only for ``"model"`` and ``"combined"``.

>>> make_extractor("rules")
RuleExtractor(min_confidence=0.0, languages=('en', 'zh'))
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import KGMemoryError
from ..ids import normalize_name
from ..types import Entity, Fact, Turn
from .aliases import alias_speakers
from .base import Extractor
from .rules import RuleExtractor

__all__ = ["EXTRACTOR_NAMES", "CombinedExtractor", "make_extractor"]

#: The names :func:`make_extractor` knows.
EXTRACTOR_NAMES = ("rules", "model", "combined", "llm")


#: Predicates of the rules that say less than the model may: a pair linked only by these stays open.
_GENERIC = frozenset({"knows"})


def _key(value: object) -> str:
    return normalize_name(value.label if isinstance(value, Entity) else str(value))


class CombinedExtractor:
    """The rules' facts, then the model's facts about pairs the rules did not link (or linked by ``knows``).

    Parameters
    ----------
    rules, model:
        The two extractors (default: :class:`RuleExtractor` and the shipped
        :class:`~kg_memory.extract.model.ModelExtractor`, loaded on first use).
    """

    def __init__(self, rules: Extractor | None = None, model: Extractor | None = None) -> None:
        self.rules = rules or RuleExtractor()
        self._model = model

    def __repr__(self) -> str:
        return "CombinedExtractor()"

    @property
    def model(self) -> Extractor:
        """The learned extractor (loaded, with torch, on first use)."""
        if self._model is None:
            from .model import ModelExtractor

            self._model = ModelExtractor()
        return self._model

    def extract(self, turns: Sequence[Turn]) -> list[Fact]:
        """The rules' facts and the model's facts about other pairs, in the order of the turns."""
        facts = self.rules.extract(turns)
        pairs = {frozenset((_key(f.subject), _key(f.object))) for f in facts if f.predicate not in _GENERIC}
        extra = []
        for fact in self.model.extract(turns):
            pair = frozenset((_key(fact.subject), _key(fact.object)))
            if pair not in pairs:
                pairs.add(pair)
                extra.append(fact)
        if not extra:
            return facts
        order: dict[tuple[str | None, str | None], int] = {(t.conversation, t.turn): i for i, t in enumerate(turns)}

        def position(fact: Fact) -> int:
            source = fact.source
            return order.get((source.conversation, source.turn), len(order)) if source else len(order)

        return alias_speakers(sorted(facts + extra, key=position), turns)


def make_extractor(name: str, llm_url: str | None = None, llm_model: str = "gpt-4o-mini") -> Extractor:
    """The extractor called ``name`` (one of :data:`EXTRACTOR_NAMES`); ``"llm"`` needs ``llm_url``."""
    if name == "rules":
        return RuleExtractor()
    if name == "model":
        from .model import ModelExtractor

        return ModelExtractor()
    if name == "combined":
        return CombinedExtractor()
    if name == "llm":
        if not llm_url:
            raise KGMemoryError("the llm extractor needs an endpoint (--llm-url or $KGMEM_LLM_URL)")
        from .llm import LLMExtractor

        return LLMExtractor(llm_url, llm_model)
    raise KGMemoryError(f"unknown extractor {name!r}; known: {', '.join(EXTRACTOR_NAMES)}")
