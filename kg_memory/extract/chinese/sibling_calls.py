"""A brother or sister called 哥 or 姐 alone, where the turn speaks of the parents the two share.

哥, 姐, 弟, 妹 said alone are how people call anyone a little older or younger (a courier: "放心吧姐"; a friend: "哥，
走着"), so the call alone tells no family. Said with the parents of the home, bare or with 咱 ("姐，你回去睡会儿吧，今晚我陪
妈。", "哥，咱妈让你早点回来。", "弟，爸的药你买了吗？"), it does: only one's own brother or sister hears 妈 meaning the
speaker's mother. The one called is found as a parent called is (:func:`.people.or_replied_to`); a question asked of a
group (:func:`.kin_asked.asked_kin`) is answered by the next speaker.

Not read: 我妈, 你妈, 他爸 (whose parent is said), 妈呀 / 我的妈 (a cry), a hypothetical (要是, 如果).

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "A", "我先走了。"), Turn("c", "2", "B", "姐，你回去睡会儿吧，今晚我陪妈。"), Turn("c", "3", "A", "行。")]
>>> [(s.label, p, o.label) for s, p, o, _, _ in siblings_called(ts[1], Discourse(ts))]
[('B', 'sibling', 'A')]
>>> siblings_called(Turn("c", "2", "B", "放心吧姐，我们干这行十几年了。"), Discourse(ts))
[]
"""

from __future__ import annotations

from ...types import Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .kin_asked import asked_kin
from .people import or_replied_to

__all__ = ["siblings_called"]

#: 哥，…… / 姐！…… / 嗨，弟，……: a brother or sister called at the start of a turn, alone (not 大哥, 刘姐, 哥们).
_CALL = lazy(r"^(?:(?:哎|嘿|嗨|喂|哦|诶)[，,！!]?\s*)?(?P<kin>哥|姐|弟|妹)(?:[，,！!]|\s+)")
#: The parents of the home said bare or with 咱 (妈, 咱爸, 爸妈, 咱家), not owned by one (我妈, 你爸, 他妈, 王阿姨的妈) nor a cry
#: (妈呀, 我的妈, 妈的！), nor a word that holds the character (爸爸们: a group).
_SHARED = lazy(r"(?:(?<![你您他她我的\u4e00-\u9fff])|(?<=[陪给叫让找跟和带看帮替问喊等]))(?:咱们?的?)?(?:爸妈|爸爸|妈妈|老爸|老妈|爸|妈)"
               r"(?![妈爸们呀耶])(?!的[，,！!。\s]|的$)|咱(?:们)?(?:家|爸|妈)")
_SUPPOSED = lazy(r"如果|要是|假如|假设")


def siblings_called(turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's brother or sister: the one ``turn`` calls 哥, 姐, 弟 or 妹 at its start while speaking of the
    parents the two share (妈, 咱爸, 爸妈)."""
    text = turn.text.strip()
    m = _CALL.match(text)
    if m is None or _SUPPOSED.search(text) or not _SHARED.search(text, m.end()):
        return []
    other, weight = asked_kin(turn, discourse) or or_replied_to(discourse.addressee(turn), 0.9, turn, discourse)
    speaker = discourse.speaker(turn)
    if other is None or other == speaker:
        return []
    return [(speaker, "sibling", other, 0.7 * weight, None)]
