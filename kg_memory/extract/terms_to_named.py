"""A term of address said in a turn that first calls someone by name who is none of the speakers: the term is theirs.

"Lily, come here, sweetie." or "朵朵，爸爸有礼物给你……过来，亲爱的。": a parent calls the baby by name, then fondly; the
baby never speaks, and the one who speaks next is not the one called "sweetie". :func:`~.address_terms.terms_of_address`
gives a term to the speaker around the turn; where the turn opens by calling a name (the name alone, set off by a comma
or a mark, at its start or after a greeting) and no speaker of the dialogue bears that name (by the speakers' ``name``
and ``alternateName`` facts), the term goes to the one named instead. A name that some speaker bears ("Theo, honey,
wait." where Theo is Speaker 2) leaves the term where it was; so do a name called back to one who just greeted ("Hi,
Mrs. Rossi!" - "Jennifer! Come in, sweetheart."), a turn that calls two names ("Hello, Gideon! Shirin, dear, ...")
or a word that is no known first name ("Happily, dear.", "Bathroom, dude.").

>>> from kg_memory.types import Turn, Entity
>>> from kg_memory.extract.base import make_fact
>>> t = [Turn("c", "1", "Speaker 1", "Lily, look what I have. Come here, sweetie."), Turn("c", "2", "Speaker 2", "Hi.")]
>>> term = make_fact(Entity("Speaker 2", "Person"), "addressedAs", "sweetie", 0.65, t[0])
>>> [(f.subject.label, f.object) for f in terms_to_named([term], [], t)]
[('Lily', 'sweetie')]
>>> named = make_fact(Entity("Speaker 2", "Person"), "alternateName", "Lily", 0.8, t[1])
>>> [(f.subject.label, f.object) for f in terms_to_named([term], [named], t)]
[('Speaker 2', 'sweetie')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .framework import lazy
from .names import plausible_name
from .pronouns import gender_of_name

__all__ = ["terms_to_named"]

#: Names called in a turn: a capitalised word or two to four Chinese characters set off by a comma or "!" (not "?": an
#: echo, "Lemonade? You ok, man?"), at the turn's start or after a mark or an interjection ("Oh, Lily, ...", "噢，朵朵，...").
_CALLED = lazy(r"(?:^|[.!?…。！？，,]\s*)(?:(?i:oh|hey|hi|aw+|come\s+on|okay|噢哎|哦|噢|嘿|嗨|来)\s*[,，]?\s*)?"
               r"(?P<n>[A-Z][a-z]+|[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6})(?=\s*[,，!！])")


_GREETS = lazy(r"^\W*(?:hi|hello|hey|你好|您好|嗨|嘿)\b", re.I)


def _called_zh(name: str) -> bool:
    """Whether the Chinese ``name`` calls someone: a name (王朵) or as people call each other (朵朵, 小刘)."""
    from .chinese.segment import is_called_name  # Chinese only: English talk never loads the Chinese lexicon

    return is_called_name(name)


def _known(name: str) -> bool:
    """Whether ``name`` surely is a person's: a Chinese name or call form, or a known English first name ("Lily"; not
    "Happily, dear." nor "Bathroom, dude.")."""
    return "\u4e00" <= name[0] <= "\u9fff" or gender_of_name(name) is not None


def _names_called(text: str, before: int) -> list[str]:
    """The names ``text`` calls before position ``before`` (each once, in order)."""
    out: list[str] = []
    for m in _CALLED.finditer(text, 0, before):
        name = m.group("n")
        if name not in out and (_called_zh(name) if "\u4e00" <= name[0] <= "\u9fff" else plausible_name(name, frozenset())):
            out.append(name)
    return out


def _greeted_before(turns: Sequence[Turn], i: int) -> bool:
    """Whether the turn before turn ``i``, another speaker's, greets ("Hi, Mrs. Rossi!" - "Jennifer! Come in,
    sweetheart."): the name called back is the greeter's, who is the one called sweetheart."""
    return i > 0 and turns[i - 1].speaker != turns[i].speaker and _GREETS.match(turns[i - 1].text) is not None


def terms_to_named(terms: list[Fact], facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``terms`` (``addressedAs`` facts), each said in a turn that first calls one name no speaker bears given to the
    one named (module docstring)."""
    speakers = {t.speaker for t in turns}
    borne = {str(f.object).casefold() for f in facts
             if f.predicate in ("name", "alternateName") and f.subject.label in speakers}
    said: dict[tuple[str | None, str | None], int] = {(t.conversation, t.turn): i for i, t in enumerate(turns)}
    out = []
    for term in terms:
        i = said.get((term.source.conversation, term.source.turn), -1) if term.source else -1
        text = turns[i].text if i >= 0 and not _greeted_before(turns, i) else ""
        at = text.casefold().rfind(str(term.object).casefold())
        called = _names_called(text, at) if at > 0 else []
        if len(called) == 1 and _known(called[0]) and called[0].casefold() not in borne and called[0] not in speakers \
                and not any(b.startswith(called[0].casefold()) or called[0].casefold().startswith(b) for b in borne):
            term = dataclasses.replace(term, subject=Entity(called[0], "Person"))
        out.append(term)
    return out
