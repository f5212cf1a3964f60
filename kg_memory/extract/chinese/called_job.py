"""A relative said to be someone of a given name and job (我男朋友是一个叫阿强的厨师, 我的新老板是一个叫王强的律师): the
person so named has that job. The relative's name is read by :mod:`.rules`; this reads the job
after the name (a job word: :func:`~.lexicon.is_job`), which is the rest of the clause.

>>> from kg_memory.extract.pronouns import Discourse
>>> t = Turn("c", "1", "安娜", "我男朋友是一个叫阿强的厨师。")
>>> [(s.label, p, o) for s, p, o, _, _ in called_with_job(t.text, t, Discourse([t]))]
[('阿强', 'jobTitle', '厨师')]
>>> called_with_job("我男朋友是一个叫阿强的好人。", t, Discourse([t]))
[]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import HAN, KIN, KIN_GOOD, is_job

__all__ = ["called_with_job"]

_CALLED_JOB = lazy(rf"(?:我|你)的?(?:{KIN_GOOD}|老|新)?(?:{KIN})是(?:一个|一位|一名|个|位|名)?叫(?P<n>[{HAN}·]{{2,4}}?)的"
                   rf"(?P<job>[{HAN}]{{2,8}}?)(?=[，,。！!…]|$)")


def called_with_job(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The jobs of the relatives ``sentence`` names with a job after the name (module docstring)."""
    del turn, discourse  # the name is the person: whose relative it is, :mod:`.rules` reads
    return [(Entity(m.group("n"), "Person"), "jobTitle", m.group("job"), 0.75, None)
            for m in _CALLED_JOB.finditer(sentence) if is_job(m.group("job"))]
