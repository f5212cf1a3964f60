"""One who takes an order and answers it by calling the one who gave it 店长, 老板, 王经理: that one is their boss.

"稍等啊。小杰，三号架子最底下那个大箱子拿一下。" - "来了，店长。": 小杰 works under the one who called him by name and told him
what to do, and 店长 is what that one is (a job title). "阿凯，先给这位美女洗个头。" - "好的老板。", "小敏，把报表发我。" - "收到，
李经理。" read the same. A customer calls the owner 老板 too ("老板，来碗面。"), but opens with the call and is not called by
name and told what to do (nor spoken to as 您: "陈哥，您稍等。" - "好的老板。"); so the order before, with the one called by
name at the head of one of its sentences, is needed, and the answer takes it (好的, 来了, 收到, 马上) before the title, or
opens with the title, the order taken without a word ("老韩，带上工具。" - "经理，楼上是1302。"; not 老板 so, a customer's
opening, nor 老大, 头儿: what roommates and brothers call the eldest). 师父, the master one learns a trade from, is a
boss too ("小蒋，把车开上去。" - "好嘞师父。"; no job said).

Not read: a title alone answering a question ("谁啊？" - "老板。"), the answer of the one who gave the order, a title of
the family or a stranger (阿姨, 师傅: said to anyone), a title opening the turn of a third voice after an order given
back to one who called the head so just before it ("队长，太快了。" - "小郝，慢慢来。" - "队长，我带了个人来。": the one
told is 小郝, and the third only turns to the head, as the members of a dance team do).

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "A", "稍等啊。小杰，三号架子那个箱子拿一下。"), Turn("c", "2", "B", "来了，店长。")]
>>> [(s.label, p, o.label if hasattr(o, "label") else o) for s, p, o, _, _ in bosses_called(ts[1], Discourse(ts))]
[('B', 'boss', 'A'), ('A', 'jobTitle', '店长')]
"""

from __future__ import annotations

from collections.abc import Sequence

from ...types import Entity, Turn
from ..called_back import opening_call
from ..framework import Found, lazy
from ..pronouns import Discourse
from .segment import SENTENCE_WITH_END

__all__ = ["bosses_called"]

#: The titles a workplace calls its head by, alone or after a surname (王经理, 李总: 总 after a surname only).
_TITLES = r"店长|老板娘|老板|经理|主任|主管|组长|队长|厂长|院长|校长|所长|科长|处长|部长|总监|老大|头儿|领导|师父"
#: An order taken (好的, 好嘞, 来了, 收到, 马上, 知道了, 明白), then the title, closing its piece; or the title opening the
#: answer alone (老韩，带上工具。 - 经理，楼上是1302。: the one told turns back to the one who told him).
_TAKEN = lazy(rf"^(?:(?:好的|好嘞|好|行|来了|来啦|马上|马上来|收到|知道了|明白|明白了|是|没问题|这就去|这就来|OK|ok)[，,！!。~～\s]*)*"
              rf"(?P<t>(?P<s>[\u4e00-\u9fff])?(?:{_TITLES})|(?P<s2>[\u4e00-\u9fff])总)(?=[，,。！!…~～\s]|$)")
#: Job titles a title called names (老大, 头儿, 领导 call a boss without saying the job).
_NO_JOB = frozenset({"老大", "头儿", "领导", "师父"})  # 师父: the master one learns a trade from
#: Leave asked for oneself (我能不能不去, 我可以先走吗): no order.
_LEAVE_ASKED = lazy(r"我(?:能不能|可不可以|可以|能)")
#: What a surname before a title may not be (好老板, 大老板, 小老板: no surname).
_NOT_SURNAME = frozenset("好大小老新总副")


def _told_the_one_before(before: Sequence[Turn], turn: Turn, title: str) -> bool:
    """Whether the order that ends ``before`` answers the turn before it, a third voice's who called the head by
    ``title`` too, calling them by a name not said before in the talk ("队长，太快了。" - "郝嫂，慢慢来。"): then ``turn``,
    said next, is not by the one told."""
    first, order = before[-2], before[-1]
    calls = [opening_call(piece.strip()) for piece in SENTENCE_WITH_END.findall(order.text)]
    called = next((c for c in calls if c), None)
    return first.speaker not in (turn.speaker, order.speaker) and title[-2:] in first.text and called is not None \
        and not any(called in t.text for t in before[:-1])


def _asks_by_name(text: str) -> bool:
    """Whether the sentence of ``text`` that opens by calling someone asks leave for the speaker ("婧婧，我能不能不抽血？
    我晕针。": asked of a colleague, no order, though the turn ends with a statement); a head asking how the work goes
    ("小匡，这位阿姨的业务办完了吗？后面还排着人。") still gives one."""
    called = next((piece.strip() for piece in SENTENCE_WITH_END.findall(text) if opening_call(piece.strip())), "")
    return called.endswith(("？", "?")) and _LEAVE_ASKED.search(called) is not None


def bosses_called(turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's boss: the one before who called the speaker by name and told them something, when ``turn`` takes
    it and calls them 店长, 老板, 王经理 (and that one's job title, 店长, 经理)."""
    m = _TAKEN.match(turn.text.strip())
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if m is None or not at or turns[at - 1].speaker == turn.speaker:
        return []
    surname = m.group("s") or m.group("s2")
    if surname in _NOT_SURNAME or m.start("t") == 0 and m.group("t").endswith(("老板", "老板娘", "老大", "头儿")):
        return []  # 老板，来碗面: a customer's opening; 老大，冤枉啊: the eldest of a dorm. Taking an order comes first then
    before = turns[at - 1]
    if "," in before.speaker or not any(opening_call(piece.strip()) for piece in SENTENCE_WITH_END.findall(before.text)):
        return []  # nobody told by name what to do: one who answers a customer, or anyone
    if before.text.rstrip().endswith(("？", "?")) or "您" in before.text or _asks_by_name(before.text):
        return []  # "小杰，你吃了吗？": a question, no order; "陈哥，您稍等。" - "好的老板。": a customer spoken to
    if m.start("t") == 0 and at >= 2 and _told_the_one_before(turns[:at], turn, m.group("t")):
        return []  # "队长，太快了。" - "小郝，慢慢来。" - "队长，我带了个人来。": the one told called the head so before; a
        # third turns to the head as one of the team
    boss, speaker = Entity(before.speaker, "Person"), discourse.speaker(turn)
    title = m.group("t")[1:] if surname else m.group("t")
    out: list[Found] = [(speaker, "boss", boss, 0.6, None)]
    if title not in _NO_JOB and m.group("s2") is None:  # 陈总: a boss, the job unsaid
        out.append((boss, "jobTitle", title, 0.5, None))
    return out
