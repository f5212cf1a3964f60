"""One 爸 and one 妈: a speaker who calls two other speakers 爸 (or two 妈) calls one of them so by a guess.

A call 爸，我先走了 said in a group goes to the one most likely spoken to (:meth:`.pronouns.Discourse.addressed`: the
speaker before, else the one after), and in talk of four that guess is often someone else: the son who said 爸，我妈
让我来给你送伞 to his father (the turn after answers him) and then 爸，我先走了 just after a matchmaker spoke was given
the matchmaker for a father. Someone has one father and one mother: where a speaker's calls by the same word (爸, 妈)
give two speakers, the firmer call stands and the weaker one, made by a guess, is dropped. Two calls as firm as each
other are both kept (which one is right is unknown); 爸 to one and 妈 to another are two parents, and so is a call
that is no word for a father or a mother (老爸 is 爸; 爹地, 妈咪 too).

Reads the ``parent`` facts between speakers and the text of the turns they come from.

>>> from kg_memory.types import Entity, Fact, Provenance, Turn
>>> ts = [Turn("c", "1", "S1", "哎，一帆，你怎么来了？"), Turn("c", "2", "S2", "爸，我来送伞。"),
...       Turn("c", "3", "S3", "那正好！"), Turn("c", "4", "S2", "爸，我先走了。")]
>>> son, dad, other = (Entity(s, "Person") for s in ("S2", "S1", "S3"))
>>> facts = [Fact(son, "parent", dad, 0.72, (Provenance("c", "2", "S2"),)),
...          Fact(son, "parent", other, 0.42, (Provenance("c", "4", "S2"),))]
>>> [(f.subject.label, f.object.label) for f in one_parent_each(facts, ts)]
[('S2', 'S1')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...types import Entity, Fact, Turn

__all__ = ["one_parent_each"]

#: A parent called: the word alone in its clause (爸，我先走了; 谢谢你，妈。), not 我妈让我来 (spoken of).
_CALL = re.compile(r"(?:^|[，,。！!？?…~～\s])(?:老)?(爸|爹|妈|娘)(?:爸|爹|妈|娘)?(?=\s*(?:[，,。！!？?…~～]|$))")
_SIDE = {"爸": "father", "爹": "father", "妈": "mother", "娘": "mother"}


def _side(text: str) -> str | None:
    """Father or mother: what the turn ``text`` calls its parent, when it calls only one of the two."""
    sides = {_SIDE[w] for w in _CALL.findall(text)}
    return sides.pop() if len(sides) == 1 else None


def one_parent_each(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` without a speaker's weaker call of a second speaker by the same parent word (see the module)."""
    speakers = {(t.conversation, t.speaker) for t in turns}
    text: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}
    called: dict[tuple[str | None, str, str], list[tuple[int, Fact]]] = {}
    for i, f in enumerate(facts):
        if f.predicate != "parent" or f.ended or not f.source or not isinstance(f.object, Entity):
            continue
        src = f.source
        if (src.conversation, f.subject.label) not in speakers or (src.conversation, f.object.label) not in speakers \
                or src.speaker != f.subject.label:
            continue  # only a speaker's own call of another speaker
        side = _side(text.get((src.conversation, src.turn), ""))
        if side is not None:
            called.setdefault((src.conversation, f.subject.label, side), []).append((i, f))
    dropped: set[int] = set()
    for calls in called.values():
        if len({f.object.label for _, f in calls}) < 2:  # type: ignore[union-attr]
            continue
        best = max(f.confidence for _, f in calls)
        firm = {f.object.label for _, f in calls if f.confidence == best}  # type: ignore[union-attr]
        if len(firm) == 1:
            dropped |= {i for i, f in calls if f.object.label not in firm}  # type: ignore[union-attr]
    return [f for i, f in enumerate(facts) if i not in dropped]
