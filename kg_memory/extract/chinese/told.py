"""What users tell an assistant of themselves and the people around them, in the plain phrasings people use.

* A business opened (我舅舅开了一家修车铺 ``founded`` it, as "my uncle opened a bakery"; 开着一家花店 runs it:
  ``worksFor``, as "runs a car repair shop");
* a relative with whom one did something (我姐姐小芳跟她老公搬到成都了: her husband, and both live there);
* the speaker and a relative of the speaker's (我和我老公是2015年结的婚, 我跟我老公是大学同学: the husband; never a
  classmate named 老公).

Not read: 我舅舅想开一家修车铺 (a wish), 我舅舅开了一家修车铺吗 (a question: questions give nothing).

:data:`TOLD_RULES` are spliced into the rule table before the others (the first rule that accepts wins);
:func:`with_own_kin` reads the rest of its clause with the whole table, which the caller passes in.
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Entity
from ..framework import Clause, Rule, RuleTable
from ..pronouns import gender_of_noun
from .lexicon import HAN, KIN, KIN_PREDICATE
from .objects import owned
from .segment import clean_object

__all__ = ["TOLD_RULES", "WITH_OWN_KIN", "with_own_kin"]

#: What a business one opens is: a shop, a restaurant, a company, a studio (修车铺, 瑜伽馆, 花店, 小饭馆, 工作室).
_BUSINESS = r"(?:店|铺|馆|厅|公司|工作室|诊所|超市|厂|酒吧|民宿|健身房|培训班|培训机构|事务所|幼儿园|摊|档口|农场|作坊)"
_OPENED = rf"^(?:自己)?(?P<v>开了|创办了|创立了|开着|在开|经营着?)(?:一家|一间|一个|家|间|个)(?P<o>[{HAN}]{{1,8}}?{_BUSINESS})(?:了|呢|啊)*$"
#: 跟她老公, 和他的女朋友: a relative of the subject's, with whom the rest is done.
WITH_OWN_KIN = rf"^(?:和|跟|与|同)(?:他|她)的?(?P<kin>{KIN})(?:一起|都)*(?P<rest>[^，,]+)$"


def _opened(m: re.Match[str], c: Clause) -> bool:
    """开了一家修车铺 (``founded``, an event), 开着一家花店 (runs it: ``worksFor``)."""
    business = clean_object(m.group("o").removeprefix("小"), 10)
    if c.negated or not business or re.match("[这那哪什]", business):
        return False
    runs = m.group("v") in ("开着", "在开") or m.group("v").startswith("经营")
    c.add("worksFor" if runs else "founded", Entity(business, "Organization"), 0.75, event=not runs)
    return True


def _with_my_kin(m: re.Match[str], c: Clause) -> bool:
    """我和我老公是2015年结的婚, 我跟我老公是大学同学: the speaker's relative (the tie said of the two is no name)."""
    speaker = c.discourse.speaker(c.turn)
    if c.negated or c.subject != speaker:
        return False
    noun = m.group("kin")
    other = owned(speaker, noun, "Person", None)
    c.add(KIN_PREDICATE[noun], other, 0.8)
    c.discourse.mention(c.turn, other, gender_of_noun(noun))
    return True


def with_own_kin(m: re.Match[str], c: Clause, rules: RuleTable) -> bool:
    """跟她老公搬到成都了, 和他女朋友住在上海: the subject's relative, and the rest (read with ``rules``) of both."""
    if c.negated:
        return False
    noun = m.group("kin")
    other = owned(c.subject, noun, "Person", None)
    both = [dataclasses.replace(c, out=[]), dataclasses.replace(c, subject=other, out=[])]
    if not all(rules.apply(m.group("rest"), one) for one in both):
        return False
    c.add(KIN_PREDICATE[noun], other, 0.8)
    c.discourse.mention(c.turn, other, gender_of_noun(noun))
    c.out.extend(found for one in both for found in one.out)
    return True


TOLD_RULES: list[tuple[str, Rule]] = [
    (_OPENED, _opened),
    # what follows 我和我老公 that says only how the two are tied: 是2015年结的婚, 是在大学认识的, 是大学同学
    (rf"^(?:和|跟|与|同)我的?(?P<kin>{KIN})(?=是|都是)(?:[^，,]{{0,12}}?(?:结的婚|结婚的|认识的|在一起的)"
     rf"|(?:是|都是)(?:很好的|最好的)?{KIN}(?:关系)?)(?:了|啊|呢)*$", _with_my_kin),
]
