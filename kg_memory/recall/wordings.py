"""Questions for one relation worded around it, read before the word-by-word reading of :mod:`.relations`.

"What does Ann do for a living?" asks for her job, "What is Ann's dog called?" for her pet, "Which cities
has Ann been to?" for the places she visited: the words around the name are no relation phrase of the
vocabulary, so :class:`~.relations.Lexicon` reads them with these patterns first. Each pattern's group
``who`` holds the name, read again as any question's name.

>>> ASKS_FOR[0][0].match("What does Ann do for fun?").group("who")
'Ann'
"""

from __future__ import annotations

import re

__all__ = ["ASKS_FOR", "CLAUSE_IN_NAME", "EN_DOES", "EN_PET_NAME", "FAVORITE_KIND", "GOES_TO_AT_END", "GO_TO_SCHOOL",
           "SCHOOL_NOUN", "WORK", "ZH_DOES", "ZH_PET_NAME"]

#: "What does Ann do (for a living / for work)?", "安娜是做什么的？", "安娜做什么工作？", "安娜是干嘛的？": what someone does
#: for work.
#: ("What did Ann do?" asks what she did then, unless "for a living").
EN_DOES = re.compile(r"^\s*what\s+(?:(?:do|does)\s+(?P<who>.+?)\s+do(?:\s+for\s+(?:a\s+)?(?:living|work))?"
                     r"|did\s+(?P<was>.+?)\s+do\s+for\s+(?:a\s+)?(?:living|work))\s*[?.!]*\s*$", re.I)
ZH_DOES = re.compile(r"^\s*(?P<who>.+?)(?:是|现在|目前)?(?:做什么(?:工作)?的?|干(?:什么|嘛|啥)的|做啥的|干(?:什么|啥)工作|"
                     r"从事什么(?:工作|职业|行业)?|的工作是什么)"
                     r"\s*[？?。]*\s*$")
WORK = frozenset({"jobTitle", "worksFor"})
#: Questions for one relation (or a few, space-separated) worded around it: "What does Ann do for fun?" (her pastimes),
#: "What is Ann's full name?", "安娜平时喜欢做什么？".
ASKS_FOR = (
    (re.compile(r"^\s*what\s+(?:do|does|did)\s+(?P<who>.+?)\s+(?:like\s+to\s+)?do\s+(?:for\s+fun|in\s+(?:her|his|their)"
                r"\s+(?:free|spare)\s+time)\s*[?.!]*\s*$", re.I), "hobby"),
    # "What does Ann want to do?", "What does Ann hope to become?": her goals, not her job
    (re.compile(r"^\s*what\s+(?:do|does|did)\s+(?P<who>.+?)\s+(?:want|hope|plan|wish|dream|aim)s?\s+(?:to\s+)?(?:do|be|become)"
                r"(?:\s+(?:in\s+the\s+future|one\s+day|someday|next))?\s*[?.!]*\s*$", re.I), "goal"),
    # "What is Ann training for?", "What is Ann saving up for?", "安娜在准备什么？": her goals
    (re.compile(r"^\s*what\s+(?:is|was|are|were)\s+(?P<who>.+?)\s+(?:training|preparing|saving(?:\s+up)?|studying|"
                r"working\s+(?:hard\s+)?|practi[cs]ing)\s+for\s*[?.!]*\s*$", re.I), "goal"),
    (re.compile(r"^\s*(?P<who>.+?)(?:最近|现在)?在(?:准备|备战|备考|筹备|练习|攒钱准备)(?:什么|啥)\s*[？?。]*\s*$"), "goal"),
    # "What does Ann call Tom?", "What do people call Tom?", "安娜怎么称呼李雷？": how Tom is addressed
    (re.compile(r"^\s*what\s+(?:do|does|did)\s+(?:\S+(?:\s+\S+)?)\s+call\s+(?P<who>.+?)\s*[?.!]*\s*$", re.I), "addressedAs"),
    (re.compile(r"^\s*(?:\S{1,6}?)(?:怎么|如何)称呼(?P<who>.+?)\s*[？?。]*\s*$"), "addressedAs"),
    # "What instrument does Ann play?", "What sports does Ann play?": what she plays (a skill, pastime or habit; not all
    # she likes, which would crowd out the turns that tell)
    (re.compile(r"^\s*(?:what|which)\s+(?:kinds?\s+of\s+)?(?:instruments?|sports?|games?)\s+(?:do|does|did|can)\s+"
                r"(?P<who>.+?)\s+play\s*[?.!]*\s*$", re.I), "skill hobby habit"),
    # "What does Ann drive?", "What car does Ann have?", "安娜开什么车？": what she owns
    (re.compile(r"^\s*what\s+(?:(?:kind|type|sort|make)\s+of\s+)?(?:(?:car|vehicle|truck|bike|motorcycle)\s+)?(?:do|does|did)\s+"
                r"(?P<who>.+?)\s+drive\s*[?.!]*\s*$", re.I), "owns"),
    (re.compile(r"^\s*what\s+(?:(?:kind|type|sort|make)\s+of\s+)?(?:car|vehicle|truck|bike|motorcycle)\s+(?:do|does|did)\s+"
                r"(?P<who>.+?)\s+(?:have|own|drive)\s*[?.!]*\s*$", re.I), "owns"),
    (re.compile(r"^\s*(?P<who>.+?)(?:现在)?(?:开的是|开的|开)(?:一辆)?(?:什么|啥|哪款)(?:牌子的)?车\s*[？?。]*\s*$"), "owns"),
    # "What instrument is Ann learning?", "安娜在学什么乐器？": what she is learning to play
    (re.compile(r"^\s*(?:what|which)\s+(?:kinds?\s+of\s+)?(?:instruments?|sports?)\s+(?:is|was|has)\s+"
                r"(?P<who>.+?)\s+(?:been\s+)?(?:learning|taking\s+lessons\s+in|practi[cs]ing|picking\s+up)\s*[?.!]*\s*$",
                re.I), "hobby skill"),
    (re.compile(r"^\s*(?P<who>.+?)(?:最近|现在)?在(?:学|练)(?:什么|哪种|啥)(?:乐器|运动)\s*[？?。]*\s*$"), "hobby skill"),
    # "Who is Ann engaged to?", "Who is Ann's fiancé?", "安娜和谁订婚了？": her partner to be
    (re.compile(r"^\s*who\s+(?:is|was|'s)\s+(?P<who>.+?)\s+(?:engaged|getting\s+married)\s+to\s*[?.!]*\s*$", re.I),
     "partner spouse"),
    (re.compile(r"^\s*who\s+(?:is|was|'s)\s+(?P<who>.+?)'s?\s+(?:fianc[eé]e?|husband-to-be|wife-to-be)\s*[?.!]*\s*$", re.I),
     "partner spouse"),
    (re.compile(r"^\s*(?P<who>.+?)(?:和|跟|与)谁订(?:了)?婚(?:了)?\s*[？?。]*\s*$"), "partner spouse"),
    (re.compile(r"^\s*(?P<who>.+?)的未婚(?:夫|妻)是谁\s*[？?。]*\s*$"), "partner spouse"),
    # "What has Ann been getting into lately?", "What is Ann into these days?", "安娜最近迷上了什么？": a new interest
    (re.compile(r"^\s*what\s+(?:has|is|'s)\s+(?P<who>.+?)\s+(?:been\s+)?(?:getting\s+)?into(?:\s+(?:lately|recently|"
                r"these\s+days|now))?\s*[?.!]*\s*$", re.I), "hobby likes"),
    (re.compile(r"^\s*(?P<who>.+?)(?:最近|现在)?(?:迷上|爱上|喜欢上)了?(?:什么|啥)\s*[？?。]*\s*$"), "hobby likes"),
    # "What injury does Ann have?", "How did Ann get hurt?": an injury (a trait)
    (re.compile(r"^\s*what\s+(?:injury|injuries)\s+(?:does|did|has)\s+(?P<who>.+?)\s+(?:have|had|got|get|suffer)"
                r"\s*[?.!]*\s*$", re.I), "trait"),
    (re.compile(r"^\s*how\s+did\s+(?P<who>.+?)\s+get\s+(?:hurt|injured)\s*[?.!]*\s*$", re.I), "trait"),
    # "安娜会什么乐器？", "安娜信什么教？", "安娜吃素吗？", "安娜在哪上的学？": her skills, faith, diet, school
    (re.compile(r"^\s*(?P<who>.+?)会(?:弹|拉|吹|玩)?(?:什么|哪些|哪种|几种)乐器\s*[？?。]*\s*$"), "skill hobby habit"),
    (re.compile(r"^\s*(?P<who>.+?)(?:信|信仰|信的是)(?:什么|哪个|哪种|啥)(?:教|宗教)\s*[？?。]*\s*$"), "religion"),
    (re.compile(r"^\s*(?P<who>.+?)(?:是)?(?:吃素|素食者?|素食主义者)(?:的)?(?:吗|么|不)\s*[？?。]*\s*$"), "diet"),
    (re.compile(r"^\s*(?P<who>.+?)(?:是)?在(?:哪|哪里|哪儿)(?:上|读|念)的?(?:学|书|大学)\s*[？?。]*\s*$"), "studiesAt educatedAt"),
    # "What kind of pet does Ann have?", "What kind of dog does Ann have?": her pets
    (re.compile(r"^\s*what\s+(?:kinds?|types?|sorts?|breeds?)\s+of\s+(?:pets?|animals?|dogs?|cats?)\s+(?:do|does|did)\s+"
                r"(?P<who>.+?)\s+(?:have|own|keep)\s*[?.!]*\s*$", re.I), "hasPet"),
    # "Where did Ann grow up?", "安娜在哪长大的？": her home town
    (re.compile(r"^\s*where\s+did\s+(?P<who>.+?)\s+grow\s+up\s*[?.!]*\s*$", re.I), "hometown birthPlace"),
    (re.compile(r"^\s*(?P<who>.+?)(?:是)?在(?:哪|哪里|哪儿|什么地方)长大的?\s*[？?。]*\s*$"), "hometown birthPlace"),
    # "When did Ann move to Lisbon?", "安娜什么时候搬到上海的？": her homes (the one named first, see .answers)
    (re.compile(r"^\s*(?:when|what\s+year|in\s+what\s+year|how\s+long\s+ago)\s+did\s+(?P<who>.+?)\s+(?:move|relocate)\s+"
                r"(?:back\s+)?(?:to|into)\s+[^?]+?\s*[?.!]*\s*$", re.I), "livesIn"),
    (re.compile(r"^\s*(?P<who>.+?)(?:是)?(?:什么时候|哪年|哪一年|何时|几时)搬(?:到|去|回|家到)了?[^？?]+?的?\s*[？?。]*\s*$"), "livesIn"),
    # "Is Ann vegetarian?", "Is Ann on a diet?": her diet
    (re.compile(r"^\s*is\s+(?P<who>.+?)\s+(?:an?\s+)?(?:vegetarian|vegan|pescatarian|on\s+a\s+diet|keto|gluten[-\s]free)"
                r"\s*[?.!]*\s*$", re.I), "diet"),
    (re.compile(r"^\s*what(?:'s|\s+is|\s+was)\s+(?P<who>.+?)'s?\s+(?:full|real|whole)\s+name\s*[?.!]*\s*$", re.I), "name"),
    (re.compile(r"^\s*(?P<who>.+?)是(?:哪个|哪所|哪一所|什么)(?:大学|学校)毕业的?\s*[？?。]*\s*$"), "educatedAt"),
    (re.compile(r"^\s*(?P<who>.+?)(?:学|读|念|修)的?(?:是)?(?:什么|哪个)专业\s*[？?。]*\s*$"), "fieldOfStudy"),
    # "安娜平时做什么？" (what she usually does: pastimes and habits), "安娜喜欢做什么？" (not her job: 做什么)
    (re.compile(r"^\s*(?P<who>.+?)(?:平时|平常|业余时间|空闲时|周末)(?:喜欢|爱|会)?(?:做|干|玩)(?:些)?什么\s*[？?。]*\s*$"), "hobby habit"),
    (re.compile(r"^\s*(?P<who>.+?)(?:最|很|比较)?(?:喜欢|爱)(?:做|干|玩)(?:些)?什么\s*[？?。]*\s*$"), "hobby likes habit"),
    # "Which cities has Ann been to?", "What European countries has Ann visited?", "Where did Ann travel?",
    # "安娜去过哪些地方？": the places visited
    (re.compile(r"^\s*(?:where|(?:which|what)\s+(?:[\w.]+\s+)?(?:cities|countries|places|states|towns))\s+(?:has|have|did)\s+(?P<who>.+?)"
                r"\s+(?:been(?:\s+to)?|visit(?:ed)?|travell?(?:ed)?(?:\s+to)?|gone\s+to|go\s+(?:to|on\s+(?:vacation|holiday|"
                r"a\s+trip)))\s*[?.!]*\s*$", re.I), "visited"),
    # "安娜哪里受伤了？": an injury (a trait, 手腕骨折)
    (re.compile(r"^\s*(?P<who>.+?)(?:哪里|哪儿|什么地方)(?:受伤|骨折|摔伤|扭伤)了?\s*[？?。]*\s*$"), "trait"),
    # "Where did Ann go camping?", "安娜去哪儿露营了？": where an outing was
    (re.compile(r"^\s*where\s+(?:did|does|do)\s+(?P<who>.+?)\s+go\s+[a-z]+ing(?:\s+(?:last|this)\s+\w+)?\s*[?.!]*\s*$", re.I),
     "visited"),
    (re.compile(r"^\s*(?P<who>.+?)(?:都|还)?(?:去过|到过|去了|去)(?:哪些|哪|哪里|哪儿|什么)(?:地方|城市|国家)?"
                r"(?:旅游|旅行|玩|露营|徒步|爬山|滑雪|钓鱼|潜水|冲浪|度假)?(?:过|了)?\s*[？?。]*\s*$"), "visited"),
)
#: The kind after "favorite" ("Ann's favorite food"): the vocabulary's ``favorite`` holds every kind.
FAVORITE_KIND = re.compile(r"\b(favou?rite)\s+(?!of\b)[a-z]+(?:\s+(?:show|team|game|star))?\b")
GO_TO_SCHOOL = re.compile(r"\b(?:go|goes|went|going)\s+to\s+(college|school|university)\b", re.I)
SCHOOL_NOUN = re.compile(r"\b(?:college|school|university)\b", re.I)
GOES_TO_AT_END = re.compile(r"\b(?:go|goes|went|going)\s+to(?=\s*[?.!]*\s*$)", re.I)
#: "What is Ann's dog called?", "What's the name of Ann's cat?", "What are Ann's pets' names?",
#: "安娜的猫叫什么名字？": a pet's name.
_PETS = "dog|cat|puppy|kitten|pet|bird|parrot|rabbit|bunny|hamster|turtle|horse|fish"
EN_PET_NAME = re.compile(
    rf"^\s*what(?:'s|\s+is|\s+was)\s+(?:(?:the\s+)?name\s+of\s+(?P<of>.+?)'s?\s+(?:{_PETS})"
    rf"|(?P<who>.+?)'s?\s+(?:{_PETS})(?:'s\s+name|\s+called|\s+named))\s*[?.!]*\s*$"
    rf"|^\s*what\s+(?:are|were)\s+(?P<all>.+?)'s?\s+(?:{_PETS})s'?\s+names\s*[?.!]*\s*$", re.I)
ZH_PET_NAME = re.compile(r"^\s*(?P<who>.+?)(?:养)?的(?:猫咪?|小猫|狗狗?|小狗|宠物|鸟|鹦鹉|兔子|仓鼠|乌龟|鱼)"
                         r"(?:叫什么|叫啥|的名字是什么|的名字叫什么|名字叫什么|名字是什么)(?:名字)?\s*[？?。]*\s*$")
#: Words of a clause, not of a name: "What does Jon tell Gina he won't do?" asks what he won't do.
CLAUSE_IN_NAME = re.compile(r"\b(?:he|she|they|it|i|you|we)\b|n't\b|\bnot\b|[，,]", re.I)
