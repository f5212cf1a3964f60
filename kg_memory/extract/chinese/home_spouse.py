"""A spouse called by the surname at home: 我家老王, 我们家老刘 (said of one's husband or wife, as people of a certain age
say it), 你家老张 (the one spoken to's). The one so called is the owner's spouse, by that name: 我跟我们家老刘天天在家练
gives the speaker's spouse 老刘. Not 老师, 老板, 老大 (no surname after 老), nor a denied or supposed clause (the clause
reader drops those before).

>>> from kg_memory.extract.pronouns import Discourse
>>> t = Turn("c", "1", "安娜", "我家老王今天又加班。")
>>> [(s.label, p, o.label) for s, p, o, _, _ in home_spouse(t.text, t, Discourse([t]))]
[('安娜', 'spouse', '老王')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import SURNAMES
from .people import addressee, or_replied_to

__all__ = ["home_spouse"]

_HOME_SPOUSE = lazy(rf"(?:(?P<me>我|我们|咱|咱们|俺)|(?P<you>你|你们|您))家(?:的|里的?)?"
                    rf"(?P<n>老[{''.join(sorted(SURNAMES))}])(?![子头家儿])")

#: The clause after the name denies what the one called is: 我家老王不是我老公.
_DENIED = lazy(r"[^，,。！!？?]*?(?:不是|并不是|并非)")


def home_spouse(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The spouses ``sentence`` calls by the surname at home (module docstring)."""
    out: list[Found] = []
    for m in _HOME_SPOUSE.finditer(sentence):
        if _DENIED.match(sentence, m.end()):
            continue  # 我家老王不是我老公，是我爸
        owner: Entity | None = discourse.speaker(turn)
        weight = 1.0
        if not m.group("me"):
            owner, weight = or_replied_to(addressee(turn, discourse), 0.9, turn, discourse)
        if owner is None:
            continue
        spouse = Entity(m.group("n"), "Person")
        discourse.mention(turn, spouse)
        out.append((owner, "spouse", spouse, 0.65 * weight, None))
    return out
