"""The objects of Chinese clauses: places and organisations cut to their leading nominal words, people and pets
named after their owner (我妈妈 -> 张三的妈妈 when unnamed).

>>> owned(Entity("张三", "Person"), "妈妈", "Person", None).label
'张三的妈妈'
"""

from __future__ import annotations

from ...types import Entity
from ..framework import Clause, lazy
from .segment import clean_object, nominal_head

__all__ = ["BARE_EMPLOYER", "BUILDING", "DEICTIC", "KIND_OF_PLACE", "owned", "place"]


def owned(owner: Entity, noun: str, type_: str, name: str | None) -> Entity:
    return Entity(name, type_) if name else Entity(f"{owner.label}的{noun}", type_)


DEICTIC = lazy(r"^(?:这|那|哪|一起|一块)")  # 住在这儿多久, 住在一起: no place named
#: 在农村长大, 在一个小县城长大: a kind of place, none named (as "I grew up in the countryside"; 在云南的一个小村子 names 云南).
KIND_OF_PLACE = lazy(r"^(?:一个|一座)?(?:小|大)?(?:农村|乡下|乡村|山村|村子|村里|县城|小镇|镇上|城市|城里|山区|山沟|山沟沟|渔村|郊区|"
                     r"农场|牧区|大山|海边|城郊)(?:里|上)?$")
#: 住在三楼, 住在楼上: which floor, not where.
_A_FLOOR = lazy(r"^在?(?:[0-9]+|[一二三四五六七八九十几]+|顶|楼上|楼下)(?:楼|层)?$|^在?楼[上下]")
#: 住七栋, 住在3号楼二单元: which building of a compound, a part of an address, no place one lives in.
BUILDING = lazy(r"^在?(?:[0-9]+|[一二三四五六七八九十几]+)(?:栋|幢|号楼|单元|号院)")
#: 住在老家, 住在家里: home, said of the speaker's family, no place named (我老家在湖南 names it).
_HOME_WORD = lazy(r"^(?:老家|家乡|故乡|家里|家|老家那边|老家那儿|老家里|新家|新房子?|新公寓|新住处)$")
#: 在一个单位上班, 在一家公司工作: a bare kind of employer, none named (在一家律所上班 says what kind; 在京东上班 which).
BARE_EMPLOYER = lazy(r"^(?:同一?)?(?:一|这|那)?(?:个|家|所|间)?(?:单位|公司|企业|工厂|厂子?|地方|机构|部门)(?:里|上)?$")
#: 去过八百遍, 来过好几回: how often, no place (the place was said before: 杭州？我都去过八百遍了).
_TIMES = lazy(r"^(?:好|好多|很多|无数|[0-9零一二两三四五六七八九十百千万几]+)(?:次|遍|回|趟)")


#: Where a place lies from the speaker (对面, 隔壁, 楼下), said before it: 在对面的中科院研究所上班 names the institute, not 对面.
_NEARBY = lazy(r"^(?:(?:马路|大街|街|路)?斜?对面|对街|隔壁|附近|旁边|楼下|楼上)的?")


def place(raw: str, c: Clause, predicate: str, confidence: float, event: bool = False) -> bool:
    """A place or an organisation: the leading nominal words of ``raw``, after where it lies from the speaker (对面的):
    none where only that or a bare kind of place is left (在对面上班, 住隔壁小区, 在对面银行上班: which bank is unsaid)."""
    if c.negated or DEICTIC.match(raw):
        return False
    if near := _NEARBY.match(raw):
        raw = raw[near.end():]
        if DEICTIC.match(raw) or len(nominal_head(raw) or clean_object(raw, 8) or "") < 3:  # 住对面那个村: which is unsaid
            return False
    if predicate in ("worksFor", "memberOf") and BARE_EMPLOYER.match(raw):
        return False
    obj = nominal_head(raw) or clean_object(raw, 8)
    if not obj or _TIMES.match(obj) or _A_FLOOR.match(obj) or BUILDING.match(obj) or _HOME_WORD.match(obj):
        return False
    c.add(predicate, Entity(obj, "Organization" if predicate in ("worksFor", "studiesAt", "educatedAt", "memberOf") else "Place"), confidence, event)
    return True
