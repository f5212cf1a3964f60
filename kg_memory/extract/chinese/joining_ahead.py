"""A company one goes to work at from a time to come: 我下周一去字节上班了, 下个月入职腾讯, 我九月份去华为报到 (as "I start
at Google next week"): the employer, with no date of the past (the time is ahead). Only a company the gazetteer knows
or one said by kind (一家外企): 下周去北京上班 is a move, 明天去医院 a visit; a wish or a plan (想, 打算) is no start.

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.types import Turn
>>> from kg_memory.extract.chinese.rules import ChineseRules
>>> t = Turn("c", "1", "Ann", "好消息，我下个月入职腾讯！")
>>> [(f.predicate, f.object.label, f.occurred_at) for f in ChineseRules().extract_turn(t, Discourse([t]))]
[('worksFor', '腾讯', None)]
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity
from ..framework import Clause, Rule
from .lexicon import HAN

__all__ = ["JOINING_AHEAD_RULES"]

_DAY = r"[一二三四五六日天]"
#: A time to come: 下周一, 下个星期, 下个月初, 明天, 后天, 月底, 年后, 九月份, 9月1号, 这周五
_AHEAD = (rf"(?:从)?(?:下(?:个)?(?:周|星期|礼拜){_DAY}?|这(?:个)?(?:周|星期|礼拜){_DAY}|下个?月(?:初|中|底)?|明天|后天|大后天|月底|"
          r"年后|过完年|节后|(?:[一二三四五六七八九十]{1,2}|[0-9]{1,2})月份?(?:初|中|底|[0-9]{1,2}[号日])?)(?:开始|起)?")
#: An employer said by kind: 一家外企, 一家银行 (the words of :data:`.careers.ORG_KIND` that a company is)
_KIND = re.compile(r"(?:公司|银行|医院|集团|企业|外企|国企|央企|事务所|工作室|律所)$")


def _r_joining(m: re.Match[str], c: Clause) -> bool:
    """下周一去字节上班, 下个月入职腾讯: the company to come (a known one, or one said by kind)."""
    org = m.group("o")
    if c.negated or not (gazetteer_id(org, "Organization") or m.group("kind") and _KIND.search(org)):
        return False
    c.out.append((c.subject, "worksFor", Entity(org, "Organization"), 0.75 * c.weight, None))  # to come: no date past
    return True


_AHEAD_SAID = re.compile(_AHEAD)
#: A time past said with it (去年九月, 2019年9月, 那年九月): a start told of the past, no start to come.
_PAST = re.compile(r"去年|前年|[0-9]{4}年|[零〇一二三四五六七八九]{4}年|那年|当年|那时|昨天|前天|上个?月|上周|以前|之前|当时|"
                   r"[0-9零一二两三四五六七八九十]+年前")


def _r_joining_told_when(m: re.Match[str], c: Clause) -> bool:
    """明天去华为报到, 九月份入职腾讯 with the time read off the clause as an adverb: the time to come said before the
    company in the sentence (去华为报到 alone tells no start)."""
    at = c.sentence.find(m.group("o"))
    return at > 0 and _AHEAD_SAID.search(c.sentence, 0, at) is not None and not _PAST.search(c.sentence, 0, at) \
        and _r_joining(m, c)


_ORG = rf"(?P<kind>一家|家)?(?P<o>[{HAN}A-Za-z]{{2,8}}?)"
#: ``(pattern, rule)``: each read after the clause's subject; spliced into :data:`.changes.CHANGE_RULES`.
JOINING_AHEAD_RULES: list[tuple[str, Rule]] = [
    (rf"^{_AHEAD}(?:就|要|就要|也)*(?:去|到|进)(?:了)?{_ORG}(?:上班|报到|入职|工作)(?:了|啦|啊|咯)*$", _r_joining),
    (rf"^{_AHEAD}(?:就|要|就要|也)*(?:入职|加入)(?:了)?{_ORG}(?:了|啦|啊|咯)*$", _r_joining),
    (rf"^(?:就|要|就要|也)*(?:去|到|进)(?:了)?{_ORG}(?:上班|报到|入职|工作)(?:了|啦|啊|咯)*$", _r_joining_told_when),
    (rf"^(?:就|要|就要|也)*(?:入职|加入)(?:了)?{_ORG}(?:了|啦|啊|咯)*$", _r_joining_told_when),
]
