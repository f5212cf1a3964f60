"""Questions and replies as friends type them, said plainly for the reply frames (:mod:`.replies`).

Friends catching up ask in short, casual words: "Where'd you grow up?", "What's your husband do?", "Where's your
brother living?", "What kind of music are you into?", "What's your daughter's name again?", 你老公是干嘛的？,
你住哪儿来着？, 你姐现在住哪？, 你对啥过敏不？. :func:`plain_question` says such a question as the frames know it
("where did you grow up?", "what does your husband do?", 你老公是做什么的？). A guess tacked on after the question
("Where are you living these days, SF?", 你住哪儿来着？海淀？) is not the question: the one before it is.

Replies open or close with words that add nothing to the answer: "well, technically Oakland", "mostly jazz lately",
"vegan now actually", 准确说是昌平. :func:`plain_reply` leaves them out ("Oakland", "jazz"), but a reply that is nothing
else ("well", "actually").

Asked whether one still lives somewhere ("Are you still in Boston?", "Is your mom still in Phoenix?", 你还在北京吗？,
你哥还在深圳吗？), a yes says so: :func:`still_there` gives "I still live in Boston.", 我哥哥还住在深圳。 (a place by its
capital, or a Chinese place the gazetteer knows or that ends in 市, 区, 县 or 省: not 你还在那家医院吗).

Chinese replies leave their subject out: 儿子今年六岁了 after 你家孩子多大了？ is the replier's son (:func:`own_kin_reply`,
also after a short follow-up, 啊？); 对，买了辆特斯拉 after 你换车了？ is the replier's, or the relative's asked about
(你妹在干嘛？ - 在读研: :func:`dropped_subject`); 湖南的，长沙 to where one is from is one place, 湖南长沙
(:func:`town_after_region`). The questions this module adds to the frames (a relative's job, home town or name, a car,
what one studies: ``ZH_KIN_DOES``, ``EN_CAR``, ...) are framed in :mod:`.replies`.

>>> plain_question("What's your husband do?", "en")
'what does your husband do?'
>>> plain_question("你老公是干嘛的？", "zh")
'你老公是做什么的？'
>>> plain_reply("well, technically Oakland", "en")
'Oakland'
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer_id
from .framework import lazy

__all__ = ["EN_CAR", "EN_KIN_WHO", "EN_STUDYING", "ZH_KIN_DOES", "ZH_KIN_FROM", "ZH_KIN_WHO", "dropped_subject",
           "own_kin_reply", "plain_question", "plain_reply", "still_there", "town_after_region"]

_EN_KIN = (r"parents|folks|mom|mum|mother|dad|father|sister|brother|sisters|brothers|siblings|wife|husband|partner|"
           r"girlfriend|boyfriend|son|daughter|kids|children|roommate|best\s+friend")
#: Casual English forms and their plain words, in order.
_EN_SAID = (
    (lazy(r"\b(where|what|how|who|when)'d\s+(you|u)\b", re.I), r"\1 did \2"),  # "where'd you grow up"
    (lazy(rf"\bwhat(?:'s|\s+is)\s+your\s+({_EN_KIN})\s+do\b", re.I), r"what does your \1 do"),
    (lazy(rf"\bwhat(?:'s|\s+is)\s+your\s+({_EN_KIN})\s+up\s+to\b", re.I), r"what does your \1 do"),
    (lazy(rf"\bwhere(?:'s|\s+is)\s+your\s+({_EN_KIN})\s+(?:living|staying)\b", re.I), r"where does your \1 live"),
    (lazy(rf"\bwhere(?:'s|\s+is)\s+your\s+({_EN_KIN})\s+working\b", re.I), r"where does your \1 work"),
    (lazy(r"\bwhat\s+(kind|kinds|sort|type|types)\s+of\s+(\w+)\s+are\s+(you|u)\s+into\b", re.I), r"what \1 of \2 do \3 like"),
    (lazy(r"^(?:(?:so|and)\s+)?(you|u)\s+(?=married\b|still\s+(?:in|living|based)\b)", re.I), r"are \1 "),  # "You married?"
)
#: Words that close a question without changing it: "What's your daughter's name again?", "... these days?"
_EN_TRAILING = lazy(r"(?:[\s,]+(?:again|now|these\s+days|nowadays|lately|right\s+now|currently|anyway|by\s+the\s+way|btw))+"
                    r"(?=\s*\?$)", re.I)
#: A guess tacked on after the question: "Where are you living these days, SF?", "Where do you work, Google?"
_EN_GUESS = lazy(r"^(?P<q>.*\b(?:where|what|which|who)\b.*?),\s*(?:(?:still|like|maybe|or)\s+)?"
                 r"(?-i:[A-Z][\w.'&-]*)(?:\s+(?-i:[A-Z])[\w.'&-]*){0,2}\s*\?$", re.I)

_ZH_KIN_WORDS = (r"老公|老婆|丈夫|妻子|男朋友|女朋友|对象|爸妈|父母|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|儿子|女儿|孩子|舅舅|叔叔|姑姑|"
                 r"阿姨|室友|闺蜜")
#: Casual Chinese forms and their plain words.
_ZH_SAID = (
    (lazy(r"(?:来着|啊|呀|呢|哈|嘛)(?=[？?]$)"), ""),  # 你住哪儿来着？
    (lazy(r"干嘛|干啥|做啥"), "做什么"),
    (lazy(r"啥"), "什么"),
    (lazy(r"(?<=[你您])(?P<k>哥|姐|弟|妹)(?![哥姐弟妹夫])"), r"\g<k>\g<k>"),  # 你姐 -> 你姐姐
    (lazy(r"(?<=[你您])(?:现在|目前)(?=做|干|在哪|住)"), ""),  # 你现在做什么工作？
    (lazy(r"(?<=[你您])生日是"), "的生日是"),
    (lazy(r"(?<=过敏)不(?=[？?]$)"), "吗"),  # 你对啥过敏不？
    (lazy(r"^(?P<y>[你您])几(?P<m>个|只|条)"), r"\g<y>有几\g<m>"),  # 你几个孩子？
    (lazy(rf"^(?:那|那你)?(?=(?:{_ZH_KIN_WORDS})(?:叫|是|在|住|做|多大|几岁))"), "你"),  # 老公叫啥？ (in a chat of two: yours)
)
#: A guess asked after the question: 你住哪儿来着？海淀？ (a place, nothing else).
_ZH_GUESS = lazy(r"^(?P<q>.*[你您].*[？?])\s*[\u4e00-\u9fff]{1,6}(?:吧|吗)?[？?]$")
#: "你老公是干嘛的？", "你舅舅是做什么工作的？", "你妹现在在干嘛？": the relative's job, said "我老公是{a}".
ZH_KIN_DOES = lazy(r"(?:你|您)(?:的|家的?)?(?P<k>老公|老婆|丈夫|妻子|男朋友|女朋友|对象|爸爸|妈妈|爸|妈|哥哥|姐姐|弟弟|妹妹|"
                   r"儿子|女儿|舅舅|叔叔|姑姑|阿姨|姨妈|伯伯|室友)(?:现在|目前|平时)?(?:是)?(?:做什么(?:工作)?|干什么(?:工作)?|"
                   r"从事什么(?:工作|职业|行业)?)的?[？?]")
#: "你室友是谁？", "Who's your roommate?": the one named, said "我室友是{a}", "My roommate is {a}".
ZH_KIN_WHO = lazy(r"(?:你|您)(?:的)?(?P<k>室友|同桌|老板|领导|上司|闺蜜|搭档|师傅|导师|班主任|同事)是谁")
EN_KIN_WHO = lazy(r"\bwho(?:'s|\s+is)\s+your\s+(?P<k>roommate|boss|manager|partner|girlfriend|boyfriend|husband|wife|"
                  r"doctor|therapist|coach|mentor|landlord|flatmate|housemate)\s*\?", re.I)
#: "What are you studying?": said "I am studying {a}".
EN_STUDYING = lazy(r"\bwhat\s+(?:are\s+(?:you|u)\s+studying|do\s+(?:you|u)\s+study)\b", re.I)
#: "What car did you end up getting?", "What do you drive?", "did you ever get the car?": said "I drive {a}".
EN_CAR = lazy(r"\bwhat\s+(?:(?:kind\s+of\s+)?car\s+(?:did\s+(?:you|u)\s+(?:end\s+up\s+)?(?:get|getting|buy|buying|go\s+with)|"
              r"do\s+(?:you|u)\s+(?:drive|have))|do\s+(?:you|u)\s+drive)\b"
              r"|\bdid\s+(?:you|u)\s+(?:ever\s+|finally\s+|end\s+up\s+)?(?:get|buy)(?:ing)?\s+(?:the|a|that|a\s+new)\s+car\b", re.I)
#: "你老公是哪里人？": where the relative is from, said "我老公是{a}人".
ZH_KIN_FROM = lazy(r"(?:你|您)(?:的)?(?P<k>老公|老婆|丈夫|妻子|男朋友|女朋友|对象|爸爸|妈妈|室友)是(?:哪里|哪儿|哪)(?:的|人)")

#: Words a reply opens with that add nothing: "well, technically Oakland", "mostly jazz", 准确说是昌平.
_EN_OPENERS = lazy(r"^(?:(?:well|so|um|uh|hmm|oh|honestly|technically|actually|i\s+mean|mostly|mainly|probably|just|"
                   r"basically|officially)\b[\s,]*)+", re.I)
_EN_CLOSERS = lazy(r"(?:[\s,]+(?:now|lately|actually|these\s+days|nowadays|haha|lol|though|btw|for\s+now))+[\s.!]*$", re.I)
_ZH_OPENERS = lazy(r"^(?:准确(?:地)?说|严格(?:来)?说|其实|应该说|确切地说)(?:是|的话)?[，,]?")


def plain_question(question: str, lang: str) -> str:
    """``question`` (the last question of a turn) said as the reply frames know it (see the module)."""
    text = question.strip()
    if lang == "zh":
        guess = _ZH_GUESS.match(text)
        if guess is not None:
            text = guess.group("q")
        for pattern, plain in _ZH_SAID:
            text = pattern.sub(plain, text)
        return text
    guess = _EN_GUESS.match(text)
    if guess is not None:
        text = guess.group("q") + "?"
    text = _EN_TRAILING.sub("", text)
    for pattern, plain in _EN_SAID:
        text = pattern.sub(plain, text)
    return text


def plain_reply(reply: str, lang: str) -> str:
    """``reply`` without the words that open or close it and add nothing; itself when nothing else is left."""
    text = reply.strip()
    if lang == "zh":
        plain = _ZH_OPENERS.sub("", text)
    else:
        plain = _EN_CLOSERS.sub("", _EN_OPENERS.sub("", text)).strip(" ,")
    return plain if plain else text


_EN_STILL = lazy(rf"^(?:(?:so|and|oh)[\s,]+)?(?:(?:are|r)\s+(?P<you>you|u)|(?P<you2>you|u)|is\s+your\s+(?P<k>{_EN_KIN}))\s+still\s+"
                 r"(?:living\s+|based\s+)?in\s+(?P<p>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})\s*\?$", re.I)
_EN_YES = lazy(r"^(?:yes|yeah|yep|yup|yea|ya|still\s+(?:am|is|are|there|here)|sure\s+(?:am|is)|i\s+am|she\s+is|he\s+is|they\s+are)"
               r"\b(?![\s,!.]*(?:but\s+)?(?:not|no)\b)[\s,!.]*", re.I)
_ZH_STILL = lazy(r"^(?:你|您)的?(?P<k>老公|老婆|丈夫|妻子|男朋友|女朋友|对象|爸妈|父母|爸爸|妈妈|爸|妈|哥哥|姐姐|弟弟|妹妹|儿子|女儿)?"
                 r"(?:现在)?还(?:住在?|在)(?P<p>[\u4e00-\u9fff]{2,6}?)(?:住)?(?:吗|么|吧)?[？?]$")
_ZH_YES = lazy(r"^(?:嗯+|对|是的|是啊|是|在的|还在|没错|对啊|对的)(?![不没])[，,。！!\s]*(?:还在[，,。！!\s]*)?")


def still_there(question: str, reply: str, lang: str) -> str | None:
    """The statement a yes makes to a question whether one still lives in a place (see the module), with what the
    reply says after the yes; or a no that tells where they moved ("Is your mom still in Phoenix?" - "nah she moved
    to Tucson": "My mom moved to Tucson."; 你爸妈还住上海吗？ - 不了，搬回苏州了: 我爸妈搬回苏州了); None for another
    question or reply."""
    if lang == "zh":
        asked = _ZH_STILL.match(question.strip())
        moved = _ZH_MOVED.match(reply.strip()) if asked is not None else None
        if asked is not None and moved is not None:
            return f"我{asked.group('k') or ''}{moved.group('v').rstrip('。！!.')}。"
        yes = _ZH_YES.match(reply.strip())
        if asked is None or yes is None:
            return None
        place = asked.group("p")
        if gazetteer_id(place, "Place") is None and not place.endswith(("市", "区", "县", "省")):
            return None
        rest = reply.strip()[yes.end():].strip("，,。 ")
        return f"我{asked.group('k') or ''}还住在{place}。" + (f"{rest}。" if rest else "")
    asked = _EN_STILL.match(question.strip())
    moved = _EN_MOVED.match(reply.strip()) if asked is not None else None
    if asked is not None and moved is not None:
        kin = (asked.group("k") or "").lower()
        return f"{f'My {kin}' if kin else 'I'} {moved.group('v').rstrip('.!')}."
    yes = _EN_YES.match(reply.strip())
    if asked is None or yes is None:
        return None
    kin = (asked.group("k") or "").lower()
    rest = reply.strip()[yes.end():].strip(" ,.!")
    said = f"My {kin} still lives in {asked.group('p')}." if kin else f"I still live in {asked.group('p')}."
    return said + (f" {rest[0].upper()}{rest[1:]}." if rest else "")


#: A Chinese reply that opens with a relative, the "我" left out: 儿子今年六岁了, 现在男朋友叫阿杰, 老公是医生.
_ZH_OWN_KIN = lazy(rf"^(?P<t>(?:现在|目前|今年|去年|最近|其实|不过|嗯|对|是的)*[，,]?)(?P<k>{_ZH_KIN_WORDS})"
                   r"(?=今年|现在|已经|叫|是|在|住|刚|去年|上个?月|[0-9一二三四五六七八九十两]+岁)")


def own_kin_reply(question: str, reply: str) -> str | None:
    """A Chinese reply to a question asked of "你" (or a short follow-up: 啊？) that opens with a relative, said with
    its "我" (儿子今年六岁了: 我儿子今年六岁了); None for another reply."""
    if not re.search("[你您]", question) and len(question.strip("？?！! ")) > 4:  # 啊？, 真的吗？: a follow-up
        return None
    m = _ZH_OWN_KIN.match(reply.strip())
    if m is None:
        return None
    return f"{m.group('t')}我{reply.strip()[m.start('k'):]}"


_EN_MOVED = lazy(r"^(?:no|nope|nah|not\s+anymore|not\s+really)\b[\s,.!]*(?:(?:she|he|they|i|we)\s+)?"
                 r"(?:(?:just|actually|recently|finally)\s+)?(?P<v>moved\s+(?:back\s+)?to\s+.+)$", re.I)
_ZH_MOVED = lazy(r"^(?:不了|不在了|早不在了|早就不在了|没有|没了|没|不是|不)[了啊呀呢]*[，,]\s*(?P<v>(?:去年|今年|前年|上个?月|早就)?"
                 r"搬(?:到|去|回|来)了?.+)$")


#: A Chinese reply whose subject is left out, after a yes or no (对，买了辆特斯拉; 没，毕业了，在银行上班; 学钢琴呢):
#: a verb of buying, moving, studying, working or the like opens it.
_ZH_DROPPED = lazy(r"^(?P<o>(?:(?:对|嗯|是的|是啊|对啊|没|没有|不|早就?不(?:在|干)了|在呢|还在|好多了|挺[\u4e00-\u9fff]{1,2}的?|还行|"
                   r"还不错|找到了|搞定了)[了啊呀呢啦]*[，,！!]\s*)?)"
                   r"(?P<v>(?:(?:去年|今年|前年|上个?月|上周末?|前几天|年初|年底|[0-9一二三四五六七八九十]+月份?|最近|刚刚?|已经|早就|"
                   r"现在|目前)*)(?:买了|换了|搬到|搬去|搬回|学(?!校)|"
                   r"在读|在学(?!校)|读研|读博|考上|考了|找了|开了|养了|报了|辞职|跳槽|跳到|进了|毕业了|准备|在看|在追|改学|升职|在[^，,。]{1,6}租了|退休了|"
                   r"(?:跟|和)[^，,。]{1,6}?去|去(?=[^，,。]{2,8}(?:玩|旅游|旅行|露营|徒步|爬山|滑雪|钓鱼|潜水|度假)了)|"
                   r"在[^，,。]{1,8}(?:上班|工作|读书|上学|做)).*)$")
#: A question with no subject at all, to the one spoken to: 最近在忙啥？, 周末干嘛了？
_NO_SUBJECT = lazy(r"^(?:(?:最近|平时|周末|现在|这几天|这阵子|今年|昨天|今天|还在|国庆|五一|春节|过年|假期|寒假|暑假|中秋|端午|元旦)"
                   r"[^他她们]{0,8}|[^他她们你我]{1,5}(?:得|的)?怎么样了?"
                   r"|[^他她们你我]{1,4}(?:买|换|搬|找|考|报|养)(?:了|好了)?(?:没有?|吗|了吗)|住(?:在)?(?:哪儿|哪里|哪)[呀啊呢]?)[？?]$")  # 车买了没？, 住哪儿？
_ZH_ASKED_KIN = lazy(rf"[你您](?:的|家的?)?(?P<k>{_ZH_KIN_WORDS}|[爸妈哥姐弟妹](?![妈爸们]))")  # 你爸身体怎么样了？


def dropped_subject(question: str, reply: str) -> str | None:
    """A Chinese reply to a question asked of "你" (or with no subject: 最近在忙啥？) whose subject is left out, said with it: 我, or the relative the
    question asks about (你换车了？ - 对，买了辆特斯拉: 我买了辆特斯拉; 你妹在干嘛？ - 在读研: 我妹妹在读研); None for
    another reply."""
    if not re.search("[你您]", question) and not _NO_SUBJECT.match(question):
        return None
    m = _ZH_DROPPED.match(reply.strip())
    if m is None:
        return None
    kin = _ZH_ASKED_KIN.search(question)
    said = re.sub(r"^((?:买|换|养|报)了)[！!~～，,]+\s*(?=[一两]?[辆台个只套部条])", r"\1", m.group("v"))  # 买了！一辆二手的比亚迪
    said = re.sub(r"[！!~～]+(?=[^！!~～])", "，", said)  # 升职啦！现在是产品经理了: one subject for the whole reply
    return f"我{kin.group('k') if kin else ''}{said.rstrip('。！!.')}。"


#: "湖南的，长沙", "东北的，哈尔滨": a region, then the town in it.
_ZH_REGION_TOWN = lazy(r"^(?P<r>[\u4e00-\u9fff]{2,4}?)的?[，,]\s*(?P<t>[\u4e00-\u9fff]{2,4})[。！!]?$")
_ZH_ASKS_FROM = lazy(r"是(?:哪里|哪儿|哪)(?:的|人)|老家(?:是|在)(?:哪里|哪儿|哪)")


def town_after_region(question: str, reply: str) -> str:
    """A reply to where one is from that names a region, then its town (湖南的，长沙), said as one place (湖南长沙);
    else the reply itself."""
    m = _ZH_REGION_TOWN.match(reply.strip()) if _ZH_ASKS_FROM.search(question) else None
    return f"{m.group('r')}{m.group('t')}" if m is not None else reply
