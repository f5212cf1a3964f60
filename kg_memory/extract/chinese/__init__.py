"""The Chinese rules: sentences and clauses (:mod:`.segment`), word lists (:mod:`.lexicon`), rules (:mod:`.rules`).

:class:`ChineseRules` is imported when first asked for: a module that needs only :mod:`.segment` (the
English path asks it whether a Chinese piece is a name) does not compile the rule table.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ChineseRules"]


def __getattr__(name: str) -> Any:
    if name != "ChineseRules":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .rules import ChineseRules

    return ChineseRules
