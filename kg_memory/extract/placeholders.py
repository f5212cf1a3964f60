"""Placeholders bound to the person or pet a turn names for them.

A relative or pet known only by its owner becomes an entity labelled from the owner ("Ann's husband",
"Ann的妹妹"). When the same turn names it, the placeholder gives way to the name in every fact of the
turn:

- a ``name`` fact of the placeholder: "my husband is Paul" (``("Ann's husband", name, "Paul")``), "I have a
  dog. His name is Rex.";
- a second fact of the same relation to a named entity: "Monica is my roommate" beside "my roommate",
  "Le Poo, our dog!" beside "our dog" (not a name of the other gender than the relative's noun: "my brother Kyle"
  is not "my sister").

Each binds only when it is unambiguous: one placeholder and one name for it in the turn.

:func:`bind_across_turns` carries a binding to the other turns of the conversation ("My wife won't return my
calls" ... "Emily is my wife") for the relations a person has one of at a time (a spouse, a partner, a
roommate) and for pets: a sister or a son may be another than the one named.

:func:`bind_called_parents` makes "my dad" the speaker whom its owner calls "Daddy" ("Daddy, I have to go." ... "My
dad has a boat."), the one father the conversation shows them (likewise a mother called "Mom", "妈").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..types import Entity, Fact, Turn
from .patterns import lazy
from .pronouns import gender_of_name, gender_of_noun

if TYPE_CHECKING:  # framework calls this module from merge_found
    from .framework import Found

__all__ = ["bind_across_turns", "bind_called_parents", "bind_placeholders", "placeholder_of"]

#: The kinds of entity a placeholder stands for.
_OWNED_TYPES = ("Person", "Animal")
#: Relations whose placeholder :func:`bind_across_turns` binds to the one name the conversation gives.
_ONE_AT_A_TIME = frozenset({"spouse", "partner", "roommate", "hasPet"})
#: Placeholders of several ("Ann's dogs", "Ann的父母") that one name does not stand for.
_SEVERAL = ("s", "们", "父母", "家人")
#: Words of one that end like several ("Ann's boss", "Ann's sis").
_ONE_IN_S = ("ss", "sis")


def _of_several(placeholder: Entity) -> bool:
    """Whether ``placeholder`` stands for several ("Ann's sisters", not "Ann's boss").

    >>> _of_several(Entity("Ann's sisters", "Person")), _of_several(Entity("Ann's boss", "Person"))
    (True, False)
    """
    return placeholder.label.endswith(_SEVERAL) and not placeholder.label.endswith(_ONE_IN_S)


def placeholder_of(owner: Entity, obj: Entity) -> bool:
    """Whether ``obj`` is a placeholder labelled from ``owner`` ("Ann's sister", "Ann的妹妹").

    >>> placeholder_of(Entity("Ann", "Person"), Entity("Ann's sister", "Person"))
    True
    >>> placeholder_of(Entity("Ann", "Person"), Entity("Jill", "Person"))
    False
    """
    return obj.type in _OWNED_TYPES and obj.label.startswith((owner.label + "'s ", owner.label + "的"))


def _named(placeholder: Entity, name: str) -> Entity:
    """The named entity a placeholder becomes; a pet keeps the placeholder as another name (as
    :func:`~kg_memory.extract.english.objects.owned_entity` makes it)."""
    return Entity(name, placeholder.type, aliases=(placeholder.label,) if placeholder.type == "Animal" else ())


def _other_kind(named: Entity, placeholder: Entity) -> bool:
    """Whether ``named`` is said to be of another kind than ``placeholder`` stands for: Mochi, known as "Ann's cat",
    is not "Ann's dog" ("I have a dog and a cat, Mochi").

    >>> _other_kind(Entity("Mochi", "Animal", aliases=("Ann's cat",)), Entity("Ann's dog", "Animal"))
    True
    """
    owner = placeholder.label.split("'s ")[0] + "'s " if "'s " in placeholder.label else placeholder.label.split("的")[0] + "的"
    return any(a.startswith(owner) and a != placeholder.label for a in named.aliases)


def _other_gender(named: Entity, placeholder: Entity) -> bool:
    """Whether ``named`` has a first name of the other gender than ``placeholder``'s noun: Max is not "Ann's daughter"
    ("My son Max is 5 and my daughter is 3"), Kyle not "Ann's sister".

    >>> _other_gender(Entity("Max", "Person"), Entity("Ann's daughter", "Person"))
    True
    >>> _other_gender(Entity("Jen", "Person"), Entity("Ann's sister", "Person")), _other_gender(Entity("Sam", "Person"), Entity("Ann's roommate", "Person"))
    (False, False)
    >>> _other_gender(Entity("Grandma", "Person"), Entity("Ann's dad", "Person"))
    True
    """
    label = placeholder.label
    noun = label.split("'s ", 1)[1] if "'s " in label else label.split("的", 1)[-1]
    # a name that is a kin word ("Grandma", "Papa"), of "Grandma is my mother", has the gender of its word: no "my dad"
    of_noun, of_name = gender_of_noun(noun), gender_of_name(named.label) or gender_of_noun(named.label.lower())
    return of_noun is not None and of_name is not None and of_noun != of_name


def _renames(found: Sequence[Found]) -> dict[Entity, Entity]:
    """Each placeholder of ``found`` that the turn names, mapped to its named entity."""
    held: dict[tuple[Entity, str], set[Entity]] = {}
    named: dict[tuple[Entity, str], set[Entity]] = {}
    for subject, predicate, obj, _, _ in found:
        if isinstance(obj, Entity) and obj.type in _OWNED_TYPES:
            (held if placeholder_of(subject, obj) else named).setdefault((subject, predicate), set()).add(obj)
    placeholders = {p for group in held.values() for p in group}
    names: dict[Entity, set[str]] = {}
    for subject, predicate, obj, _, _ in found:
        if predicate == "name" and subject in placeholders and isinstance(obj, str) and obj.strip() \
                and not _of_several(subject):  # "my 3 older siblings ... his name is alfie": not them
            names.setdefault(subject, set()).add(obj.strip())
    given_one = {p: next(iter(given)) for p, given in names.items() if len(given) == 1}
    claimed = list(given_one.values())
    # two placeholders given one name ("my husband is Paul, my brother is Paul"): which one it names is not known
    out = {p: _named(p, name) for p, name in given_one.items() if claimed.count(name) == 1}
    for key, group in held.items():
        others = {e for e in named.get(key, set()) if e.type == next(iter(group)).type and not _other_kind(e, next(iter(group)))
                  and not _other_gender(e, next(iter(group)))}
        if len(group) == 1 and len(others) == 1 and next(iter(group)) not in out:
            out[next(iter(group))] = next(iter(others))
    known = {e.label: e for group in named.values() for e in group}
    for subject, predicate, obj, _, _ in found:  # "my boss is a woman named Carol": the boss named Carol is said twice
        if predicate == "name" and isinstance(obj, str) and subject not in out and obj.strip() in known \
                and any(placeholder_of(owner, subject) for owner, _ in named):
            out[subject] = known[obj.strip()]
    return out


def bind_placeholders(found: Sequence[Found]) -> list[Found]:
    """``found`` with each placeholder the turn names replaced by the named entity (module docstring);
    the ``name`` fact that named it is dropped, being said by the entity's label.

    >>> ann = Entity("Ann", "Person")
    >>> wife = Entity("Ann's husband", "Person")
    >>> [(s.label, p, o.label if isinstance(o, Entity) else o) for s, p, o, _, _ in bind_placeholders([
    ...     (ann, "spouse", wife, 0.7, None), (wife, "name", "Paul", 0.7, None), (wife, "jobTitle", "doctor", 0.6, None)])]
    [('Ann', 'spouse', 'Paul'), ('Paul', 'jobTitle', 'doctor')]
    """
    rename = _renames(found)
    if not rename:
        return list(found)
    out: list[Found] = []
    for subject, predicate, obj, confidence, when in found:
        if predicate == "name" and subject in rename and isinstance(obj, str):
            continue
        out.append((rename.get(subject, subject), predicate, rename.get(obj, obj) if isinstance(obj, Entity) else obj,
                    confidence, when))
    return out


def bind_across_turns(facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` with a placeholder of a one-at-a-time relation (module docstring) replaced in every turn of its
    conversation by the one named entity of that relation there; several placeholders or names bind none. A
    placeholder the conversation gives one name in another turn ("my mom" ... "her name is Pearl") becomes that
    name too, whatever its relation; the ``name`` fact that named it is dropped.

    >>> from kg_memory.types import Provenance
    >>> ann, wife, emily = Entity("Ann", "Person"), Entity("Ann's wife", "Person"), Entity("Emily", "Person")
    >>> said = [Fact(ann, "spouse", wife, sources=(Provenance("c", "1"),)),
    ...         Fact(ann, "spouse", emily, sources=(Provenance("c", "5"),))]
    >>> sorted({f.object.label for f in bind_across_turns(said)})
    ['Emily']
    >>> mom = Entity("Ann's mom", "Person")
    >>> [(f.subject.label, f.predicate, f.object.label) for f in bind_across_turns([
    ...     Fact(ann, "parent", mom, sources=(Provenance("c", "1"),)), Fact(mom, "name", "Pearl", sources=(Provenance("c", "3"),))])]
    [('Ann', 'parent', 'Pearl')]
    """
    held: dict[tuple[str | None, Entity, str], set[Entity]] = {}
    named: dict[tuple[str | None, Entity, str], set[Entity]] = {}
    for f in facts:
        obj = f.object
        if f.ended or f.predicate not in _ONE_AT_A_TIME or not isinstance(obj, Entity) or obj.type not in _OWNED_TYPES:
            continue
        key = (f.source.conversation if f.source else None, f.subject, f.predicate)
        (held if placeholder_of(f.subject, obj) else named).setdefault(key, set()).add(obj)
    rename: dict[tuple[str | None, Entity], Entity] = {}
    for key, group in held.items():
        placeholder = next(iter(group))
        others = {e for e in named.get(key, set()) if e.type == placeholder.type and not _other_kind(e, placeholder)}
        if len(group) == 1 and len(others) == 1 and not _of_several(placeholder):
            rename[(key[0], placeholder)] = next(iter(others))
    rename.update(_named_later(facts, rename))
    if not rename:
        return list(facts)
    out = []
    for f in facts:
        conversation = f.source.conversation if f.source else None
        if f.predicate == "name" and (conversation, f.subject) in rename and isinstance(f.object, str):
            continue  # said by the entity's label now
        subject = rename.get((conversation, f.subject), f.subject)
        obj = rename.get((conversation, f.object), f.object) if isinstance(f.object, Entity) else f.object
        out.append(f if subject is f.subject and obj is f.object else dataclasses.replace(f, subject=subject, object=obj))
    return out


def _named_later(facts: Sequence[Fact], bound: dict[tuple[str | None, Entity], Entity]) -> dict[tuple[str | None, Entity], Entity]:
    """The placeholders of ``facts`` not in ``bound`` that their conversation gives exactly one name (a ``name`` fact)
    of its own, mapped to the named entity: "my mom" in one turn, "her name is Pearl" in another (not "my sisters",
    nor a name given to two placeholders)."""
    owned = {(f.source.conversation if f.source else None, f.object) for f in facts
             if isinstance(f.object, Entity) and placeholder_of(f.subject, f.object)}
    names: dict[tuple[str | None, Entity], set[str]] = {}
    for f in facts:
        key = (f.source.conversation if f.source else None, f.subject)
        if f.predicate == "name" and key in owned and key not in bound and isinstance(f.object, str) and f.object.strip() \
                and not _of_several(f.subject) and not f.ended:
            names.setdefault(key, set()).add(f.object.strip())
    one = {key: next(iter(given)) for key, given in names.items() if len(given) == 1}
    claimed = [(key[0], name) for key, name in one.items()]  # "my husband is Paul, my brother is Paul": which is not known
    return {key: _named(key[1], name) for key, name in one.items() if claimed.count((key[0], name)) == 1}


#: A father or a mother called or spoken of by a word of their own ("Daddy, ...", "Thanks, Mom", "爸，……").
_PARENT_CALLS = {
    "male": lazy(r"\b(?:dad|daddy|father|papa|pop|pops|pa)\b|爸|爹|父亲", re.I),
    "female": lazy(r"\b(?:mom|mommy|mother|mama|mum|mummy|ma)\b(?!['’]am)|妈|母亲", re.I),
}
#: The noun of a parent placeholder ("Ann's dad", "安娜的爸爸"), by the parent's sex.
_PARENT_NOUNS = {
    "male": frozenset({"dad", "daddy", "father", "papa", "pop", "pops", "爸", "爸爸", "老爸", "父亲", "爹地", "爹"}),
    "female": frozenset({"mom", "mommy", "mother", "mama", "mum", "mummy", "妈", "妈妈", "老妈", "母亲", "妈咪"}),
}


def _parent_sex(placeholder: Entity, owner: Entity) -> str | None:
    """The sex of the parent ``placeholder`` of ``owner`` stands for ("Ann's dad": male), or ``None``.

    >>> _parent_sex(Entity("Ann's dad", "Person"), Entity("Ann", "Person")), _parent_sex(Entity("安娜的妈", "Person"), Entity("安娜", "Person"))
    ('male', 'female')
    """
    noun = placeholder.label[len(owner.label):].removeprefix("'s ").removeprefix("的").lower()
    return next((sex for sex, nouns in _PARENT_NOUNS.items() if noun in nouns), None)


def bind_called_parents(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` with a parent placeholder ("Ann's dad") made, in every turn of its conversation, the speaker whom its
    owner calls by a word of that parent alone ("Daddy, please." read as ``(Ann, parent, Speaker 3)``): the turn of
    the call names no parent of the other sex ("Mom, Dad, listen": which one answers is unknown), and the owner calls
    no other speaker so.

    >>> from kg_memory.types import Provenance
    >>> ann, dad, bo = Entity("Ann", "Person"), Entity("Ann's dad", "Person"), Entity("Bo", "Person")
    >>> turns = [Turn("c", "1", "Ann", "Daddy, please, I have to go."), Turn("c", "2", "Bo", "Fine."),
    ...          Turn("c", "3", "Ann", "My dad is a dentist.")]
    >>> said = [Fact(ann, "parent", bo, sources=(Provenance("c", "1", "Ann"),)),
    ...         Fact(ann, "parent", dad, sources=(Provenance("c", "3", "Ann"),)),
    ...         Fact(dad, "jobTitle", "dentist", sources=(Provenance("c", "3", "Ann"),))]
    >>> [(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in bind_called_parents(said, turns)]
    [('Ann', 'parent', 'Bo'), ('Ann', 'parent', 'Bo'), ('Bo', 'jobTitle', 'dentist')]
    """
    text: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}
    speakers = {(t.conversation, t.speaker) for t in turns}
    called: dict[tuple[str | None, Entity, str], set[Entity]] = {}
    for f in facts:
        source = f.source
        if f.predicate != "parent" or f.ended or not isinstance(f.object, Entity) or source is None \
                or (source.conversation, f.object.label) not in speakers or source.speaker != f.subject.label:
            continue
        said = text.get((source.conversation, source.turn), "")
        sexes = [sex for sex, pattern in _PARENT_CALLS.items() if pattern.search(said)]
        if len(sexes) == 1:
            called.setdefault((source.conversation, f.subject, sexes[0]), set()).add(f.object)
    rename: dict[tuple[str | None, Entity], Entity] = {}
    for f in facts:
        conversation = f.source.conversation if f.source else None
        if f.predicate == "parent" and isinstance(f.object, Entity) and placeholder_of(f.subject, f.object) \
                and (sex := _parent_sex(f.object, f.subject)) and len(one := called.get((conversation, f.subject, sex), set())) == 1:
            rename[(conversation, f.object)] = next(iter(one))
    if not rename:
        return list(facts)
    out = []
    for f in facts:
        conversation = f.source.conversation if f.source else None
        subject = rename.get((conversation, f.subject), f.subject)
        obj = rename.get((conversation, f.object), f.object) if isinstance(f.object, Entity) else f.object
        out.append(f if subject is f.subject and obj is f.object else dataclasses.replace(f, subject=subject, object=obj))
    return out
