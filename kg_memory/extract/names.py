"""Whether a piece of text may be a person's name, in English and in Chinese.

:func:`plausible_name` keeps interjections, common words and phrases out of the names speakers call each
other (:mod:`.speakers`); :func:`is_chinese_name` and :func:`is_transliterated_name` tell Chinese names
(张伟, 莫妮卡, 钱德勒·宾, 盖勒先生) from other words for the Chinese rules.

>>> plausible_name("Ross", frozenset()), plausible_name("Wait", frozenset()), is_chinese_name("莫妮卡")
(True, False, True)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .framework import lazy
from .lang import has_han
from .pronouns import gender_of_name

__all__ = ["NAME_EDGE", "TITLE", "TITLE_HEAD", "WORD", "bids_before_name", "heads_a_list", "is_chinese_name", "is_transliterated_name",
           "lower_words", "plausible_name", "unshouted"]

_HAN = lazy(r"[\u4e00-\u9fff]")
#: A word written in lower case ("closure", "don't").
_LOWER_WORD = lazy(r"\b[a-z][a-z']+\b")

#: Words said to someone that are no names ("Wait, ...", "..., man!", "拜托，...", a language: "it's, ah, Gaelic, for...",
#: a group: "Ladies, ...", "Okay, people.", by what they are: "Judges, collect.", "Parents, wait outside.", how they
#: look: 帅哥, 尤物, what a desk asks for: "Name, please?", "Hi. Address?"), lower case.
_NOT_NAMES = frozenset("""
wait aw aww awww oh ooh oohh ohh uh uhm um umm huh eh hm hmm mm mmm whoa wow ho hey hi hello bye goodbye careful
exactly seriously probably promise sorry thanks thank please okay ok yes yeah yep no nope well look listen really
right sure fine great good cool man dude god jesus christ damn alright heads tails congratulations cheers stop come
go what why how who where when hold easy enough absolutely definitely totally honestly actually anyway again
fantastic perfect wonderful excellent amazing awesome nice gosh geez jeez boy ugh ew yay ah aha ha haha hah oops
whoops shh shoot yo guys everybody everyone sweetie honey baby sweetheart buddy pal sir madam ma'am miss mister mom
dad mommy daddy mother father grandma grandpa granny sis bro merry happy welcome morning night evening afternoon
yesterday today tonight tomorrow now then here there this that these those and but or so if because also just still maybe
perhaps indeed course anyhow otherwise besides i you he she we they it me him her us them my your his our their
mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december christmas thanksgiving easter hallelujah amen bravo encore bingo
although plus also see do does did remember alrighty besides meanwhile however apparently obviously clearly basically
老公 老婆 媳妇 师姐 师兄 师妹 师弟 师傅 师父 幼儿园 托班
麻醉 麻醉师 内科 承重墙 师范
luckily unfortunately fortunately hopefully personally frankly sadly suddenly finally first second next last later
score wow whatever hurry speech bless cut action cheese congrats relax shut move wake watch check mami papi mama papa
auntie abuela abuelo
irish english french american british italian german chinese japanese spanish mexican canadian russian jewish
catholic christian greek dutch swedish australian indian korean polish jr sr
latin gaelic hebrew yiddish arabic portuguese norwegian danish finnish ukrainian turkish mandarin cantonese hindi urdu
bengali punjabi persian farsi swahili vietnamese tagalog indonesian czech hungarian romanian bulgarian serbian
croatian esperanto klingon catalan icelandic sanskrit
excuse pardon na nah nuh uh-huh uh-uh tall short like wha whaa wh woah whoah woh sweety sweetums hun hon babe darling
hell heck not coming ay
lovely brilliant splendid marvellous marvelous terrific
kinda sorta gee op hombre amigo senor señor signor monsieur madame mademoiselle buon giorno ciao hola adios 哇噢
tiger champ kiddo 老虎 小狗 小猫 小可爱 宝贝儿
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
ladies gentlemen gents folks people kids boys girls children team class
judges parents campers players guests members scouts cadets rookies recruits residents nurses officers runners dancers
singers students volunteers passengers neighbors neighbours colleagues fellas lads crew staff troops
sometimes usually always never ever often once someday somehow anyways everything nothing something anything someone
somebody nobody all both
name names surname address occupation
拜托 谢谢 宝宝 宝贝 亲爱的 天啊 天哪 天呐 好吧 好的 是的 对 不 哦 嗯 啊 哈 嘿 喂 什么 真的 等等 听着 老兄 伙计 兄弟
先生 女士 小姐 夫人 哥们 妈 爸 妈妈 爸爸 各位 大家 朋友 医生 老师 老板 甜心 阿哈 哎呀 哎 唉 对不起 抱歉 没事 当然
劳驾 白痴 傻瓜 笨蛋 混蛋 蠢货 疯子 傻子 废物 骗子 懦夫 天才 雷神 老天爷 佛祖 耶稣 加油 再见 晚安 早安 你好 欢迎 恭喜 干杯 谢啦 好啊 是啊 对啊 不是 没错 小子 孩子 亲 哇 哇哦 喔 噢 呃 嗨 上帝 我的天
老天 天呀 快点 快 走吧 来吧 好了 行了 够了 停 别 看 听 等一下 等下 等会 你们 我们 他们 她们 伙计们 女士们 先生们 哈罗 哈啰 哈喽 保姆
明白 多谢 安静 东西 小姑娘 姑娘 小丫头 丫头 小伙子 小朋友 二叔 三叔 四叔 二姨 三姨 二舅 三舅 二姑 三姑 二婶 三婶 二伯 三伯
阿姨 伯伯 伯母 小姨 帅哥 美女 阿姨好 小帅哥 大帅哥 小美女 大美女 靓仔 靓女 尤物 美人儿
张嘴 张开 张口 张罗 小点声 小点儿声 白干 左转 右转 王八蛋
柯基 金毛 哈士奇 拉布拉多 萨摩耶 柴犬 比熊 博美 泰迪 边牧 德牧 英短 美短 布偶 橘猫 狸花猫
""".split())
#: Exclamations of disgust said to someone ("Gross, Dad.", "Yuck, Ray."), no name alone; some are surnames ("Mr. Gross")
_EXCLAIMED = frozenset("gross yuck yuk eww ick blech nasty".split())
#: Interjections spelled out: a letter three times, "hh", "uh", "mm", "ahh", "ohh-...", "mhm", "humph" / "hmpf"
_INTERJECTION = lazy(r"(.)\1\1|hh|^(?:u+h+|m+|h+m+|m+h+m+|a+h+|o+h+|h+u*m+p+[fh]*)(?:[-\s].*)?$", re.I)
#: A Chinese phrase with a pronoun, particle or number in it, or ending as a role noun or the head of a
#: nickname for a kind of person (马屁精 "suck-up", 大富翁, 胆小鬼, 可怜虫, 工作狂), or as a thing worn, held or
#: eaten (连衣裙 "dress", 胡椒瓶 "pepper shaker", 蛋糕), is no name; a nickname in 子 (涛子, 柱子) is one
#: (:func:`~kg_memory.extract.chinese.call_forms.zi_nickname`).
_NOT_ZH_NAME = lazy(r"^别|[的他她你我您它们一个这那是很在了不没吗呢吧啊呀哦嗯哈么让给被把因说和也都就还要会去来好]|"
                          r"(?:者|家|员|师|生|士|人|手|工|官|长|迷|子|们|客|精|翁|鬼|虫|狂|"
                          r"裙|裤|衫|袜|鞋|帽|瓶|杯|碗|盘|壶|罐|锅|盒|箱|袋|桌|椅|凳|床|灯|伞|糕|饼|糖|茶|汁)$")
#: Titles and greetings that are no part of a name ("Goodbye Mr.Smith" -> "Goodbye Mr").
NAME_EDGE = lazy(r"^(?:goodbye|bye|hi|hey|hello|thanks|thank)\b|\b(?:mr|mrs|ms|dr|miss|prof)\.?$", re.I)
#: A Latin name: one to three capitalised words ("Ross", "Chandler Bing", "Mr. Geller" is read as "Geller").
TITLE = r"(?:Mr|Mrs|Ms|Dr|Miss|Doctor|Professor|Prof|Auntie|Aunty|Aunt|Uncle|Grandma|Grandpa|Rabbi|Officer|Detective|Coach|Captain)"
#: Letters of Latin names with accents as well ("Inés", "José", "Zoë", "Élodie"): the Latin-1 letters.
UPPER, LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}]+|'[{UPPER}][{LOWER}]+)?"
_LATIN_NAME = lazy(rf"^(?:{TITLE}\s+)?{WORD}(?:\s+{WORD}){{0,2}}$")
TITLE_HEAD = lazy(rf"^{TITLE}\s+(?=[A-Z])")
#: A word made from another with a suffix ("Rubella-like", "Monica-ish"), or a compound adjective that opens a sentence
#: ("South-facing, lots of light.", "Good-looking, isn't he?", "Old-fashioned, but it works."): no name.
_NOT_NAME_SUFFIX = lazy(r"-(?:like|ish|esque|style|type|ville)$|(?-i:-[a-z]+(?:ing|ed)$)", re.I)
#: The last word of a street's name ("Larkspur Lane, yes.", "the place on Elm Street"): a place, no person; or of a
#: business's ("Good morning, Harbour Vets, how can I help?", "I just joined Caldwell Insurance."): a firm, no person.
_FIRM_OR_STREET_WORDS = frozenset("street avenue road boulevard lane drive terrace crescent insurance dental vets motors homes "
                          "studios bakery pharmacy salon garage logistics solicitors accountants estates".split())
_ZH_NAME = lazy(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,6}){1,2}$")  # 瑞秋·卡伦·格林


#: A title after a Chinese name: 盖勒先生, 汉尼根太太, 格林医生, 王老师, 李护士, 张叔叔, 雷班长, or the word one calls an old
#: neighbour by after their surname (张奶奶, 孟爷爷, 刘伯伯): the name with its title is one form of the name; a title
#: alone, 先生, 奶奶, is no name.
_ZH_TITLE = lazy(r"(?<=[\u4e00-\u9fff])(?:先生|太太|小姐|女士|夫人|博士|医生|教授|老师|护士|律师|教练|警官|大夫|经理|主任|"
                 r"叔叔|阿姨|爷爷|奶奶|伯伯|[班站队社店厂组校院部局处科所村行馆]长|书记|主管)$")


def _zh_untitled(name: str) -> str:
    """``name`` without a title after it: "盖勒" for "盖勒先生"."""
    return _ZH_TITLE.sub("", name)


#: A sentence (up to its end mark) and a word written in capitals.
_PIECE = lazy(r"[^.!?…]+[.!?…]*")
_CAPS_WORD = lazy(r"\b[A-Z]+\b")
#: A word of two capitals or more: a text without one has nothing shouted (most have none, and are left as they are)
_LONG_CAPS_WORD = lazy(r"\b[A-Z]{2,}\b")


def unshouted(text: str) -> str:
    """``text`` with its shouted sentences in lower case: a sentence with no lower-case letter and two words in
    capitals or more ("HEY, SHE'S FAST!!", "I KNOW THAT!"), or any such sentence of a text shouted throughout, is stress, not a name
    in every word. A word in capitals among words in lower case ("I dumped MEG.", "What about, uh, MEG?") stays.

    >>> unshouted("HEY, SHE'S FAST!! Oh! Tell MEG. What about, uh, MEG?")
    "hey, she's fast!! Oh! Tell MEG. What about, uh, MEG?"
    >>> unshouted("FAST!!"), unshouted("I KNOW. Go.")
    ('fast!!', 'i know. Go.')
    """
    if not _LONG_CAPS_WORD.search(text):
        return text
    shouting = not any(ch.islower() for ch in text)

    def lower(m: re.Match[str]) -> str:
        piece = m.group(0)
        words = _CAPS_WORD.findall(piece)
        if any(ch.islower() for ch in piece) or not words or not (shouting or len(words) >= 2) \
                or all(len(w) == 1 for w in words):  # "I. M. Pei"
            return piece
        return piece.lower()

    return _PIECE.sub(lower, text)


#: A syllable said twice that makes a nickname ("Jojo", "Lulu", "Mimi", "Coco", "Kiki"), not a sound ("Haha", "Uhuh",
#: "Nono", "Mama", "Papa", "Yoyo"): a consonant other than h, n, p, w, y, then e, i, o or u.
_NICKNAME_SYLLABLE = lazy(r"^[bcdfgjklmrstvz][eiou]$")


def is_doubled(low: str) -> bool:
    """Whether the lower-cased word ``low`` is a sound said twice ("uhuh", "haha"), no nickname ("jojo", "lulu").

    >>> is_doubled("haha"), is_doubled("uhuh"), is_doubled("jojo"), is_doubled("mama")
    (True, True, False, True)
    """
    half = len(low) // 2
    return len(low) % 2 == 0 and low[:half] == low[half:] and not _NICKNAME_SYLLABLE.match(low[:half])


def plausible_name(name: str, lower_words: frozenset[str]) -> bool:
    """Whether ``name`` may be a person's name: not an interjection, a common word or a phrase.

    An English word the dialogue also writes in lower case ("wait", "careful") is no name.

    >>> plausible_name("Ross", frozenset()), plausible_name("Careful", frozenset({"careful"})), plausible_name("好吧", frozenset())
    (True, False, False)
    >>> plausible_name("Elm Street", frozenset()), plausible_name("Larkspur Lane", frozenset())
    (False, False)
    """
    low = name.lower()
    if low in _NOT_NAMES or low in _EXCLAIMED or _INTERJECTION.search(low) or NAME_EDGE.search(name) \
            or re.sub(r"(.)\1+", r"\1", low) in _NOT_NAMES:  # "Soo, ah, Eric": "so" said long
        return False
    if has_han(name):
        stem = _zh_untitled(name)
        if len(stem) >= 4 and len(stem) % 2 == 0 and stem[: len(stem) // 2] == stem[len(stem) // 2:]:
            return False  # 瑞秋瑞秋: a name called twice (菲菲, 丽丽 are names)
        plain = stem.replace("·", "")
        if len(plain) == 2 and plain[1] == "子":
            from .chinese.call_forms import zi_nickname  # a Chinese name only: English never loads it

            plain = plain[0] if zi_nickname(plain) else plain  # 涛子, 柱子 are nicknames; 胖子, 孩子 end as role nouns
        if len(plain) == 2 and plain[0] == "小":
            from .chinese.lexicon import SURNAMES  # a Chinese name only: English never loads it

            plain = plain[0] if plain[1] in SURNAMES else plain  # 小官 (官 a surname) called familiarly, as 小王
        return bool(_ZH_NAME.match(stem) or stem != name and len(stem) == 1 and _HAN.match(stem)) \
            and not _NOT_ZH_NAME.search(plain.replace("哈", "") if _transliterated(stem) else plain)  # 哈克, 洛克哈特
    if not _LATIN_NAME.match(name):
        return False
    name = re.sub(r"(?<=\w)\s+(?:Jr|Sr)$", "", name)  # "Dwayne Jr": Dwayne's name
    words = TITLE_HEAD.sub("", name).split()
    parts = [p.lower() for p in re.split(r"[-\s]+", name) if p]
    if words[0].lower() in _NOT_NAMES or words[-1].lower() in _NOT_NAMES or words[0].split("-")[0].lower() in _NOT_NAMES \
            or _NOT_NAME_SUFFIX.search(name) or len(words) > 1 and words[-1].lower() in _FIRM_OR_STREET_WORDS:
        return False  # "Whoa-ho", "Rubella-like", "Larkspur Lane"
    doubled = is_doubled(low)  # "Uhuh", "Haha" (not "Jojo", "Lulu")
    stammered = len(parts) > 1 and parts[1].startswith(parts[0]) and parts[1] != parts[0]  # "Wh-What" (not "Ray-ray")
    if (len(parts) > 1 and len(set(parts)) == 1) or doubled or stammered:
        return False
    return not any(w.lower() in lower_words for w in words)


#: Fond words said after a name called ("Yvonne, dear, sit.", "Tom, love, come here.").
_FOND = frozenset("dear darling love hon babe kid son girl child".split())
#: Words in lower case after a word opening a sentence, listed with it to the sentence's end: ", funeral or work?",
#: ", pop-up, stand." (not ", come here.", ", no, no!").
_LISTED_AFTER = lazy(r"\s*,\s*(?P<items>[a-z][\w'-]*(?:\s*,\s*[a-z][\w'-]*)*(?:\s*,?\s+(?:or|and)\s+[a-z][\w'-]*)?)\s*[.!?…]")
#: ", then?" or a hedge closing the word that opens a sentence: a thing proposed ("Cafe, then?", "Thai, then?") or a
#: hedged answer ("Teach, probably.", "Marisol, I think.": a thing or a third person), no one called
_PROPOSED_AFTER = lazy(r"\s*,\s*(?:then\s*\?|(?:probably|maybe|perhaps|actually|technically|I\s+think|I\s+guess|I\s+suppose|I\s+bet|I\s+hope)\s*[.?!…])")


def heads_a_list(text: str, name: str) -> bool:
    """Whether ``name`` opens a sentence of ``text`` only as the first of words listed to its end ("Wedding, funeral or
    work?", "Paddle, pop-up, stand.") or as a thing proposed ("Cafe, then?") or a hedged answer ("Teach, probably.", "Paramedic,
    actually." after "You're a firefighter?"): a thing named, no one called.

    >>> heads_a_list("Wedding, funeral or work?", "Wedding"), heads_a_list("Paddle, pop-up, stand. Noa, go.", "Paddle")
    (True, True)
    >>> heads_a_list("Ross, come here.", "Ross"), heads_a_list("Joey, no, no!", "Joey"), heads_a_list("Hi. Ross, sit.", "Ross")
    (False, False, False)
    >>> heads_a_list("Yvonne, dear, sit.", "Yvonne"), heads_a_list("Cafe, then?", "Cafe"), heads_a_list("Teach, probably.", "Teach")
    (False, True, True)
    >>> heads_a_list("Paramedic, actually.", "Paramedic"), heads_a_list("Paramedic, actually, I drive.", "Paramedic")
    (True, False)
    """
    found = False
    for m in re.finditer(rf"(?:^|(?<=[.!?…]\s))\s*{re.escape(name)}(?![\w'-])", text):
        if _PROPOSED_AFTER.match(text, m.end()):
            found = True
            continue
        listed = _LISTED_AFTER.match(text, m.end())
        items = re.split(r"\s*,\s*|\s+(?:or|and)\s+", listed.group("items")) if listed else []
        if len(items) < 2 or items[0].lower() in _NOT_NAMES or items[0].lower() in _FOND:  # "Joey, no, no!", "Yvonne,
            return False  # dear, sit.": a call
        found = True
    return found


#: A first name, or a title and a name, closing the sentence after a comma: "Sit, Maggie.", "Ask Trish, Curtis!", "Payroll,
#: Aunt Dora.", "Sit, Coach Ruiz." (after a title, a surname too)
_CALLED_LAST = lazy(rf"\s*,\s*(?P<t>{TITLE}\.?\s+)?(?P<n>[A-Z][a-z]+)\s*[.!?…]")
#: The same word again heading a short pair closing its sentence: "Hot, Ernesto. Hot and sticky." (an answer said
#: twice, the second time with a word more: no one is called by it)
_PAIRED_AGAIN = lazy(r"\s+(?:and|or)\s+[a-z][\w'-]*\s*[.!?…]")


def bids_before_name(text: str, words: str) -> bool:
    """Whether ``words`` open a sentence of ``text`` only before a comma and a known first name closing it ("Sit,
    Maggie.", "Ask Trish, Curtis."): a bidding said to the one named last, when ``words`` are no known first name.

    >>> bids_before_name("Thanks. Sit, Maggie.", "Sit"), bids_before_name("Ask Trish, Curtis.", "Ask Trish")
    (True, True)
    >>> bids_before_name("Payroll, Aunt Dora. I switched.", "Payroll"), bids_before_name("Sit, Coach Ruiz.", "Sit")
    (True, True)
    >>> bids_before_name("Ross, Rachel!", "Ross"), bids_before_name("Maggie, sit.", "Maggie"), bids_before_name("Sit, dog.", "Sit")
    (False, False, False)
    >>> bids_before_name("Wet, Hugo. Wet and windy.", "Wet"), bids_before_name("Wet and windy.", "Wet")
    (True, False)
    """
    found = False
    for m in re.finditer(rf"(?:^|(?<=[.!?…]\s))\s*{re.escape(words)}(?![\w'-])", text):
        if found and _PAIRED_AGAIN.match(text, m.end()):
            continue  # "Hot, Ernesto. Hot and sticky.": the answer again, not a name
        called = _CALLED_LAST.match(text, m.end())
        if called is None or gender_of_name(called.group("n")) is None and not called.group("t") \
                or gender_of_name(words.split()[0]) is not None \
                or TITLE_HEAD.match(words):
            return False
        found = True
    return found


#: Characters of the standard transliteration of foreign names (Xinhua's table): "莫妮卡", "珍妮丝", "钱德勒·宾"
#: are written with them alone, where jieba knows only the most common transliterations.
_TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴芭拜班邦保鲍贝本比彼毕宾波伯博布查达黛戴丹道德迪蒂丁东杜多厄恩法凡菲费芬丰弗福盖甘冈高戈格"
    "葛古瓜哈海汉豪赫亨胡华霍基吉加贾杰捷金卡凯坎康考柯科克肯库奎拉莱兰朗劳勒雷蕾黎里丽莉利连林琳留隆卢鲁路"
    "伦罗洛马玛迈麦曼梅蒙米敏莫墨默姆穆纳娜奈南内尼妮涅宁纽诺欧帕派潘佩彭皮珀普奇琪齐乔切钦琼丘秋萨塞赛桑瑟"
    "森沙莎珊尚舍施史舒斯丝思苏索塔泰汤唐特提汀通图托瓦万威韦维温沃乌伍西希锡席夏肖谢辛休雅亚扬耶伊依英尤"
    "约泽詹朱珍卓兹祖佐茨娅妲芙琦璐露茜瑞钱摩崔尔理根文卫")


#: Common names written partly outside :data:`_TRANSLITERATION` (大 would make 大米 a name).
_OTHER_NAMES = frozenset("大卫 亚历山大".split())


def _transliterated(piece: str) -> bool:
    """Whether ``piece`` reads as a transliterated name: two to four characters of :data:`_TRANSLITERATION`
    (or such names joined by "·"), no character doubled ("哈哈")."""
    parts = piece.split("·")
    return all(2 <= len(p) <= 4 or (len(parts) > 1 and 1 <= len(p) <= 6) for p in parts) \
        and all(p in _OTHER_NAMES or all(ch in _TRANSLITERATION for ch in p) for p in parts) \
        and not any(a == b for p in parts for a, b in zip(p, p[1:]))


def is_transliterated_name(piece: str) -> bool:
    """Whether the Chinese ``piece`` is written as a transliterated name (no jieba: cheap).

    >>> is_transliterated_name("莫妮卡"), is_transliterated_name("哈哈")
    (True, False)
    """
    return piece not in _NOT_NAMES and _transliterated(piece) and not _common_word(piece)


#: How often (in jieba's dictionary) a verb, adjective or adverb is used for it to be that word wherever it stands, even
#: written in the characters of transliterated names: 加班 (686), 提高, 思考, 比赛; not 查理 (273) nor 加纳 (255).
_COMMON_WORD_COUNT = 300


@functools.lru_cache(maxsize=8192)
def _common_word(piece: str) -> bool:
    """A word in the characters of transliterated names that is a common verb, adjective or adverb (我女朋友加班: no
    name 加班; 提高, 比赛), not a name that jieba's dictionary also tags a verb (查理)."""
    from .model.features import dictionary_entry  # jieba's dictionary, loaded where Chinese is read

    tag, count = dictionary_entry(piece)
    return tag[:1] in ("v", "a", "d") and count >= _COMMON_WORD_COUNT


def is_chinese_name(piece: str) -> bool:
    """Whether the Chinese ``piece`` reads as a person's name: a transliteration (:func:`_transliterated`) or a
    name jieba tags as a person.

    >>> is_chinese_name("莫妮卡"), is_chinese_name("拜托"), is_chinese_name("向肌"), is_chinese_name("盖勒先生")
    (True, False, False, True)
    """
    if piece in _NOT_NAMES or piece in _ZH_BRANDS:
        return False
    stem = _zh_untitled(piece)
    if stem != piece:  # 盖勒先生, 黄先生: a name or a surname, then a title
        return len(stem) == 1 and stem in _SURNAME_CHARS or is_chinese_name(stem)
    if _transliterated(piece):
        return not _common_word(piece)
    from .model.features import names  # jieba, on a short piece only (cached)

    if any(e.type == "Person" and e.label == piece for e in names(piece)):
        return True
    parts = piece.split("·")  # 瑞瑞·格林, 莱纳特·黑斯: each part a transliteration or a name jieba knows
    return len(parts) > 1 and all(p and (_transliterated(p) or any(e.type == "Person" and e.label == p for e in names(p)))
                                  for p in parts)


#: Brands, toys and cartoon characters that jieba tags as people's names (乐 of 乐高, 任 of 任天堂 are surnames):
#: 我儿子喜欢乐高 is a liking, no person liked.
_ZH_BRANDS = frozenset("乐高 迪士尼 任天堂 米老鼠 肯德基 麦当劳 星巴克 华为 哈利波特 皮卡丘 奥特曼 三丽鸥 凯蒂猫 史努比 宝可梦 "
                       "米哈游 特斯拉 比亚迪 阿迪达斯 周黑鸭 瑞幸 汪汪队 龙珠".split())


#: Surnames said with a title alone (黄先生, 宾先生): the common Chinese ones and one-character transliterations.
_SURNAME_CHARS = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁"
                           "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔"
                           "宾格盖布")


def lower_words(texts: Iterable[str]) -> frozenset[str]:
    """The words ``texts`` (a dialogue's turns, or one turn) write in lower case: a capitalised word of the dialogue
    that is also among them ("you need some closure" ... "Closure."), said with weight, is no name called.

    >>> sorted(lower_words(["you need closure", "Closure. Yes, Ann."]))
    ['closure', 'need', 'you']
    """
    return frozenset(w for text in texts for w in _LOWER_WORD.findall(text))
