"""The English rules (see :mod:`.rules`)."""

from __future__ import annotations

from .rules import EnglishRules

__all__ = ["EnglishRules"]
