"""A relative of the speaker's who is also what two people are to each other: 我和我老婆是大学同学, 我跟我表哥是同事,
我和我老公以前是同学, 我和老公是同学 make the relative the speaker's (老婆: a spouse) and a classmate, a colleague, a neighbour too
(as 我老婆是我大学同学 says); what they were before (我和我老公以前是邻居) is a classmate only. Not denied (我和我老婆不是同学), asked (我和我老婆是同学吗), nor of the one spoken to's relative
alone (你和你老婆是同学: 你's).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> t = Turn("c", "1", "Ann", "我和我老婆是大学同学。")
>>> [(s.label, p, o.label) for s, p, o, _, _ in kin_also(t.text, t, Discourse([t]))]
[('Ann', 'spouse', 'Ann的老婆'), ('Ann', 'classmate', 'Ann的老婆')]
"""

from __future__ import annotations

from ...types import Turn
from ..framework import Found, lazy
from ..pronouns import Discourse, gender_of_noun
from .lexicon import KIN, KIN_PREDICATE
from .objects import owned

__all__ = ["kin_also"]

#: What two people are to each other that a relative may be too (同学, 同事, 室友, 邻居, 朋友...).
_TIES = {k: v for k, v in KIN_PREDICATE.items() if v in ("friend", "colleague", "classmate", "roommate", "neighbor")}
_TIE_WORDS = "|".join(sorted(_TIES, key=len, reverse=True))
_ALSO = lazy(rf"(?:^|(?<=[，,。！!；;]))我(?:和|跟|与)(?:我的?)?(?P<kin>{KIN})儿?(?:俩|两个|两人)?(?:都|也|一直)?(?P<past>曾经|以前|本来|原来|当年)?"
             rf"是(?:(?:高中|大学|初中|小学|中学|研究生)(?:时的|时候的|的)?)?(?P<tie>{_TIE_WORDS})(?:了|啊|呀|呢|吧|哦)*"
             r"(?=[，,。！!…；;]|$)")


def kin_also(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's relative and what the two also are to each other (module docstring)."""
    out: list[Found] = []
    speaker = discourse.speaker(turn)
    for m in _ALSO.finditer(sentence):
        noun = m.group("kin")
        tie = _TIES[m.group("tie")]
        if noun not in KIN_PREDICATE or noun in _TIES or m.group("past") and tie != "classmate":
            continue  # 我和我同事是朋友: the tie is the relation itself; 我和我老公以前是邻居: no more
        relative = owned(speaker, noun, "Person", None)
        discourse.mention(turn, relative, gender_of_noun(noun))
        out += [(speaker, KIN_PREDICATE[noun], relative, 0.75, None), (speaker, tie, relative, 0.75, None)]
    return out
