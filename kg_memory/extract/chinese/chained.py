"""Two things said of one subject with no pause between them: a change done (退休了, 辞职了, 毕业了, 结婚了) and then what
the subject does since (住在大连, 在家带孩子, 在上海工作). 我继父现在退休了住在大连 reads as 我继父现在退休了，住在大连: each
clause read with the subject, as when the speaker pauses. A time, an amount or a particle after 了 (毕业了两年, 结婚了吗,
退休了以后) starts no clause of its own.

>>> with_pauses("我继父现在退休了住在大连"), with_pauses("我辞职了在家带孩子"), with_pauses("我毕业了两年")
('我继父现在退休了，住在大连', '我辞职了，在家带孩子', '我毕业了两年')
"""

from __future__ import annotations

from ..framework import lazy

__all__ = ["with_pauses"]

#: A change done, then a verb phrase of what holds since (in a place, at home, a home or work taken up).
_CHAINED = lazy(r"(?<=(?:退休|辞职|离职|毕业|退役|下岗|结婚|离婚|搬家|回国|转行|失业)了)"
                r"(?=(?:现在|如今|就|又|也|还|一直|天天|每天|自己|专门|全职)*(?:住在?|在|去|回|搬|到|开|做|当|带|养|跟|和)"
                r"(?!了|过|吗|呢|吧|啊|的))")


def with_pauses(sentence: str) -> str:
    """``sentence`` with a pause (，) where a clause of its own follows a change done with no pause (module docstring)."""
    return _CHAINED.sub("，", sentence)
