"""A speaker who tells their own sex bears no name titled for the other sex: one who speaks of 我老公 is a woman, so the
程先生 the next speaker is called by is no name of hers (好，谢谢吴医生 answers a call to her husband, said in her
hearing); one who speaks of 我老婆 bears no 王女士, 李小姐, 周太太.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "Speaker 1", "平时是我老公喂的。"), Turn("c", "2", "Speaker 2", "程先生，狗不能吃骨头。")]
>>> titled_other_sex(ts, {"程先生", "吴医生"})
{'程先生': {'Speaker 1'}}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...types import Turn
from ..framework import lazy

__all__ = ["titled_other_sex"]

#: The speaker's husband or boyfriend (so a woman), or wife or girlfriend (so a man), said as theirs.
_MY_MAN = lazy(r"我(?:的)?(?:老公|丈夫|男朋友|男友|未婚夫)")
_MY_WOMAN = lazy(r"我(?:的)?(?:老婆|媳妇儿?|妻子|女朋友|女友|未婚妻)")
#: A name titled as a man's (程先生) or a woman's (王女士, 李小姐, 周太太, 汉尼根夫人).
_MAN_TITLED = lazy(r"[\u4e00-\u9fff·]先生$")
_WOMAN_TITLED = lazy(r"[\u4e00-\u9fff·](?:女士|小姐|太太|夫人)$")


def titled_other_sex(turns: Sequence[Turn], names: Iterable[str]) -> dict[str, set[str]]:
    """``{name: speakers}`` for each of ``names`` titled as one sex and the speakers who tell they are of the other."""
    women = {t.speaker for t in turns if _MY_MAN.search(t.text)}
    men = {t.speaker for t in turns if _MY_WOMAN.search(t.text)}
    out: dict[str, set[str]] = {}
    for name in names:
        barred = (women - men) if _MAN_TITLED.search(name) else (men - women) if _WOMAN_TITLED.search(name) else set()
        if barred:
            out[name] = barred
    return out
