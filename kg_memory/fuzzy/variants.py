"""Name variants for self-supervised training, and the text the encoder reads.

A variant is what a person might write for the same entity: a typo (insert, delete, substitute,
transpose), another case, other spacing or punctuation, another token order, initials, a title,
dropped diacritics, or the pinyin of a Chinese name. :func:`make_variant` draws one at random;
the training loop pairs each name with one variant per epoch.

>>> import random
>>> rng = random.Random(0)
>>> v = make_variant("Zhang San", rng)
>>> isinstance(v, str) and v != ""
True
>>> to_pinyin("张三")
'zhang san'
>>> feature_text("Jean-Claude  Müller")
'jean claude muller'
>>> feature_text("张三")
'张三 zhang san'
>>> feature_text("Владимир Путин")
'владимир путин vladimir putin'
>>> match_text("Владимир Путин")
'vladimir putin'
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import random
import re
import string
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg_memory.ids import normalize_name

__all__ = [
    "fold",
    "feature_text",
    "has_cjk",
    "make_variant",
    "match_text",
    "romanize",
    "sample_names",
    "to_pinyin",
    "variants",
]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_SEPARATORS = re.compile(r"[-_\s]+")
_TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Dr", "Herr", "Sir")
_ORG_SUFFIXES = ("Inc.", "Ltd", "LLC", "GmbH", "Corp.", "Co.", "S.A.", "plc", "Group", "Company")
_KEYBOARD = string.ascii_lowercase
# Cyrillic (Russian, Ukrainian, Belarusian) and Greek letters in a simple, BGN-like romanisation.
_ROMAN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "w", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
})
_ROMANIZABLE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese character (CJK unified ideograph)."""
    return _CJK.search(text) is not None


def fold(text: str) -> str:
    """Drop diacritics (``é`` -> ``e``) while keeping other scripts (Hangul, CJK) intact."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def to_pinyin(text: str) -> str:
    """The toneless pinyin of the Chinese characters of ``text``, syllables separated by spaces.

    Other characters pass through unchanged. Uses pypinyin, which ships its dictionary.
    """
    spelled = "".join(f" {_char_pinyin(c)} " if has_cjk(c) else c for c in text)
    return " ".join(spelled.split())


@functools.lru_cache(maxsize=1 << 16)
def _char_pinyin(char: str) -> str:
    """The toneless pinyin of one character (cached: names repeat few thousand characters), as
    pypinyin's ``lazy_pinyin`` gives it: its first reading, tone marks dropped, ``ü`` as ``v``
    (the same for every character of the Chinese ranges that :func:`has_cjk` checks)."""
    table = _pinyin_table()
    if table is None:  # a pypinyin without its table file: ask pypinyin itself
        from pypinyin import lazy_pinyin

        return " ".join(lazy_pinyin(char))
    readings = table.get(str(ord(char)))
    if readings is None:
        return char
    spelled = unicodedata.normalize("NFD", readings.split(",")[0]).replace("u\u0308", "v")
    return unicodedata.normalize("NFC", "".join(c for c in spelled if not unicodedata.combining(c)))


@functools.cache
def _pinyin_table() -> dict[str, str] | None:
    """pypinyin's readings by code point (``"24352": "zhāng,zhǎng"``), read from its JSON file
    (~30 ms) without importing pypinyin, whose import also loads its phrase dictionary (~0.5 s):
    the first Chinese name of a process no longer waits for it. None without that file."""
    spec = importlib.util.find_spec("pypinyin")
    folder = spec.submodule_search_locations if spec is not None else None
    if not folder:
        return None
    path = Path(list(folder)[0]) / "pinyin_dict.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return table if isinstance(table, dict) else None


def romanize(text: str) -> str:
    """Latin spelling of Chinese (pinyin), Cyrillic and Greek letters in casefolded ``text``.

    >>> romanize("лукашенко")
    'lukashenko'
    """
    if has_cjk(text):
        text = to_pinyin(text)
    if _ROMANIZABLE.search(text):
        text = fold(text.translate(_ROMAN))
    return " ".join(text.split())


def _base_text(name: str) -> str:
    return fold(_SEPARATORS.sub(" ", normalize_name(name.replace("_", " "))).strip())


def feature_text(name: str) -> str:
    """The text the encoder hashes: normalised, hyphens and underscores as spaces, diacritics
    folded, and for a Chinese, Cyrillic or Greek name its romanisation appended
    (``张三`` -> ``张三 zhang san``)."""
    text = _base_text(name)
    if not text.isascii():
        roman = romanize(text)
        if roman != text:
            text = f"{text} {roman}"
    return text


def match_text(name: str) -> str:
    """The text the string scores of :mod:`kg_memory.fuzzy.scoring` compare: the normalised
    name in Latin letters where :func:`romanize` knows its script (``张三`` -> ``zhang san``)."""
    text = _base_text(name)
    return romanize(text) if not text.isascii() else text


# --- random edits -------------------------------------------------------------------------------


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 2:
        return word + rng.choice(_KEYBOARD)
    i = rng.randrange(len(word))
    op = rng.randrange(4)
    if op == 0:  # insert
        return word[:i] + rng.choice(_KEYBOARD) + word[i:]
    if op == 1:  # delete
        return word[:i] + word[i + 1:]
    if op == 2:  # substitute
        return word[:i] + rng.choice(_KEYBOARD) + word[i + 1:]
    i = min(i, len(word) - 2)  # transpose
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _typos(name: str, rng: random.Random) -> str:
    words = name.split()
    if not words:
        return name
    for _ in range(1 if rng.random() < 0.7 else 2):
        j = rng.randrange(len(words))
        words[j] = _typo(words[j], rng)
    return " ".join(w for w in words if w)


def _case(name: str, rng: random.Random) -> str:
    return rng.choice((str.lower, str.upper, str.title, str.swapcase))(name)


def _spacing(name: str, rng: random.Random) -> str:
    words = name.split()
    choice = rng.randrange(4)
    if len(words) > 1 and choice == 0:
        j = rng.randrange(len(words) - 1)
        return " ".join(words[:j] + [words[j] + words[j + 1]] + words[j + 2:])
    if len(words) > 1 and choice == 1:
        return "-".join(words)
    if len(words) > 1 and choice == 2:
        return f"{words[-1]}, {' '.join(words[:-1])}"
    return rng.choice(("  ", " . ", "_")).join(words) + rng.choice(("", ".", ",", " !"))


def _order(name: str, rng: random.Random) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    if rng.random() < 0.6:
        return " ".join(words[1:] + words[:1])
    rng.shuffle(words)
    return " ".join(words)


def _initials(name: str, rng: random.Random) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    j = rng.randrange(len(words) - 1)  # never the last word, usually the family name
    dot = rng.choice((".", "", "."))
    words[j] = words[j][:1] + dot
    return " ".join(words)


def _drop_token(name: str, rng: random.Random) -> str:
    words = name.split()
    if len(words) < 3:
        return name
    del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def _title(name: str, rng: random.Random) -> str:
    words = name.split()
    if rng.random() < 0.5 and len(words) > 1:
        words = words[-1:]
    return f"{rng.choice(_TITLES)} {' '.join(words)}"


def _suffix(name: str, rng: random.Random) -> str:
    words = name.split()
    if len(words) > 1 and words[-1] in _ORG_SUFFIXES:
        return " ".join(words[:-1])
    return f"{name} {rng.choice(_ORG_SUFFIXES)}"


def _diacritics(name: str, rng: random.Random) -> str:
    folded = fold(name)
    return folded if folded != name else _typos(name, rng)


def _chinese(name: str, rng: random.Random) -> str:
    """Pinyin spellings of a Chinese name: ``张三丰`` -> ``Zhang Sanfeng``, ``San Feng Zhang``..."""
    chars = [c for c in name if not c.isspace()]
    if len(chars) < 2 or not all(has_cjk(c) for c in chars):
        return to_pinyin(name).title()
    family, given = to_pinyin(chars[0]), to_pinyin("".join(chars[1:])).split()
    style = rng.randrange(5)
    if style == 0:
        return f"{family.title()} {''.join(given).title()}"
    if style == 1:
        return f"{''.join(given).title()} {family.title()}"
    if style == 2:
        return " ".join([family] + given)
    if style == 3:
        return f"{family.upper()} {''.join(given).title()}"
    return f"{rng.choice(('Mr.', 'Ms.', 'Dr.'))} {family.title()}"


_EDITS = (
    (_typos, 5.0), (_case, 1.0), (_spacing, 1.5), (_order, 1.5), (_initials, 1.0),
    (_drop_token, 0.7), (_title, 0.5), (_suffix, 0.5), (_diacritics, 0.8),
)
_EDIT_FUNCS = tuple(f for f, _ in _EDITS)
_EDIT_WEIGHTS = tuple(w for _, w in _EDITS)


def make_variant(name: str, rng: random.Random, type: str = "Thing") -> str:
    """One random variant of ``name`` (one or two edits), never empty.

    Chinese names become pinyin spellings half of the time; other names get one or two of the
    edits typo, case, spacing/punctuation, token order, initials, dropped middle token, dropped
    diacritics, a title (only for a ``Person``) and an organisation suffix (only for an
    ``Organization``).
    """
    if has_cjk(name) and rng.random() < 0.6:
        out = _chinese(name, rng)
        if rng.random() < 0.3:
            out = _typos(out, rng)
        return out or name
    out = name
    for _ in range(1 if rng.random() < 0.65 else 2):
        edit = rng.choices(_EDIT_FUNCS, _EDIT_WEIGHTS)[0]
        if (edit is _title and type != "Person") or (edit is _suffix and type != "Organization"):
            edit = _typos
        out = edit(out, rng)
    return out if normalize_name(out) else name


def variants(name: str, n: int = 5, *, type: str = "Thing", seed: int = 0) -> list[str]:
    """``n`` random variants of ``name``, the same for the same seed.

    >>> len(variants("Angela Merkel", 3))
    3
    """
    rng = random.Random(f"{seed}:{name}")
    return [make_variant(name, rng, type) for _ in range(n)]


# --- a generic corpus of names ------------------------------------------------------------------

_PERSON_LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "ru_RU", "tr_TR",
    "ar_AA", "hi_IN", "zh_CN", "zh_TW", "ja_JP", "ko_KR", "pl_PL", "sv_SE", "cs_CZ", "fi_FI",
)
_FAMILY_FIRST = {"zh_CN", "zh_TW", "ja_JP", "ko_KR"}


def _tokens(obj: Iterable[Any] | None) -> list[str]:
    return [str(t) for t in obj] if obj else []


def sample_names(n: int, *, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` generated ``(name, type)`` pairs: people of 20 locales (zh_CN included),
    organisations and places, built from the word lists of the ``Faker`` package.

    Faker is needed only here (training and benchmarks), not to use an encoder.

    Raises
    ------
    FuzzyError
        If Faker is not installed.
    """
    from kg_memory.errors import FuzzyError

    try:
        person = importlib.import_module("faker.providers.person")
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise FuzzyError("sample_names needs the Faker package: pip install faker") from e
    rng = random.Random(seed)
    firsts: dict[str, list[str]] = {}
    lasts: dict[str, list[str]] = {}
    for loc in _PERSON_LOCALES:
        try:
            provider = importlib.import_module(f"{person.__name__}.{loc}").Provider
        except ImportError:
            continue
        given_names = _tokens(getattr(provider, "first_names", ()))
        family_names = _tokens(getattr(provider, "last_names", ()))
        if len(given_names) > 5 and len(family_names) > 5:
            firsts[loc], lasts[loc] = given_names, family_names
    places = _place_words()
    suffixes = list(_ORG_SUFFIXES) + ["AG", "SARL", "Holdings", "Partners", "Bank", "Foundation",
                                      "有限公司", "集团", "Trading", "Industries", "& Sons"]
    locales = sorted(firsts)
    out: list[tuple[str, str]] = []
    for _ in range(n):
        r = rng.random()
        loc = rng.choice(locales)
        first, last = rng.choice(firsts[loc]), rng.choice(lasts[loc])
        if r < 0.7:
            if loc in _FAMILY_FIRST:
                name = f"{last}{first}" if loc.startswith("zh") else f"{last} {first}"
            elif rng.random() < 0.15:
                name = f"{first} {rng.choice(firsts[loc])} {last}"
            else:
                name = f"{first} {last}"
            out.append((name, "Person"))
        elif r < 0.85:
            style = rng.randrange(3)
            if style == 0:
                name = f"{last} {rng.choice(suffixes)}"
            elif style == 1:
                name = f"{last} & {rng.choice(lasts[loc])} {rng.choice(suffixes)}"
            else:
                name = f"{rng.choice(places)} {rng.choice(('Bank', 'University', 'Airlines', 'Energy', 'Motors', 'FC', 'Institute'))}"
            out.append((name, "Organization"))
        else:
            style = rng.randrange(3)
            if style == 0:
                name = rng.choice(places)
            elif style == 1:
                name = f"{rng.choice(('New', 'Port', 'San', 'Fort', 'Bad', 'Saint', 'North', 'Lake'))} {last}"
            else:
                name = f"{last}{rng.choice(('ville', 'burg', 'ton', 'stadt', 'field', 'shire', '市', '县'))}"
            out.append((name, "Place"))
    return out


def _place_words() -> list[str]:
    words: list[str] = []
    for loc in ("en_US", "de_DE", "zh_CN", "fr_FR", "es_ES", "it_IT", "ru_RU", "ja_JP"):
        try:
            provider = importlib.import_module(f"faker.providers.address.{loc}").Provider
        except ImportError:
            continue
        for attr in ("cities", "countries", "states", "provinces", "regions", "departments"):
            for item in getattr(provider, attr, ()) or ():
                words.append(item[1] if isinstance(item, tuple) else str(item))
    return sorted(set(w for w in words if w)) or ["Springfield"]
