"""Chinese relatives called by what they are, and speakers who introduce themselves by a relation.

* 爸爸！ / 你好，妈妈 / 谢谢爸爸 / 生日快乐，爸爸 / 这是怎么回事，爸爸？ / 妈，你怎么也来了？: the one spoken to is the speaker's parent
  (the turn is read whole: a question calls its addressee as well as a statement does; :mod:`.people` reads the
  comma-set calls of statements, 爸，我帮你拿着);
* 老公，楼上怎么说？ / 舅舅，您怎么来了？ / 表姐，你看这个 / 二姐，你别问了: a spouse or a relative of the family alone (舅舅, 姥姥, 表姐, 二姑, 二姐;
  not 叔叔, 阿姨, 奶奶, said to any elder) called at the start of a turn or at the end of a sentence is the speaker's,
  when only one person can be spoken to (:func:`relatives_called`);
* 我是莫妮卡·盖勒……罗斯的妹妹 / 我是埃迪，你室友: the speaker is the relative of the person named (or spoken to).

Not read: 妈妈在这里？ (spoken of), 我的妈妈！ (an exclamation), 爸爸，妈妈，…… (which of two answers is unknown),
爸，这是菲比 (someone else is there to answer), 给妈妈笑一个 (a parent speaking of themself), 如果你是我爸爸.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "Ann", "你回来了。"), Turn("c", "2", "Bob", "你好，爸爸！")]
>>> [(s.label, p, o.label) for s, p, o, _, _ in parents_called(ts[1], Discourse(ts))]
[('Bob', 'parent', 'Ann')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...types import Entity, Turn
from ..called_back import calls_back
from ..framework import Found, lazy
from ..names import is_chinese_name
from ..pronouns import Discourse
from .boss_calls import bosses_called
from .kin_asked import in_law_called
from .lexicon import HAN, KIN, KIN_PREDICATE
from .people import addressee, or_replied_to
from .segment import SENTENCE_WITH_END, is_called_name
from .sibling_calls import siblings_called
from .taken_up import taken_up

__all__ = ["introduced_as_kin", "kin_called", "parents_called", "relatives_called", "schoolmates_called"]

_PARENT = r"(?P<kin>爸爸|老爸|爸|妈妈|老妈|妈咪|妈|爹地)"
#: What may be said with a parent called in a sentence of its own (你好爸爸, 谢谢妈妈, 爸爸再见, 生日快乐爸爸).
_WITH = r"(?:嘿|嗨|哦|噢|啊|喂|哇|你好|您好|谢谢你?|谢了|再见|晚安|早安|早上好|生日快乐|是的|好吧|好的|天啊|拜托|对不起|抱歉|不|嗯)"
_ALONE = lazy(rf"^(?:{_WITH}[，,\s]*)*{_PARENT}(?:[，,\s]*{_WITH})*[。！!？?.…\s]*$")
#: A parent called at the end of a sentence, after a comma (这是怎么回事，爸爸？; 天啊, 哦，莫妮卡。哦，天啊妈妈 is not).
_AT_END = lazy(rf"[，,]\s*{_PARENT}[。！!？?.…\s]*$")
#: A parent called at the head of a question (妈，你怎么也来了？, 爸，吃饭了吗？): questions are no statements for
#: :mod:`.people` to read the call of, so the one who answers is the parent.
_OPENS_QUESTION = lazy(rf"^(?:{_WITH}[，,\s]*)*{_PARENT}[，,]\s*[^，,。！!？?]+[？?]+\s*$")
#: Turns that present someone (爸，这是菲比) or name two parents (妈妈，爸爸): the one who answers is unknown.
_OTHERS_THERE = lazy(r"这位是|来见见|见一下|这(?:就)?是(?:我|你)|(?<![我你他她您的])(?:爸|妈).*[，,、和].*(?<![我你他她您的])(?:爸|妈)")
#: 爸 and 妈 both said as calls (你好。妈妈。爸爸。), not one of them spoken of (爸！你答应我妈的！, 妈，我爸不回来了).
_BOTH_CALLED = lazy(r"(?=.*(?<![我你他她您的])爸)(?=.*(?<![我你他她您的])妈)")
_THIS_IS = lazy(rf"这(?:就)?是(?P<n>[{HAN}·]{{2,8}})(?=[，,。！!…]|$)")
_CALLED_AS = {"爹地": "parent", "妈咪": "parent"}
#: A son or daughter called by what they are (你不能这样，儿子。): a parent called in the reply just after answers that one.
_CHILD_CALLED = lazy(r"(?:^|[，,。！!？?…])\s*(?:儿子|女儿|闺女|孩子)\s*(?:[，,。！!？?…]|$)")


def parents_called(turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's parent: the one ``turn`` speaks to when it calls them 爸爸, 妈妈……"""
    if _OTHERS_THERE.search(turn.text) or any(is_chinese_name(m.group("n")) for m in _THIS_IS.finditer(turn.text)) \
            or _BOTH_CALLED.match(turn.text):
        return []  # 爸，这是菲比: the one who answers may be 菲比; 你好。妈妈。爸爸。: which one answers is unknown
    opening = [p.strip() for p in re.split(r"[，,！!。？?…]+", turn.text.strip())[:2]]
    if len(opening) == 2 and any(re.fullmatch(_PARENT, a) and is_called_name(b) for a, b in (opening, opening[::-1])):
        return []  # 爸！小宇！吃饭了！: a parent and another called in a row, either may answer
    for k, piece in enumerate(SENTENCE_WITH_END.findall(turn.text)):
        piece = piece.strip()
        alone = _ALONE.match(piece)
        m = alone or _AT_END.search(piece)
        opens = _OPENS_QUESTION.match(piece) if m is None else None
        m = m or opens
        if m is None or re.search(r"如果|要是|假如", piece):
            continue
        if opens is not None and not _asked_of_parent(piece, turn, discourse):
            return []
        other = _called(turn, discourse, asks=piece.endswith(("？", "?")) or k > 0 or alone is None)
        if other is None or _spoke_of_in_law(other, turn, discourse) or in_law_called(other, turn, discourse):
            return []
        return [(discourse.speaker(turn), _CALLED_AS.get(m.group("kin")) or KIN_PREDICATE[m.group("kin")], other, 0.65, None)]
    return []


#: A son's or daughter's spouse spoken of (她是我儿媳妇, 我女婿): who calls that one 爸 or 妈 may be the in-law.
_IN_LAW = lazy(r"儿媳|女婿|姑爷")


def _spoke_of_in_law(parent: Entity, turn: Turn, discourse: Discourse) -> bool:
    """Whether ``parent`` spoke of a daughter- or son-in-law in the three turns before ``turn`` (她是我儿媳妇，我怎么不认识！
    - 爸，您怎么也来了？: the daughter-in-law calls him 爸 as his son does)."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    return at is not None and any(t.speaker == parent.label and _IN_LAW.search(t.text) for t in turns[max(0, at - 3):at])


def _asked_of_parent(piece: str, turn: Turn, discourse: Discourse) -> bool:
    """Whether a question opening with a parent called (``piece``) asks them, so that the one answering is the parent:
    between two; where the next speaker answers calling the caller by name; in a group, one that says 你/您 (妈，你还好吧？, not 妈妈，那个男的怎么了？: any one may answer that) in a
    turn calling nobody else by name (爸，怎么了？罗斯，是奶奶。: 罗斯 may answer)."""
    if discourse.addressee(turn) is not None:
        return True
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is not None and at + 1 < len(turns) and calls_back(turns, at + 1):
        return True  # 爸，要不我把伴奏放慢一点？ - 小满，别惯着他们。: the one answering calls the child back
    heads = [p.split("，")[0].split(",")[0].strip() for p in SENTENCE_WITH_END.findall(turn.text) if p.strip() != piece]
    return bool(re.search(r"[你您]", piece)) and not any(is_called_name(h) for h in heads)


def _called(turn: Turn, discourse: Discourse, asks: bool) -> Entity | None:
    """Who a call in ``turn`` is said to: the other of two speakers; in a group, the one just before when they called
    the speaker a son or daughter (……，儿子。 - 你说得对，爸爸。) or when the turn takes up their words (妈，您这话我爱听), else the next speaker for a question or a call after
    other words (爸？ - the one who answers; 是的!再见爸爸。), else the one before (爸爸！ greets the one who just spoke),
    either one when the other is missing."""
    other = discourse.addressee(turn)
    if other is not None:
        return other
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None:
        return None
    after = next((t.speaker for t in turns[at + 1:at + 3] if t.speaker != turn.speaker), None)
    said = next((t for t in reversed(turns[max(0, at - 2):at]) if t.speaker != turn.speaker), None)
    before = said.speaker if said is not None else None
    if said is not None and at > 0 and turns[at - 1] is said and _CHILD_CALLED.search(said.text):
        return Entity(said.speaker, "Person") if "," not in said.speaker else None  # ……，儿子。 - 谢谢，爸爸。
    if (up := taken_up(turn, discourse)) is not None:
        return up[0]  # 妈，您这话我爱听: the one just heard (:mod:`.taken_up`)
    who = (after or before) if asks else (before or after)
    return Entity(who, "Person") if who and "," not in who else None  # "Speaker 2, Speaker 3": said by two


#: 我是莫妮卡·盖勒……罗斯的妹妹, 我是埃迪，你室友: a self-introduction, then the relation alone in its clause.
_INTRO_KIN = lazy(rf"我(?:是|叫)[{HAN}·]{{1,8}}(?:[，,]|\.{{2,}}|…+|——)\s*(?P<o>你|[{HAN}·]{{2,8}}?)的?(?P<kin>{KIN})"
                  rf"\s*(?=[。！!…，,.]|$)")


def introduced_as_kin(turn: Turn, discourse: Discourse) -> list[Found]:
    """The relation a speaker gives themself after their name (我是罗斯，菲比的朋友): the person named has the
    speaker for that relative.

    >>> ts = [Turn("c", "1", "Ann", "你好。"), Turn("c", "2", "Bob", "我是莫妮卡·盖勒...罗斯的妹妹。")]
    >>> [(s.label, p, o.label) for s, p, o, _, _ in introduced_as_kin(ts[1], Discourse(ts))]
    [('罗斯', 'sibling', 'Bob')]
    """
    out: list[Found] = []
    for m in _INTRO_KIN.finditer(turn.text):
        word = m.group("o")
        if word == "你":
            owner, weight = or_replied_to(addressee(turn, discourse), 0.9, turn, discourse)
        else:
            owner, weight = (Entity(word, "Person"), 0.9) if is_chinese_name(word) else (None, 0.0)
        speaker = discourse.speaker(turn)
        if owner is not None and owner != speaker:
            discourse.mention(turn, owner)
            out.append((owner, KIN_PREDICATE[m.group("kin")], speaker, 0.7 * weight, None))
    return out


#: A spouse or a relative only family calls so (舅舅, 姥姥: children call any elder 叔叔, 阿姨, 奶奶), called at the start of
#: a turn, after a greeting at most: 老公，楼上怎么说？, 舅舅，您怎么来了？, 嗨，舅妈！, 舅，这车咋办？ (舅 and 姑 alone: 舅舅, 姑姑 said short)
#: Cousins, aunts and uncles by their place in the family (表姐, 堂哥, 二姑, 三姨, 小舅, 姑父, 姐夫): words only family calls
#: one by (叔叔, 阿姨, 大姐 and 嫂子 are said to a friend's elders and wife too, 大爷 and 大妈 to anyone old).
_FAMILY_CALLS = (r"(?:表|堂)(?:哥|姐|弟|妹|嫂|叔|姨|舅|姑)|[二三四五六七八九小](?:姑|姨|舅|叔|婶)|大(?:姑|姨|舅)|[大二三四五六七八九小]"
                 r"(?:姑妈|姨妈|姑父|姨父|姑夫|姨夫|舅妈)|姑姑|姑妈|姨妈|姑父|姨父|姑夫|姨夫|婶婶|姐夫|妹夫|"
                 r"[二三四五六七八九](?:哥|姐|弟|妹)")
#: A brother or sister called by their place among the children (二姐, 三哥; not 大哥, 大姐, 小妹: said to anyone).
_NUMBERED_SIBLING = lazy(r"[二三四五六七八九][哥姐弟妹]")
_RELATIVE_OPENS = lazy(rf"^[…\.。\s]*(?:(?:来了|来啦|好的|好嘞|哎)+[，,。！!\s]*)?(?:{_WITH}[，,\s]*)?(?P<kin>老公|老婆|媳妇|舅舅|舅妈|姥姥|姥爷|外婆|外公|老头子|老婆子|"
                      rf"{_FAMILY_CALLS}|舅|姑)(?:[，,！!]|\s*$|(?=你|您))\s*(?P<rest>.*)$")  # 舅，……: 舅舅 said short
#: What an old couple call each other (老头子你懂什么): a spouse, though not a word for one said of anybody.
_OLD_COUPLE = {"老头子": "spouse", "老婆子": "spouse"}
#: A spouse or such a relative called at the end of a sentence, after a comma: 惊喜！生日快乐，老公！, 谢谢你，老婆。
_RELATIVE_ENDS = lazy(rf"(?<=[，,])\s*(?P<kin>老公|老婆|媳妇|舅舅|舅妈|姥姥|姥爷|外婆|外公|{_FAMILY_CALLS}|舅|姑)[。！!？?…\s]*$(?P<rest>)")
#: After the call: another person called (老公，儿子，……), a group (你们, 大家) or a hypothetical: no one relative spoken to.
_NOT_ONE = lazy(r"^(?:爸|妈|儿子|女儿|哥|姐|弟|妹)|你们|大家|如果|要是|假如")
#: Another relative called later in the turn, opening a sentence (……。姨夫，你也吃。).
_CALLS_ANOTHER = lazy(rf"[。！!？?…]\s*(?:爸|妈|爸爸|妈妈|哥|姐|{_FAMILY_CALLS}|舅舅|舅妈|姥姥|姥爷|外婆|外公|老公|老婆|[大小]?姨夫|爷爷|奶奶)[，,！!]")


def relatives_called(turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's spouse or relative: the one ``turn`` calls 老公, 老婆, 舅舅…… at its start (or at the end of a
    sentence after a comma: 生日快乐，老公！), when only one person can be spoken to: the other of two speakers, or the same speaker just before and just after the turn (or the only one of
    them). In a group with one speaker before and another after, nobody (either may answer).

    >>> ts = [Turn("c", "1", "Ann", "我回来了。"), Turn("c", "2", "Bob", "老公，楼上怎么说？"), Turn("c", "3", "Ann", "没事。")]
    >>> [(s.label, p, o.label) for s, p, o, _, _ in relatives_called(ts[1], Discourse(ts))]
    [('Bob', 'spouse', 'Ann')]
    """
    m = _RELATIVE_OPENS.match(turn.text.strip()) or next(
        (e for piece in SENTENCE_WITH_END.findall(turn.text) if (e := _RELATIVE_ENDS.search(piece.strip()))
         and not _NOT_ONE.search(piece[:e.start()]) and not re.search(r"如果|要是|假如", piece)), None)
    if m is None or _NOT_ONE.search(m.group("rest")) or _OTHERS_THERE.search(turn.text) or m.group("kin") in m.group("rest"):
        return []  # 老公，这是我同事小王: someone else is there to answer; 外公！我要当外公了: the speaker is one
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if _CALLS_ANOTHER.search(m.group("rest")) or at is not None and at > 0 and turns[at - 1].speaker != turn.speaker \
            and m.group("kin") in turns[at - 1].text:
        return []  # 三姨，吃鱼。姨夫，你也吃。: two called; 给你三姨夹块鱼。 - 三姨，吃鱼。: the one who spoke of her is another
    other = discourse.addressee(turn)
    if other is None:
        if at is None:
            return []
        near = {t.speaker for t in turns[max(0, at - 1):at + 2]} - {turn.speaker}
        if len(near) == 2 and (spouse := _spouse_near(m.group("kin"), near, turns, at)):
            near = {spouse}  # 老公你看！ - 看见了！我媳妇真棒！: the husband is the one who speaks of a wife
        if len(near) != 1 or "," in next(iter(near)):
            return []  # one before and another after: either may be the one called
        other = Entity(near.pop(), "Person")
    speaker = discourse.speaker(turn)
    kin = m.group("kin")
    relation = "sibling" if _NUMBERED_SIBLING.fullmatch(kin) else _OLD_COUPLE.get(kin) or KIN_PREDICATE.get(kin, "relative")
    return [] if other == speaker else [(speaker, relation, other, 0.65, None)]


#: What a husband calls his wife or says of her (老婆，……; 我媳妇真棒), and what a wife calls or says of her husband.
_OF_WIFE = lazy(r"^(?:[嗯哎诶喂嘿，,\s]*)(?:老婆|媳妇)|我的?(?:老婆|媳妇|妻子|太太)")
_OF_HUSBAND = lazy(r"^(?:[嗯哎诶喂嘿，,\s]*)老公|我的?(?:老公|丈夫)")


def _spouse_near(kin: str, near: set[str], turns: Sequence[Turn], at: int) -> str | None:
    """Of the two speakers around a spouse called in a group (老公，…… between two others), the one who, within three
    turns, speaks of or calls a spouse of the caller's kind: a wife's 老公 is the one who says 老婆 or 我媳妇, a husband's
    老婆 the one who says 老公 or 我老公; nobody where both or neither do."""
    said = _OF_WIFE if kin == "老公" else _OF_HUSBAND if kin in ("老婆", "媳妇") else None
    fits = {t.speaker for t in turns[max(0, at - 3):at + 4] if said and t.speaker in near and said.search(t.text.strip())}
    return fits.pop() if len(fits) == 1 else None


#: A schoolmate called by what they are (谢谢学姐, 学长，……, ……，学妹。), also with no comma before an apology, thanks or a
#: question (学姐对不起, 对不起学姐, 学长请问……), one person (not 学妹们: a group).
_SCHOOLMATE = lazy(r"(?:^|[，,。！!？?…]|谢谢|你好|您好|嗨|嘿|对不起|抱歉|不好意思)\s*(?:学姐|学长|学弟|学妹|师兄|师姐|师弟|师妹|老同学)(?!们)"
                   r"(?=\s*(?:[，,。！!？?…]|好|对不起|抱歉|不好意思|谢谢|请问|$))")


#: The caller asking which school the one called is at (你们学校是哪个？ 你是哪个大学的？): no school of their own shared.
_ASKS_SCHOOL = lazy(r"(?:你|您)们?(?:的)?学校(?:是)?(?:哪|什么)|(?:你|您)们?(?:是|在|读|上)(?:哪个|哪所|什么)(?:学校|大学|学院)")


def schoolmates_called(turn: Turn, discourse: Discourse) -> list[Found]:
    """A schoolmate: the one ``turn`` calls 学姐, 学长, 学弟, 学妹 (谢谢学姐。, 学长，请问……), found as a parent called is
    (:func:`_called`), but never in a hypothetical.

    >>> ts = [Turn("c", "1", "Ann", "你就是那个新来的学弟吧？"), Turn("c", "2", "Bob", "啊，谢谢学姐。")]
    >>> [(s.label, p, o.label) for s, p, o, _, _ in schoolmates_called(ts[1], Discourse(ts))]
    [('Bob', 'classmate', 'Ann')]
    """
    m = _SCHOOLMATE.search(turn.text)
    if m is None or re.search(r"如果|要是|假如", turn.text) or _ASKS_SCHOOL.search(turn.text):
        return []  # 谢谢学姐！你们学校是哪个？: one of another school, calling an elder student so out of courtesy
    other = _called(turn, discourse, asks=turn.text.rstrip().endswith(("？", "?")))
    speaker = discourse.speaker(turn)
    if other is None or other == speaker or _denied(turn, discourse, other):
        return []
    return [(speaker, "classmate", other, 0.6, None)]


#: The one called a schoolmate saying they are none (谁是你学长, 我不是你学姐, 别叫我师兄).
_NOT_SCHOOLMATE = lazy(r"(?:谁是你|我不是你的?|我才不是你的?|别叫我|不要叫我)(?:学姐|学长|学弟|学妹|师兄|师姐|师弟|师妹)")


def _denied(turn: Turn, discourse: Discourse, other: Entity) -> bool:
    """Whether ``other``, called a schoolmate in ``turn``, says in the next two turns they are none (学长对不起。 - 谁是你学长，
    我考了三年了)."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    return at is not None and any(t.speaker == other.label and _NOT_SCHOOLMATE.search(t.text) for t in turns[at + 1:at + 3])


def kin_called(turn: Turn, discourse: Discourse) -> list[Found]:
    """Relatives called by what they are in ``turn``: parents (:func:`parents_called`), spouses and relatives of the
    family (:func:`relatives_called`), schoolmates (:func:`schoolmates_called`), and a brother or sister called 哥 or 姐
    with the parents they share (:func:`.sibling_calls.siblings_called`); and a boss called 店长 by one taking an
    order (:func:`.boss_calls.bosses_called`)."""
    return parents_called(turn, discourse) + relatives_called(turn, discourse) + schoolmates_called(turn, discourse) \
        + siblings_called(turn, discourse) + bosses_called(turn, discourse)
