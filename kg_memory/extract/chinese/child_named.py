"""Chinese clauses that name a parent (a grandparent) by the child: 我是皓皓妈妈, 她是课代表李明的爸爸.

At a school gate, a parents' meeting or a clinic, a mother or a grandfather says who they are by the child's name:
我是皓皓妈妈 (the child called by a pet name, no 的), 我是小明他爸, 我是数学课代表李明的爸爸 (the child's role before
the name). The child named has the subject as a parent (妈妈, 爸爸) or a relative (奶奶, 姥爷: ``relative``, as
:data:`.lexicon.KIN_PREDICATE` says); the name said with the kin term and no 的 (皓皓妈妈) is also how the speaker is
called there, an ``alternateName``. 我是李明的爸爸 is read here too: the rule of 是……的 + a relative (:mod:`.rules`)
reads only the names jieba tags as names (not 欣欣).

Not read: 我是孩子他爸, 我是新郎爸爸 (a word, no name), 我是她亲妈 (her own mother: no name either), 我不是皓皓妈妈
(negated).

>>> import re
>>> m = re.match(CHILD_PARENT_RULES[0][0], "是皓皓妈妈")
>>> m.group("n"), m.group("kin"), re.match(CHILD_PARENT_RULES[0][0], "是课代表李明的爸爸").group("n")
('皓皓', '妈妈', '李明')
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule
from .lexicon import HAN, KIN_PREDICATE
from .segment import is_called_name, is_titled_name

__all__ = ["CHILD_PARENT_RULES"]

#: What a parent or a grandparent is to a child, as said after the child's name (妈妈, 他爸, 奶奶).
_ELDER = "妈妈|爸爸|妈|爸|奶奶|爷爷|姥姥|姥爷|外婆|外公"
#: A role of the child said before the name (课代表, 班长, 三班的): the name is the words after it.
_ROLE = rf"(?:[{HAN}]{{0,4}}?(?:代表|班长|委员|队长|组长|班的|年级的))?"


def _r_child_parent(m: re.Match[str], c: Clause) -> bool:
    """我是皓皓妈妈: the child named has the subject as a parent (a relative); without 的 (or 他/她), it is also how
    the subject is called."""
    name, kin, link = m.group("n"), m.group("kin"), m.group("l")
    if c.negated or c.subject.type != "Person" or not is_called_name(name) or is_titled_name(name):
        return False
    child = Entity(name, "Person")
    c.out.append((child, KIN_PREDICATE[kin], c.subject, 0.8 * c.weight, None))
    c.discourse.mention(c.turn, child)
    if not link and kin in ("妈妈", "爸爸", "奶奶", "爷爷", "姥姥", "姥爷", "外婆", "外公"):
        c.add("alternateName", name + kin, 0.7)  # 皓皓妈妈: how the speaker is called among the parents
    return True


CHILD_PARENT_RULES: list[tuple[str, Rule]] = [
    # 我是皓皓妈妈, 我是小明他爸, 我是数学课代表李明的爸爸, 她是朵朵姥姥
    (rf"^是(?P<r>{_ROLE})(?P<n>[{HAN}]{{2,3}}?)(?P<l>的|他|她)?(?P<kin>{_ELDER})(?:啊|呀|呢)?$", _r_child_parent),
]
