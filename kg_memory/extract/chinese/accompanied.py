"""Who one lives with or brings along, said around what one tells: 带着孩子住在成都 tells the home (成都) as 住在成都 does,
and 有个八岁的儿子跟着我 the son as 有个八岁的儿子 does; who comes along (the child, read by :mod:`.kin_along`) is no part
of the home or the child said.

>>> without_company("带着孩子住在成都"), without_company("有个八岁的儿子跟着我"), without_company("带着孩子去公园")
('住在成都', '有个八岁的儿子', '带着孩子去公园')
"""

from __future__ import annotations

from ..framework import lazy

__all__ = ["without_company"]

#: 带着孩子, 领着女儿, 跟着我妈 before where one lives: 住在, 生活在, 在……住/生活, 搬到
_BRINGING = lazy(r"^(?:现在|目前|一直|如今|就)?(?:带着|领着|跟着|陪着)(?:我的?)?[\u4e00-\u9fff]{1,6}?"
                 r"(?:一起)?(?=(?:住在|生活在|定居在|搬到|搬去|在[\u4e00-\u9fff]{2,8}?(?:住|生活)))")
#: 跟着我, 跟我一起住, 跟着他爸 after a child one has: who the child lives with
_WITH_WHOM = lazy(r"(?<=[儿子女孩娃宝儿])，?跟着?(?:我|他爸|她爸|他妈|她妈|他爸爸|她爸爸|他妈妈|她妈妈|前夫|前妻|爷爷奶奶|"
                  r"姥姥姥爷|外公外婆)(?:一起)?(?:住|过|生活)?(?:呢|了|啊)?$")


def without_company(rest: str) -> str:
    """``rest``, a clause after its subject, without who comes along (module docstring)."""
    rest = _BRINGING.sub("", rest, count=1)
    return _WITH_WHOM.sub("", rest, count=1) if rest.startswith("有") else rest
