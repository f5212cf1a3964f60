"""Extraction: conversation turns in, facts out; no store is read or written here.

:class:`Extractor` (:mod:`.base`) is the contract. The default, :class:`RuleExtractor`, reads each
turn in its own language with rules; :class:`LLMExtractor` (:mod:`.llm`) asks a chat model instead;
:class:`ModelExtractor` (:mod:`.model`, torch) classifies the relations between the people, places and
organisations of a dialogue; :class:`CombinedExtractor` (:mod:`.combined`) adds the model's facts to
the rules'; :func:`make_extractor` builds one by name.
A rule extraction runs these stages::

    turns ──► rules.RuleExtractor ── lang.detect_language(turn) ──► "en" or "zh"
                 │ pronouns.Discourse: who "I", "you", "he", "my sister" are, across turns
                 ▼
    english/segment.py  normalise, cut sentences and clauses    chinese/segment.py  (jieba)
    english/rules.py    find each clause's subject              chinese/rules.py
                 │
                 ▼  framework.py: Clause (subject + flags), RuleTable (first pattern
                 │  that matches and whose rule accepts wins), merge_found
    english/tables.py   rule families, written once, in two tables (after a subject,
                 │      after "am/is/are") leading to the rules of identity.py,
                 │      places.py and activities.py; mentions.py reads "my dog Rex",
                 │      "my favorite color is blue" anywhere in a clause
    chinese/rules.py    one table of patterns and its rules
                 │
                 ▼  objects.py: a captured object cut to a short phrase;
                 │  timeexpr.find_time: when an event happened ("last May")
    Fact(subject, predicate, object, confidence, sources, occurred_at)

Endings ("I divorced Bob", "我辞职了", "I no longer work for Airbus") come out as facts marked
``ended`` (``english/endings.py``, ``chinese/endings.py``); storing one closes the matching current fact
(:mod:`kg_memory.stores.write_plan`). ``english/relations.py`` reads relations between two named people
("Chandler and I are best friends", "Monica is Ross's sister"); :mod:`.aliases` gives a "Speaker N"
named in the conversation its name as an alias.

Word lists live in ``english/lexicon.py`` and ``chinese/lexicon.py``. ``datasets.py`` reads the data
sets extractors are measured (and later trained) on: the fixed PersonaExt train/test split, DialogRE
dialogues, and the mapping tables from their relations to the vocabulary (``benchmarks/mappings/``).
"""

from __future__ import annotations

from typing import Any

from .base import Extractor, NullExtractor

# the rest is imported when first asked for: recall needs only ``timeexpr``, and the rule tables,
# jieba, httpx and torch each cost time at start-up
_LAZY = {
    "ChineseRules": ".chinese",
    "CombinedExtractor": ".combined",
    "Discourse": ".pronouns",
    "EnglishRules": ".english",
    "LLMExtractor": ".llm",
    "ModelExtractor": ".model",
    "RuleExtractor": ".rules",
    "TimeMention": ".timeexpr",
    "detect_language": ".lang",
    "find_time": ".timeexpr",
    "make_extractor": ".combined",
}

__all__ = [
    "ChineseRules",
    "CombinedExtractor",
    "Discourse",
    "EnglishRules",
    "Extractor",
    "LLMExtractor",
    "ModelExtractor",
    "NullExtractor",
    "RuleExtractor",
    "TimeMention",
    "detect_language",
    "find_time",
    "make_extractor",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_LAZY[name], __name__), name)
