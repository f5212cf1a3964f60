"""A turn that calls one person by name and then, in a later sentence, another: the next speaker answers the later
call, not the earlier one (for :mod:`.speakers`).

"慧姐，别光说了，这盘凉菜端走。建军，葱花！" - "来了来了！" (the cook turns from the one he spoke to first to his
apprentice, who answers), "Mr. Fan, I'll send someone up. Jiang! Jiang!" - "Coming!": the one who speaks next was
called by the later name; the earlier name was said to someone else, and gives the next speaker no vote.

:func:`called_later` reads the turn only: whether a sentence after the name opens with another name of the
dialogue said to someone (:func:`~kg_memory.extract.how_said.how_said` reads it "to"). Forms of one name ("雪儿"
and "芮雪", "Rach" and "Rachel": one contains the other, or they share the first character / three letters) are
one call said twice ("小蒋！小蒋！"), not two.

>>> called_later("慧姐，别光说了，这盘凉菜端走。建军，葱花！", 2, "慧姐", {"慧姐", "建军"})
True
>>> called_later("小蒋！小蒋！", 2, "小蒋", {"小蒋"}), called_later("慧姐，你跟建军说一声。", 2, "慧姐", {"慧姐", "建军"})
(False, False)
>>> called_later("Ross, come here. Rachel, you too.", 4, "Ross", {"Ross", "Rachel"})
True
>>> called_later("盖勒博士？查理？", 4, "盖勒博士", {"盖勒博士", "查理"}), called_later("Phil... Ann, hi.", 4, "Phil", {"Phil", "Ann"})
(False, False)
>>> called_later("嘿罗斯，这是德克。德克，这是我的好朋友罗斯。", 3, "罗斯", {"罗斯", "德克"})
False

Two people called one right after the other, each name a question of its own ("小雨？阿杰？我真的什么都不懂吗？",
"Milo? Dara? Anyone?"), or greeted each by a greeting of their own on arrival ("Hi Cal! Hi Nico."), are looked for
among those in the room: either may answer, and the one who does is neither known to be the first nor the last called
(:func:`called_in_one_breath`; the turn then gives no votes).

>>> called_in_one_breath("糟了？小雨？阿杰？我真的什么都不懂吗？", {"小雨", "阿杰"})
True
>>> called_in_one_breath("Caleb? Caleb Lindqvist? No way!", {"Caleb", "Caleb Lindqvist"}), called_in_one_breath("小雨？你来了？", {"小雨"})
(False, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .call_replies import GREETING
from .framework import lazy
from .how_said import how_said
from .lang import has_han

__all__ = ["called_in_one_breath", "called_later"]

#: The end of a sentence: where a later call may open a new one (not a pause: "罗斯·盖勒...本杰明·霍巴特").
_SENTENCE_END = lazy(r"(?:[!?。！？]|(?<![.…])\.(?![.]))+[\"”]?\s*")
#: What introduces someone to the one called later ("德克，这是我的好朋友罗斯", "Amy, this is Charlie").
_INTRODUCING = r"(?i:这是|这位是|这就是|this\s+is|meet)"
#: Two bare names asked one right after the other, each after a sentence's start: "小雨？阿杰？", "Milo? Dara?".
_TWO_ASKED = lazy(r"(?:^|(?<=[.!?。！？…，,]))\s*(?=([\w'·-]+(?:\s[\w'·-]+)?)\s*[?？]+\s*([\w'·-]+(?:\s[\w'·-]+)?)\s*[?？])")
#: A word of the first sentence besides the name.
_WORD = lazy(r"[A-Za-z\u4e00-\u9fff]")


def _same(a: str, b: str) -> bool:
    """Whether two names are forms of one ("芮雪", "雪儿"; "Rach", "Rachel")."""
    if a in b or b in a:
        return True
    return a[:1] == b[:1] if has_han(a) else a[:3].casefold() == b[:3].casefold()


def called_later(text: str, end: int, name: str, candidates: set[str]) -> bool:
    """Whether a sentence of ``text`` after the name ending at ``end`` opens with a call of another of
    ``candidates`` (the names the dialogue says to someone), the name's own sentence saying more than the name."""
    for stop in _SENTENCE_END.finditer(text, end):
        if not _WORD.search(text, end, stop.start()):
            return False  # "盖勒博士？查理？": two greeted in one breath, whoever answers
        start = stop.end()
        opening = GREETING.match(text, start)
        if opening is not None:
            start = opening.end()
        for other in candidates:
            if _same(other, name) or not text.startswith(other, start) \
                    or re.search(rf"{_INTRODUCING}[^.!?。！？]*{re.escape(name)}", text[start:]):
                continue  # "罗斯，这是德克。德克，这是我的好朋友罗斯。": two introduced to each other
            after = text[start + len(other):start + len(other) + 1]
            if re.match(r"[A-Za-z\u4e00-\u9fff]", after) and not after.startswith("你"):
                continue  # "建军说": a longer word, or the name the subject of what follows
            if how_said(text, start, start + len(other), other) == "to":
                return True
    return False


#: A greeting or a goodbye and the name it is said to ("Hi Cal!", "Bye, Nico.", "嗨，阿杰", "再见小雅").
_GREETED = lazy(r"(?:\b(?i:hi|hey|hello|bye|goodbye)\b|嗨|你好|再见|拜拜)[\s,，]*([\w'·-]+)")
#: A turn opening with a greeting ("Hi, Yolanda.", "Hi, Grandma!", "嗨！"): a greeting given or returned.
_GREETING_OPENS = lazy(r"^\W*(?:\b(?i:hi|hey|hello|hiya|bye|goodbye)\b|嗨|你好|再见|拜拜)")


def called_in_one_breath(text: str, candidates: set[str], turns: Sequence[Turn] = (), at: int = -1) -> bool:
    """Whether ``text`` calls two of ``candidates`` (not forms of one name) one right after the other, each as a
    question of its own, or, as turn ``at`` of ``turns``, greets two of them each by a greeting of their own on
    arriving ("Hi Cal! Hi Nico. And you must be..."; not a name and its translation in two scripts, nor greetings
    returned to one who greeted first or answered by a greeting: "Hi, Lyle. Hi, Trish." after "Hi, Yolanda.", "Hi,
    Nicky! Hi, Sam!" - "Hi, Grandma!") (module docstring).

    >>> from kg_memory.types import Turn
    >>> ts = [Turn("c", "1", "A", "Hi Cal! Hi Nico. Come in."), Turn("c", "2", "B", "We brought wine.")]
    >>> called_in_one_breath(ts[0].text, {"Cal", "Nico"}, ts, 0), called_in_one_breath("Hi Cal! Come in.", {"Cal"}, ts, 0)
    (True, False)
    >>> called_in_one_breath(ts[0].text, {"Cal", "Nico"}, [ts[0], Turn("c", "2", "B", "Hi, Ann!")], 0)
    False
    >>> called_in_one_breath("你好，乔治。Hi, George.", {"乔治", "George"}, ts, 0)  # one name, written twice
    False
    """
    if any(a in candidates and b in candidates and not _same(a, b) for a, b in
           (m.groups() for m in _TWO_ASKED.finditer(text))):
        return True
    greeted = {m.group(1) for m in _GREETED.finditer(text)} & candidates
    if not any(not _same(a, b) and a.isascii() == b.isascii() for a in greeted for b in greeted if a < b):
        return False
    me = turns[at].speaker if 0 <= at < len(turns) else None
    before = next((t for t in reversed(turns[:at]) if t.speaker != me), None) if at > 0 else None
    after = next((t for t in turns[at + 1:] if t.speaker != me), None) if at >= 0 else None
    return me is not None and not any(t is not None and _GREETING_OPENS.match(t.text) for t in (before, after))


_APART = r"[，,、。！？!?…；;：:\s“”\"]"
#: A name called and then "you" said to the one called ("阿明，你跟……"): the turn speaks to one person.
_CALLED_THEN_YOU = lazy(r"(?:^|[，,。！？!?\s])[\u4e00-\u9fff]{2,4}[，,]\s*(?:你|您)(?!们)")


def zh_said_apart(name: str, text: str) -> re.Pattern[str]:
    """The pattern that finds the Chinese ``name`` among the names ``text`` says to a room (:mod:`.speakers`). Where
    the turn calls someone and says 你 to them ("阿明，你跟小魏一起带冷女士去看。"), only a name set off by a stop, a space or
    the edge of the turn on one side counts: names said inside a clause are people spoken of, and the turn speaks to one
    person. Elsewhere any name counts ("这位叫钱德勒，菲比，乔伊。"; a toast that names three people).

    >>> bool(zh_said_apart("小魏", "阿明，你跟小魏一起带冷女士去看。").search("阿明，你跟小魏一起带冷女士去看。"))
    False
    >>> bool(zh_said_apart("瑞秋", "嗯，我要说瑞秋今晚来了。").search("嗯，我要说瑞秋今晚来了。"))
    True
    """
    n = re.escape(name)
    if _CALLED_THEN_YOU.search(text) is None:
        return re.compile(rf"(?<![.·]){n}")
    return re.compile(rf"(?<![.·])(?:(?:^|(?<={_APART})){n}|{n}(?={_APART}|$))")
