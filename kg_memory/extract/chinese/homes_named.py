"""A home named in passing as 我住的X: 帮我排个行程，从我住的成都出发 (the speaker lives in 成都), 我住的杭州这几天一直下雨.

Only a place's name counts (:func:`.places.is_place` or the gazetteer): 我住的小区, 我住的酒店 name none; 我以前住的 is
a former home and 你住的 the listener's, neither read here. It reads one sentence and gives the places named.

>>> homes_named("帮我排个五一去西安的行程，从我住的成都出发。"), homes_named("我住的杭州这几天一直下雨")
(['成都'], ['杭州'])
>>> homes_named("我住的小区很安静"), homes_named("我以前住的上海"), homes_named("你住的北京冷吗")
([], [], [])
"""

from __future__ import annotations

from ...gazetteer import gazetteer_id
from ..framework import lazy
from .objects import KIND_OF_PLACE
from .places import is_place

__all__ = ["homes_named"]

#: What one lives in, no place named: 我住的小区, 我住的宿舍.
_NO_NAME = frozenset("小区 社区 地区 城区 市区 郊区 园区 片区 街区 宿舍 公寓 酒店 宾馆 房子 地方 城市 楼".split())
_HOME = lazy(r"我(?:现在|目前)?住的(?P<p>[\u4e00-\u9fff]{2,5}?)"
             r"(?=出发|这边|那边|这里|那里|这儿|那儿|最近|这几天|今天|现在|一直|很|太|真|特别|也|都|[，,。！!？?\s]|$)")


def homes_named(sentence: str) -> list[str]:
    """The places ``sentence`` names after 我住的."""
    if "住的" not in sentence:
        return []
    return [m.group("p") for m in _HOME.finditer(sentence)
            if m.group("p") not in _NO_NAME and not KIND_OF_PLACE.match(m.group("p"))
            and (is_place(m.group("p")) or gazetteer_id(m.group("p"), "Place") is not None)]
