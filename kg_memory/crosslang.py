"""One entity across languages and scripts: ``北京`` and ``Beijing``, ``张三`` and ``Zhang San``.

Entity resolution (:mod:`kg_memory.resolve`) asks a :class:`CrossIndex` for the entity that a mention
names in the other language, before any fuzzy matching. Two names are the same entity across Chinese
and Latin script when

- both are names of one entry of the gazetteer (:mod:`kg_memory.gazetteer`: ``Tsinghua University`` /
  ``清华大学``, ``Hong Kong`` / ``香港``), for the entry's type; or
- the Latin name is the pinyin of the whole Chinese name, word boundaries falling between syllables
  (``Zhang San``, ``Zhang Sanfeng``, ``San Zhang`` for a person; ``Shanghai`` for ``上海``), the types
  are equal (Person, Place or Organization), and the entity has no name yet in the mention's script
  (a person named ``张三`` is not also ``章三``, though both are "zhang san").

A mention that two entities would match in this way is ambiguous and matches none. Homophones in
Chinese characters (``张三`` / ``章三``, ``山西`` / ``陕西``) never match each other: see
:func:`fuzzy_allowed`, which the resolver asks before a fuzzy merge.

>>> same_romanization("张三丰", "Zhang Sanfeng", "Person"), same_romanization("张三", "San Zhang", "Person")
(True, True)
>>> same_romanization("张三", "Zhangs An", "Person"), same_romanization("张三", "Zhang San Feng", "Person")
(False, False)
>>> language_of("北京"), language_of("Beijing"), language_of("Москва")
('zh', 'en', None)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from .gazetteer import gazetteer_id
from .ids import normalize_name

__all__ = ["CROSS_TYPES", "CrossIndex", "fuzzy_allowed", "language_of", "same_romanization"]

#: Entity types resolved across languages.
CROSS_TYPES = frozenset({"Person", "Place", "Organization"})
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_HAN_NAME = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff·・\s]+$")
_LETTERS = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1 << 16)
def language_of(name: str) -> str | None:
    """``"zh"`` for a name in Chinese characters, ``"en"`` for one in Latin letters, else None."""
    if _CJK.search(name):
        return "zh"
    text = _fold(name)
    if text.isascii() and any(c.isalpha() for c in text):
        return "en"
    return None


def _fold(text: str) -> str:
    """``text`` without diacritics (``Müller`` -> ``Muller``)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _syllables(han: str) -> list[str] | None:
    """The toneless pinyin syllables of a name written in Chinese characters only, else None."""
    if not _HAN_NAME.match(han):
        return None
    from .fuzzy.variants import to_pinyin

    han = "".join(_CJK.findall(han))
    return [s.replace("ü", "u").replace("v", "u") for s in to_pinyin(han).split()]


def _tokens(latin: str) -> list[str]:
    """The lower-case letter runs of a Latin name (an apostrophe separates them: ``Xi'an``)."""
    return [t.replace("v", "u") for t in _LETTERS.findall(_fold(latin.casefold()))]


def _orders(tokens: list[str], type: str) -> list[list[str]]:
    """The token orders a Latin name may take: for a person also family name last (``San Zhang``)."""
    if type == "Person" and len(tokens) > 1:
        return [tokens, tokens[-1:] + tokens[:-1]]
    return [tokens]


def _aligned(tokens: list[str], syllables: list[str]) -> bool:
    if not tokens or "".join(tokens) != "".join(syllables):
        return False
    bounds, at = set(), 0
    for s in syllables:
        at += len(s)
        bounds.add(at)
    at = 0
    for t in tokens:
        at += len(t)
        if at not in bounds:
            return False
    return True


def same_romanization(han: str, latin: str, type: str) -> bool:
    """Whether ``latin`` spells the whole Chinese name ``han`` in pinyin, words ending on syllables."""
    syllables = _syllables(han)
    if not syllables:
        return False
    return any(_aligned(order, syllables) for order in _orders(_tokens(latin), type))


def _keys(name: str, type: str) -> list[str]:
    """Lookup keys of a name: its gazetteer entry, and its letters in pinyin (both orders of a
    person's Latin name)."""
    keys = []
    entry = gazetteer_id(name, type)
    if entry is not None:
        keys.append("g:" + entry)
    if _CJK.search(name):
        syllables = _syllables(name)
        if syllables:
            keys.append(f"p:{type}:" + "".join(syllables))
    else:
        tokens = _tokens(name)
        if 0 < len(tokens) <= 4:
            keys += [f"p:{type}:" + "".join(order) for order in _orders(tokens, type)]
    return keys


class CrossIndex:
    """Entities of one namespace by their gazetteer entry and pinyin, to find a name's counterpart
    in the other script.

    >>> index = CrossIndex()
    >>> index.add("ent:bj", "北京", "Place")
    >>> index.add("ent:zs", "张三", "Person")
    >>> names = {"ent:bj": ["北京"], "ent:zs": ["张三"]}.__getitem__
    >>> index.match("Beijing", "Place", names), index.match("San Zhang", "Person", names)
    ('ent:bj', 'ent:zs')
    >>> index.match("Zhang San", "Place", names) is None
    True
    """

    def __init__(self) -> None:
        # pinyin keys are kept per script of the name, so that a name is only compared with names in
        # the other script (many Latin names share a key such as "person" and no Chinese name)
        self._by_key: dict[str | None, dict[str, list[str]]] = {}

    def add(self, iri: str, name: str, type: str) -> None:
        """Index one name of an entity."""
        if type not in CROSS_TYPES:
            return
        for key in _keys(name, type):
            iris = self._by_key.setdefault(None if key.startswith("g:") else language_of(name), {}).setdefault(key, [])
            if iri not in iris:
                iris.append(iri)

    def add_all(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Index ``(iri, name, type)`` rows."""
        for iri, name, type in rows:
            self.add(iri, name, type)

    def match(self, name: str, type: str, names_of: Callable[[str], Sequence[str]]) -> str | None:
        """The IRI of the one entity that ``name`` (of ``type``) names in the other script, else None.

        ``names_of(iri)`` gives a candidate's names (label and aliases)."""
        language = language_of(name)
        if type not in CROSS_TYPES or language is None:
            return None
        found: dict[str, None] = {}
        other = self._by_key.get("en" if language == "zh" else "zh", {})
        for key in _keys(name, type):
            for iri in (self._by_key.get(None, {}) if key.startswith("g:") else other).get(key, ()):
                names = names_of(iri)
                if key.startswith("g:"):
                    if any(gazetteer_id(n, type) == key[2:] for n in names):
                        found[iri] = None
                elif all(language_of(n) != language for n in names) and any(
                        _counterparts(name, n, type) for n in names):
                    found[iri] = None
        return next(iter(found)) if len(found) == 1 else None


def _counterparts(a: str, b: str, type: str) -> bool:
    """Whether one of ``a`` and ``b`` is the pinyin of the other, Chinese name."""
    if _CJK.search(a) and not _CJK.search(b):
        return same_romanization(a, b, type)
    if _CJK.search(b) and not _CJK.search(a):
        return same_romanization(b, a, type)
    return False


def fuzzy_allowed(mention: str, matched: str) -> bool:
    """Whether a fuzzy match of ``mention`` to the stored name ``matched`` may merge them.

    Not across Chinese and other scripts (:class:`CrossIndex` decides those, stricter), and not
    between two Chinese names of equal length but other characters: homophones (``张三`` /
    ``章三``) are different names.

    >>> fuzzy_allowed("章三", "张三"), fuzzy_allowed("Zhang Sna", "张三"), fuzzy_allowed("Zhang Sna", "Zhang San")
    (False, False, True)
    """
    a, b = _CJK.search(mention) is not None, _CJK.search(matched) is not None
    if a != b:
        return False
    if a and b:
        x, y = normalize_name(mention).replace(" ", ""), normalize_name(matched).replace(" ", "")
        return not (len(x) == len(y) and x != y)
    return True
