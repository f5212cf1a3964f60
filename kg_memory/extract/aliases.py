"""Speakers' names said in the conversation become aliases of the speakers' entities.

When a conversation's facts name a placeholder speaker (``(Speaker 2, name, "Joey")`` or
``alternateName``), every entity of that conversation standing for the speaker carries the name as an
alias, and a person of that name in the same conversation *is* the speaker: "Joey lives in Paris"
becomes a fact about Speaker 2 (aliases ``("Joey",)``). Stores record aliases as alternative labels,
so a later "Joey" resolves to the same entity. A speaker with a name for a label gains the full name
they give ("Sam" saying "I'm Sam Carter", 小明 saying 我叫王小明), so that "Where does Sam Carter work?"
finds Sam; another name (a joke, a role) stays a fact only.

>>> from kg_memory.types import Entity, Fact, Provenance, Turn
>>> s2, said = Entity("Speaker 2", "Person"), (Provenance("c", "1"),)
>>> facts = [Fact(s2, "name", "Joey", sources=said),
...          Fact(Entity("Joey", "Person"), "livesIn", Entity("Paris", "Place"), sources=said)]
>>> [(f.subject.label, f.subject.aliases) for f in alias_speakers(facts, [Turn("c", "1", "Speaker 2", "Hi")])]
[('Speaker 2', ('Joey',)), ('Speaker 2', ('Joey',))]
>>> [f.subject.aliases for f in alias_speakers([Fact(Entity("小明", "Person"), "name", "王小明", sources=said)],
...                                           [Turn("c", "1", "小明", "我叫王小明")])]
[('王小明',)]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..ids import normalize_name
from ..types import Entity, Fact, Turn

__all__ = ["PLACEHOLDER_SPEAKER", "alias_speakers"]

#: Speaker labels that are not names: "Speaker 2", "speaker_1", "说话人2", "User".
PLACEHOLDER_SPEAKER = re.compile(r"^(?:speaker|spk|说话人|发言人|user|用户|person|人物)\s*[_-]?\s*\d*$", re.I)
_NAMING = ("name", "alternateName")
#: A user name rather than a name: digits, "_", "@" or "." in it ("dan_b", "user42", "ann.lee").
_HANDLE = re.compile(r"[\d_@.]")


def alias_speakers(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` with each named placeholder speaker's entities carrying its names as aliases."""
    speakers = {(t.conversation, t.speaker) for t in turns if t.speaker}
    names: dict[tuple[str | None, str], list[str]] = {}
    for fact in facts:
        conversation = fact.source.conversation if fact.source else None
        key = (conversation, fact.subject.label)
        if fact.predicate in _NAMING and key in speakers and isinstance(fact.object, str | Entity):
            name = fact.object.label if isinstance(fact.object, Entity) else fact.object
            if (name and not PLACEHOLDER_SPEAKER.match(name) and name not in names.get(key, [])
                    and (PLACEHOLDER_SPEAKER.match(key[1]) or _full_name(key[1], name))):
                names.setdefault(key, []).append(name)
    if not names:
        return list(facts)
    out = []
    texts: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}
    said_by: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.speaker for t in turns}
    for fact in facts:
        conversation = fact.source.conversation if fact.source else None
        aliases = {label: tuple(ns) for (conv, label), ns in names.items() if conv == conversation}
        if not aliases:
            out.append(fact)
            continue
        said = texts.get((conversation, fact.source.turn if fact.source else None), "")
        subject = fact.subject if _namesake(fact.subject.label, said) else _as_speaker(fact.subject, aliases)
        obj = _as_speaker(fact.object, aliases) if isinstance(fact.object, Entity) \
            and not _namesake(fact.object.label, said) else fact.object
        if _told_of_self(fact, subject, said, said_by.get((conversation, fact.source.turn if fact.source else None))):
            continue  # "his wife" said by Sal, "his" taken for Sal, the man just named: someone else's wife
        if fact.predicate in _NAMING and subject.label in aliases:
            out.append(dataclasses.replace(fact, subject=subject))  # the naming fact keeps its name
        elif subject != fact.subject or obj != fact.object:
            if isinstance(obj, Entity) and obj.label == subject.label and not fact.ended:
                continue  # "Joey" said to be Speaker 2's friend, Joey being Speaker 2: nothing
            out.append(dataclasses.replace(fact, subject=subject, object=obj))
        else:
            out.append(fact)
    return out


#: A pronoun of a third person: a name it was read as is someone other than the one speaking.
_THIRD_PERSON = re.compile(r"\b(?:he|his|him|she|her|hers)\b", re.I)


def _told_of_self(fact: Fact, subject: Entity, said: str, speaker: str | None) -> bool:
    """Whether ``fact``'s subject, a name the turn ``said`` never says, turns out to be the turn's own ``speaker``:
    "he"/"his" read as the one named last ("Now I'm here with Sal." - Sal: "And his wife says thanks."), though no one
    speaks of themself so; the fact is someone else's.

    >>> from kg_memory.types import Provenance
    >>> fact = Fact(Entity("Sal", "Person"), "spouse", Entity("Sal's wife", "Person"), sources=(Provenance("c", "2"),))
    >>> _told_of_self(fact, Entity("Speaker 1", "Person"), "And his wife says thanks.", "Speaker 1")
    True
    >>> _told_of_self(fact, Entity("Speaker 1", "Person"), "Sal's wife says thanks.", "Speaker 1")
    False
    """
    return speaker is not None and subject.label == speaker and fact.subject.label != speaker \
        and fact.predicate not in _NAMING and fact.subject.label not in said and _THIRD_PERSON.search(said) is not None


def _namesake(label: str, text: str) -> bool:
    """Whether ``text`` tells that someone else bears the name ``label`` too ("我姐夫也叫大伟", "my brother-in-law is
    also called Dave"): a person of that name there is a namesake, not the speaker who bears it.

    >>> _namesake("大伟", "习惯了嘛，我姐夫也叫大伟。"), _namesake("Dave", "My boss is also named Dave."), _namesake("大伟", "大伟来了")
    (True, True, False)
    """
    return bool(label) and re.search(rf"(?:也|同样|还)(?:是)?叫(?:做)?{re.escape(label)}|\balso\s+(?:named|called)\s+"
                                     rf"{re.escape(label)}\b|\banother\s+{re.escape(label)}\b", text, re.I) is not None


def _full_name(label: str, name: str) -> bool:
    """Whether ``name`` is a fuller form of the speaker's ``label``: its words and more ("Sam" ->
    "Sam Carter"), a short form of its first name ("Dan" -> "Daniel Brooks"), a user name that is no
    name ("dan_b", "user42"); in Han script the label after a surname (小明 -> 王小明) or the surname
    called by 小, 老 or 阿 (小王 -> 王磊).

    >>> [_full_name(label, "Daniel Brooks") for label in ("Dan", "dan_b", "Joey", "Daniel")]
    [True, True, False, True]
    >>> _full_name("小王", "王磊"), _full_name("小王", "李磊")
    (True, False)
    """
    label, name = normalize_name(label), normalize_name(name)
    if not label or label == name:
        return False
    if re.fullmatch(r"[\u3400-\u9fff]+", label):
        nickname = len(label) == 2 and label[0] in "小老阿" and 2 <= len(name) <= 4 and name[0] == label[1]
        return nickname or len(name) <= len(label) + 2 and name.endswith(label)
    if _HANDLE.search(label) and not re.search(r"\s", label):
        return True
    first = name.split()[0]
    short = len(label) >= 3 and " " not in label and first != label and first.startswith(label)
    return short or set(label.split()) < set(name.split())


def _as_speaker(entity: Entity, aliases: dict[str, tuple[str, ...]]) -> Entity:
    """The speaker ``entity`` stands for (by its label or one of the speaker's names), with its aliases."""
    label: str | None = entity.label
    if label not in aliases:
        wanted = normalize_name(entity.label)
        label = next((speaker for speaker, names in aliases.items() if wanted in map(normalize_name, names)), None)
    if label is None or entity.type not in ("Person", "Thing"):
        return entity
    return dataclasses.replace(entity, label=label, type="Person", aliases=aliases[label])
