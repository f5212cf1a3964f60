"""Chinese changes a user reports of their own life, read as the new state they leave: a move back (搬回老家长沙了:
lives in 长沙), a home bought (在苏州买了房子: owns it, lives in 苏州), a change of trade (改行做销售了, 转行当了程序员:
the new job), a transfer (从北京调到广州分公司了: works in 广州), a company joined (以前在京东上班，后来去了美团: works
for 美团), a diet taken up (开始吃素了), and where one lives said 在上海住 (so that 我已经不在上海住了 ends that home, as
我不再住在上海了 does), also with how long (在杭州生活了二十多年了).

The new value of a functional predicate closes the old one when stored (``livesIn``, ``jobTitle``, ``workLocation``,
``diet``), so no ending is written here. The rules are spliced into the table of
:class:`~kg_memory.extract.chinese.rules.ChineseRules` as :data:`CHANGE_RULES`.

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.types import Turn
>>> from kg_memory.extract.chinese.rules import ChineseRules
>>> t = Turn("c", "1", "Ann", "我搬回老家长沙了，改行做销售了。")
>>> sorted((f.predicate, f.object if isinstance(f.object, str) else f.object.label)
...        for f in ChineseRules().extract_turn(t, Discourse([t])))
[('jobTitle', '销售'), ('livesIn', '长沙')]
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity
from ..framework import Clause, Rule, lazy
from .endings import FORMERLY
from .joining_ahead import JOINING_AHEAD_RULES
from .lexicon import HAN, is_job
from .objects import place
from .people import is_place
from .segment import TRAILING, clean_object, nominal_head

__all__ = ["CHANGE_RULES"]

#: When or how the change came: 已经, 刚, 去年, 上个月 (what may come before the verb).
_LATELY = r"(?:已经|早就|终于|刚刚?|最近|又|也|去年|今年|前年|上个?月|上周|前不久|前几天|年初|年底)*"
#: 老家, 家乡: where one comes from, said before the place moved back to (搬回老家长沙).
_HOME = r"(?:老家|家乡|故乡)?"
#: How long one has lived somewhere: 十年, 三年多, 二十多年, 好几年, 很多年, 一辈子 (在武汉住了十年).
_YEARS = r"(?:(?:[0-9零一二两三四五六七八九十]+|好几|十几|几十|好多|很多|许多)(?:多)?(?:年|个月)(?:多)?|很久|好久|一辈子|大半辈子)"
#: What says a stay holds now: 现在, 目前, 一直, 至今, 已经 (我一直在成都住了二十年)
_STILL = lazy(r"现在|目前|当前|如今|一直|至今|到现在|已经")
#: What may follow a place one is sent to: 广州分公司, 上海总部, 深圳办事处 (the office, in that place).
_OFFICE = r"(?:的)?(?:分公司|总公司|总部|办事处|分部|分行|分店|分厂|分校|工厂|那边|这边)"


def _is_place(text: str) -> bool:
    return is_place(text) or gazetteer_id(text, "Place") is not None


def _r_moved_back(m: re.Match[str], c: Clause) -> bool:
    """搬回长沙了, 又搬回了北京, 搬回老家长沙了: lives there again (搬回老家了 names no place)."""
    raw = TRAILING.sub("", m.group("o"))
    head = nominal_head(raw) or clean_object(raw, 8)
    if c.negated or not head or not _is_place(head):
        return False
    return place(head, c, "livesIn", 0.75, event=True)


def _r_new_trade(m: re.Match[str], c: Clause) -> bool:
    """改行做销售了, 转行当了程序员, 转行去做设计: the job taken up (a job word, not 改行做生意: no title)."""
    job = clean_object(TRAILING.sub("", m.group("o")), 8)
    if c.negated or not job or not is_job(job):
        return False
    c.add("jobTitle", job, 0.75, event=True)
    return True


def _r_transferred(m: re.Match[str], c: Clause) -> bool:
    """调到广州分公司了, 被派到上海了, 从北京调到了深圳: works in the place sent to, named whole (not 调到财务部: a
    department; not 派到北京出差了: a trip)."""
    raw = m.group("o")
    if c.negated or not _is_place(raw):
        return False
    c.add("workLocation", Entity(raw, "Place"), 0.7, event=True)
    return True


def _r_lives_at(m: re.Match[str], c: Clause) -> bool:
    """在上海住, 在杭州生活, 在武汉住了十年了: where one lives, said with the verb last (a place, not 在酒店住: a stay).
    How long, without a final 了, tells a stay that may be over (我在北京住了五年: nothing), unless the sentence says it
    is (之前在武汉住了十年, 在上海住过三年: a former home) or that it holds now (我现在在广州生活了十年, 一直在成都住了二十年,
    已经在深圳生活了八年: the home)."""
    if m.group("years") and "了" not in m.group("end") and FORMERLY.search(c.sentence) is None and "过" not in c.sentence \
            and _STILL.search(c.sentence) is None:
        return False
    raw = m.group("o")
    head = nominal_head(raw) or clean_object(raw, 8)
    if not head or not _is_place(head):
        return False
    return place(head, c, "livesIn", 0.8)


def _r_bought_home(m: re.Match[str], c: Clause) -> bool:
    """在苏州买了房子, 刚在杭州买了一套公寓: a home bought in a place is one's own (``owns``) and where one lives
    (``livesIn``: the vocabulary has no home owned in a place); not 在淘宝买了房子模型 (no home), 在苏州买了衣服."""
    raw = m.group("o")
    if c.negated or not _is_place(raw):
        return False
    c.add("owns", Entity("房子" if m.group("h") == "房" else m.group("h"), "Thing"), 0.75)
    return place(raw, c, "livesIn", 0.7, event=True)


#: Words that say the sentence is about work (以前在京东上班，后来去了美团).
_AT_WORK = re.compile(r"上班|工作|跳槽|入职|实习")


def _r_joined(m: re.Match[str], c: Clause) -> bool:
    """后来去了美团, 去年进了华为, 加入了腾讯, said in a sentence about work: the company joined, a company the gazetteer
    knows (not 去了上海, 去了一家餐厅; not 周末去了美团 said of no work: a visit)."""
    org = m.group("o")
    if c.negated or gazetteer_id(org, "Organization") is None or not _AT_WORK.search(c.sentence):
        return False
    c.add("worksFor", Entity(org, "Organization"), 0.75, event=True)
    return True


def _r_went_to_work(m: re.Match[str], c: Clause) -> bool:
    """去了一家律所上班: the workplace gone to, said to be one by 上班 (工作, 实习) after it."""
    if c.negated:
        return False
    c.add("worksFor", Entity(m.group("o"), "Organization"), 0.75, event=True)
    return True


def _r_went_vegetarian(m: re.Match[str], c: Clause) -> bool:
    """开始吃素了, 改吃素了: a vegetarian since (as 我吃素)."""
    if c.negated:
        return False
    c.add("diet", "vegetarian", 0.75, event=True)
    return True


#: ``(pattern, rule)``: each is read after the clause's subject (see :data:`CHANGE_RULES`).
CHANGE_RULES: list[tuple[str, Rule]] = [
    (rf"^{_LATELY}(?:从[^，,从]{{1,10}}?)?搬回(?:了|到|去)*{_HOME}(?P<o>[{HAN}]{{2,8}}?)(?:去|来)?(?:了|啦|住)*$", _r_moved_back),
    (rf"^{_LATELY}(?:改行|转行)(?:去|了)*(?:做|当|干|从事)了?(?P<o>[^，,]{{2,10}}?)(?:工作)?(?:了|啦)*$", _r_new_trade),
    (rf"^{_LATELY}(?:从[^，,从]{{1,10}}?)?(?:被)?(?:公司)?(?:调到|调去|调往|派到|派去|外派到|外派去)了?(?P<o>[{HAN}]{{2,8}}?)"
     rf"(?:{_OFFICE})?(?:工作|上班)?(?:了|啦)*$", _r_transferred),
    (rf"^(?:现在|目前|一直|还)?在(?P<o>[{HAN}]{{2,8}}?)(?:住|生活)(?:着|(?P<years>(?:了|过)?{_YEARS}))?(?P<end>(?:了|呢|啦)*)$", _r_lives_at),
    (rf"^{_LATELY}(?:开始|改)吃素(?:了|啦)+$", _r_went_vegetarian),
    (rf"^{_LATELY}(?:跳槽)?(?:去了|进了|加入了|去|进)(?P<o>[{HAN}A-Za-z]{{2,8}}?)(?:上班|工作)?(?:了|啦)*$", _r_joined),
    # 她刚去了一家律所上班, 跳槽去了一家外企工作: any workplace, as the clause says it is one (not 去了一家餐厅: a visit)
    (rf"^{_LATELY}(?:跳槽)?(?:去了|进了|去)(?:一家|家)(?P<o>[{HAN}A-Za-z]{{2,8}}?)(?:上班|工作|实习)(?:了|啦)*$", _r_went_to_work),
    (rf"^{_LATELY}在(?P<o>[{HAN}]{{2,8}}?)(?:全款|贷款)?(?:买了|买下了?|购买了|入手了)(?:一套|一栋|一间|套|栋)?新?"
     rf"(?P<h>房子|房|公寓|别墅|新房|二手房)(?:了|啦)*$", _r_bought_home),
    *JOINING_AHEAD_RULES,  # 下周一去字节上班了, 下个月入职腾讯: the employer to come
]
