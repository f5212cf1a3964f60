"""How a speaker introduces themself, for :mod:`.speakers`: "I'm Ross", "My name is Ross", "I'm, uh, Ross", "It's Ross,
actually.", "Nice to meet you. Ross Geller.", "我叫罗斯", "It's me, Ross", "Hi, this is Ross" / "嗨，这是罗斯" (at the door,
on the phone: "Hi, this is Ross from work"), a name after owning up to a question ("Who called?" - "Me. Marisol
Vega."), a full name with one's flat or street ("Yusuf Haddad, 18 Birch Lane."), a full name after a greeting ("Hi, Ken Adams, nice to meet you", "嗨，钱德勒·宾，
我有预定。") or before where one comes from ("Jarvis Oberblau, Cornell."), or a name given when asked ("What's your
name?" - "Gordon.", "Aren't you...?" - "Yeah, Rachel."), or put right when called by another ("Don?" - "Close. Ron.";
"Mr. Lindqvist, hi!" - "Gunnar, please.", "Mr. Odum." - "Just Leland."), or given back for one just given ("I'm Carmen." - "Felix.
Mine's the goalie.", "Are you the new tenant? I'm Frank." - "Yes! Cass."), or said after what one is there as ("I'm the new guy. Owen.",
"I'm the florist, Quinn." in one's first turn), or owned up to ("They told me 'Dana'." - "That's me. Dana Whitfield."; "Which one of you is Clodagh?" - "That's me.").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from ..types import Turn
from .framework import lazy
from .impersonations import played_as
from .lang import has_han
from .names import LOWER, TITLE, UPPER
from .pronouns import gender_of_name, gender_of_noun

__all__ = ["ZH_IS", "intro_name", "naming_turns", "owned_up", "own_name_told", "surname_first"]


#: The lead words in any case ("My name is Ross." opening a sentence; "The name's Ross." opening one, as said at a desk or
#: on the phone), a filler after them ("I'm, uh, Rachel Green."); "It's Bob, actually." (putting right the name one was
#: called) and "Nice to meet you. Kate Miller." give the speaker's name too;
#: a part supposed or played does not ("if I'm Marge, ...", "pretend I'm Santa", "say I'm Bob").
#: A capitalised word of a name, its letters with accents too ("Tomás", "Zoë", "Inés": :data:`.names.WORD`'s letters).
_CAP = f"[{UPPER}][{LOWER}]+"
_EN_INTRO = lazy(r"(?<!\b[Ii]f\s)(?<!\b[Pp]retend\s)(?<!\b[Ii]magine\s)(?<!\b[Ss]uppose\s)(?<!\b[Ss]ay\s)(?<!\b[Uu]nless\s)"
                 r"(?:\b(?i:I'm|I am|my name is|my name's|call me,?|it's me,?)|"
                 r"(?:^|(?<=[.!?]\s))(?i:the\s+name's|the\s+name\s+is))(?:,?\s+(?i:uh|um|er|ah),)?\s+"
                       rf"((?:{_CAP})(?:\s+{_CAP})?)(?![-'\w]|\s+{_CAP}'s\b)|"  # not "I'm Josh Whitman's sister"
                       rf"^\W*(?i:it's|it\s+is)\s+({_CAP}),?\s+(?i:actually)\b|"
                       rf"\b(?i:nice|good|pleased)\s+to\s+meet\s+you[.!]+\s+({_CAP}\s+{_CAP})\s*(?:[.!]|$)")
#: 我是X的 (我是隔壁财经的, 我是岳阳的: where one is from, of) introduces no name: a 叫我阿泽 after it still may.
_ZH_INTRO = lazy(r"(?:我是|我就是|我叫|我的名字是|我的名字叫|我名叫|叫我[，,]?|是我，)([\u4e00-\u9fff·]{2,8}?)(?<!的)(?:啊|呀)?(?=[，,。！!？?.\s]|$)")


@functools.lru_cache(maxsize=1)
def _zh_role_intro() -> re.Pattern[str]:
    """"我是汤米的姐姐，琳达。": the speaker says whose relative they are, then their name (built on first use, so that an
    English conversation never loads the Chinese lexicon)."""
    from .chinese.lexicon import KIN

    return re.compile(rf"(?:^|[，,。！!？?…\s])我(?:就)?是(?:[\u4e00-\u9fff·]{{1,8}}?的|你的?|他的?|她的?)(?:{KIN})[，,]\s*"
                      r"([\u4e00-\u9fff·]{2,8}?)(?=[，,。！!？?.…\s]|$)")


#: "我是婚庆公司的小吴", "我是社区的小马", "我是物业的王磊": the speaker gives where they are from, then the name they go by.
_ZH_FROM_INTRO = lazy(r"(?:^|[，,。！!？?…\s])我(?:就)?是(?!你|他|她|我)(?P<o>[\u4e00-\u9fff]{2,8}?|[0-9A-Za-z]{1,5}[\u4e00-\u9fff]{0,3}?)的(?P<n>[\u4e00-\u9fff]{2,3}?)"
                      r"(?:啊|呀)?(?=[，,。！!？?.…\s]|$)")


def _from_intro(text: str) -> str | None:
    """The name ``text`` gives its speaker after where they are from (我是社区的小马), if it is one people are called by
    (小马, 王磊; not 我是王磊的妈妈, a relative, nor 我是这里的老板, a job)."""
    from .chinese.lexicon import KIN_PREDICATE
    from .chinese.segment import is_called_name
    from .names import is_chinese_name as _is_name

    m = _ZH_FROM_INTRO.search(text)
    if m is None or _is_name(m.group("o")) or m.group("n") in KIN_PREDICATE or not is_called_name(m.group("n")):
        return None
    return m.group("n")


#: "I'm Tommy's sister, Linda.", "I'm Abby's dad. Raj.", "I'm his best friend, Malik, I'm renting too.": the speaker
#: says whose relative they are, then their name, after a comma or as a sentence of its own (not "I'm your boss.
#: Kevin, sit.", which calls Kevin) (Chinese: :func:`_zh_role_intro`).
_EN_KIN = (r"(?P<kin>(?i:sister|brother|mother|mom|father|dad|wife|husband|son|daughter|cousin|aunt|uncle|girlfriend|"
           r"boyfriend|friend|roommate|neighbou?r|boss|assistant|colleague|niece|nephew|grandma|grandpa|granddad|"
           r"grandmother|grandfather|stepmom|stepdad|stepmother|stepfather|fianc[eé]e?))")
_EN_ROLE_INTRO = lazy(r"\b(?i:I'm|I am)\s+(?:[A-Z][a-z]+'s|(?i:your|his|her|their))\s+"
                      r"(?i:(?:little|big|older|younger|kid|best|oldest|youngest|baby|twin)\s+)?" + _EN_KIN +
                      r"(?:,\s+([A-Z][a-z]+)(?=\s*[.!,]|\s*$)|\.\s+([A-Z][a-z]+)(?=\s*[.!]|\s*$))")
#: "I'm the new guy. Owen.", "I'm the current tenant. Hannah.", "I'm next door, 4B. Agnes.", "I'm here for the
#: audition. Len.", "I'm new, I booked online. Wanda.": what the speaker is there as, then a known first name as a sentence of its own (not "I'm the
#: manager. Kevin, sit.", which calls Kevin, nor "I'm the new guy. Owen?", which asks).
_EN_PLACE_INTRO = lazy(r"\b(?i:I'm|I\s+am)\s+(?i:the|a|an|your|from|with|next\s+door|here\s+for|here\s+about|new)\b"
                       r"[^.!?]{0,40}?[.!]\s+(?:(?i:hi|hello|hey)[.!]\s+)?(?P<n>[A-Z][a-z]+)\s*(?:[.!]|$)")
#: "Hi. Oscar's granddad, Earl.": the same after a greeting, without "I'm".
_EN_GREETED_ROLE = lazy(r"(?:^|[.!?]\s+)(?i:hi|hello|hey)[,.!]*\s+[A-Z][a-z]+'s\s+" + _EN_KIN +
                        r",\s+([A-Z][a-z]+)(?=\s*[.!]|\s*$)")
#: "我是" before Chinese words: what may introduce the speaker (我是菲比) or say what they are (我是独处).
ZH_IS = lazy(r"我(?:就)?是[\u4e00-\u9fff·]")
#: "嗨，这是瑞秋。", "喂？你好，这里是莫妮卡·盖勒。" (at the door, on the phone): the speaker, after a greeting only
#: ("这是罗斯的妹妹" and "罗斯，这是希德" introduce someone else).
_ZH_HELLO_INTRO = lazy(r"(?:^|[。！？!?…]\s*)(?:(?:是的|对|嗯|是啊|呃)[，,！!。？?\s]*)*(?:喂|嗨|你好|您好|哈喽)[，,！!。？?\s]*"
                             r"(?:(?:是的|对|嗯|是啊|呃)[，,！!。？?\s]*)*(?:这是|这里是)([\u4e00-\u9fff·]{2,8}?)(?=[，,。！!.…\s]|$)")
_ONE_PIECE = lazy(r"^\s*(?:(?:oh|well|um|uh|哦|嗯)[,，\s]+)?(?P<n>[^\s,，.。!！?？…]+)\s*[.。!！?？…]*\s*$", re.I)
_WHO_YOU_ARE = r"(?:你不是|你是|您是)\s*(?:\.{2,}|…+)\s*[?？]?\s*$|\b(?:aren't\s+you|you're)\s*(?:\.{2,}|…)\s*\??\s*$|" \
    r"\baren't\s+you\s+(?-i:[A-Z][a-z]+)['’]s\s+[a-z]+\s*\?\s*$"  # "Aren't you Marisol's brother?" - "Guilty. Luis."
#: "Name for the rental?", "And the name on the booking?", "Last name?", "What name is it under?": a name asked at a
#: counter, of the one answering (not "the name of the boat", a thing's).
_NAME_FOR = (r"(?i:(?:^|[.!?…]\s*)(?:(?:and|okay|ok|so|great)[,\s]+)?(?:the\s+|your\s+)?(?:last\s+|first\s+|full\s+)?"
             r"(?:(?:reservation|booking|order|appointment|account|pickup|delivery|table)\s+)?name"
             r"(?:\s+(?:for|on|under)\s+(?:the|this|your)\s+(?:booking|reservation|order|table|appointment|account|rental|pickup|"
             r"delivery|prescription|tickets?|room|file|claim|list|policy|return))?\s*\?|\bwhat\s+name\s+is\s+(?:it|this|that|"
             r"the\s+[a-z]+)\s+under\b|"
             # "Name, please.", "Name and date of birth?", "Next! Name and what you're reading.": asked at a desk
             r"(?:^|[.!?…]\s*)(?:(?:and|okay|ok|so|great|next)[,!\s]+)?(?:your\s+)?(?:last\s+|first\s+|full\s+)?name\s*"
             r"(?:,\s*please|\s+and\s+(?:your\s+)?[a-z][^.!?]{0,40})\s*[.?!])")
#: ... "You are...?" opening a sentence, not "She's a little different than you are..." (no name asked)
_ASKS_NAME = lazy(r"\byour\s+name\b|" + _NAME_FOR + r"|\bwho\s+are\s+you\b|\band\s+you\s+are\b|(?:^|[.!?…]\s*)you\s+are\s*(?:\.\.\.|…)|"
                        r"\bwe(?:'ve|\s+have)\s+(?:never\s+)?met\b|\bwe\s+haven't\s+met\b|"  # "I don't believe we've met, Joey." - "Dennis."
                        # 你叫什么 / 名字？, not "您妻子的名字是？", "你朋友叫什么?" nor "很美的名字。" (someone else's name),
                        # nor "在一家银行，叫什么星展" (a name half remembered, said: no question), nor "养了只猫，名字叫
                        # 米米" (a name told: "真可爱。" after it is praise, no name)
                        r"(?:你|您)(?:的名字|叫什么)|你是谁|(?:^|[，,。！？!?\s])(?:名字(?![叫是为])|叫什么(?!(?!名字|来着|呢|啊|呀)[\u4e00-\u9fff]))|"
                        r"我们(?:还)?没见过|" + _WHO_YOU_ARE, re.I)
#: A name asked of a thing spoken of just before ("你们公司是做游戏的？叫什么来着？", "那家店叫什么？"): its answer names the
#: thing, not the one answering (not 你叫什么, asked of the person).
_THING_NAME_ASKED = lazy(r"(?:公司|单位|厂|店|饭店|餐厅|馆|牌子|品牌|小区|学校|医院|游戏|电影|电视剧|歌|书|节目|网站|软件|app|地方|"
                         r"街|路|村|镇|楼盘|酒店|民宿|药|菜)[^。！？!?]{0,12}[？?，,。]?\s*(?:那个|这个|它|那家|这家)?(?:叫什么|的?名字)")


def _asks_name(before: str) -> bool:
    """Whether ``before`` asks the one answering their name (not the name of a thing it speaks of)."""
    return _ASKS_NAME.search(before) is not None and (
        _THING_NAME_ASKED.search(before) is None or re.search(r"(?:你|您)(?:的名字|叫什么)", before) is not None)


_PIECE = r"(?P<n>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|[\u4e00-\u9fff·]{2,6})\s*(?:[,，.。!！]|$)"
#: ... after a greeting or thanks set off as its own sentence: "And you are?" - "Hi. Noor.", "Thank you. Raymond."
_FIRST_PIECE = lazy(r"^\s*(?:(?i:hi|hello|hey|thanks|thank\s+you|sure|yes|yeah)\s*[.!]+\s+)?" + _PIECE)
#: "Name on the booking?" - "Farouk. Samir Farouk.": the surname, then the whole name, which is the answer.
_SURNAME_THEN_FULL = lazy(r"^\s*(?P<s>[A-Z][\w'-]+)\s*[.,]\s*(?P<n>[A-Z][\w'-]+\s+(?P=s))\s*(?:[,.!]|$)")
#: "Names?" - "Gutierrez. Alicia.", "Name?" - "Okafor. Chidinma.": a surname alone, then a first name alone, at a desk.
_SURNAME_THEN_FIRST = lazy(r"^\s*(?P<s>[A-Z][\w'-]+)\s*[.,]\s*(?P<f>[A-Z][\w'-]+)\s*[.!]?\s*$")
#: "Names?", "And your names?": names asked of the ones answering, at a desk or a counter.
_NAMES_ASKED = lazy(r"(?i:(?:^|[.!?…]\s*)(?:(?:and|okay|ok|so|great)[,\s]+)?(?:your\s+)?(?:last\s+|full\s+)?names\s*\?)")
#: "你不是……？" - "是啊，瑞秋。", "Aren't you...?" - "Yeah, Rachel.": the name after a yes is the one answering's.
_ASKS_WHO = lazy(_WHO_YOU_ARE, re.I)
_YES_PIECE = lazy(r"^\s*(?i:yes|yeah|yep|uh-huh|guilty|that's\s+me|是啊|是的|是|对|对啊|嗯)[,，.。!！\s]+" + _PIECE)
#: "That's me. Brandt.": a name after owning up to one called.
_THATS_ME = lazy(r"^\s*(?i:that's\s+me|that\s+is\s+me|that'd\s+be\s+me)\s*[,.!]+\s+" + _PIECE)
#: "Who called about the lockout?" - "Me. Marisol Vega, 3B.": a name after owning up to what was asked of someone.
_ME_THEN = lazy(r"^\s*(?i:me|it\s+was\s+me|that\s+was\s+me|that'd\s+be\s+me)\s*[,.!]+\s+" + _PIECE)
#: "Morning. Yusuf Haddad, 18 Birch Lane.", "Gus Petrakis, 3A.": one's full name and flat or street, as at a desk
_NAME_AND_DOOR = lazy(r"(?:^|[.!?]\s+)(?P<n>[A-Z][a-z]+\s+[A-Z][\w'-]+)\s*,\s*(?i:(?:apartment|apt\.?|flat|unit|room|suite|"
                      r"number|no\.?|#)\s*)?\d+[A-Za-z]?(?:\s+[A-Z][a-z]+\s+(?:Lane|Street|St|Road|Rd|Avenue|Ave|Drive|Way|"
                      r"Court|Place|Close|Boulevard))?\s*[.!]")
#: A question for a place ("Where are you staying?", "Which hotel?", "What's the address?"): a name and a number
#: answering it are the place's.
_WHERE_ASKED = lazy(r"(?i:\bwhere\b|\b(?:which|what)(?:'s|\s+is)?\s+(?:the\s+)?(?:hotel|motel|inn|building|street|road|"
                    r"address|place|site|campsite|house|block|apartment|flat|room)\b)[^.!?]*\?\s*$")
_WHO_ASKED = lazy(r"(?i:\bwho(?:'s|\s+is|\s+was)?)\b[^.!?]*\?\s*$")
#: "Which one of you is Clodagh?", "Which of you is Mr. Pell?", "Who here is Ana?": a name asked for among those present,
#: which the one who owns up to it then has ("That's me.", "Me!", "I am.").
_WHICH_OF_YOU = lazy(r"\b(?i:which\s+(?:one\s+)?of\s+you(?:\s+(?:two|three|guys|lot))?|who\s+here)\s+(?i:is)\s+"
                     r"(?P<n>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*\?+\s*$")
_OWNS_UP = lazy(r"^\W*(?:(?:oh|yes|yeah|yep|hi|hello)\W+)?(?:that's\s+me|that\s+is\s+me|that'd\s+be\s+me|me|i\s+am|guilty)"
                r"\s*(?:[,.!]|$)", re.I)
#: "Don?" - "Close. Ron.", "Uh, Mike?" - "No, Mark.", "唐？" - "差一点，是朗。": a name asked, then put right by the one
#: asked: the name after the correction is theirs.
_NAME_ASKED = lazy(r"(?:^|[\s,，.…])([A-Z][a-z]+|[\u4e00-\u9fff]{1,3}[^\W\d_吗呢吧了啊么])\s*[?？]+\s*$")
#: "Is this right, Tamsin?", "Can you hold this, Bill?": a question put to the one called, who is named last; no name
#: guessed ("Don?", "Oh right, um, Don?"), so "Close, Bill." after it is a verdict said to Bill, no name put right.
_ASKED_OF_CALLED = lazy(r"(?:^|[.!?…]\s+)(?i:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|have|"
                        r"has|had|what|what's|where|where's|when|why|how|how's|who|who's|which|isn't|aren't|don't|didn't|"
                        r"won't|can't|you|you're)\b[^.!?…]*,\s*[A-Z][a-z]+\s*\?+\s*$")
_PUT_RIGHT = lazy(r"^\s*(?:(?i:close|almost|nearly|not\s+quite|nope|no)[,.!]*\s+(?i:it's\s+)?|"
                        r"(?:差一点|差不多|接近了|不是|不对)[，,。！!\s]*是?(?![我你他她]))" + _PIECE)
#: "I'm Carmen." - "Felix. Mine's the goalie.": a name and a full stop opening the turn after one who introduced
#: themself is the answerer's own, given back (not "Felix, hi!", a call, nor "Carmen. Lovely.", the name taken up).
_GIVEN_BACK = lazy(rf"^\s*(?:(?i:oh|um|uh|hi|hello|hey|yes|yeah|yep)[,!.]*\s+){{0,2}}(?P<n>{_CAP}(?:\s+{_CAP})?)\s*\.(?!\.)")
#: A name called with a title ("Mr. Lindqvist, ...", "Good to see you, Dr. Feld."): one may answer with the name they
#: would rather be called, alone with "please" ("Gunnar, please.").
_TITLED_CALL = lazy(rf"(?<![\w'])(?:{TITLE})\.?\s+[A-Z][a-z]+")
#: ... or after "please" or "just" ("Please, it's Anna.", "Just Leland."), or with "is fine" ("Margo is fine."); not "It's
#: Bob." (who is at the door, maybe) nor "No, Anna." (an answer).
_PLEASE_NAME = lazy(r"^\s*(?:(?i:oh|ah|no)[,!.]*\s+)*(?P<lead>(?i:please)[,!.]*\s+(?:(?i:it's)\s+)?)?"
                    r"(?:(?P<just>(?i:just))\s+)?(?P<n>[A-Z][a-z]+)\s*"
                    r"(?P<asked>,\s*(?i:please)|\s(?i:is\s+(?:fine|okay|ok|good|great)|will\s+do))?\s*[.!]")
#: A question closing a turn that offers or asks something ("Morning, Mrs. Hale! The usual rye?"): "Please, ..." after it
#: says yes to it, and the name then calls the one asking (not a bare call: "Mr. Lindqvist?").
_OFFERED = lazy(r"\b[a-z][\w']*[^.!?]*\?\s*$")
_ZH_FULL_NAME = lazy(r"^[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6}$")
_IT_IS_ME = lazy(rf"^(?P<lead>.*?)(?:\bit'?s\s+me|\bit\s+is\s+me|是我)[,，]\s*(?P<n>(?:(?-i:{TITLE})\s+)?[^\s,，.。!！?？]+)",
                       re.I)  # "It's me, Aunt Phoebe\"


def naming_turns(turns: Sequence[Turn]) -> list[Turn]:
    """``turns`` as the speaker-naming vote should read them.

    A turn that is one word ("Pizza!", "沙拉。") addresses nobody: it is blanked, unless the turn
    before asked for a name ("what's your name?"), when it is the speaker's own ("I'm Gordon.").
    "It's me, Gordon" / "是我，戈登" names the speaker too.

    >>> [t.text for t in naming_turns([Turn("c", "1", "A", "What's your name?"), Turn("c", "2", "B", "Gordon.")])]
    ["What's your name?", "I'm Gordon."]
    """
    out = []
    for i, turn in enumerate(turns):
        text = turn.text
        before = turns[i - 1].text if i and turns[i - 1].conversation == turn.conversation else ""
        if i > 1 and has_han(before):
            from .chinese.relative_asked import relative_answer  # Chinese only: English never loads the lexicon

            if (rest := relative_answer(turns[i - 2].text, before, text)) is not None:
                before, text = "", rest  # 我们家闺女…… - 叫什么？ - 方晓雯，……: the daughter's name, nobody's call
        one = _ONE_PIECE.match(text)
        if one and has_han(one.group("n")) and len(one.group("n")) > 5 and not _ZH_FULL_NAME.match(one.group("n")):
            one = None  # a Chinese sentence without a comma ("我叫克里斯汀。") is no single word; "乔伊·崔比安尼。" is
        first = (_SURNAME_THEN_FULL.match(text) or _FIRST_PIECE.match(text)) if _asks_name(before) else None
        if _ASKS_WHO.search(before) and (yes := _YES_PIECE.match(text)):
            first = yes
        if has_han(text):
            from .chinese.asked_who import name_answered  # Chinese only: English talk never loads the Chinese lexicon

            first = name_answered(before, text) or first  # "您是？" - "邹凯。我来送文件的。": the answerer's name
        if (mine := _THATS_ME.match(text)) and re.search(rf"(?<![\w-])(?<!\w['’]){re.escape(mine.group('n').split()[0])}"
                                                         rf"(?!['’]?\w|-)", before):
            first = mine  # "Okoro, Lind, Brandt." - "That's me. Brandt.": the name just called is the answerer's, whole
            # or quoted too ("They told me 'Dana'." - "That's me. Dana Whitfield.")
        if _WHO_ASKED.search(before) and (mine := _ME_THEN.match(text)):
            first = mine  # "Who's the scientist?" - "Me. Arjun Mehta, sixth grade.": the one owning up names themself
        if (asked := _NAME_ASKED.search(before)) and not _ASKED_OF_CALLED.search(before) \
                and (right := _PUT_RIGHT.match(text)) and right.group("n") != asked.group(1):
            first = right
        if first is None and (door := _NAME_AND_DOOR.search(text)) and not _WHERE_ASKED.search(before):
            first = door  # "I can vouch for her. Gus Petrakis, 3A.": the speaker, as one gives a name at a desk; not a
            # place and its number answering where ("Which hotel are you at?" - "Sea Breeze, 42.")
        if (back := _given_back(before, text)) is not None:
            first = back
        if first is None and (turned := _asked_in_round(turns, i)) is not None:
            first = turned  # "I'm Tamsyn." - "Good reason. And you?" - "Ottavio. I'm retired.": a round of names
        first = first or _bare_then_role(turns, i)  # "Hey! Ottilie. I'm in the flat upstairs.": the speaker's own name
        first = first or _guess_owned(before, text)  # "You're Sal's nephew? Nico?" - "Nico. Rosa's boy."
        if first is None and not any(t.speaker == turn.speaker for t in turns[:i]) and (job := _job_intro(text)):
            first = job  # "Hi, sorry, I'm the florist, Quinn. Is this a bad time?": one come in, by trade and name
        if _TITLED_CALL.search(before) and (plea := _PLEASE_NAME.match(text)) \
                and (plea.group("lead") or plea.group("just") or plea.group("asked")) \
                and not (plea.group("lead") and _OFFERED.search(before)):  # "The usual?" - "Please, Uche.": a yes
            first = plea  # "Mr. Lindqvist, this is my wife." - "Gunnar, please.": the name one asks to be called
        me = _IT_IS_ME.match(text)
        if _ZH_INTRO.search(text) or _ZH_HELLO_INTRO.search(text) or _EN_INTRO.search(text):
            pass  # "我是艾丽卡。", "我是罗斯，咖啡馆里见过的", "Oh, I'm Ronni.": the speaker introduces themself already
        elif one and first is None:
            text = _intro(one.group("n")) if _asks_name(before) else ""
        elif first:  # "And you are...?" - "Chandler, Chandler Bing."
            text = _intro(first.group("n"))
        elif me:
            text = _intro(me.group("n"))
        if (reversed_name := surname_first(before, turn.text)) is not None:
            text = _intro(reversed_name.split()[0])  # "Names?" - "Gutierrez. Alicia.": "I'm Alicia." (the vote reads
            # names said in the turn as written, so the first name alone)
        text = _EN_INTRO.sub("", text) if played_as(turns, i) else text  # "I'm Marco." - "Is that supposed to be me?": mimicking
        out.append(turn if text == turn.text else dataclasses.replace(turn, text=text))
    return out


#: "I'm the florist, Quinn.", "I'm your TA, Bruno.": what the speaker is there as, a trade, then a name closing the
#: sentence (not "I'm the manager, Kevin, not a magician", which calls Kevin).
_JOB_THEN_NAME = lazy(r"\b(?i:I'm|I\s+am)\s+(?i:the|your)\s+(?:(?i:new|head|only)\s+)?(?P<job>[a-z]+|[A-Z]{2,3})\s*,\s+"
                      r"(?P<n>[A-Z][a-z]+)\s*(?:[.!]|$)")


def _job_intro(text: str) -> re.Match[str] | None:
    """The name ``text`` gives its speaker after their trade ("I'm the florist, Quinn."), said in the speaker's first turn
    (the caller's check): one come in, who says what they are there as and who they are; a trade known to the
    English lexicon, or two or three capitals ("RA", "TA").

    >>> _job_intro("Hi, sorry, I'm the florist, Quinn. Is this a bad time?").group("n")
    'Quinn'
    >>> _job_intro("I'm the landlord, Xavier, not a plumber."), _job_intro("I'm the florist, Quinn?")
    (None, None)
    """
    m = _JOB_THEN_NAME.search(text.replace("’", "'"))
    if m is None:
        return None
    from .english.lexicon import JOBS_SET  # English text only

    return m if m.group("job").isupper() or m.group("job") in JOBS_SET else None


#: "Hey! Ottilie. I'm in the flat upstairs.", "Kwame. Hi. I'm the boyfriend.": a name alone opening the turn, after a
#: greeting set off as its own sentence at most, then what the speaker is there as (not "Oh! Mr. Webb. I'm the band
#: director.", a titled call, "Twins. I'm the pretty one.", a word, nor "Hi, Nico. I'm your uncle.", said to one greeted).
_BARE_THEN_ROLE = lazy(r"^\s*(?:(?i:oh|hey|hi|hello|um|uh)[.!]+\s+)?(?P<n>[A-Z][a-z]+)\s*[.!]\s+(?:(?i:hi|hello|hey)[.!]\s+)?"
                       r"(?i:I'm|I\s+am)\s+(?i:the|a|an|in|from|with|new|next\s+door)\b")


def _bare_then_role(turns: Sequence[Turn], i: int) -> re.Match[str] | None:
    """The name turn ``i`` opens with alone, then says what its speaker is there as ("Kwame. Hi. I'm the boyfriend."):
    theirs, when it is a known first name or one another speaker says in the dialogue ("Laurel" called by someone
    else), and no title ("Doctor. I'm the nurse." calls a doctor).

    >>> t = [Turn("c", "1", "A", "Who's this?"), Turn("c", "2", "B", "Hey! Ottilie. I'm in the flat upstairs.")]
    >>> _bare_then_role(t, 1).group("n")
    'Ottilie'
    >>> t = [Turn("c", "1", "A", "Is it you?"), Turn("c", "2", "B", "Twins. I'm the pretty one.")]
    >>> _bare_then_role(t, 1) is None
    True
    >>> _bare_then_role([Turn("c", "1", "A", "Hi, Nico. I'm your uncle.")], 0) is None
    True
    """
    m = _BARE_THEN_ROLE.match(turns[i].text.replace("’", "'"))
    if m is None or re.fullmatch(TITLE, m.group("n")):
        return None
    name = m.group("n")
    said = any(t.speaker != turns[i].speaker and re.search(rf"(?<![\w'-]){name}(?![\w'-])", t.text) for t in turns)
    return m if gender_of_name(name) is not None or said else None


#: A guess of who the one spoken to is, closing on a name asked alone ("You're Sal's nephew? Nico?", "Are you the new
#: tenant? Maeve?").
_GUESSED = lazy(r"\b(?i:you're|you\s+are|are\s+you|aren't\s+you)\b[^.!?]*\?\s+(?P<n>[A-Z][a-z]+)\s*\?\s*$")


def _guess_owned(before: str, text: str) -> re.Match[str] | None:
    """The name ``text`` owns by saying it back alone as its first sentence, then going on, when ``before`` guessed it
    of the one spoken to ("You're Sal's nephew? Nico?" - "Nico. Rosa's boy."): the speaker's own (not "Nico! He's
    here?", nor a name asked with no guess of who one is).

    >>> _guess_owned("You're Sal's nephew? Nico?", "Nico. Rosa's boy.").group("n")
    'Nico'
    >>> _guess_owned("You're Sal's nephew? Nico?", "Nico! He's here?"), _guess_owned("Nico?", "Nico. Yes.")
    (None, None)
    """
    guess = _GUESSED.search(before.replace("’", "'"))
    return None if guess is None else re.match(rf"\s*(?P<n>{guess.group('n')})\s*\.\s+\S", text)


#: "Hey. Chidinma. From Leeds.": a name given back with where one is from after it, as one introducing themself tells
#: (a name the first-name list does not know is read then too).
_FROM_AFTER = lazy(r"\s+(?:(?i:originally\s+)?From)\s+[A-Z]")
#: The name asked back at the end of an introduction ("I'm Carmen. And you?", "Carmen, by the way. You?"): no other
#: question after the name told.
_YOU_ASKED_BACK = lazy(r"[.!,]\s*(?:(?:and|what\s+about|how\s+about)\s+)?(?:you|yourself)\s*\?+\s*$", re.I)


def _given_back(before: str, text: str) -> re.Match[str] | None:
    """The name ``text`` gives back for the one ``before`` introduced its speaker by, if any: ``before`` introduces
    its speaker and asks nothing after it, the name is a known first name (not "Normal."), ("I'm Joey! Erin, who is The Great One?" - "Wayne Gretzky." answers), and the
    name is another one ("I'm Carmen." - "Carmen. Lovely." takes it up).

    >>> _given_back("Number eleven. I'm Carmen.", "Felix. Mine's the goalie.").group("n")
    'Felix'
    >>> _given_back("You must be new here. I'm Frank, from across the hall.", "Yes! Cass. And these are my roommates.").group("n")
    'Cass'
    >>> _given_back("I'm Carmen.", "Carmen. What a pretty name."), _given_back("I'm Carmen.", "Felix, hi!")
    (None, None)
    >>> _given_back("I'm Carmen. From Lyon.", "Hey. Chidinma. From Leeds.").group("n")
    'Chidinma'
    >>> _given_back("I'm Carmen. Tell me about school!", "Normal. From what I remember.") is None
    True
    >>> _given_back("I'm Carmen, by the way. And you?", "Felix. I'm with the band.").group("n")
    'Felix'
    """
    told = intro_name(before)
    m = _GIVEN_BACK.match(text)
    after = before[before.replace("’", "'").rfind(told):] if told else ""
    if told is None or m is None or "?" in _YOU_ASKED_BACK.sub("", after):
        return None
    name = m.group("n")
    if gender_of_name(name) is None and not _FROM_AFTER.match(text, m.end()):
        return None  # "Tell me about your childhood!" - "Normal.": a word, no first name known (but "Chidinma. From Leeds.")
    return None if name.split()[0] in told.split() or told.split()[0] in name.split() else m


#: "And you?", "What about you, sir?" closing a turn: the next one asked for what the one before told.
_AND_YOU = lazy(r"(?:^|[.!?]\s+)(?:and|what\s+about|how\s+about)\s+(?:you|yourself)(?:\s*,\s*(?:sir|ma'am|miss))?\s*\?+\s*$",
                re.I)


def _asked_in_round(turns: Sequence[Turn], i: int) -> re.Match[str] | None:
    """The name turn ``i`` opens with when the turn before, another speaker's, turns to it with "And you?" just after
    a third speaker introduced themself (in one of the two turns before that): a round of introductions, as at a
    class or a club ("I'm Tamsyn, I'm learning for work." - "A good reason. And you?" - "Ottavio. I'm retired."). The
    name must be a known first name, as :func:`_given_back` asks.

    >>> ts = [Turn("c", "1", "A", "Hi, I'm Tamsyn."), Turn("c", "2", "B", "Welcome. And you?"), Turn("c", "3", "C", "Felix. Hi.")]
    >>> _asked_in_round(ts, 2).group("n"), _asked_in_round(ts[:1] + [Turn("c", "2", "B", "Hi."), ts[2]], 2)
    ('Felix', None)
    """
    if i < 2 or turns[i - 1].speaker == turns[i].speaker or _AND_YOU.search(turns[i - 1].text) is None:
        return None
    if not any(t.speaker not in (turns[i].speaker, turns[i - 1].speaker) and intro_name(t.text)
               for t in turns[max(0, i - 3):i - 1]):
        return None
    m = _GIVEN_BACK.match(turns[i].text)
    return m if m is not None and gender_of_name(m.group("n")) is not None else None


def surname_first(before: str, text: str) -> str | None:
    """The whole name ``text`` gives surname first, answering ``before``'s "Name?" or "Names?" ("Gutierrez.
    Alicia." is Alicia Gutierrez): the first word is no known first name, and after a plural "Names?" (which may be
    answered with two people's names) the second is one.

    >>> surname_first("Names? I need to check you off.", "Gutierrez. Alicia."), surname_first("Name?", "Okafor. Chidinma.")
    ('Alicia Gutierrez', 'Chidinma Okafor')
    >>> surname_first("Names?", "Tom. Alicia."), surname_first("Names?", "Okafor. Chidinma."), surname_first("Hi.", "Gutierrez. Alicia.")
    (None, None, None)
    """
    m = _SURNAME_THEN_FIRST.match(text)
    if m is None or gender_of_name(m.group("s")) is not None:
        return None
    if _asks_name(before) or (_NAMES_ASKED.search(before) and gender_of_name(m.group("f")) is not None):
        return f"{m.group('f')} {m.group('s')}"
    return None


def owned_up(turns: Sequence[Turn]) -> list[Turn]:
    """``turns`` with the name asked for among those present said after the reply that owns up to it ("Which one of
    you is Clodagh?" - "That's me." reads "That's me. Clodagh."), so that the vote reads it as one owning up to a name
    called (:data:`_THATS_ME`); only another speaker's reply, right after the question.

    >>> [t.text for t in owned_up([Turn("c", "1", "A", "Which one of you is Clodagh?"), Turn("c", "2", "B", "Me!")])]
    ['Which one of you is Clodagh?', "That's me. Clodagh."]
    >>> owned_up([Turn("c", "1", "A", "Which one of you is Clodagh?"), Turn("c", "2", "B", "No idea.")])[1].text
    'No idea.'
    """
    out = list(turns)
    for i in range(1, len(out)):
        before, turn = out[i - 1], out[i]
        if before.speaker == turn.speaker or before.conversation != turn.conversation:
            continue
        own, among = _OWNS_UP.match(turn.text), _WHICH_OF_YOU.search(before.text)
        if own is not None and among is not None:
            rest = turn.text[own.end():].strip()
            out[i] = dataclasses.replace(turn, text=f"That's me. {among.group('n')}." + (f" {rest}" if rest else ""))
    return out


def _intro(name: str) -> str:
    return f"我叫{name}。" if has_han(name) else f"I'm {name}."


#: "Hi, it's Monica Geller.", "Hello? Yes, this is Monica." (at the door, on the phone): the speaker, after a
#: greeting only ("Joey, it's Anne Geddes" and "Ross, this is Sid" introduce someone else).
_EN_HELLO_INTRO = lazy(r"(?:^|[.!?]\s+)(?:hello|hi|hey)[,.!?]*\s+(?:(?:uh|um|yes|yeah|hi|hello)[,.!?]*\s+)*"
                             r"(?:(?-i:[A-Z][a-z]+)\?+\s+)?"  # "Hello? Rosalie? It's Laszlo.": the one called asked for first
                             r"(?:this\s+is|it's|it\s+is)\s+((?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))(?=\s*(?:[,.!]|$)|\s+(?:from|in|at|calling)\b)",
                             re.I)  # "Hi, this is Ross Geller in room 206.", "Hi, it's Monica from next door."

#: "Thank you for calling Pine Dental, this is Rosa.", "Hi, Dusty, longtime listener. This is Carol from Bakersfield.":
#: the one who answers a business's phone, or a caller to a radio show, names themself after those words (not "Ross,
#: this is Sid", which may introduce someone).
_EN_CALL_INTRO = lazy(r"\b(?:(?:thanks|thank\s+you)\s+for\s+(?:calling|holding)(?:\s+(?-i:[A-Z])[^.!?,]{0,50})?|"
                      r"(?:long-?\s?time|first-?\s?time)\s+(?:listener|caller)s?\b[^.!?]{0,60}?)[,.!]\s*(?:and\s+)?"
                      r"(?:this\s+is|it's|my\s+name\s+is)\s+"
                      r"((?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))(?=\s*(?:[,.!?]|$)|\s+(?:from|in|at|calling|speaking)\b)", re.I)


#: "Hi, Ken Adams, nice to meet you.", "Chandler Bing, I guess you remember me.": a first and last name after a greeting
#: in a statement, or before "I" / "nice to meet you", is the speaker's own (a full name said to someone mostly asks:
#: "Phoebe Buffay, will you marry me?", "Hi Rachel Green, how are you?").
_EN_FULL_NAME_INTRO = lazy(
    rf"(?:^|[.!?]\s+)(?:(?:hi|hello|hey)[,!.]?\s+(?!(?-i:{TITLE})\b)((?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)),\s+"
    r"(?!(?:you|your|you're|are|will|would|can|could|do|don't|did|have|is|please|how|what|where)\b)(?=[^?]*(?:[.!]|$))"
    rf"|(?!(?-i:{TITLE})\b)((?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)),\s+(?=I\b|I'm\b|nice\s+to\s+meet|a\s+big\s+fan|pleased\s+to|"
    r"(?-i:[A-Z][a-z]+)\.\s))",  # "Jarvis Oberblau, Cornell. I mean, ...": a name and where one comes from
    re.I)
#: "Ottilie, by the way.", "Bram Kools, by the way!": a name alone with "by the way" as a sentence of its own is the
#: speaker's, given once the talk is under way (not "And Ross, by the way, called", nor a call "Oh, Ross, by the way").
_EN_BY_THE_WAY = lazy(r"(?:^|[.!?]\s+)(?!(?:and|oh|so|but|also)\b)((?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)),?\s+by\s+the\s+way\s*"
                      r"(?:[.!]|$)", re.I)
#: "Tell her Gemma from nights says hi.", "Tell him Abe Levy says he owes me a cigar.": a greeting sent with one's own
#: name (not "Tell her Ann says she's sorry", which may pass on another's words).
_EN_TELL_SAYS = lazy(r"\btell\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\s+(?:that\s+)?((?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+"
                     r"(?:from\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?says\s+(?:hi|hello|hey\b|[^.!?]*\b(?:me|my)\b)", re.I)
#: "嗨，钱德勒·宾，我有预定。": a full name after a greeting, then a statement of "我" with no "你" (not "..., 我想你了").
_ZH_FULL_NAME_INTRO = lazy(r"(?:^|[。！？!?]\s*)(?:嗨|你好|您好|喂|哈喽)[，,！!\s]*([\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6})[，,]\s*"
                                 r"(?=我[^你您？?。！!]*(?:[。！!]|$))")


#: "Tanner Boyd, I'll tell your mother.", "Olu Bello, I need your signature.": a full name, then a sentence of "I" that
#: speaks of what is the hearer's: said to the one named (not "Olu Bello, I'm your driver.", one saying what they are).
_YOURS_AFTER = lazy(r",\s+I(?!'m\s+your\b|\s+am\s+your\b)\b[^.!?]*\byour\b")


def _bids_a_name(text: str, end: int, words: str) -> bool:
    """Whether ``words`` (no known first name at their head) are followed by a comma and a known first name closing the
    sentence ("Ask Trish, Curtis."): a bidding said to Curtis, not a full name and where one comes from."""
    called = re.match(r",\s+([A-Z][a-z]+)\.", text[end:])
    return called is not None and gender_of_name(called.group(1)) is not None and gender_of_name(words.split()[0]) is None


def intro_name(text: str) -> str | None:
    """The name ``text`` introduces its speaker by, if any ("I'm Ross", "嗨，这是瑞秋。", "Hi, Ken Adams, nice to meet you").

    >>> intro_name("Hi, Ken Adams, nice to meet you."), intro_name("嗨，钱德勒·宾，我有预定。"), intro_name("Hi Ross, how are you?")
    ('Ken Adams', '钱德勒·宾', None)
    >>> intro_name("I’m Ross.")  # a typographic apostrophe, as phones type it
    'Ross'
    >>> intro_name("Olu Bello, I need your signature."), intro_name("Olu Bello, I'm your driver.")
    (None, 'Olu Bello')
    """
    text = text.replace("’", "'")
    if has_han(text):
        m = _zh_role_intro().search(text)
        if m is None and (given := _from_intro(text)):
            return given  # 我是社区的小马: 小马, not 社区的小马
        m = m or _ZH_INTRO.search(text) or _ZH_HELLO_INTRO.search(text) or _ZH_FULL_NAME_INTRO.search(text)
        from .chinese.familiar_intro import beginner_said  # Chinese text only: English never loads it
        from .chinese.lexicon import KIN_PREDICATE

        if m is None or m.group(1) in KIN_PREDICATE or beginner_said(m.group(1), text):
            return None  # 人家叫我姐姐: a word of kin; 我是小白，不太懂: a beginner; no name
        return m.group(1)
    role = _EN_ROLE_INTRO.search(text) or _EN_GREETED_ROLE.search(text)
    given = next((g for g in role.groups()[1:] if g), "") if role else ""  # the name, after the word of kin
    kin, named = (gender_of_noun(role.group("kin")), gender_of_name(given)) if role else (None, None)
    if kin and named and kin != named:
        role = None  # "I'm her mother, Gordon, I'm not capable of quiet": Gordon is the man spoken to
    if role is not None:
        return given
    if (placed := _EN_PLACE_INTRO.search(text)) and gender_of_name(placed.group("n")) is not None:
        return placed.group("n")
    m = role or _EN_INTRO.search(text) or _EN_HELLO_INTRO.search(text) or _EN_CALL_INTRO.search(text) \
        or _EN_FULL_NAME_INTRO.search(text) or _EN_TELL_SAYS.search(text) or _EN_BY_THE_WAY.search(text)
    if m is not None and m.re is _EN_FULL_NAME_INTRO.compiled and m.group(2) \
            and (_bids_a_name(text, m.end(2), m.group(2)) or _YOURS_AFTER.match(text, m.end(2))):
        return None  # "Ask Trish, Curtis. I paid.": a bidding to Curtis; "Tanner Boyd, I'll tell your mother": a call
    return next((g for g in m.groups() if g), None) if m else None


#: A name the speaker may tell to be found by, their own in the third person: "Ask the front desk for Tindra." (bidden:
#: not "they said to ask for Dwayne", where the speaker asks), "tell her Hank sent you".
_ASK_FOR_BEFORE = lazy(r"(?:^|[.!?,;:…]\s*|\b(?:just|then|and|so|please|simply)\s+)ask(?:\s+(?!for\b)[\w'’-]+){0,3}\s+for\s+$", re.I)
_SENT_BEFORE = lazy(r"\b(?:tell|say|mention)\s+(?:(?:her|him|them|'em|the\s+[a-z]+)\s+)?(?:that\s+)?$", re.I)
_SENT_AFTER = lazy(r"\s+sent\s+you\b", re.I)


def own_name_told(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is one the speaker tells someone to ask for or give ("Ask for Tindra at
    the desk.", "Tell them Hank sent you."): often the speaker's own, said in the third person, so saying it does not
    show the speaker to be someone else (:mod:`.speakers` would otherwise bar them from it). Who bears it is left to
    the calls: the next speaker is not told it.

    >>> own_name_told("Ask the front desk for Tindra.", 23, 29), own_name_told("Tell her Hank sent you.", 9, 13)
    (True, True)
    >>> own_name_told("The agency said to ask for Dwayne.", 27, 33), own_name_told("Hank sent me.", 0, 4)
    (False, False)
    """
    return _ASK_FOR_BEFORE.search(text[:start]) is not None \
        or _SENT_AFTER.match(text, end) is not None and _SENT_BEFORE.search(text[:start]) is not None
