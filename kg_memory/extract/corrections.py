"""What is taken back at once: a claim about someone that they deny in the next turn, a value corrected right after.

* "You love me!" - "No, no." / "你爱我！" - "不不。": the one the claim is about denies it, so it is no fact;
* "I'm 30!" - "No you're not, you're 31." / "我30岁！" - "你不是的！你31了。" (or the speaker's own "我30了。" -
  "不对，31了。", "My daughter is 8. Sorry, she's 9 now."): of two values of a one-valued predicate (an age), given one right after the other, the second corrects the
  first, which is dropped; so is one's own value denied to their face with another number ("I'm 30!" - "Joey, you are
  not! You're 31."), wherever "you're 31" goes among three speakers or more;
* "I'm an actor." - "You're a waiter." / "我是演员。" - "你是服务员。": a job one claims, given them as another job by the
  next speaker at once, is put right: the second stands ("You're a great actor", "You're also a singer" take nothing
  back);
* "You're the astronomer." - "I'm a data analyst.", "She said you're a firefighter." - "Paramedic, actually.": a job
  given to the one spoken to, who puts it right at once with another in their first sentence (or a word and
  "actually"), is no fact ("You were a librarian." - "For thirty years. But I'm retired now." agrees);
* "It's disturbing my birds." - "You don't have birds." / "我的猫会生气的。" - "你哪有猫？": a pet or a thing of one's own
  the next speaker says they do not have is no fact.

A "no" after a question answers the question ("You're a man, doesn't that scare you?" - "No, ..."): the claim stays.

The rules read each turn alone; these checks look at the turn after.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Fact, Turn
from .called_titles import called_job
from .framework import lazy

__all__ = ["taken_back"]

#: A denial opening a turn ("No.", "No, no", "Nope", "I don't", "That's not true", "不不。", "不是", "我没有", "才不").
_DENIAL = lazy(r"^\W*(?:(?:oh|uh|um|well|what)\W+)?(?:no(?:pe)?\b(?!\s+(?:way|problem|kidding|wonder|doubt))|nah\b|"
               r"(?:that's|that\s+is|it's)\s+not\s+true\b|not\s+true\b|i\s+(?:do|did|am|was|have)\s*n[o']t\b|i'm\s+not\b)"
               r"|^\W*(?:[哦噢嗯呃啊]\W*)?(?:不[，,。！!\s]|不不|不是(?!吗)|没有[，,。！!]|才不|才没有|我没有|我不是|胡说)",
               re.I)
#: A turn that ends with a question: a "no" after it answers the question ("You're a man, doesn't it bother you?" - "No").
_ASKS = lazy(r"[?？]\W*$")
#: A correction in the turn that gives the second value ("you're not", "no", "actually", "I mean", "不是", "不对", "其实").
_CORRECTING = lazy(r"\b(?:no|not|actually|i\s+mean|wait|sorry|oops|scratch\s+that)\b|n't\b|不是|不对|没有|其实|我是说|错了|哦不",
                   re.I)
#: A claim of the one spoken to denied to their face ("Joey, you are not!", "No you're not", "你才不是"), by name or not.
_YOU_ARE_NOT = lazy(r"^\W*(?:(?:no|oh|[A-Z][a-z]+)\W+)*you(?:'re|’re|\s+are)\s+not(?:\s*[!.,;]|\s*$|\s+\d)|^\W*(?:[\u4e00-\u9fff]{1,4}[，,])?你(?:才)?不是",
                    re.I)
#: How one is called ("Joey, you love her!" - "No!" denies the feeling, not the name).
_CALLED = frozenset({"name", "alternateName", "addressedAs"})
#: Predicates with one value at a time, read from a number said in passing.
_ONE_VALUE = frozenset({"age"})
#: What one has, taken back when the next speaker says they have none ("It's disturbing my birds." - "You don't have
#: birds.", "我的猫会生气的。" - "你哪有猫？").
_HAD = frozenset({"hasPet", "owns"})
_YOU_HAVE_NO = lazy(r"\byou\s+(?:don't|do\s+not|don’t)\s+(?:even\s+)?(?:have|own)\s+(?:an?\s+|any\s+)?[\w-]+(?:\s+[\w-]+)?|"
                    r"你(?:根本|又|都)?(?:没有|没|哪有|哪儿有|哪里有)[\u4e00-\u9fff]{1,4}", re.I)
#: A word or two put right, opening a turn: "Paramedic, actually.", "No, vet nurse actually."
_PUT_RIGHT = lazy(r"^\W*(?:no\W+)?[A-Z]?[a-z]+(?:\s+[a-z]+)?,?\s+actually\b", re.I)
#: Words adding a job to one's jobs, not putting one right ("you're also a singer", "you're a teacher and a painter").
_ADDING = lazy(r"\b(?:also|too|as\s+well|and\s+an?|plus|both)\b|也是|还是|又是|同时", re.I)


def taken_back(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` without the claims denied at once by the one they are about, nor the values corrected right after
    (see the module docstring).

    >>> from kg_memory.types import Entity, Provenance
    >>> turns = [Turn("c", "1", "Ann", "I'm 30!"), Turn("c", "2", "Bob", "No you're not, you're 31.")]
    >>> ann = Entity("Ann", "Person")
    >>> facts = [Fact(ann, "age", 30, sources=(Provenance("c", "1", "Ann"),)),
    ...          Fact(ann, "age", 31, sources=(Provenance("c", "2", "Bob"),))]
    >>> [f.object for f in taken_back(facts, turns)]
    [31]
    """
    index: dict[tuple[str | None, str | None], int] = {(t.conversation, t.turn): i for i, t in enumerate(turns)}

    def at(fact: Fact) -> int | None:
        return index.get((fact.source.conversation, fact.source.turn)) if fact.source else None

    dropped: set[int] = set()
    for n, fact in enumerate(facts):
        i = at(fact)
        if i is None:
            continue
        turn = turns[i]
        after = turns[i + 1] if i + 1 < len(turns) and turns[i + 1].conversation == turn.conversation else None
        if after is not None and fact.subject.label == after.speaker != turn.speaker and fact.predicate not in _CALLED \
                and _DENIAL.search(after.text) \
                and not _ASKS.search(turn.text):
            dropped.add(n)  # "You love me!" - "No, no."
        elif fact.predicate in _ONE_VALUE and fact.subject.label == turn.speaker and after is not None \
                and after.speaker != turn.speaker and _YOU_ARE_NOT.search(after.text) \
                and re.search(rf"(?<!\d)(?!{re.escape(str(fact.object))}(?!\d))\d+", after.text):
            dropped.add(n)  # "I'm 30!" - "Joey, you are not! You're 31.": whomever "you're 31" is given to
        elif fact.predicate in _ONE_VALUE and any(_corrects(later, fact, at(later), i, turns) for later in facts[n + 1:]):
            dropped.add(n)  # "I'm 30!" - "No you're not, you're 31."
        elif fact.predicate == "jobTitle" and fact.subject.label == turn.speaker and after is not None \
                and after.speaker != turn.speaker and not _ADDING.search(after.text) \
                and str(fact.object).lower() not in after.text.lower() \
                and any(at(later) == i + 1 and later.predicate == "jobTitle" and later.subject == fact.subject
                        and not called_job(later, facts) for later in facts):
            dropped.add(n)  # "I'm an actor." - "You're a waiter.": put right by the next one (not "嗨，崔老师。")
        elif fact.predicate == "jobTitle" and after is not None and fact.subject.label == after.speaker != turn.speaker \
                and not _ADDING.search(after.text) and str(fact.object).lower() not in after.text.lower() \
                and (_PUT_RIGHT.match(after.text) or any(at(later) == i + 1 and later.predicate == "jobTitle"
                                                          and later.subject == fact.subject and later.object != fact.object
                                                          and str(later.object).lower() in _first(after.text).lower()
                                                          for later in facts)):
            dropped.add(n)  # "You're the astronomer." - "I'm a data analyst.": the one given it puts it right
        elif fact.predicate in _HAD and fact.subject.label == turn.speaker and after is not None \
                and after.speaker != turn.speaker and _owned_denied(str(getattr(fact.object, "label", fact.object)), after.text):
            dropped.add(n)  # "It's disturbing my birds." - "You don't have birds."
    return [f for n, f in enumerate(facts) if n not in dropped]


def _first(text: str) -> str:
    """The first sentence of ``text`` ("I'm a data analyst, Lowri." of "I'm a data analyst, Lowri. I did astronomy.")."""
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]


def _owned_denied(thing: str, text: str) -> bool:
    """Whether ``text`` tells the one spoken to they have no ``thing`` ("You don't have birds.", "你哪有猫？"), by its last
    word ("Ann's birds": "birds")."""
    words = re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+", thing.split("'s ")[-1].split("的")[-1])
    stem = (words[-1][:4] if words[-1].isascii() else words[-1]) if words else ""  # "birds", "bird"; "猫"
    return bool(stem) and any(stem.lower() in m.group().lower() for m in _YOU_HAVE_NO.finditer(text))


def _corrects(later: Fact, fact: Fact, j: int | None, i: int, turns: Sequence[Turn]) -> bool:
    """Whether ``later`` (from turn ``j``) gives ``fact`` (from turn ``i``) another value within the next turn or two,
    in a turn that says it corrects ("no", "not", "actually", "不是", "不对"); or in the same turn, corrected after the
    first value ("My daughter is 8. Sorry, she's 9 now.", "我儿子五岁，哦不，六岁了")."""
    if j is None or not (i <= j <= i + 2) or later.predicate != fact.predicate or later.subject != fact.subject \
            or str(later.object) == str(fact.object) or turns[j].conversation != turns[i].conversation:
        return False
    text = turns[j].text
    first = re.search(rf"(?<!\d){re.escape(str(fact.object))}(?!\d)", text) if j == i else None
    return _CORRECTING.search(text, first.end() if first else 0) is not None and (j > i or first is not None)
