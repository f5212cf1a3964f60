"""Extraction: conversation turns in, facts out (see :mod:`.base` for the contract)."""

from __future__ import annotations

from .base import Extractor, NullExtractor
from .lang import detect_language
from .pronouns import Discourse
from .rules import RuleExtractor
from .rules_en import EnglishRules
from .rules_zh import ChineseRules
from .timeexpr import TimeMention, find_time

__all__ = [
    "ChineseRules",
    "Discourse",
    "EnglishRules",
    "Extractor",
    "LLMExtractor",
    "NullExtractor",
    "RuleExtractor",
    "TimeMention",
    "detect_language",
    "find_time",
]


def __getattr__(name: str):
    # httpx is imported only when the LLM extractor is asked for
    if name == "LLMExtractor":
        from .llm import LLMExtractor

        return LLMExtractor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
