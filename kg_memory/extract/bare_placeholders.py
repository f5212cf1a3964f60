"""Placeholders that tell nothing in a transcript of anonymous speakers.

In a transcript whose speakers are known only as "Speaker 1", "Speaker 2" (or "说话人1"), "my mom", "my friends",
"我的家人" said in passing give facts such as ``(Speaker 6, relative, "Speaker 6的家人")``: relations everyone has
(parents, a family, friends, relatives), between an unknown speaker and unknown people, that tell a reader nothing.
:func:`drop_bare_placeholders` leaves out such a fact when others speak in the conversation and nothing else is said
of the placeholder there: no name, no job, no place, no feeling of theirs. One who is named or described ("my mom is
a baker") keeps the link, as does a relation that ended ("my dad passed away"); a relation not everyone has ("I
have a sister", "my wife is late") stays, being news; said by a named speaker (Ann) or the only speaker of a
conversation, every placeholder stays: "Ann's mom" is someone a user may ask about.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .placeholders import placeholder_of
from .speaker_vote import NUMBERED

__all__ = ["drop_bare_placeholders"]

#: Relatives everyone has, as a placeholder ends: "Speaker 1's mom", "Speaker 2的父母" (not "Speaker 1's two sisters").
_EVERYONE_HAS = ("'s mom", "'s mum", "'s mother", "'s dad", "'s father", "'s parents", "'s folks", "'s family",
                 "'s friends", "'s relatives", "的妈", "的妈妈", "的母亲", "的爸", "的爸爸", "的父亲", "的父母", "的家人",
                 "的家里人", "的朋友们", "的亲戚", "的亲戚们")


def drop_bare_placeholders(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` without the links from someone to a placeholder of theirs that an anonymous speaker ("Speaker 2")
    said, among others who speak in the conversation of ``turns``, and that no other fact of the conversation tells
    anything of (see the module docstring).

    >>> from kg_memory.types import Provenance
    >>> said, turns = Provenance("c", "2", "Speaker 4"), [Turn("c", "1", "Speaker 1", "Hi."), Turn("c", "2", "Speaker 4", "...")]
    >>> s4, mom, dad = Entity("Speaker 4", "Person"), Entity("Speaker 4's mom", "Person"), Entity("Speaker 4's dad", "Person")
    >>> facts = [Fact(s4, "parent", mom, sources=(said,)), Fact(s4, "parent", dad, sources=(said,)),
    ...          Fact(dad, "jobTitle", "baker", sources=(said,))]
    >>> [(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in drop_bare_placeholders(facts, turns)]
    [('Speaker 4', 'parent', "Speaker 4's dad"), ("Speaker 4's dad", 'jobTitle', 'baker')]
    >>> len(drop_bare_placeholders(facts, turns[1:]))  # Speaker 4 alone: "my wife" is no one else there
    3
    """
    voices: dict[str | None, set[str]] = {}
    for turn in turns:
        voices.setdefault(turn.conversation, set()).add(turn.speaker)
    told: set[tuple[str | None, Entity]] = set()  # placeholders something else is said of, by conversation
    for f in facts:
        conversation = f.source.conversation if f.source else None
        told.add((conversation, f.subject))
        if isinstance(f.object, Entity) and not placeholder_of(f.subject, f.object):
            told.add((conversation, f.object))
    return [f for f in facts if not _bare(f, told, voices)]


def _bare(fact: Fact, told: set[tuple[str | None, Entity]], voices: dict[str | None, set[str]]) -> bool:
    """Whether ``fact`` links its subject to a placeholder of a relative everyone has that nothing else tells of,
    said by an anonymous speaker among others, and not ended."""
    obj, source = fact.object, fact.source
    return (isinstance(obj, Entity) and placeholder_of(fact.subject, obj) and obj.label.endswith(_EVERYONE_HAS)
            and not fact.ended
            and fact.valid_to is None and source is not None and source.speaker is not None
            and NUMBERED.match(source.speaker) is not None and (source.conversation, obj) not in told
            and len(voices.get(source.conversation, set()) - {source.speaker}) > 0)
