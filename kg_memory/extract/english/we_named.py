"""A name given to a new child or pet in the turn that tells of it: "We just had a baby girl. We named her Lily.",
"We got a puppy and we called him Max", "adopted a kitten last week and named her Mochi" name the child or the pet
(as "Her name is Lily." does); only where the turn has one of the speaker's children or pets it may be ("him" no
daughter, "it" a pet), and not a question or a wish ("what should we name her?", "we might call him Max")."""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..later_names import may_stand_for
from ..placeholders import placeholder_of
from ..pronouns import Discourse
from .lexicon import NOT_CALLED
from .objects import plausible_name

__all__ = ["named_by_us"]

_NAMED = lazy(r"(?:\b(?:we|i)\s+(?:(?:just|finally|eventually|ended\s+up|decided\s+to)\s+)*|\band\s+|^\s*)"
              r"(?:named|called|name|call)\s+(?P<p>him|her|it)\s+(?P<n>(?-i:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?))"
              r"(?!\s*(?-i:[A-Z]))(?=\s*(?:[.,!;]|$|\s+(?:after|because|since|for|too|and|but|,)\b))", re.I)
_NOT_SAID = lazy(r"\?|\b(?:should|might|may|could|would|thinking|considering|want|wanna|if|maybe|gonna|going\s+to|"
                 r"will|won't|didn't|never|not)\b", re.I)


def named_by_us(turn: Turn, discourse: Discourse, facts: list[Found]) -> None:
    """Add to ``facts`` (a turn's) the name ``turn`` gives its one new child or pet of the speaker (see the module)."""
    low = turn.text.lower()
    if "name" not in low and "call" not in low:
        return
    speaker = discourse.speaker(turn)
    for sentence in re.split(r"(?<=[.!?])\s+", turn.text):
        m = _NAMED.search(sentence)
        if m is None or _NOT_SAID.search(sentence) or not plausible_name(m.group("n")) \
                or m.group("n").lower() in NOT_CALLED:
            continue
        pronoun = m.group("p").lower()
        owned = {o for s, p, o, _, _ in facts if s == speaker and p in ("child", "hasPet") and isinstance(o, Entity)
                 and placeholder_of(speaker, o) and not o.label.endswith("s") and may_stand_for(o, pronoun, None)}
        if len(owned) == 1:
            facts.append((owned.pop(), "name", m.group("n"), 0.75, None))
