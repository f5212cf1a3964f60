"""Chinese relatives named with a family title after the name, said as the speaker's: 我西尔维亚姑妈过世了, 跟我莱尼叔叔说,
我的玛丽莲姨妈来了.

A name and a title of the family (姑妈, 姨妈, 舅舅, 叔叔……) after 我/我的 make the person the speaker's relative, as
"my Aunt Sylvia" does. Without 我 the title is often said from a child's side (宝宝，看莫妮卡姑姑给你带了什么: the
speaker is the aunt; 我们莫妮卡姑姑和钱德勒姑父: the speakers introduce themselves), and 王阿姨 may be any older
neighbour, so those give nothing; nor do 你的/他的 + name + title, a question or a hypothetical (:mod:`.rules` drops the
last two before :mod:`.people` reads a sentence).

>>> from kg_memory.types import Turn
>>> t = Turn("c", "1", "Ann", "爸爸说我西尔维亚姑妈过世了。")
>>> [(s.label, p, o.label, o.aliases) for s, p, o, _, _ in titled_relatives(t.text, t, Discourse([t]))]
[('Ann', 'relative', '西尔维亚', ('西尔维亚姑妈',))]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..names import is_chinese_name
from ..pronouns import Discourse
from .lexicon import HAN

__all__ = ["titled_relatives"]

#: Titles of the family said after a name.
_TITLE = lazy(rf"(?:姑妈|姨妈|舅妈|舅舅|姑姑|婶婶|伯母|伯父|姑父|姨父|姑丈|姨丈|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|"
              rf"叔叔|阿姨|爷爷|奶奶|外婆|外公)(?![{HAN}]*[吗？?])")
#: 我 (我的) just before the name: the speaker's relative.
_MINE = lazy(r"(?<![们])我的?$")


def _name_before(text: str) -> str | None:
    """The name that ends ``text``: its longest tail (six characters at most) that reads as a name."""
    for k in range(min(len(text), 6), 1, -1):
        if is_chinese_name(text[-k:]) and (k == len(text) or text[-k - 1] != "·"):
            return text[-k:]
    return None


def titled_relatives(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's relatives ``sentence`` names with 我 and a title after the name (我西尔维亚姑妈): each one's
    name, with the name and title as an alias."""
    out: list[Found] = []
    for m in _TITLE.finditer(sentence):
        title = m.group(0)
        name = _name_before(sentence[max(0, m.start() - 6):m.start()])
        if name is None or name == turn.speaker or not _MINE.search(sentence[:m.start() - len(name)]):
            continue  # 你的玛丽莲姨妈: someone else's; 看莫妮卡姑姑给你带了什么: the speaker, to a child
        person = Entity(name, "Person", aliases=(name + title,))
        discourse.mention(turn, person)
        out.append((discourse.speaker(turn), "relative", person, 0.6, None))
    return out
