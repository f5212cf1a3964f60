"""The Chinese rules: sentences and clauses (:mod:`.segment`), word lists (:mod:`.lexicon`), rules (:mod:`.rules`)."""

from __future__ import annotations

from .rules import ChineseRules

__all__ = ["ChineseRules"]
