"""One person who is two things to the speaker: "my best friend is my mom", "my boss is my cousin", 我最好的朋友是我表姐.

The rules read each relation word as a person of its own, known by its owner: "Ann's friend" and "Ann's mom", or,
in Chinese, a placeholder 安娜的朋友 said to be her cousin. :func:`one_relative` makes them one person, named by the
family word, else by the second ("Ann's mom", 安娜的表姐; "my dad is my best friend": "Ann's dad"), so the graph holds
``(Ann, friend, "Ann's mom")`` and ``(Ann, parent, "Ann's mom")``: the two ties are what the turn tells, and
:func:`.plausible.passing_relatives` keeps them. Not "my friend is my age", "my mom is my hero" (no relation word after
the second "my"), "my sister's friend is my cousin" (the friend is the sister's).

>>> from kg_memory.types import Provenance, Turn
>>> ann, src = Entity("Ann", "Person"), (Provenance("c", "1", "Ann"),)
>>> facts = [Fact(ann, "friend", Entity("Ann's friend", "Person"), 0.8, src),
...          Fact(ann, "parent", Entity("Ann's mom", "Person"), 0.8, src)]
>>> [(f.predicate, f.object.label) for f in one_relative(facts, [Turn("c", "1", "Ann", "My best friend is my mom.")])]
[('friend', "Ann's mom"), ('parent', "Ann's mom")]
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping, Sequence

from ..types import Entity, Fact, Turn
from .english.lexicon import KIN as EN_KIN
from .english.lexicon import KIN_MODS
from .english.lexicon import KIN_PREDICATE as EN_PREDICATE
from .framework import lazy

__all__ = ["one_relative"]

#: "my best friend is my mom", "My boss is actually my cousin": the first relation word and the second.
_EN = lazy(rf"\bmy\s+(?:(?:closest|dearest|childhood)\s+)?{KIN_MODS}(?P<a>{EN_KIN})\s+(?:is|'s|was)\s+(?:(?:also|actually|literally|"
           rf"really|honestly)\s+)?my\s+{KIN_MODS}(?P<b>{EN_KIN})\b(?!['’]s|-)", re.I)


@functools.cache
def _zh() -> re.Pattern[str]:
    """我最好的朋友是我妈妈, 我的领导是我表姐 (not 我朋友是我同学的哥哥: the brother is the classmate's); compiled on the
    first Chinese turn that may say it (an English conversation never loads the Chinese lexicon)."""
    from .chinese.lexicon import KIN

    return re.compile(rf"(?:^|[，,。！!？?；;\s])我的?(?:最好的|很好的|最亲密的|好)?(?P<a>{KIN})(?:其实|也|就)?是我的?(?P<b>{KIN})"
                      rf"(?!的|{KIN})")


def _words(word: str) -> tuple[str, Mapping[str, str]]:
    """How a label joins an owner to the relation ``word`` ("'s ", "的"), and the relations of that language."""
    if re.search(r"[\u4e00-\u9fff]", word):
        from .chinese.lexicon import KIN_PREDICATE

        return "的", KIN_PREDICATE
    return "'s ", EN_PREDICATE


#: The pairs of relation words said in each turn, by (conversation, turn, speaker).
_Pairs = dict[tuple[str | None, str | None, str | None], list[tuple[str, str]]]


#: Ties of family, whose word names the person ahead of a tie of company ("my dad is my best friend": "Ann's dad").
_FAMILY = frozenset({"parent", "child", "sibling", "spouse", "partner", "relative"})


def _pairs(text: str) -> list[tuple[str, str]]:
    """The relation words of ``text`` said to be one person, as the labels write them: the one whose person is
    another's, and the one that names them (the family word, else the second: "my best friend is my mom", "my dad is
    my best friend", "my manager is my cousin": the mom, the dad, the cousin)."""
    found = [(m.group("a").lower(), m.group("b").lower()) for m in _EN.finditer(text)]
    if "是我" in text:
        found += [(m.group("a"), m.group("b")) for m in _zh().finditer(text)]
    ordered = []
    for a, b in found:
        kin = _words(a)[1]
        if a != b:
            ordered.append((b, a) if kin.get(a) in _FAMILY and kin.get(b) not in _FAMILY else (a, b))
    return ordered


def one_relative(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` where a relative known by the owner and said to be another of the owner's relatives is that one, with
    both ties (see the module docstring)."""
    pairs: _Pairs = {(t.conversation, t.turn, t.speaker): p for t in turns if (p := _pairs(t.text))}
    if not pairs:
        return list(facts)
    out: list[Fact] = []
    for fact in facts:
        said = _said(fact, pairs)
        if said and isinstance(fact.object, Entity):
            owner = fact.subject.label
            for a, b in said:
                mark = _words(a)[0]
                if fact.object.label.lower() == f"{owner}{mark}{a}".lower():
                    fact = dataclasses.replace(fact, object=Entity(f"{owner}{mark}{b}", "Person"))
                    break
        out.append(fact)
    held = {(f.subject.label, f.predicate, f.object.label) for f in out if isinstance(f.object, Entity)}
    for fact in list(out):  # the first tie, where the rules gave only the second ("my closest friend is my brother")
        for a, b in _said(fact, pairs):
            mark, kin = _words(a)
            tie, label = kin.get(a), fact.object.label if isinstance(fact.object, Entity) else ""
            if label.lower() == f"{fact.subject.label}{mark}{b}".lower() and fact.predicate == kin.get(b) \
                    and tie is not None and (fact.subject.label, tie, label) not in held:
                held.add((fact.subject.label, tie, label))
                out.append(dataclasses.replace(fact, predicate=tie))
    return list(dict.fromkeys(out))


def _said(fact: Fact, pairs: _Pairs) -> list[tuple[str, str]]:
    """The pairs of relation words said in the turn ``fact`` was read from, if it is a tie to a person."""
    if fact.source is None or not isinstance(fact.object, Entity) or fact.object.type != "Person":
        return []
    return pairs.get((fact.source.conversation, fact.source.turn, fact.source.speaker), [])
