"""Short replies said in full: "Where do you live?" - "In Lisbon." is "I live in Lisbon."

An assistant (or anyone) asks, and the answer is a fragment that states nothing alone: "Priya.", "In
Lisbon.", "A nurse.", "34.", "Yes, a cat named Mochi.", "王芳。", "在腾讯。", "三十四岁。". :func:`restate_reply`
puts the fragment into the statement the question asks for ("My name is Priya.", "我在腾讯工作。"), so the
rules read it as they read a statement, with the reply's own provenance; of a reply of several sentences, the
first is the answer ("Detroit. We moved when I was ten."). A Chinese reply that is a clause with
its subject left out, as Chinese replies often are ("你住哪儿？" - "去年搬到了苏州。"), is the replier's ("我去年搬到了苏州。").

A reply is read only when the turn before ends with a question to the person replying ("you", "your",
"你", "您") that one of the frames below knows, and the reply is short and not a statement of its own
("I'm a nurse" is read as it is), a question, a refusal or a no ("No.", "I'd rather not say", "没有。").

>>> restate_reply("Nice to meet you! Where do you live?", "In Lisbon, near the river.", "en")
'I live in Lisbon, near the river.'
>>> restate_reply("你在哪里工作？", "在腾讯。", "zh")
'我在腾讯工作。'
>>> restate_reply("Where do you live?", "I'd rather not say.", "en") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .asked_kin import asks_on_about_kin
from .casual_asks import (
    EN_CAR,
    EN_KIN_WHO,
    EN_STUDYING,
    ZH_KIN_DOES,
    ZH_KIN_FROM,
    ZH_KIN_WHO,
    dropped_subject,
    own_kin_reply,
    plain_question,
    plain_reply,
    still_there,
    town_after_region,
)
from .framework import LazyPattern, lazy
from .still_member import still_member
from .work_replies import still_at_work

__all__ = ["restate_reply"]


@dataclass(frozen=True)
class _Frame:
    """A question (matched on the last question of the turn before) and the statement its reply completes:
    ``template`` with ``{a}`` for the reply, less the words ``lead`` finds at its start ("in" of "In Lisbon",
    already in "I live in {a}"); ``shape``, when given, is what the reply must look like (a number for an age)."""

    asked: LazyPattern
    template: str
    lead: LazyPattern | None = None
    shape: LazyPattern | None = None
    tail: LazyPattern | None = None  # words the reply may end with that the template has ("34 years old", "三十四岁")
    mine: bool = False  # the answer may begin with "my" ("my neighbor Rosa"): no statement of its own
    who: str = "我"  # whose a Chinese reply without its subject is (去年搬到了厦门): 我, or 我哥哥 when asked of him
    common: bool = False  # the reply is a common noun phrase, in lower case: "Two brothers." is "two brothers"
    article: bool = False  # ... which takes an article: "Software engineer." is "a software engineer"


_YOU = r"(?:you|u)"
#: How long, as a reply says it: "about 8 years", "a couple of months", "since 2019" is no length.
_EN_SPELL = lazy(r"^(?:(?:about|around|almost|nearly|over|like|roughly|maybe|just|only)\s+)?(?:\d{1,2}|a|an|one|two|three|four|"
                 r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a\s+few|a\s+couple(?:\s+of)?|several)\s+"
                 r"(?:(?:more\s+)?(?:years?|months?|decades?))(?:\s+(?:now|or\s+so))?$", re.I)
_EN_FRAMES = (
    _Frame(lazy(rf"\bwhere\s+are\s+{_YOU}\s+(?:originally\s+)?from\b", re.I), "I was {a}",
           shape=lazy(r"^born\b", re.I)),  # "Born in Manila but grew up in San Diego."
    _Frame(lazy(rf"\bwhere\s+are\s+{_YOU}\s+(?:originally\s+)?from\b", re.I), "I {a}",
           shape=lazy(r"^grew\s+up\b", re.I)),
    _Frame(lazy(r"\bwho(?:'s|\s+is)\s+your\s+(?:best\s+friend|bff)\b", re.I), "My best friend is {a}",
           lazy(r"^(?:it's|it\s+is|probably|definitely)\s+", re.I), mine=True),  # "my neighbor Rosa"
    _Frame(lazy(rf"\bwhat\s+(?:kind|kinds|sort|type|types)\s+of\s+(?:music|food|movies|films|books|shows|tv|games|sports)\s+"
                rf"do\s+{_YOU}\s+(?:like|love|enjoy|listen\s+to|read|watch|play|eat)\b", re.I),
           "I like {a}", lazy(r"^(?:i\s+(?:like|love|enjoy)|mostly|mainly|mostly\s+just|probably|anything\s+but)\s+", re.I),
           lazy(r"^(?!.*(?:['’]s\b|\b(?:is|are|was|my|i|it)\b))[\w'’&/ ,.-]+$", re.I), common=True),  # not "Guitar's my thing"
    _Frame(lazy(rf"\b(?:what(?:'s|\s+is)\s+your\s+(?:full\s+|first\s+)?name|may\s+i\s+(?:have|ask)\s+your\s+name|"
                rf"who\s+am\s+i\s+(?:speaking|talking|chatting)\s+(?:with|to)|what\s+should\s+i\s+call\s+{_YOU})\b", re.I),
           "My name is {a}", lazy(r"^(?:it's|it\s+is|my\s+name\s+is|(?:just\s+)?call\s+me|i'm|i\s+am|just)\s+", re.I),
           lazy(r"^(?-i:[A-Z\u4e00-\u9fff])[\w'.\u4e00-\u9fff·-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3}$"),
           lazy(r"[\s,]+(?:is\s+(?:fine|good|ok|okay|great)|works|will\s+do|please)$", re.I)),
    _Frame(lazy(rf"\bwhere\s+did\s+{_YOU}\s+grow\s+up\b", re.I), "I grew up in {a}", lazy(r"^(?:in|at|near|i\s+grew\s+up\s+in)\s+", re.I)),
    _Frame(lazy(rf"\b(?:where\s+do\s+{_YOU}\s+live|where\s+are\s+{_YOU}\s+(?:living|based|located)|"
                rf"where(?:'s|\s+is)\s+home(?:\s+for\s+{_YOU})?)\b", re.I),
           "I live in {a}", lazy(r"^(?:(?:just\s+)?outside(?:\s+of)?\s+|right\s+)?(?:in|at|near|i\s+live\s+in)?\s*", re.I)),
    _Frame(lazy(rf"\b(?:where\s+do\s+{_YOU}\s+work|who\s+do\s+{_YOU}\s+work\s+for|where\s+are\s+{_YOU}\s+working)\b", re.I),
           "I work at {a}", lazy(r"^(?:at|for|in|with)\s+", re.I)),
    _Frame(lazy(rf"\b(?:what\s+do\s+{_YOU}\s+do(?:\s+for\s+(?:a\s+living|work))?|what(?:'s|\s+is)\s+your\s+"
                rf"(?:job|occupation|profession|line\s+of\s+work)|what\s+kind\s+of\s+work\s+do\s+{_YOU}\s+do)\s*\?", re.I),
           "I am {a}", lazy(r"^(?:i'm|i\s+am|i\s+work\s+as)\s+", re.I),
           lazy(r"^(?:(?:a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}$", re.I), common=True, article=True),
    _Frame(lazy(rf"\bhow\s+old\s+are\s+{_YOU}\b", re.I), "I am {a} years old",
           lazy(r"^(?:i'm|i\s+am|just\s+turned|turned)\s+", re.I),
           lazy(r"^(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)$", re.I), lazy(r"\s*years?\s+old$", re.I)),
    _Frame(lazy(rf"\bwhere\s+are\s+{_YOU}\s+(?:originally\s+)?from\b", re.I), "I am from {a}",
           lazy(r"^(?:(?:i'm|i\s+am)\s+)?(?:originally\s+(?:from\s+)?|from\s+)", re.I)),
    _Frame(lazy(rf"\bwhere\s+were\s+{_YOU}\s+born\b", re.I), "I was born in {a}", lazy(r"^in\s+", re.I)),
    _Frame(lazy(rf"\b(?:what\s+are\s+your\s+hobbies|(?:do\s+{_YOU}\s+have\s+)?any\s+hobbies|what\s+do\s+{_YOU}\s+do\s+for\s+fun|"
                rf"what\s+do\s+{_YOU}\s+(?:like|love|enjoy)\s+(?:to\s+do|doing)(?:\s+(?:for\s+fun|in\s+your\s+(?:free|spare)\s+time))?)\b",
                re.I), "My hobbies are {a}", lazy(r"^(?:i\s+(?:like|love|enjoy)|mostly|mainly)\s+", re.I), common=True),
    _Frame(lazy(rf"\b(?:(?:do|have)\s+{_YOU}\s+(?:have|got|own)\s+(?:(?:a|any)\s+)?|^(?:(?:so|and)\s+)?any\s+)(?:pets?|dogs?|"
                r"cats?|kids|children|siblings|brothers?|sisters?|sons?|daughters?)\b", re.I),
           "I have {a}", lazy(r"^(?:yes|yeah|yep|yup|sure|i\s+do|i\s+have)\b[\s,!.:-]*", re.I), common=True),
    _Frame(lazy(rf"\bare\s+{_YOU}\s+married\b", re.I), "I am married",
           shape=lazy(r"^(?:yes|yeah|yep|yup|i\s+am|happily|married)\b", re.I)),
    _Frame(lazy(rf"\b(?:(?:do\s+{_YOU}\s+have\s+)?any\s+(?:food\s+)?allergies|are\s+{_YOU}\s+allergic\s+to\s+anything|"
                rf"what\s+are\s+{_YOU}\s+allergic\s+to)\b", re.I),
           "I am allergic to {a}", lazy(r"^(?:yes|yeah|yep|i'm\s+allergic\s+to|i\s+am\s+allergic\s+to)\b[\s,!.:-]*", re.I),
           common=True),
    _Frame(lazy(r"\bwhen(?:'s|\s+is)\s+your\s+birthday\b", re.I), "My birthday is {a}",
           lazy(r"^(?:it's|it\s+is|on)\s+", re.I)),
    _Frame(lazy(rf"\b(?:what|which)\s+languages?\s+do\s+{_YOU}\s+speak\b", re.I), "I speak {a}"),
    _Frame(lazy(rf"\b(?:where\s+did\s+{_YOU}\s+(?:go\s+to\s+(?:school|college|university|uni)|study|graduate)|"
                rf"(?:which|what)\s+(?:school|college|university)\s+did\s+{_YOU}\s+(?:go\s+to|attend|graduate\s+from))\b", re.I),
           "I went to college at {a}", lazy(r"^(?:at|from|to|i\s+went\s+to)\s+", re.I)),
    _Frame(lazy(rf"\b(?:what\s+did\s+{_YOU}\s+(?:study|major\s+in)|what(?:'s|\s+is|\s+was)\s+your\s+(?:major|degree\s+in|"
                rf"field(?:\s+of\s+study)?))\b", re.I), "I studied {a}", lazy(r"^(?:i\s+studied|i\s+majored\s+in)\s+", re.I),
           common=True),
    # "what are you reading these days" - "Project Hail Mary, couldn't put it down": a title, capitalised
    _Frame(lazy(rf"\bwhat(?:'re|\s+are|\s+r)\s+{_YOU}\s+reading\b", re.I), "I am reading {a}",
           lazy(r"^(?:i'm\s+reading|reading|just\s+started|just\s+finished|finishing)\s+", re.I),
           lazy(r"^(?-i:[A-Z])[\w'’:-]*(?:\s+[\w'’:-]+){0,6}(?:,.*)?$")),
    _Frame(lazy(rf"\bwhat\s+(?:city|town|country)\s+(?:do\s+{_YOU}\s+live\s+in|are\s+{_YOU}\s+(?:in|living\s+in|based\s+in))\b",
                re.I), "I live in {a}", lazy(r"^(?:in|i\s+live\s+in)\s+", re.I)),
)
#: "How many kids do you have?" - "Two.": "I have two kids." (the kind counted is read from the question).
_EN_HOW_MANY = lazy(r"\bhow\s+many\s+(?P<k>kids|children|sons|daughters|brothers|sisters|siblings|pets|dogs|cats)\s+do\s+"
                    r"(?:you|u)\s+have\b", re.I)
_EN_COUNT = lazy(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$", re.I)
#: "what's your favorite food?": "My favorite food is {a}" (the kind asked about is read from the question).
_EN_FAVORITE = lazy(r"\bwhat(?:'s|\s+is)\s+your\s+fav(?:ou?rite|e)\s+(?P<k>[a-z]+(?:\s+[a-z]+)?)\s*\?", re.I)
#: "what's your wife's name?": "My wife's name is {a}".
_EN_THEIR_NAME = lazy(r"\bwhat(?:'s|\s+is)\s+your\s+(?P<k>wife|husband|partner|girlfriend|boyfriend|son|daughter|"
                      r"brother|sister|mom|dad|mother|father|dog|cat|pet|boss|best\s+friend)'s\s+name\s*\?", re.I)

_EN_KIN_WORDS = (r"parents|folks|mom|mum|mother|dad|father|sister|brother|sisters|brothers|siblings|wife|husband|partner|"
                 r"girlfriend|boyfriend|son|daughter|kids|children|grandparents|in-laws|best\s+friend|roommate")
#: "where do your parents live?", "where does your wife work?": "My parents live in {a}", "My wife works at {a}".
_EN_KIN_WHERE = lazy(rf"\bwhere\s+(?:do|does)\s+your\s+(?P<k>{_EN_KIN_WORDS})\s+(?P<v>live|work)\b", re.I)
#: "what does your husband do (for work)?": "My husband is {a}" (a job).
_EN_KIN_DOES = lazy(rf"\bwhat\s+(?:does|do)\s+your\s+(?P<k>{_EN_KIN_WORDS})\s+do(?:\s+for\s+(?:a\s+living|work))?\s*\?", re.I)
#: "How long have you lived in Chicago?" - "About 8 years.": "I have lived in Chicago for about 8 years."
_EN_HOW_LONG = lazy(r"\bhow\s+long\s+have\s+(?:you|u)\s+(?:been\s+)?(?P<v>lived|living|worked|working)\s+(?P<p>in|at|for)\s+"
                    r"(?P<o>[^?]+?)\s*\?", re.I)
_EN_PLURAL_KIN = ("parents", "folks", "sisters", "brothers", "siblings", "kids", "children", "grandparents", "in-laws")

#: "Do you like dogs?", "do you play chess?": a yes states it.
_EN_DO_YOU = lazy(r"^(?:(?:so|and|well|oh|hey)[\s,]+)*do\s+(?:you|u)\s+(?:also\s+|ever\s+)?(?P<v>like|love|enjoy|play|speak)\s+"
                  r"(?P<x>[\w' -]+?)\s*\?$", re.I)
_EN_YES = lazy(r"^(?:yes|yeah|yep|yup|sure|of\s+course|absolutely|definitely|i\s+do)\b(?![\s,!.]*(?:but\s+)?(?:not|no)\b)", re.I)
#: Words that end a reply without adding to it ("Sushi, definitely.", "Ohio, I guess").
_EN_HEDGE = lazy(r"[\s,]+(?:definitely|for\s+sure|probably|i\s+guess|i\s+think|i'd\s+say|haha|lol|i\s+suppose)\s*$", re.I)

#: A reply that tells a habit, its subject left out: 周末打羽毛球, 每天跑步, 偶尔去游泳.
_ZH_DOING = lazy(r"^(?:周末|平时|每天|每周|一般|经常|偶尔|有时候?|天天|早上|晚上|下班后)+(?:都|会|去|就)*[打跑游踢骑爬练做玩跳]")
_ZH_FRAMES = (
    _Frame(lazy(r"(?:你|您)(?:的)?最好的朋友是谁|(?:你|您)(?:的)?(?:闺蜜|死党|发小)是谁"), "我最好的朋友是{a}",
           lazy(r"^(?:是|应该是|肯定是)")),
    _Frame(lazy(r"(?:你|您)(?:大学|本科|研究生)(?:是)?在(?:哪里|哪儿|哪|哪所学校)(?:读|上|念)的"), "我大学在{a}读的",
           lazy(r"^(?:在|是在|我在)"), tail=lazy(r"(?:读的|上的|念的)$")),
    _Frame(lazy(r"(?:你|您)(?:平时|周末|一般)?(?:运动|锻炼|健身)吗|(?:你|您)(?:平时|周末)?(?:做|有)什么运动"), "我{a}",
           shape=_ZH_DOING),  # 周末打羽毛球
    _Frame(lazy(r"(?:你|您)(?:平时)?喜欢(?:听|看|读|吃|玩)?什么(?:样的|类型的|类的)?(?:音乐|歌|电影|书|菜|游戏|运动|电视剧)"),
           "我喜欢{a}", lazy(r"^(?:我?(?:主要|一般|平时|最|比较|都)*(?:喜欢|爱)?(?:听|看|读|吃|玩)?)"),
           lazy(r"^(?![我你他她不没])[^，,。！？!?]{1,12}$"), lazy(r"(?:吧|啦|呀|啊)$")),
    _Frame(lazy(r"(?:你|您)叫什么(?:名字)?|(?:你|您)的名字(?:是|叫)什么|怎么称呼(?:你|您)|(?:你|您)贵姓"), "我叫{a}",
           lazy(r"^(?:我叫|我是|叫我|叫)"), lazy(r"^[\u4e00-\u9fff·]{2,8}$|^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}$"),
           lazy(r"(?:就行|就好|就可以|好了|吧)了?$")),  # 叫我小陈就行
    _Frame(lazy(r"(?:你|您)(?:现在)?(?:住在?|家在)(?:哪里|哪儿|哪|什么地方)"), "我住在{a}",  # 住七栋, 就对面那个村: the place alone
           lazy(r"^(?:我|家|就|也|还)*(?:住在|住|在)|^就")),
    _Frame(lazy(r"(?:你|您)(?:现在)?在(?:哪里|哪儿|哪|哪家公司|什么公司|什么地方|哪个城市|哪座城市)(?:工作|上班)"), "我在{a}工作",
           lazy(r"^(?:我在|在)")),
    _Frame(lazy(r"(?:你|您)(?:是)?(?:做什么(?:工作)?的?|干什么的|从事什么(?:工作|职业|行业)?)|(?:你|您)的(?:工作|职业)是什么"),
           "我是{a}", lazy(r"^(?:我是|是|做|当)"), lazy(r"^[\u4e00-\u9fff]{1,10}(?:[，,][^，,]*)?$")),  # 当老师，教数学
    _Frame(lazy(r"(?:你|您)(?:今年)?(?:多大|几岁|多少岁)|(?:你|您)的年龄"), "我今年{a}岁",
           lazy(r"^(?:我今年|今年|我)"), lazy(r"^(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4})$"), lazy(r"(?:岁了?|周岁|了)$")),
    _Frame(lazy(r"(?:你|您)(?:的)?老家(?:是|在)(?:哪里|哪儿|哪)"), "我老家是{a}", lazy(r"^(?:我老家是|我老家在|老家是|老家在|我是|是|在)"),
           tail=lazy(r"(?:人|的)$")),
    _Frame(lazy(r"(?:你|您)是?(?:哪里|哪儿|哪)人|(?:你|您)(?:来自|从)哪(?:里|儿)|(?:你|您)(?:老家)?是?(?:哪里|哪儿)的[？?]"),  # 你哪儿人啊？
           "我是{a}人", lazy(r"^(?:我是|我来自|来自|是)"), tail=lazy(r"(?:人|的)$")),
    _Frame(lazy(r"(?:你|您)(?:的)?爱好是什么|(?:你|您)有什么爱好|(?:你|您)(?:平时|业余时间)?喜欢(?:做|干)什么"), "我喜欢{a}",
           lazy(r"^(?:我喜欢|喜欢)")),
    _Frame(lazy(r"(?:你|您)(?:周末|平时|业余时间|空闲时间|有空的时候|下班后|下班以后)(?:一般|通常|都|经常|常常|会|喜欢)*(?:做|干|玩)(?:些)?"
                r"(?:什么|啥)"), "我平时喜欢{a}", lazy(r"^我?(?:周末|平时)?(?:一般|通常|都|经常|常常|会|就|喜欢|主要)*")),
    _Frame(lazy(r"(?:你|您)(?:有|养)(?:没有)?(?:宠物|猫|狗|孩子|兄弟姐妹)吗?|(?:你|您)有没有(?:宠物|孩子|兄弟姐妹)"), "我有{a}",
           lazy(r"^(?:有的?|是的|对|嗯|养了|我有|我养了)[，,、\s]*")),
    _Frame(lazy(r"(?:你|您)结婚了?吗|(?:你|您)结婚了没"), "我结婚了",
           shape=lazy(r"^(?:结了|结婚了|是的|对|嗯，结了|已经结婚)")),
    _Frame(lazy(r"(?:你|您)的生日是(?:哪天|哪一天|几号|几月几号|什么时候)|(?:你|您)(?:的)?生日(?:在)?(?:哪天|几号|什么时候)"),
           "我的生日是{a}", lazy(r"^(?:是|在)")),
    _Frame(lazy(r"(?:你|您)对什么过敏|(?:你|您)有(?:什么)?过敏"), "我对{a}过敏", lazy(r"^(?:对|有，?|我对)")),
    _Frame(lazy(r"(?:你|您)(?:现在)?在(?:哪里|哪儿|哪|哪个学校|哪所(?:大学|学校))(?:上学|读书|念书|上大学|读大学)"), "我在{a}读书",
           lazy(r"^(?:我在|在)")),
    _Frame(lazy(r"(?:你|您)(?:是)?(?:哪个|哪所|什么)(?:学校|大学)毕业的|(?:你|您)毕业于(?:哪里|哪所|哪个)|(?:你|您)(?:是)?从哪(?:个|所)?"
                r"(?:学校|大学)毕业"), "我毕业于{a}", lazy(r"^(?:我是|是|毕业于|从)"), tail=lazy(r"毕业的?$")),
    _Frame(lazy(r"(?:你|您)(?:大学|本科|研究生)?(?:学|读|念)(?:的是|的)?什么(?:专业)?|(?:你|您)的专业是什么"), "我学的是{a}专业",
           lazy(r"^(?:我学的是|学的是|学|是)"),
           tail=lazy(r"专业$")),
    _Frame(lazy(r"(?:你|您)会说(?:什么|哪些|哪几种|几种)(?:语言)?"), "我会说{a}", lazy(r"^(?:会说|我会说)")),
)
#: "你姐姐叫什么名字？" - "李娜。": "我姐姐叫李娜。"; "你家狗叫什么？" - "豆豆，是只柯基。": "我家狗叫豆豆，是只柯基。"
_ZH_KIN_NAME = lazy(r"(?:你|您)(?:的|家的?)?(?P<k>老婆|妻子|太太|老公|丈夫|男朋友|女朋友|对象|儿子|女儿|哥哥|姐姐|弟弟|妹妹|爸爸|妈妈|"
                    r"狗|猫|狗狗|猫咪|宠物)叫(?:什么|啥)(?:名字)?")
#: "你爸妈住在哪儿？" - "在成都，都退休了。": "我爸妈住在成都，都退休了。"
_ZH_KIN_WHERE = lazy(r"(?:你|您)(?:的)?(?P<k>爸妈|父母|爸爸|妈妈|老公|老婆|丈夫|妻子|男朋友|女朋友|对象|哥哥|姐姐|弟弟|妹妹|儿子|女儿|"
                     r"孩子)(?:现在)?(?:住在?|在)(?:哪里|哪儿|哪)(?P<v>工作|上班)?")
#: "你在北京住了多久了？" - "八年左右。": "我在北京住了八年左右。"
_ZH_HOW_LONG = lazy(r"(?:你|您)在(?P<o>[^，,。？?]{1,10}?)(?P<v>住|工作|上班)了?多(?:久|长时间|少年)")
_ZH_SPELL = lazy(r"^(?:大概|差不多|快|将近|有)?(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3}|半)(?:多)?(?:年|个月)(?:多|左右|了)*$")
#: "你最喜欢哪个歌手？", "你最喜欢的电影是什么？" - "周杰伦。": "我最喜欢的歌手是周杰伦。"
_ZH_FAVORITE = lazy(r"(?:你|您)最(?:喜欢|爱)(?:的)?(?:哪一?[个位部首本种家支款道]|什么)?(?P<k>[\u4e00-\u9fff]{1,4}?)(?:是(?:什么|谁|哪[个位部首本种家支款道]?))?[?？]")
_ZH_FAVORITE_LEAD = lazy(r"^(?:我?最(?:喜欢|爱)的?[\u4e00-\u9fff]{0,4}?是|我?最(?:喜欢|爱)|是|当然是)")
#: "你最喜欢吃什么？" - "寿司吧。": "我最喜欢吃寿司。"
_ZH_FAVORITE_DOING = lazy(r"(?:你|您)最(?:喜欢|爱)(?P<v>吃|喝|看|听|玩)(?:的是)?(?:什么|哪)")
#: A reply that is a clause with its subject left out, as Chinese does (去年搬到了苏州, 在腾讯上班): said by the one replying.
_ZH_CLAUSE = lazy(r"^(?:去年|今年|前年|上个?月|最近|刚刚?|已经|早就|现在|目前|一直)*(?:搬到了?|搬去了?|搬来了?|住在|跳槽到了?|"
                  r"在[^，,。]{1,10}?(?:工作|上班|上学|读书|念书|当|做)|(?:大学|高中|研究生)?毕业于|(?:当|做|干)了)")  # 在小学当老师, 当了三年老师
#: "Are you married?", 你结婚了吗？: a status other than married may answer it ("Divorced, actually.", 还没有，单身。).
_ASKS_MARRIED = lazy(r"\bare\s+(?:you|u)\s+married\b|(?:你|您)结婚了?(?:吗|没)", re.I)
_STATUS = {
    "en": lazy(r"^(?:(?:no|nope|nah|not\s+anymore|not\s+yet)[\s,.!]+)?(?:i'm\s+|i\s+am\s+)?(?P<s>divorced|single|widowed|engaged|separated)\b"
               r"(?!\s*\?|[\s,]+(?:but|and)\s+(?:not|never)\b)", re.I),
    "zh": lazy(r"^(?:(?:还)?没有?|不是|没)?[，,]?\s*(?:我)?(?:已经|早就)?(?:还是)?(?P<s>单身|离婚了|离异|订婚了|丧偶|离了)(?!\s*[?？吗])"),
}
#: A question whether the one asked still lives or works somewhere (你还住在望京吗？): a reply of no, then where
#: now, is theirs ("没有，搬到了朝阳那边").
_ZH_STILL_THERE = lazy(r"(?:你|您)(?:还|现在|是不是|也|已经|最近)*(?:住在|在[^，,。？?]{1,10}?(?:工作|上班|上学|读书))[^？?]*(?:吗|吧|么)?[？?]$")
_ZH_NO_BUT = lazy(r"^(?:没有|没|不是|不|早就不了|早不了)[了啊呀呢]*[，,]\s*")
#: "你有几个孩子？" - "两个。": "我有两个孩子。"
_ZH_HOW_MANY = lazy(r"(?:你|您)有几(?P<m>个|只|条)(?P<k>孩子|儿子|女儿|兄弟姐妹|哥哥|姐姐|弟弟|妹妹|宠物|猫|狗)")
_ZH_COUNT = lazy(r"^(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})$")

_QUESTION_END = lazy(r"[?？]\s*$")
#: A reply that refuses, doubts or denies: nothing to state.
_NOTHING = lazy(r"^(?:no|nope|nah|none|not\s+really|nothing|i\s+don't|i\s+do\s+not|i\s+didn't|i'd\s+rather|i\s+would\s+rather|"
                r"rather\s+not|not\s+sure|i'm\s+not\s+sure|i\s+don't\s+know|idk|why|what|who|never\s+mind|skip|pass)\b|"
                r"^(?:没有|没|不|不是|不知道|不想说|保密|不方便|算了|为什么|干嘛)", re.I)
#: A reply that is a statement of its own ("I'm a nurse", "我叫王芳"): read as it is.
_STATEMENT = lazy(r"^(?:i|i'm|i've|my|we|we're|our)\b|^(?:我|我们)(?!\S*?$)", re.I)
_YES = lazy(r"^(?:yes|yeah|yep|yup|sure|of\s+course|well|oh|um|uhm|umm|uh|er|erm|hmm|so|ok|okay|嗯|哦|啊|好|呃)[\s,，!.。:…-]*",
           re.I)
#: A reply that puts the answer off: "Boy, that's a long story", "It's complicated", "Good question!"
_PUT_OFF = lazy(r"\b(?:long\s+story|(?:it's|it\s+is|that's|that\s+is)\s+complicated|good\s+question|hard\s+to\s+say|"
                r"where\s+do\s+i\s+(?:start|begin)|don't\s+ask)\b", re.I)
#: Interjections a reply opens with: "Boy, Lisbon, of all places!", "Man, in Ohio.", "Uhm... Detroit."
_INTERJECTION = lazy(r"^(?:(?:oh\s+)?(?:boy|man|gosh|geez|jeez|wow|whoa|ha|haha|hmm|god|golly|dude|ah|um|umm|uhm|uh|er|erm)"
                     r"\s*[,!.…]+\s*)+", re.I)
_LONGEST = {"en": 12, "zh": 24}  # words (English) or characters (Chinese) of a reply read as a fragment
#: A first sentence that may be the whole answer: not a yes, a no, a greeting or a filler ("Yep, John!", "Uhm...").
_ANSWER_FIRST = lazy(r"^(?!(?:yes|yeah|yep|yup|sure|hey|hi|hello|oh|well|no|nope|nah|um|uhm|umm|uh|er|erm|hmm|嗯|哦|啊|呃|对|是的|没有|不)"
                     r"(?:\b|(?=[\u4e00-\u9fff，,。.!！…])))", re.I)
_FIRST_LONGEST = {"en": 6, "zh": 12}
#: The first sentence of a reply, and the rest ("Detroit. We moved when I was ten.").
_FIRST_SENTENCE = lazy(r"^(?P<first>[^.!?。！？]+[.!?。！？]+)(?P<rest>.*)$", re.S)


def restate_reply(question_turn: str, reply: str, lang: str) -> str | None:
    """The statement ``reply`` makes as the answer to the last question of ``question_turn`` (see the module
    doc), in ``lang`` ("en" or "zh"); None when it is no short answer to a question the frames know."""
    question = _last_question(question_turn)
    if question is None or asks_on_about_kin(question_turn, lang):
        return None  # "How's your sister? Still at Google?" - "Yes.": the sister's work, not the replier's
    if lang == "zh":
        reply = _uncalled(reply)  # 阿姨，长沙的。: the answer after the one asked is called
    question, reply = plain_question(question, lang), plain_reply(reply, lang)  # "What's your husband do?" - "well, ..."
    if (still := still_there(question, reply, lang) or still_member(question, reply, lang)
            or still_at_work(question, reply, lang)) is not None:
        # "Are you still in Boston?" - "Yep."; "Are you still in the choir?" - "yep, still singing alto"; "Still at
        # Deloitte?" - "Nope, I'm at a startup now." (:mod:`.work_replies`)
        return still
    status = _STATUS.get(lang, _STATUS["en"]).match(reply.strip()) if _ASKS_MARRIED.search(question) else None
    if status is not None:  # "Are you married?" - "Divorced, actually." / 你结婚了吗？ - 还没有，单身。
        said = status.group("s").lower() if lang == "en" else status.group("s").replace("离了", "离婚了")  # 离了: divorced
        return _said(f"I am {said}" if lang == "en" else f"我{said}", lang)
    if lang == "zh":
        reply = town_after_region(question, reply)  # 你是哪里人？ - 湖南的，长沙: 湖南长沙
    found = _answer(question, reply, lang)
    if found is None and lang == "zh":
        return dropped_subject(question, reply)  # 你换车了？ - 对，买了辆特斯拉: 我买了辆特斯拉
    return found


def _answer(question: str, reply: str, lang: str) -> str | None:
    """The statement of :func:`restate_reply`, by the frames, from the plain question and reply."""
    if lang == "zh" and _ZH_STILL_THERE.search(question) and (no := _ZH_NO_BUT.match(reply.strip())) is not None:
        rest = reply.strip()[no.end():]
        return _said(f"我{rest.rstrip('。！!')}", lang) if _ZH_CLAUSE.match(rest) else None  # 没有，搬到了朝阳那边
    if lang == "zh" and (own := own_kin_reply(question, reply)) is not None:
        return own  # 你家孩子多大了？ - 儿子今年六岁了: 我儿子今年六岁了
    first = _FIRST_SENTENCE.match(reply.strip())
    if first is None or not first.group("rest").strip() or not _ANSWER_FIRST.match(first.group("first")) \
            or len(first.group("first").split() if lang == "en" else first.group("first")) > _FIRST_LONGEST[lang]:
        return _restate(question, reply, lang)  # one sentence; "Yes. A cat named Mochi."; "Yeah, rock's awesome! I..."
    answer = _restate(question, first.group("first"), lang)  # 你老家是哪里的？ - 山东烟台。我爸前年去世了……
    return None if answer is None else answer + (" " if lang == "en" else "") + first.group("rest").strip()


def _restate(question: str, reply: str, lang: str) -> str | None:
    text = _INTERJECTION.sub("", reply.strip()).rstrip(".。!！") if lang == "en" else reply.strip().rstrip(".。!！")
    if not text or _QUESTION_END.search(text) or _NOTHING.match(text) or _PUT_OFF.search(text):
        return None
    if lang == "zh" and text.startswith("我") and _ZH_CLAUSE.match(text[1:]):
        return None  # 我在市一院当护士，三班倒: a statement of its own, read as it is
    size = len(text.split()) if lang == "en" else len(text)
    if size > _LONGEST.get(lang, 12):
        return None
    for frame in _frames(question, lang):
        if not frame.asked.search(question):
            continue
        if lang == "zh" and _ZH_CLAUSE.match(text):
            return _said(f"{frame.who}{text}", lang)  # 你住哪儿？ - 去年搬到了苏州。
        answer = _EN_HEDGE.sub("", text) if lang == "en" else text
        if frame.shape is not None and "{a}" not in frame.template:  # a yes to a yes/no question ("Are you married?")
            yes = frame.shape.match(answer)
            if yes is None:
                return None
            rest = answer[yes.end():].strip(" ,，!！.。")  # "Yes, and we have two kids.": said too
            return _said(frame.template, lang) + (f" {rest}" if rest else "")
        if frame.lead is not None:
            answer = frame.lead.sub("", answer, count=1).strip(" ,，")
        elif _STATEMENT.match(answer) and not (frame.mine and answer.lower().startswith("my ")):
            return None
        if frame.tail is not None:  # each piece of a Chinese answer ends so: 湖南人，长沙的 is 湖南，长沙
            answer = "，".join(frame.tail.sub("", p).strip() for p in re.split(r"[，,]", answer)) if lang == "zh" \
                else frame.tail.sub("", answer).strip()
        if frame.common and answer:
            answer = answer[0].lower() + answer[1:]
        if frame.article and answer and not re.match(r"(?:a|an|the)\s", answer):
            answer = ("an " if answer[0] in "aeiou" else "a ") + answer
        if frame.shape is not None and answer and not frame.shape.match(answer):
            continue  # "Where are you from?" - "Born in Manila ...": the next frame of the question
        if not answer or (_STATEMENT.match(answer) and not answer.startswith(("我们", "我家"))
                          and not (frame.mine and answer.lower().startswith("my "))):
            return None
        if frame.lead is not None and _YES.fullmatch(answer):
            return None
        rest = ""
        if lang == "zh" and not frame.template.endswith("{a}") and (cut := re.search(r"[，,]", answer)):
            answer, rest = answer[:cut.start()], answer[cut.start():]  # 武汉大学，学的心理学: the rest said after
        return _said(frame.template.format(a=answer) + rest, lang)
    return None


#: What a Chinese reply may open with to call the one who asked, before a comma: a relative or one called as a
#: relative (阿姨，长沙的), a title (老师，在腾讯), a partner (老公，…), or a surname and a title (王老师，…:
#: :func:`~kg_memory.extract.chinese.segment.is_titled_name`); a name alone may be the answer (小白，是只英短).
_ZH_CALL_TERMS = frozenset("阿姨 叔叔 大爷 大妈 大叔 大婶 大哥 大姐 奶奶 爷爷 姥姥 姥爷 外婆 外公 舅舅 舅妈 姑姑 姑父 姨 姨妈 伯伯 伯母 "
                           "婶婶 哥 姐 哥哥 姐姐 妈 爸 妈妈 爸爸 老妈 老爸 老师 师傅 医生 大夫 老板 领导 老公 老婆 亲爱的 宝贝 "
                           "先生 女士 小姐 经理 同学 护士 警官 教练".split())
_ZH_CALL_FIRST = lazy(r"^(?P<c>[\u4e00-\u9fff·]{1,5})[，,]\s*(?=\S)")


def _uncalled(reply: str) -> str:
    """``reply`` without the call of the one who asked that opens it: 阿姨，我是湖南人 is 我是湖南人 (阿姨 is no
    answer); 北京，海淀区 stays as it is.

    >>> _uncalled("阿姨，我是湖南人，长沙的。"), _uncalled("北京，海淀区。")
    ('我是湖南人，长沙的。', '北京，海淀区。')
    """
    m = _ZH_CALL_FIRST.match(reply.strip())
    if m is None:
        return reply
    call = m.group("c")
    if call not in _ZH_CALL_TERMS:
        from .chinese.segment import is_titled_name  # Chinese replies only: English never loads the segmenter

        if not is_titled_name(call):
            return reply  # 小白，是只英短: a name may be the answer (你家的猫叫什么？)
    return reply.strip()[m.end():]


def _last_question(turn: str) -> str | None:
    """The last sentence of ``turn`` when it is a question (to whoever replies); the one before when the last is a
    guess of a few words (你住哪儿来着？海淀？)."""
    text = turn.strip()
    if not _QUESTION_END.search(text):
        return None
    parts = re.split(r"(?<=[.!?。！？])\s*", text.rstrip("?？ ").strip())
    if len(parts) > 1 and _GUESS.match(parts[-1]) and _QUESTION_END.search(parts[-2]):
        return parts[-2].rstrip("?？") + "?"
    return (parts[-1] if parts else text) + "?"


#: A guess after a question: 海淀, "SF", "Google" (a few words, no one asked).
_GUESS = lazy(r"^(?:[\u4e00-\u9fff]{1,6}(?:吧|吗)?|(?-i:[A-Z])[\w.'&-]*(?:\s+(?-i:[A-Z])[\w.'&-]*){0,2})$")


def _frames(question: str, lang: str) -> tuple[_Frame, ...]:
    """The frames of ``lang``, with the favourite and the relative's name read from the question."""
    if lang == "zh":
        if (m := ZH_KIN_DOES.search(question)) is not None:  # 你老公是干嘛的？ - 程序员: 我老公是程序员
            return (_Frame(ZH_KIN_DOES, f"我{m.group('k')}是{{a}}", lazy(r"^(?:(?:他|她)?(?:是|做|当))"),
                           lazy(r"^[\u4e00-\u9fff]{1,10}(?:[，,].*)?$"), who=f"我{m.group('k')}"),
                    *_ZH_FRAMES)
        if (m := ZH_KIN_WHO.search(question)) is not None:  # 你室友是谁啊？ - 小雨，大学同学: 我室友是小雨，大学同学
            return (_Frame(ZH_KIN_WHO, f"我{m.group('k')}是{{a}}", lazy(r"^(?:是|叫)"),
                           lazy(r"^[\u4e00-\u9fff·]{2,4}(?:[，,].*)?$|^[A-Z][\w'.-]*(?:[，,].*)?$")), *_ZH_FRAMES)
        if (m := ZH_KIN_FROM.search(question)) is not None:  # 你老公是哪里人？ - 东北的，哈尔滨: 我老公是哈尔滨人
            return (_Frame(ZH_KIN_FROM, f"我{m.group('k')}是{{a}}人", lazy(r"^(?:(?:他|她)?是)"), tail=lazy(r"(?:人|的)$")),
                    *_ZH_FRAMES)
        if (m := _ZH_KIN_NAME.search(question)) is not None:
            k = m.group("k")
            return (_Frame(_ZH_KIN_NAME, f"我{'家' if k[0] in '狗猫宠' else ''}{k}叫{{a}}", lazy(r"^(?:叫|他叫|她叫|它叫)"),
                           lazy(r"^[\u4e00-\u9fff·]{1,8}(?:[，,].*)?$|^[A-Z][\w'.-]*(?:[，,].*)?$")), *_ZH_FRAMES)
        if (m := _ZH_KIN_WHERE.search(question)) is not None:
            work = m.group("v") is not None
            return (_Frame(_ZH_KIN_WHERE, f"我{m.group('k')}{'在{a}工作' if work else '住在{a}'}",
                           lazy(r"^(?:(?:他|她|他们|她们)?(?:住在|在|住))"), who=f"我{m.group('k')}"), *_ZH_FRAMES)
        if (m := _ZH_HOW_LONG.search(question)) is not None:
            return (_Frame(_ZH_HOW_LONG, f"我在{m.group('o')}{m.group('v')}了{{a}}了", None, _ZH_SPELL,
                           lazy(r"了$")), *_ZH_FRAMES)  # 八年左右: 我在北京住了八年左右了 (there still)
        if (m := _ZH_HOW_MANY.search(question)) is not None:
            return (_Frame(_ZH_HOW_MANY, f"我有{{a}}{m.group('m')}{m.group('k')}", lazy(r"^我?有"), _ZH_COUNT,
                           lazy(f"{m.group('m')}(?:{m.group('k')})?$")), *_ZH_FRAMES)
        if (m := _ZH_FAVORITE_DOING.search(question)) is not None:
            return (_Frame(_ZH_FAVORITE_DOING, f"我最喜欢{m.group('v')}{{a}}", _ZH_FAVORITE_LEAD,
                           lazy(r"^(?![我你他她不没])[^，,。！？!?]{1,12}$"), lazy(r"(?:吧|啦|呀|啊)$")), *_ZH_FRAMES)
        m = _ZH_FAVORITE.search(question)
        if m is not None and not re.search("什么|哪|谁", m.group("k")) and m.group("k")[0] not in "做干去吃玩喝看听":
            return (_Frame(_ZH_FAVORITE, f"我最喜欢的{m.group('k')}是{{a}}", _ZH_FAVORITE_LEAD,
                           lazy(r"^(?![我你他她不没])[^，,。！？!?]{1,12}$"), lazy(r"(?:吧|啦|呀|啊)$")), *_ZH_FRAMES)
        return _ZH_FRAMES
    extra = []
    if (m := _EN_FAVORITE.search(question)) is not None:
        extra.append(_Frame(_EN_FAVORITE, f"My favorite {m.group('k').lower()} is {{a}}", lazy(r"^(?:it's|probably|definitely)\s+",
                                                                                             re.I)))
    if (m := _EN_HOW_MANY.search(question)) is not None:
        extra.append(_Frame(_EN_HOW_MANY, f"I have {{a}} {m.group('k').lower()}", lazy(r"^i\s+have\s+", re.I), _EN_COUNT))
    if (m := _EN_DO_YOU.search(question)) is not None:  # "Do you like dogs?" - "Yes!": "I like dogs."
        extra.append(_Frame(_EN_DO_YOU, f"I {m.group('v').lower()} {m.group('x')}", shape=_EN_YES))
    if (m := _EN_KIN_WHERE.search(question)) is not None:
        k, live = m.group("k").lower(), m.group("v").lower() == "live"
        verb = ("live" if live else "work") + ("" if k in _EN_PLURAL_KIN else "s")
        extra.append(_Frame(_EN_KIN_WHERE, f"My {k} {verb} {'in' if live else 'at'} {{a}}",
                            lazy(r"^(?:(?:they|she|he)\s+(?:live|lives|work|works)\s+)?(?:in|at|for|near|with)\s+", re.I)))
    if (m := _EN_KIN_DOES.search(question)) is not None:
        k = m.group("k").lower()
        extra.append(_Frame(_EN_KIN_DOES, f"My {k} {'are' if k in _EN_PLURAL_KIN else 'is'} {{a}}",
                            lazy(r"^(?:(?:she|he|they)(?:'s|\s+is|'re|\s+are)|she's|he's)\s+", re.I),
                            lazy(r"^(?:(?:a|an)\s+)?(?!(?:he|she|they|we|i)\s)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}$", re.I),
                            common=True,  # "He drives a bus.": a clause of its own, read as it is
                            article=k not in _EN_PLURAL_KIN))
    if (m := _EN_HOW_LONG.search(question)) is not None:
        extra.append(_Frame(_EN_HOW_LONG, f"I have {m.group('v').lower()} {m.group('p')} {m.group('o')} for {{a}}",
                            lazy(r"^(?:for\s+)", re.I), _EN_SPELL))
    if (m := EN_KIN_WHO.search(question)) is not None:  # "Who's your roommate?" - "Priya.": "My roommate is Priya."
        extra.append(_Frame(EN_KIN_WHO, f"My {m.group('k').lower()} is {{a}}", lazy(r"^(?:it's|that's|that\s+would\s+be)\s+",
                                                                                   re.I),
                            lazy(r"^(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*)?(?:,.*)?$")))
    if EN_STUDYING.search(question):  # "What are you studying?" - "Nursing at UW.": "I am studying nursing at UW."
        extra.append(_Frame(EN_STUDYING, "I am studying {a}", lazy(r"^(?:i'm\s+studying|i\s+study)\s+", re.I), common=True))
    if EN_CAR.search(question):  # "What car did you end up getting?" - "A Subaru Outback.": "I drive a Subaru Outback."
        extra.append(_Frame(EN_CAR, "I drive {a}", lazy(r"^(?:(?:yes|yep|yup|yeah|finally|we\s+did|i\s+did)\b[!.,\s]*)*"
                                                         r"(?:(?:i|we)\s+(?:got|bought|drive|have)|just|still)?\s*", re.I)))
    if (m := _EN_THEIR_NAME.search(question)) is not None:
        extra.append(_Frame(_EN_THEIR_NAME, f"My {m.group('k').lower()}'s name is {{a}}", lazy(r"^(?:it's|her\s+name\s+is|"
                                                                                           r"his\s+name\s+is)\s+", re.I)))
    return (*extra, *_EN_FRAMES)


def _said(statement: str, lang: str) -> str:
    return statement + ("." if lang == "en" else "。")
