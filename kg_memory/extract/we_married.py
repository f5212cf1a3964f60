"""A wedding told with "we" marries the speaker's partner: "I'm engaged to Sam." ... "We got married last weekend!",
我和小林订婚了 ... 我们上周结婚了 - the one partner the speaker named before in the conversation (a current ``partner``
fact) becomes the ``spouse`` too, from the wedding's turn (not the other speaker, whom a "we" said to them is
taken for when no partner was named). Not when the speaker named no partner or several, nor when the partner's tie
had ended before. One named with the speaker in the wedding's own sentence is the spouse too: "Dana and I lived
together for a year before we got married" marries Dana (no roommate: a couple living together); so is one named so in
the sentence just before, when "we" opens the wedding's ("Dana and I lived together for years. Then we got married.").

>>> from kg_memory.types import Entity, Fact, Provenance, Turn
>>> ann, sam = Entity("Ann", "Person"), Entity("Sam", "Person")
>>> turns = [Turn("c", "1", "Ann", "I'm engaged to Sam."), Turn("c", "2", "Ann", "We got married last weekend!")]
>>> facts = [Fact(ann, "partner", sam, sources=(Provenance("c", "1", "Ann"),)),
...          Fact(ann, "maritalStatus", "married", sources=(Provenance("c", "2", "Ann"),))]
>>> [(f.subject.label, f.predicate, f.object.label) for f in we_married(facts, turns) if f.predicate == "spouse"]
[('Ann', 'spouse', 'Sam')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .placeholders import placeholder_of

__all__ = ["we_married"]

#: "we got married", "we just got married", "we're married now", "we tied the knot", 我们结婚了, 我俩领证了
_WE_WED = re.compile(r"\bwe(?:'re|\s+are|\s+were)?\s+(?:(?:just|finally|officially|actually|got)\s+)*married\b|"
                     r"\bwe\s+(?:just\s+|finally\s+)?tied\s+the\s+knot\b|"
                     r"(?:我们|我俩|咱们|咱俩)(?:已经|终于|正式|上周|上个月|昨天|前天|今天|刚刚?|去年)*(?:结婚|领证|领了?结婚证|扯证)了",
                     re.IGNORECASE)

#: "Dana and I", "me and Dana": one named together with the speaker, before a "we" of the same sentence.
_WITH_ME = re.compile(r"(?<![\w'])(?:(?P<a>[A-Z][a-z]+)\s+and\s+(?:I|me)|(?:me|I)\s+and\s+(?P<b>[A-Z][a-z]+))(?![\w'])")
#: What may open a sentence before its "we": "Then we got married", "And finally, we tied the knot".
_WE_OPENS = re.compile(r"\s*(?:(?:and|then|so|but|eventually|finally|later|last\s+year|in\s+the\s+end)\b[\s,]*)*", re.I)


def we_married(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` and, for each wedding the speaker tells with "we", the spouse it makes of the speaker's one partner
    named before (module docstring)."""
    texts: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}
    order: dict[tuple[str | None, str | None], int] = {(t.conversation, t.turn): i for i, t in enumerate(turns)}
    speakers = {(t.conversation, t.speaker) for t in turns}
    added: list[Fact] = []
    guessed: set[tuple[Entity, object, str | None, str | None]] = set()  # the other speaker taken for the "we"
    for wed in facts:
        source = wed.source
        if wed.predicate != "maritalStatus" or wed.object != "married" or wed.ended or source is None \
                or not _WE_WED.search(texts.get((source.conversation, source.turn), "")):
            continue
        at = order.get((source.conversation, source.turn), -1)
        partners = {f.object for f in facts if f.subject == wed.subject and f.predicate == "partner" and f.source
                    and f.source.conversation == source.conversation and order.get((f.source.conversation, f.source.turn), at) < at
                    and isinstance(f.object, Entity) and not placeholder_of(wed.subject, f.object)}
        ended = {f.object for f in facts if f.subject == wed.subject and f.predicate == "partner" and f.ended}
        partners -= ended
        if len(partners) != 1 and (named := _named_with_me(wed, facts, texts.get((source.conversation, source.turn), ""))):
            partners = {named}
        if len(partners) == 1:
            spouse = next(iter(partners))
            added.append(dataclasses.replace(wed, predicate="spouse", object=spouse, confidence=round(wed.confidence * 0.95, 3)))
            guessed |= {(wed.subject, f.object, source.conversation, source.turn) for f in facts
                        if f.predicate == "spouse" and f.subject == wed.subject and f.object != spouse
                        and isinstance(f.object, Entity) and (source.conversation, f.object.label) in speakers}
    wed_in = {(f.subject, f.object, f.source.conversation, f.source.turn) for f in added if f.source is not None}
    kept = [f for f in facts if not (f.predicate in ("spouse", "roommate") and f.source is not None
                                     and (f.subject, f.object, f.source.conversation, f.source.turn)
                                     in (guessed if f.predicate == "spouse" else wed_in))]
    return kept + [f for f in added if not any((g.subject, g.predicate, g.object) == (f.subject, f.predicate, f.object)
                                               for g in kept)]


def _named_with_me(wed: Fact, facts: Sequence[Fact], text: str) -> Entity | None:
    """The person named together with the speaker ("Dana and I") in the sentence of ``text`` where "we" married, before
    the "we", whom another fact of that turn already holds as a person; else None."""
    source = wed.source
    if source is None or (married := _WE_WED.search(text)) is None:
        return None
    start = max(text.rfind(end, 0, married.start()) for end in ".!?") + 1
    said = _WITH_ME.search(text, start, married.start())
    opens = _WE_OPENS.match(text, start)
    if said is None and start > 0 and opens is not None and opens.end() == married.start():  # "... Then we got married."
        before = max(text.rfind(end, 0, start - 1) for end in ".!?") + 1
        pairs = list(_WITH_ME.finditer(text, before, start))
        said = pairs[0] if len(pairs) == 1 else None  # the one sentence just before, naming one with the speaker
    name = (said.group("a") or said.group("b")) if said else None
    return next((f.object for f in facts if f.source is not None and f.source.conversation == source.conversation
                 and f.source.turn == source.turn and f.subject == wed.subject and isinstance(f.object, Entity)
                 and f.object.type == "Person" and f.object.label == name), None)
