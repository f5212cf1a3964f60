"""Where one's school is: 我的学校在武汉, 我们大学在南京, 我女儿的学校在杭州 tell that the subject studies in that town
(as 我在武汉上学 tells: where one lives, at a lower confidence: a student may go home at weekends); a place that is no
town (学校在山上, 学校在市中心) and a school that is not the subject's (这所学校在武汉 has no subject) tell nothing.

>>> import re
>>> bool(re.match(SCHOOL_PLACE[0], "的学校在武汉")), bool(re.match(SCHOOL_PLACE[0], "学校在放假"))
(True, True)
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity
from ..framework import Clause, Rule
from .people import is_place
from .segment import TRAILING, clean_object, nominal_head

__all__ = ["SCHOOL_PLACE"]


def _r_school_place(m: re.Match[str], c: Clause) -> bool:
    raw = TRAILING.sub("", m.group("o"))
    head = nominal_head(raw) or clean_object(raw, 8)
    if c.negated or not head or raw.rstrip("，,。！!") != head or not (is_place(head) or gazetteer_id(head, "Place") is not None):
        return False  # 学校在放假, 学校在郊区的山上: no town named whole
    c.add("livesIn", Entity(head, "Place"), 0.65)
    return True


#: The entry of the rule table: (我的)学校在武汉, (我们)大学在南京, (她的)中学就在杭州
SCHOOL_PLACE: tuple[str, Rule] = (
    r"^的?(?:学校|大学|学院|高中|中学|小学|幼儿园|研究生院)(?:就|也)?(?:在|位于)(?P<o>.+)$", _r_school_place)
