"""Whom a feeling said in a group is for: checks on the ``positiveImpression`` / ``negativeImpression`` facts the rules
read from "you" ("you're amazing", "I love you", "你真厉害").

The rules take "you" for the speaker of the turn before (:meth:`~kg_memory.extract.pronouns.Discourse.addressed`). A
hand-labelled sample of their output on multi-party dialogue showed where that goes wrong, handled here in English and
Chinese:

* praise said to a pet or a baby just shown ("That's my sister's dog." - "Oh, you are so cute!"): no feeling for the
  one who showed it;
* praise answered by someone else than the one who spoke before ("Sure." - "You are amazing! Can I ask you a favour?"
  - "Certainly." (a third voice), "再见亲爱的，我爱你。" - "我也爱你。", "I'm your biggest fan!" - "Nice to meet you."
  from one who had not spoken): the feeling is for the one who answers;
* praise with "nice to meet you" is for a newcomer, not for the one before when the two talked earlier;
* a past feeling disowned ("I can't believe I had a crush on you!", "真不敢相信我曾经喜欢过你"): no feeling now;
* a feeling read from quoted words only ('He wrote "I love you" on a napkin'): none of the speaker's.

A feeling for someone named in the turn ("Ann, you're amazing", "I love Ross") is left as it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .address_terms import QUOTED
from .framework import lazy

__all__ = ["misdirected_impressions"]

_FEELINGS = frozenset({"positiveImpression", "negativeImpression"})

#: "you" spoken to one (not "you know", which the rules do not read as a feeling anyway).
_YOU = lazy(r"\byou(?:'re|r|rs)?\b|你|您", re.I)
#: A pet or a baby, shown or talked of ("that's my sister's dog", "这是我的小狗").
_PET = lazy(r"\b(?:dogs?|pupp(?:y|ies)|doggy|cats?|kitt(?:y|en|ens)|bunny|rabbit|hamster|parrot|babies|baby|newborn)\b"
            r"|狗|猫|兔子|仓鼠|鹦鹉|宝宝|婴儿|小宝贝", re.I)
#: How one talks to a pet or a baby ("you are so cute", "good boy", "你好可爱", "真乖").
_CUTE = lazy(r"\b(?:cute|cutie|adorable|sweet(?:ie)?|good\s+(?:boy|girl)|little\s+guy)\b|可爱|乖", re.I)
#: A turn that answers one spoken to: the feeling returned ("I love you too", "我也爱你"), bare thanks ("Aw, thanks!",
#: "谢谢你！"; not "thanks for coming").
_ANSWERS = lazy(r"^\W*(?:(?:oh|aw+|well|and)\W+)?(?:i\s+)?(?:love|miss|like|adore)\s+you\W*(?:,\s*)?too\b"
                r"|^\W*(?:(?:oh|aw+|well)\W+)?(?:thank\s+you|thanks)(?:\s+(?:so\s+much|a\s+lot))?(?:\s*[.!,]|\s*$)"
                r"|^\W*(?:[嗯哦噢啊]\W*)?(?:我也(?:爱|想|喜欢)你|(?:谢谢|多谢)(?:你|您)?(?:[。！!，,]|$))", re.I)
#: A newcomer's greeting ("Nice to meet you", "很高兴认识你"): an answer when it is their first turn.
_MET = lazy(r"\bnice\s+to\s+meet\s+you\b|\bpleasure\s+to\s+meet\s+you\b|很高兴(?:认识|见到)(?:你|您)", re.I)
#: A turn asking the one spoken to ("can I ask you a favour?", "你能帮我吗？"), and a yes to it ("Certainly.", "当然").
_ASKS_YOU = lazy(r"\b(?:you|your)\b[^.!?]*\?\s*$|[你您][^。！？!?]*[？?]\s*$", re.I)
_YES = lazy(r"^\W*(?:certainly|sure|of\s+course|absolutely|yes|yeah|yep|okay|ok)\b|^\W*(?:当然|好的|可以|没问题|行)",
            re.I)
#: A past feeling disowned ("I can't believe I had a crush on you", "I can't believe I ever loved you", "真不敢相信我曾经
#: 喜欢过你", "我怎么会爱上你").
_DISOWNED = lazy(r"\b(?:can(?:no|')?t|could(?:n't|\s+not))\s+believe\s+(?:that\s+)?i\s+(?:ever\s+|once\s+|actually\s+)?"
                 r"(?:had\s+(?:a|this)\s+(?:\w+\s+)?crush|loved|liked|fell\s+for|was\s+(?:in\s+love|into)|dated|went\s+out)"
                 r"|不敢相信我(?:曾经|居然|竟然|以前)?(?:对你有好感|喜欢过?|爱过?|暗恋过?)|我怎么会(?:喜欢|爱上|暗恋)",
                 re.I)


def misdirected_impressions(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` with the feelings read from "you" set right: dropped when said to a pet or a baby or when a past
    feeling is disowned; given to the one who answers when that is not the one taken.

    >>> from kg_memory.types import Provenance
    >>> turns = [Turn("c", "1", "Ann", "That's my sister's dog."), Turn("c", "2", "Bob", "Oh, you are so cute!")]
    >>> ann, bob = Entity("Ann", "Person"), Entity("Bob", "Person")
    >>> misdirected_impressions([Fact(bob, "positiveImpression", ann, sources=(Provenance("c", "2", "Bob"),))], turns)
    []
    >>> turns = [Turn("c", "1", "Ann", "Bye, Bob."), Turn("c", "2", "Cy", "Bye dear, I love you."),
    ...          Turn("c", "3", "Bob", "I love you too.")]
    >>> fact = Fact(Entity("Cy", "Person"), "positiveImpression", ann, sources=(Provenance("c", "2", "Cy"),))
    >>> [(f.subject.label, getattr(f.object, "label", "")) for f in misdirected_impressions([fact], turns)]
    [('Cy', 'Bob')]
    """
    index: dict[tuple[str | None, str | None], int] = {(t.conversation, t.turn): i for i, t in enumerate(turns)}
    voices: dict[str, set[str]] = {}
    for turn in turns:
        voices.setdefault(turn.conversation, set()).add(turn.speaker)
    out: list[Fact] = []
    for fact in facts:
        at = index.get((fact.source.conversation, fact.source.turn)) if fact.source else None
        if fact.predicate not in _FEELINGS or not isinstance(fact.object, Entity) or at is None:
            out.append(fact)
            continue
        turn = turns[at]
        if fact.predicate == "positiveImpression" and fact.subject.label == turn.speaker \
                and _DISOWNED.search(turn.text):
            continue  # "I can't believe I had a crush on you!"
        said_to = fact.subject.label == turn.speaker and fact.object.label in voices[turn.conversation] \
            and fact.object.label != turn.speaker and fact.object.label not in turn.text and _YOU.search(turn.text)
        if not said_to:
            out.append(fact)
            continue
        if not _YOU.search(QUOTED.sub(" ", turn.text)):
            continue  # 'He wrote "I love you" on a napkin.': someone else's words, no feeling of the speaker's
        if _CUTE.search(turn.text) and _shows_a_pet(turns, at):
            continue  # "That's my sister's dog." - "Oh, you are so cute!"
        if _MET.search(turn.text) and _talked_before(turns, at, fact.object.label):
            continue  # "Nice to meet you! You're great!" is for a newcomer, not for one the speaker talked with
        answerer = _answered_by(turns, at)
        out.append(fact if answerer is None or answerer == fact.object.label
                   else dataclasses.replace(fact, object=Entity(answerer, "Person")))
    return out


def _shows_a_pet(turns: Sequence[Turn], at: int) -> bool:
    """Whether turn ``at`` or one of the two before it in its conversation speaks of a pet or a baby."""
    here = turns[at]
    return any(_PET.search(t.text) for t in turns[max(0, at - 2):at + 1] if t.conversation == here.conversation)


def _talked_before(turns: Sequence[Turn], at: int, other: str) -> bool:
    """Whether the speaker of turn ``at`` and ``other`` spoke one right after the other before the turn before it."""
    here = turns[at]
    said = [t.speaker for t in turns[:max(0, at - 1)] if t.conversation == here.conversation]
    return any({a, b} == {here.speaker, other} for a, b in zip(said, said[1:]))


def _answered_by(turns: Sequence[Turn], at: int) -> str | None:
    """The speaker of the turn after ``at`` when it answers it (the feeling returned, bare thanks, a yes to a question
    put to "you", a newcomer's "nice to meet you"), being another voice than the speaker's; ``None`` otherwise."""
    here = turns[at]
    if at + 1 >= len(turns) or turns[at + 1].conversation != here.conversation or turns[at + 1].speaker == here.speaker:
        return None
    after = turns[at + 1]
    if _ANSWERS.search(after.text) or (_ASKS_YOU.search(here.text) and _YES.match(after.text)):
        return after.speaker
    if _MET.search(after.text) and all(t.speaker != after.speaker for t in turns[:at] if t.conversation == here.conversation):
        return after.speaker  # "我是你的忠实影迷！" - "很高兴认识你……" from one who had not spoken
    return None
