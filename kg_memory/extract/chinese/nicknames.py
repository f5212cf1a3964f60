"""How people say what others call them: 大家都叫他大头 (a group's nickname for someone), 你可以叫我娜娜 (the name the
speaker asks to be called by), and 妈妈叫我丫丫 (a relative's pet name for the speaker: :func:`kin_nicknames`).

A relative's 叫我 also means "tells me to" (妈妈叫我早点回家, 我爸叫我去买菜), so the pet name after it is read only where
it is a name people call each other (:func:`.segment.is_called_name`: 丫丫, 小雨, 阿强; not 洗碗, 回家) and ends the
clause.

>>> from kg_memory.extract.chinese.nicknames import KIN_NICKNAME
>>> KIN_NICKNAME.search("我叫林雨桐，妈妈叫我丫丫。").group("n"), KIN_NICKNAME.search("妈妈叫我洗碗。").group("n")
('丫丫', '洗碗')
"""

from __future__ import annotations

from collections.abc import Sequence

from ...types import Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from ..speaker_vote import INTRODUCED, Tally, name_key
from .lexicon import HAN, SURNAMES
from .segment import is_called_name

__all__ = ["CALL_ME", "FAMILIAR", "KIN_NICKNAME", "NICKNAME", "claim_nicknames", "kin_nicknames"]

NICKNAME = lazy(rf"(?:大家|我们|别人|人们|朋友们?|同学们?|同事们?|他们|家里人|家人|所有人)(?:都|也|一般|通常)?(?:叫|管|称呼?)"
                rf"(?P<p>他|她|我)(?:叫|为)?(?:“|\")?(?![过回去来起出进别不帮吃做]|早点)(?P<n>[{HAN}A-Za-z]{{1,4}}?)(?:”|\")?(?:[，,。！!]|$)")
#: 你可以叫我娜娜, 叫我小陈就行: the name the speaker asks to be called by (as "you can call me Annie").
CALL_ME = lazy(rf"(?:^|[，,])(?:你们?|您|大家)?(?:(?P<may>可以|都可以|也可以|就|直接|以后)+)?叫我(?:“|\")?(?P<n>[{HAN}A-Za-z]{{1,4}}?)"
               rf"(?:”|\")?(?P<ok>就行|就好|就可以)?了?(?:[，,。！!]|$)")
#: 小陈, 老王: a surname made familiar, how one is called (an ``alternateName``), not the name itself
FAMILIAR = lazy(rf"^[小老][{''.join(sorted(SURNAMES))}]$")
#: 妈妈叫我丫丫, 我奶奶都管我叫囡囡, 家里都叫我小雨: a relative (or the family) and the pet name they call the speaker by.
KIN_NICKNAME = lazy(rf"(?:^|[，,。！!？?\s])(?:我)?(?:妈妈|爸爸|妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|家里|我家|哥哥|姐姐|爸妈|家里人)"
                    rf"(?:从小|平时|一直|都|也|总|老|就)*(?:叫我|管我叫|喊我)(?:“|\")?(?P<n>[{HAN}]{{2,3}}?)(?:”|\")?"
                    rf"(?:[，,。！!]|$)")


def kin_nicknames(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's pet name a relative calls them by (妈妈叫我丫丫): an ``alternateName`` of the speaker, where the
    words after 叫我 are a name people call each other (see the module docstring)."""
    return [(discourse.speaker(turn), "alternateName", m.group("n"), 0.75, None) for m in KIN_NICKNAME.finditer(sentence)
            if is_called_name(m.group("n"))]


def claim_nicknames(turns: Sequence[Turn], tally: Tally) -> None:
    """Count a pet name the speaker says a relative calls them by (我叫贺雨，妈妈叫我丫丫) as the speaker's own
    introduction in the vote of :mod:`..speakers`, where others call someone by it: the one who claims it bears it, so
    a stranger told "丫丫，起来，把座位还给叔叔" just before the girl speaks does not get it as well.

    >>> t = Tally()
    >>> t.add("丫丫", "丫丫", "A", 1.0, Turn("c", "1", "B", "丫丫，起来。"))
    >>> claim_nicknames([Turn("c", "2", "C", "我叫贺雨，妈妈叫我丫丫。")], t)
    >>> t.votes["丫丫"]
    {'A': 1.0, 'C': 3.0}
    """
    for turn in turns:
        for m in KIN_NICKNAME.finditer(turn.text):
            name = m.group("n")
            if name_key(name) in tally.votes and is_called_name(name):
                tally.add(name_key(name), name, turn.speaker, INTRODUCED, turn)
