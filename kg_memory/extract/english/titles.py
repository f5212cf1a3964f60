"""A title whose words join with a small word, read whole: "(I'm reading) Lessons in Chemistry", "(we watched) Murder
on the Orient Express", "(my favorite book is) The House in the Cerulean Sea" (were "Lessons", "Murder", "The House").
Not where a name is followed by a place, a time or a language: "(I visited) Tom in Boston", "Dune in Spanish",
"Paris in June"; nor two things listed with "and" ("Harry Potter and Star Wars")."""

from __future__ import annotations

from ...gazetteer import gazetteer_id
from ..framework import lazy
from .lexicon import LANGUAGES

__all__ = ["guard_titles"]

_CAP = r"(?:[A-Z][\w'’-]*|\d+)"
#: Capitalised words joined by small words, from the start of what is said (after a verb in -ing): "Lessons in Chemistry".
_TITLE = lazy(rf"^(?P<doing>[a-z]+ing\s+(?:to\s+)?)?(?P<t>(?:The\s+|A\s+|An\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}(?P<joins>(?:\s+(?:in|of|on|at|from|for|to|with|under|"
              rf"over|into|without|the|a|an)){{1,2}}\s+{_CAP}(?:\s+{_CAP}){{0,3}})+)(?=\s*(?:[.!?,;:…)\"”]|$)|\s+[a-z])")
#: The word after a small word that says the name before it is no title: a time, or where it is watched or heard
#: ("Grey's Anatomy on Netflix").
_NOT_AFTER = frozenset("january february march april may june july august september october november december monday "
                       "tuesday wednesday thursday friday saturday sunday spring summer fall autumn winter christmas "
                       "easter netflix hulu hbo max disney prime amazon spotify youtube kindle audible tiktok "
                       "instagram twitch tv radio vinyl".split())
#: Languages ("Spanish"), and words of peoples as most are ("Italian", "Japanese", "Arabic")
_PEOPLES = lazy(r"[A-Z][a-z]+(?:ish|ese|ian|ic)")
_NOT_FIRST = frozenset("mom dad mum mommy daddy grandma grandpa uncle aunt auntie mr mrs ms dr i".split())
_SMALL = lazy(r"\s+(?:in|at|from|to|with|for|on|into|under|over|without)\s+(?:(?:the|a|an)\s+)?(?P<w>[\w'’-]+)")


def guard_titles(text: str, join: str) -> str:
    """``text`` with the spaces of a title that opens it replaced by ``join`` (module docstring).

    >>> guard_titles("Lessons in Chemistry.", "_"), guard_titles("Tom in Boston", "_"), guard_titles("Dune in Spanish", "_")
    ('Lessons_in_Chemistry.', 'Tom in Boston', 'Dune in Spanish')
    >>> guard_titles("Lord of the Rings last night", "_"), guard_titles("reading Murder on the Orient Express", "_")
    ('Lord_of_the_Rings last night', 'reading Murder_on_the_Orient_Express')
    """
    m = _TITLE.match(text)
    if m is None or m.group("t").split()[0].lower() in _NOT_FIRST:
        return text
    for small in _SMALL.finditer(m.group("t")):
        word = small.group("w")
        if word.lower() in _NOT_AFTER or word.lower() in LANGUAGES or _PEOPLES.fullmatch(word) or gazetteer_id(word, "Place") \
                or gazetteer_id(word, "Organization"):
            return text  # "Tom in Boston", "Dune in Spanish", "Paris in June", "Sam at Starbucks": a name, then more
    return (m.group("doing") or "") + join.join(m.group("t").split()) + text[m.end():]
