"""A reply that calls back the one who has just called someone: whom each call means.

When someone calls a person ("妈，你快点。", "Mom, hurry up.") and the next speaker answers by calling the caller by
name ("急什么，小雨。", "Relax, Jenny.", or without a comma before 你: "小雨你急什么"), the one answering is the one called,
and the name they say is the caller's:
people answer a call with a call back. The cue reads both ways: :mod:`.speakers` gives a name said in such an answer
to the one before (the caller), and :func:`addressed` takes the one answering as the person the call before was said
to (妈 -> the mother, 老公 -> the husband) where :meth:`.pronouns.Discourse.addressed` would guess the one before. Two who open with the same call one after the other
("妈，您也坐下吧。" - "妈，这鱼真香。") speak to a third: neither is the one the other calls.

The call answered opens its turn: a relative (妈, 老公, Mom), a title (教练, 师傅, Doc) or a name, not a word of endearment
(亲爱的, honey: said to a partner, who need not be the one answering); the name calling back is set off by commas in
the answer's first sentence, among other words (a name alone, "纽约。", answers a question).

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "A", "这茄子新鲜。"), Turn("c", "2", "B", "妈，你快点。"), Turn("c", "3", "C", "急什么，小雨。我买两个菜。")]
>>> calls_back(ts, 2), first_calls(ts[2].text)
(True, ['小雨'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Entity, Turn
from .call_replies import asked_alone_answered
from .echoes import takes_up
from .framework import lazy
from .how_said import familiar_restated
from .lang import has_han
from .loose_calls import yes_name
from .named_back import answered_by_name, calls_caller_back
from .names import is_chinese_name, plausible_name
from .pronouns import Discourse

__all__ = ["addressed", "answered_back", "answered_fondly", "answers_asker", "called_between", "calls_back", "first_calls",
           "named_may_answer", "names_back", "opening_call", "same_call"]

#: The first sentence of a turn: where an answer turns to the one it answers.
_FIRST = lazy(r"^[^。！？!?.…]*[。！？!?.…]*")
#: Words said with a call that are no call themselves (哎哟，宝儿; Oh, Jenny).
_ZH_CRIES = frozenset("哦 噢 嘿 嗨 啊 哎 哎哟 哎呀 喂 嗯 好 好了 好吧 行 行了 得了 对 是啊 不 别 你好 您好 "
                      "oh hey hi hello well okay ok so".split())
#: Relatives and titles people are called by (the Chinese ones beside :data:`.chinese.lexicon.KIN_PREDICATE`).
_ZH_TITLES = frozenset("教练 师傅 老师 医生 大夫 老板 经理 阿姨 叔叔 大爷 大妈 大姐 大哥 护士 警官 同学 老大 老兄".split())
#: A bidding closing the first sentence of a call ("Ruben, my turn, move."): the name opening it calls the one bidden.
_BIDS = lazy(r"^(?:move|come\s+on|hurry(?:\s+up)?|go|stop|wait|sit\s+down|get\s+up|look|listen|relax)$", re.I)
_HELLOS = frozenset("hi hey hello 嗨 你好 您好".split())
_EN_CALLS = frozenset("mom dad mommy daddy mum mama papa ma pa mami papi grandma grandpa granny doc coach sir ma'am son kiddo".split())
_ENDEARMENTS = frozenset("亲爱的 宝贝 宝宝 honey sweetie sweetheart baby babe darling dear".split())
_EN_PIECE = lazy(r"^(?:(?:oh|hey|hi|well|okay|ok|so|and)\s+)?(?P<w>[A-Z][a-z'’]+(?:\s[A-Z][a-z]+)?)$")


#: A sentence to "you" right after a name said alone ("Mateo. You flipped the breaker and told nobody?"): the name calls.
_TO_YOU = lazy(r"\s*(?:you|your|you're|you've|you'll|你|您)(?![\w'])", re.I)


def first_calls(text: str, names_only: bool = False) -> list[str]:
    """The words the first sentence of ``text`` calls someone by, set off among other words of it (names alone when
    ``names_only``): not a name that is the whole sentence ("纽约。", "Rome."), which answers a question, unless a
    sentence to "you" follows ("Mateo. You flipped the breaker?")."""
    first = _FIRST.match(text.strip())
    sentence = first.group(0).rstrip("。！？!?.…") if first else ""
    pieces = [p.strip() for p in re.split(r"[，,]", sentence)]
    cried = first is not None and first.group(0).endswith(("！", "!"))  # "卢克！", "Ross!": a call said alone
    greeted = pieces[0].lower() in _HELLOS  # "Hi, Lyle.", "你好，丽莎。": a greeting given back, no answer to a question
    said = [p for k, p in enumerate(pieces) if p and p.lower() not in _ZH_CRIES  # "噢，达娜。" is a name alone
            and not (k and familiar_restated(pieces[k - 1] + "，", p))]  # "单位的小葛，葛婷婷，……": no call
    told = first is not None and _TO_YOU.match(text.strip(), first.end()) is not None  # "Mateo. You flipped the breaker?"
    found = [p for p in said if _called(p, names_only)] if len(said) > 1 or cried or greeted or told else []
    return found or [m.group("n") for p in said[:1] if (m := _BEFORE_YOU.match(p)) and _called(m.group("n"), names_only)]


#: A name said right before "you" opening a sentence ("小蔡你少损我", "陈立你吃什么醋"): a call without a comma.
_BEFORE_YOU = lazy(r"^(?P<n>[\u4e00-\u9fff]{2,4}?)(?=你|您)")


def opening_call(text: str) -> str | None:
    """The relative, title or Chinese name ``text`` opens by calling (妈，……; 教练，……; 小马，……; Mom, ...) and goes on
    after, or a name greeted or cried ("嗨，苏菲！", "Hi, Sophie!", "伯特！"); not a word of endearment (亲爱的, honey), said
    to a partner who need not be the one who answers."""
    first = _FIRST.match(text.strip())
    if first is None:
        return None
    pieces = [p.strip() for p in re.split(r"[，,]", first.group(0).rstrip("。！？!?.…"))]
    at = next((k for k, p in enumerate(pieces) if p.lower() not in _ZH_CRIES), None)
    if at is None or pieces[at].lower() in _ENDEARMENTS or not (_called(pieces[at], False) or _called(pieces[at], True)
                                                                 and (at or len(pieces) > 2 and _BIDS.match(pieces[-1]))):
        return None  # an English name counts after a greeting ("Hi, Sophie!")
    goes_on = at + 1 < len(pieces) or text.strip()[first.end():].strip() or at or first.group(0).endswith(("！", "!"))
    return pieces[at] if goes_on else None  # "嗨，苏菲！", "伯特！": a greeting or a cry calls too


#: A yes opening a Chinese answer (好的，鲁医生; 好嘞王姐): what one called to do something says first.
_ACKNOWLEDGED = lazy(r"(?:好的|好嘞|好咧|得嘞|行|嗯|知道了|收到|来了|来啦|马上|没问题)")
#: The last sentence of a Chinese turn, after others (……先抽个血。小官，准备一下采血管。).
_LAST = lazy(r"(?<=[。！？!?…])[^。！？!?…]+[。！？!?…]*$")


def last_call(text: str) -> str | None:
    """The Chinese name or title the last sentence of ``text`` opens by calling, after other sentences (年纪大了，先抽个血。
    小官，准备一下采血管。: 小官), said to the one who answers next as a call opening the turn is; ``None`` otherwise.

    >>> last_call("年纪大了，先抽个血。小官，准备一下采血管。"), last_call("小官，准备一下。"), last_call("Sit. Ross, come here.")
    ('小官', None, None)
    """
    last = _LAST.search(text.strip()) if has_han(text) else None
    return opening_call(last.group(0)) if last else None


def _called(piece: str, names_only: bool) -> bool:
    if has_han(piece):
        if piece in _ZH_CRIES or len(piece) > 6:
            return False
        from .chinese.lexicon import KIN_PREDICATE  # Chinese text only: English never loads it
        from .chinese.segment import is_called_name

        if not names_only and (piece in KIN_PREDICATE or piece in _ZH_TITLES):
            return True
        return plausible_name(piece, frozenset()) and (is_called_name(piece) or is_chinese_name(piece))  # not 太棒了
    m = _EN_PIECE.match(piece)
    if m is None:
        return False
    word = m.group("w")
    if word.lower() in _EN_CALLS:
        return not names_only
    return names_only and plausible_name(word, frozenset())  # an English name only where one is looked for back


#: A name called, then bid to tell or ask someone else, in the third person ("Rufus, tell her it's a window.", "Ana,
#: ask him."): the one called is bid to speak to another, most likely the one who spoke just before.
_BID_TO_TELL = lazy(r"[A-Z][a-z][\w'-]*\s*,\s*(?:please\s+)?(?:tell|ask|show|remind)\s+(?:her|him)\b")


def calls_back(turns: Sequence[Turn], i: int, start: int = 0) -> bool:
    """Whether turn ``i`` answers a call the turn just before made, by another speaker: a name it calls in its
    first sentence (the one said at ``start``, when it stands there) then names the caller; not a name bid to tell
    someone else ("Mom, it's fine." - "Rufus, tell her it's a window.": Rufus is not the one who said "Mom").

    >>> ts = [Turn("c", "1", "A", "Mom, it's fine."), Turn("c", "2", "B", "Rufus, tell her it's a window.")]
    >>> calls_back(ts, 1, 0), calls_back(ts[:1] + [Turn("c", "2", "B", "Rufus, it's a window.")], 1, 0)
    (False, True)
    """
    first = _FIRST.match(turns[i].text.strip())
    if i == 0 or turns[i - 1].speaker == turns[i].speaker or first is None or start >= first.end() \
            or _BID_TO_TELL.match(turns[i].text, start) or asks_the_next(turns, i, start):
        return False
    before, now = opening_call(turns[i - 1].text), first_calls(turns[i].text, names_only=True)
    if before is None and _ACKNOWLEDGED.match(turns[i].text.strip()):
        before = last_call(turns[i - 1].text)  # 先抽个血。小官，准备一下。 - 好的，鲁医生。: the call taken
    now = now or [name for name in [yes_name(turns[i].text)] if name and _called(name, True)]  # 好的鲁医生
    return before is not None and bool(now) and before not in now or called_between(turns, i, start) \
        or calls_caller_back(turns, i, start)


#: A question put to the one just called, politely (您), in its first sentence: "黄奶奶，您说您孙女在哪儿上学来着？".
_ASKS_YOU = lazy(r"[，,、]\s*您[^。！!]*[？?]")
#: A Chinese name or title of two to four characters before a comma.
_NAME_SET_OFF = lazy(r"[\u4e00-\u9fff]{2,4}(?=[，,、])")


def asks_the_next(turns: Sequence[Turn], i: int, start: int) -> bool:
    """Whether turn ``i`` calls a name (at ``start``) and asks the one called a question with 您 that a third speaker
    answers next: the call goes to that one, not back to the one who spoke before, whose own call ("妈，……") was said
    to another (a carer's "刘奶奶，您说……来着？" after the son's "妈，……", answered by the grandmother).

    >>> ts = [Turn("c", "1", "A", "妈，您尝尝。"), Turn("c", "2", "B", "刘奶奶，您孙子在哪儿念书来着？"),
    ...       Turn("c", "3", "C", "在南京呢。")]
    >>> asks_the_next(ts, 1, 0), asks_the_next(ts[:2] + [Turn("c", "3", "A", "在南京。")], 1, 0)
    (True, False)
    """
    if i + 1 >= len(turns) or turns[i + 1].speaker in (turns[i].speaker, turns[i - 1].speaker):
        return False
    first = _FIRST.match(turns[i].text[start:])  # the sentence from the name on
    name = _NAME_SET_OFF.match(turns[i].text[start:])
    return first is not None and name is not None and _ASKS_YOU.match(first.group(0), name.end()) is not None


#: A Latin name set off as a call in a turn: after a comma, closing a sentence or before one ("Nothing yet, Cordelia.
#: Sit down.", "Can you fix it, Rosalie?"), or opening the turn or a later sentence of it before a comma ("Ruth, sit
#: down.", "Should we go? Evadne, say the word.").
_SET_OFF = lazy(r"(?:,\s+(?P<a>[A-Z][a-z][\w'-]+)\s*(?:[.!?,]|$)|(?:^|[.!?]\s+)\W*(?P<b>[A-Z][a-z][\w'-]+)\s*,)")
#: The name said at a position of the answer, after a comma, closing a sentence or a clause ("I can't sit, Ptolemy.",
#: "I'm the landlord, Xavier, not a plumber."), not set beside what it names ("Well, Omar, the man from the bakery").
_CALLED_AT = lazy(r"(?P<n>[A-Z][a-z][\w'-]+)\s*(?:[.!?]|$|,(?!\s+(?:that|the|a|an|this|who|whom|which|my|his|her|our|their|"
                  r"your|from|of|with)\b))")
#: Words opening the answer's sentence before the name, one or more ("I can't sit, Ptolemy", "Relax, Jenny.", "Hi, Bea,
#: love."; "Sorry, Coach." is no name and may turn to anyone): between two turns of the one called, a word and a name
#: call the caller back as well as a clause does.
_CLAUSE_BEFORE = lazy(r"(?:^|[.!?…]\s+)\W*[\w'’-]+[^.!?…]*,\s*$")


def called_between(turns: Sequence[Turn], i: int, start: int) -> bool:
    """Whether turn ``i`` answers, calling someone by a Latin name set off in its first sentence (at ``start``), the
    turn just before, another speaker's that called someone by another name, said between two turns of the speaker of
    ``i`` ("Any news?" - "Nothing yet, Cordelia. Sit down." - "I can't sit, Ptolemy. My baby is having a baby."): the
    call before was said to the one now answering from both sides, and the name they call back is the caller's, even
    where the call closes its sentence and another follows, which read alone would as well call the next speaker.

    >>> ts = [Turn("c", "1", "A", "Any news?"), Turn("c", "2", "B", "Nothing yet, Cordelia. Sit down."),
    ...       Turn("c", "3", "A", "I can't sit, Ptolemy. I'm too nervous."), Turn("c", "4", "C", "She's fine.")]
    >>> called_between(ts, 2, 13), called_between(ts, 1, 13)
    (True, False)
    """
    if i < 2 or turns[i - 1].speaker == turns[i].speaker or turns[i - 2].speaker != turns[i].speaker:
        return False
    text = turns[i].text
    first = _FIRST.match(text)
    m = _CALLED_AT.match(text, start)
    if first is None or m is None or start >= first.end() or not _CLAUSE_BEFORE.search(text[:start]):
        return False
    name = m.group("n")
    if name.lower() in _EN_CALLS:
        return False  # "Sorry, Coach.": a title, which anyone may say
    heard = {c.group("a") or c.group("b") for c in _SET_OFF.finditer(turns[i - 1].text)}
    heard = {h for h in heard if plausible_name(h, frozenset())}
    return plausible_name(name, frozenset()) and bool(heard) and name not in heard \
        and not any(h[:2] == name[:2] for h in heard)  # "Bobby" - "Bob": one name


#: A yes or a no opening a turn, before a name ("对对对，晓雯你……", "不是，小王，……", "能！小蒋你放心", "可以，王姐，……"): an
#: answer to the one who asked.
_YES_NO = lazy(r"\W*(?:(?:对|是|是的|是啊|好|好的|行|没错|嗯|不|不是|没有|能|可以|没问题|当然|当然可以|当然能)\W*){1,3}")


def answers_asker(turns: Sequence[Turn], i: int, start: int) -> bool:
    """Whether turn ``i`` opens with a yes or a no to the question the turn just before (another speaker's) asked of
    someone it called, right before the name said at ``start`` ("刘姐，我们这样站对吗？" - "对对对，晓雯你再往中间一点。"): the
    name is the asker's. Not after a question called to nobody ("你为什么这么在乎？" - "是的，瑞秋，你为什么……？": one joins
    in, turning to a third).

    >>> ts = [Turn("c", "1", "A", "刘姐，这样站对吗？"), Turn("c", "2", "B", "对对对，晓雯你往中间一点。")]
    >>> answers_asker(ts, 1, 4), answers_asker(ts, 0, 0)
    (True, False)
    """
    if i == 0 or turns[i - 1].speaker == turns[i].speaker or not turns[i - 1].text.rstrip().endswith(("？", "?")):
        return False
    if opening_call(turns[i - 1].text) is None:
        return _closes_answer(turns[i - 1].text, turns[i].text, start)  # "台词背好了吗？" - "背熟了，谢社长。"
    return _YES_NO.fullmatch(turns[i].text[:start]) is not None


#: Characters of grammar that show no answer taken up from a question (了, 吗, 你: said in any turn).
_NOT_TAKEN_UP = frozenset("了吗呢吧啊的是不没你我他她们都也还就在有个这那么什")
#: A Chinese name closing the first sentence (谢社长。, 小周！): the name, then a stop or the turn's end.
_NAME_CLOSES = lazy(r"[\u4e00-\u9fff·]{2,6}?(?:[。！!…~～]|$)")


def _closes_answer(question: str, text: str, start: int) -> bool:
    """Whether ``text`` answers the Chinese ``question`` in a few words that take up one of its own (背熟了 after 背好了吗)
    and then closes that first sentence with the name said at ``start`` ("背熟了，谢社长。"): the name is the asker's,
    as one answering says it back to them.

    >>> _closes_answer("台词都背好了吗？", "背熟了，谢社长。", 4), _closes_answer("台词都背好了吗？", "我去倒水，谢社长。", 5)
    (True, False)
    """
    head = text[:start].rstrip("，, ")
    if not has_han(question) or not 1 <= len(head) <= 6 or re.search(r"[。！？!?，,]", head) \
            or _NAME_CLOSES.match(text, start) is None:
        return False
    return _YES_NO.fullmatch(head) is not None or any(ch in question and ch not in _NOT_TAKEN_UP for ch in head)


def answered_back(turns: Sequence[Turn], i: int, name: str) -> bool:
    """Whether turn ``i`` opens by calling ``name`` and the next turn, another speaker's, answers by calling its speaker
    back by name after other words ("小敏，把镊子拿过来。" - "好的，韩主任。"): the one answering is the one called, as one
    answering "What?" is. Not a next turn that opens with a call of its own ("刘大姐，站我后面。" - "秀芝，你小点声。"): that may
    be a third speaking up.

    >>> ts = [Turn("c", "1", "A", "小敏，把镊子拿过来。"), Turn("c", "2", "B", "好的，韩主任。")]
    >>> answered_back(ts, 0, "小敏"), answered_back(ts, 0, "韩主任")
    (True, False)
    """
    return i + 1 < len(turns) and opening_call(turns[i].text) == name and names_back(turns[i], turns[i + 1]) \
        and not _opens_calling(turns[i + 1].text) or answered_by_name(turns, i, name) \
        or greeted_back(turns, i, name) or asked_alone_answered(turns, i, name)  # "Hi, Odette." - "Hi, Seb!";
    # "Temitope?" - "I plead the fifth."


#: A turn opening by greeting someone by name ("Hi Seb!", "Oh, hello, Seb."): the greeting of one greeted back.
_GREETS_BACK = lazy(r"^\W*(?:(?:oh|ah|well)\W+)?(?:hi|hello|hey|morning|evening)\s*,?\s+(?P<n>(?-i:[A-Z][a-z]+))\b", re.I)


def greeted_back(turns: Sequence[Turn], i: int, name: str) -> bool:
    """Whether turn ``i`` greets ``name`` ("Sorry I'm late. Hi, Odette.") and the next turn, another speaker's, opens
    by greeting its speaker back by another name ("Hi Seb! Wine's on the table."): the one greeted answers.

    >>> ts = [Turn("c", "1", "A", "Sorry, traffic. Hi, Odette. Hi all."), Turn("c", "2", "B", "Hi Seb! Sit down.")]
    >>> greeted_back(ts, 0, "Odette"), greeted_back(ts, 0, "Seb")
    (True, False)
    """
    if i + 1 >= len(turns) or turns[i + 1].speaker == turns[i].speaker:
        return False
    back = _GREETS_BACK.match(turns[i + 1].text)
    return back is not None and back.group("n") != name and back.group("n") not in turns[i].text \
        and re.search(rf"\b(?:hi|hello|hey|morning|evening)\s*,?\s+{re.escape(name)}(?![\w'-])", turns[i].text, re.I) is not None


def _opens_calling(text: str) -> bool:
    """Whether ``text`` opens by calling someone: a relative, a title or a name, Chinese or Latin ("Tina，主卧……")."""
    first = _FIRST.match(text.strip())
    pieces = [p.strip() for p in re.split(r"[，,]", first.group(0).rstrip("。！？!?.…"))] if first else []
    at = next((p for p in pieces if p and p.lower() not in _ZH_CRIES), None)
    return opening_call(text) is not None or at is not None and len(pieces) > 1 and _called(at, True)


def names_back(turn: Turn, after: Turn) -> bool:
    """Whether ``after``, said by another speaker, answers ``turn`` by calling its speaker by name."""
    called = opening_call(turn.text)
    if after.speaker == turn.speaker or called is None:
        return False
    now = first_calls(after.text, names_only=True)
    return bool(now) and called not in now


#: Words one calls a child (or a partner) by in answer to a call: "Mama, look!" - "Amazing, baby!".
_FONDLY = _ENDEARMENTS | frozenset("buddy bud kiddo champ pal pumpkin 乖 乖乖 儿子 闺女".split())


def answered_fondly(turn: Turn, after: Turn) -> bool:
    """Whether ``after``, another speaker's turn, answers the relative or title ``turn`` opens by calling (Mom, Dad,
    Coach, 妈) by calling its speaker a word of endearment in its first sentence ("Mama, look! I didn't fall!" -
    "Amazing, baby!"), or by taking up its words without a call of its own ("Dad, I don't want to. My tooth is fine." -
    "Your tooth is black, buddy."; "Dad, say something nice about your team." - "My team. ..."): the one called
    answers. Not a call by name: a name is told back by :func:`names_back`.

    >>> answered_fondly(Turn("c", "2", "B", "Mama, look! I didn't fall!"), Turn("c", "3", "C", "Amazing, baby!"))
    True
    >>> answered_fondly(Turn("c", "2", "B", "Dad, my tooth hurts."), Turn("c", "3", "C", "Which tooth?"))
    True
    >>> answered_fondly(Turn("c", "2", "B", "Mama, look!"), Turn("c", "3", "C", "Wow, it's snowing."))
    False
    """
    called = opening_call(turn.text)
    if after.speaker == turn.speaker or called is None or not (_called(called, False) and not _called(called, True)):
        return False  # a relative or a title, not a name
    first = _FIRST.match(after.text.strip())
    sentence = first.group(0).rstrip("。！？!?.…") if first else ""
    pieces = [p.strip().lower() for p in re.split(r"[，,]", sentence)]
    if any(p in _FONDLY for p in pieces):
        return True
    rest = turn.text.strip()[len(called):]
    if named_may_answer(rest, after.text):
        return False  # "Dad, can we go? Adaeze wants to swim." - "I do not want to swim.": Adaeze may answer for herself
    return not has_han(turn.text) and not _opens_calling(after.text) and takes_up(rest, sentence)


#: A sentence of a call that speaks of someone by name ("Adaeze wants to swim.", "Noa is eight too"), and an answer
#: opening in the first person ("I do not want to swim."): the one named may be the one answering.
_THIRD_NAMED = lazy(r"(?:^|[.!?]\s+|,\s+)([A-Z][a-z]+)(?=\s+(?:wants|is|was|has|says|said|can|will|likes|needs|does|did)\b)")
_SPEAKS_FOR_SELF = lazy(r"\W*I\b")


def named_may_answer(call: str, answer: str) -> bool:
    """Whether ``call`` speaks of someone by name ("Adaeze wants to swim.") and ``answer`` opens in the first person ("I
    do not want to swim."): the one named may be the one answering, for themself, not the one the call was said to.

    >>> named_may_answer("Dad, can we go? Adaeze wants to swim.", "I do not want to swim."), named_may_answer("Dad, can we go?", "I said no.")
    (True, False)
    """
    return _SPEAKS_FOR_SELF.match(answer) is not None and any(plausible_name(w, frozenset()) for w in _THIRD_NAMED.findall(call))


def same_call(before: Turn | None, turn: Turn) -> bool:
    """Whether ``turn`` opens with the call the turn ``before`` (another speaker's) opened with: both speak to a third."""
    if before is None or before.speaker == turn.speaker:
        return False
    called = opening_call(turn.text)
    return called is not None and called == opening_call(before.text)


def _answers_asker(turns: Sequence[Turn], at: int) -> bool:
    """Whether turn ``at`` answers the question the turn just before asked, by another speaker, taking up its words
    without asking back ("Who touched my oven?" - "Ma, nobody touched your oven."): its call is said to the one who
    asked (not "How much is the coat?" - "Dad, let's look elsewhere.", said to another)."""
    before = turns[at - 1] if at > 0 else None
    return before is not None and before.speaker != turns[at].speaker and before.text.rstrip().endswith(("?", "？")) \
        and not re.search(r"[?？]", turns[at].text) and takes_up(before.text, turns[at].text)


def _answers_a_call(turns: Sequence[Turn], at: int) -> bool:
    """Whether turn ``at`` answers one who has just called someone, by another speaker ("Oh, Bea. Oh, sweetheart." -
    "Mom, don't cry." - "Beatrice, it's perfect."; "我在呢，儿子。" - "妈，我胖了五斤。" - "小宇，我是你二叔！"), by a name
    too ("Cody, you're holding it wrong." - "Dad, it's six a.m." - "Leave him alone, Dale."): its own call is said to
    that caller, whoever calls its speaker back next."""
    before = turns[at - 1].text if at > 0 else ""
    return at > 0 and turns[at - 1].speaker != turns[at].speaker and (
        opening_call(before) is not None or bool(first_calls(before)) or bool(first_calls(before, names_only=True)))


#: A call that calms the one just speaking ("妈，您别急，……", "爸，别生气了"): said to that one, upset, whoever answers next.
_CALMS = lazy(r"^\W*[\u4e00-\u9fff]{1,4}[，,！!]\s*(?:您|你)?(?:先|也)?(?:别(?:着)?急|别生气|消消气|息怒)")


def _calms_before(turns: Sequence[Turn], at: int) -> bool:
    """Whether turn ``at`` opens with a call and calms the one who spoke just before, another speaker (:data:`_CALMS`)."""
    return at > 0 and turns[at - 1].speaker != turns[at].speaker and bool(_CALMS.match(turns[at].text))


def addressed(turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """Whom ``turn`` most likely speaks to (:meth:`.pronouns.Discourse.addressed`), but the one who answers its opening
    call by calling its speaker back by name (0.6) unless it answers a question just asked, taking up its words ("Who touched
    my oven?" - "Ma, nobody touched your oven." - "His name is Aiden, Tina.": Ma asked), or the next speaker calls that one
    back in turn, or it calms the one before ("妈，您别急，……" - "谢谢你，阿骏。": the upset one before is called), and nobody
    where the turn before opened with the same call."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is not None and discourse.addressee(turn) is None:
        after = turns[at + 1] if at + 1 < len(turns) and not _calms_before(turns, at) else None
        if after is not None and names_back(turn, after) and not _answers_asker(turns, at) \
                and not (at + 2 < len(turns) and names_back(after, turns[at + 2])) and not _answers_a_call(turns, at):
            return Entity(after.speaker, "Person"), 0.6  # "妈，你快点。" - "急什么，小雨。": the one called calls back,
            # not one called back in turn ("爸，慢点。" - "老李，牙怎么样？" - "韩医生，不疼了。": 老李 turns to a third)
        if after is not None and at > 0 and turns[at - 1].speaker not in (turn.speaker, after.speaker) \
                and answered_fondly(turn, after) and not _answers_asker(turns, at) and not _answers_a_call(turns, at):
            return Entity(after.speaker, "Person"), 0.5  # "Dad, I don't want to." - "It's not fine, buddy."
        if at > 0 and same_call(turns[at - 1], turn):
            return None  # "妈，您也坐下吧。" - "妈，这鱼真香。": both speak to a third
    return discourse.addressed(turn)
