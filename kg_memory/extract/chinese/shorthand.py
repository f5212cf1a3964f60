"""What users say of themselves and their own in the short forms of chat, with the verb or 是 left out.

* where one is from: a place and 的 (我是江苏的, 老公是东北的, 老家河南周口的), a place and what one is called there
  (重庆妹子, 东北大妞, 山东汉子): ``hometown`` (a country: ``nationality``); not 我是公司的, 我是张伟的 (no place);
* where one lives, said with no 在 (我住北京海淀, 我爸妈住广州, 我们就住江边的金桥花园: an estate named after 的):
  ``livesIn``; not 住院, 住这儿, 住一起, 住后面那个小区 (no estate named);
* where one's job is based (base上海, base在深圳): ``workLocation``;
* a food one cannot do without (无辣不欢, 无肉不欢): ``likes``;
* no partner (还没对象, 没有女朋友): ``maritalStatus`` single, as 我单身; not 有对象, 不找对象 (a will).

:data:`SHORTHAND_RULES` join the everyday rules of :mod:`.everyday`.
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity
from ..framework import Clause, Rule, lazy
from .lexicon import HAN, MARITAL_STATUS, is_country
from .people import is_place
from .segment import nominal_head

__all__ = ["SHORTHAND_RULES"]

#: What one is called where one comes from (重庆妹子, 东北大妞, 山东汉子, 北京爷们儿).
_LOCAL = r"(?:妹子|妹纸|姑娘|小伙子?|汉子|女孩|男孩|大妞|妞|爷们儿?)"


#: A housing estate by its name, said after what it stands by (江边的金桥花园, 地铁站旁边的阳光小区).
_ESTATE = lazy(rf"^(?![这那哪我你他她咱在]|隔壁|对面|附近|旁边|后面|前面|楼下|楼上|学校|公司|单位)(?:(?![这那个])[{HAN}]){{2,6}}"
               r"(?:花园|小区|家园|新村|公寓)$")


def _known_place(text: str) -> bool:
    return is_place(text) or gazetteer_id(text, "Place") is not None


def _r_from(m: re.Match[str], c: Clause) -> bool:
    """我是江苏的, 俺老家河南周口的, 我是重庆妹子: where one is from."""
    where = m.group("o")
    if c.negated or not _known_place(where):
        return False
    c.add("nationality" if is_country(where) else "hometown", Entity(where, "Place"), 0.75)
    return True


def _r_in_place(predicate: str) -> Rule:
    """我住北京海淀 (``livesIn``), base上海 (``workLocation``): the place's leading words, where they name a place."""
    def rule(m: re.Match[str], c: Clause) -> bool:
        estate = m.group("o").rsplit("的", 1)[-1]
        named = predicate == "livesIn" and _ESTATE.match(estate) is not None
        head = estate if named else nominal_head(m.group("o"))
        if c.negated or not head or not (named or _known_place(head)):
            return False
        c.add(predicate, Entity(head, "Place"), 0.75)
        return True
    return rule


def _r_cannot_do_without(m: re.Match[str], c: Clause) -> bool:
    """无辣不欢: a food liked so that no meal is good without it."""
    if c.negated:
        return False
    c.add("likes", m.group("o"), 0.75)
    return True


def _r_no_partner(m: re.Match[str], c: Clause) -> bool:
    """还没对象, 没有女朋友: single (the clause's 没 is its negation; 不 is a will, 我不找对象)."""
    if not c.negated or not re.search("没", c.sentence):
        return False
    c.add("maritalStatus", MARITAL_STATUS["单身"], 0.7)
    return True


#: The rules, in the order tried.
SHORTHAND_RULES: list[tuple[str, Rule]] = [
    (rf"^是(?P<o>[{HAN}]{{2,6}}?)的$", _r_from),
    (rf"^老家(?P<o>[{HAN}]{{2,8}}?)的$", _r_from),
    (rf"^是(?:个|一个|地道的|土生土长的)?(?P<o>[{HAN}]{{2,6}}?){_LOCAL}$", _r_from),
    (rf"^(?:现在|目前|就|也|都)*住(?:(?!在)|在(?=[{HAN}]{{1,8}}的))(?P<o>[{HAN}]{{2,8}}|[{HAN}]{{1,8}}的[{HAN}]{{4,8}})$", _r_in_place("livesIn")),
    (rf"^(?:[Bb]ase|BASE)\s?(?:在)?\s?(?P<o>[{HAN}]{{2,8}})$", _r_in_place("workLocation")),
    (rf"^无(?P<o>[{HAN}]{{1,2}})不欢$", _r_cannot_do_without),
    (r"^(?:有)?(?:对象|男朋友|女朋友|男友|女友)(?:呢|啊|哈|哦)*$", _r_no_partner),
]
