"""Chinese sentences and clauses, and the objects cut out of them with jieba's part-of-speech tags.

>>> nominal_head("上海很多年了")
'上海'
>>> object_list("猫和狗")
['猫', '狗']
"""

from __future__ import annotations

import functools
import logging
import re

from ..framework import lazy
from ..names import is_chinese_name, is_transliterated_name
from .call_forms import called_form
from .chained import with_pauses
from .child_called import child_elder
from .given_names import GIVEN_CHARACTERS, NOT_GIVEN_NAMES
from .lexicon import ADV, CALLED_SURNAMES, HAN, KIN, KIN_GOOD, NEG, NUM, PET, SUBJECT, SURNAMES, TIME, TITLE_SURNAMES
from .surnamed_calls import full_name_called

TRAILING = lazy(r"(?:了|的|啊|呀|呢|吧|哦|嘛|喔|哈|啦|哟|噢|咯|哈哈+|了的|的了|而已|罢了|～|~)+$")
_LIST = lazy(r"和|、|与|跟|还有|以及|及|或者|或|,|，")
#: A question: a question mark or particle at the end, a question word (not in 不管怎么说, 没什么, 谁都知道: no question
#: asked there), an A-not-A verb.
QUESTION = lazy(r"[？?]\s*$|吗\s*[。！!]?\s*$|么\s*$|(?<!不管)(?<!无论)(?<!不论)(?<!没)"
                r"(?:什么|哪里|哪儿|哪个|哪些|谁|(?<![跟和同与好这那前头十])几个|几岁|多少|怎么|怎样)(?![都也])|"  # 跟几个朋友: a few
                r"是否|有没有|是不是|会不会|能不能|要不要|好不好|对不对")
CONDITIONAL = lazy(r"如果|假如|要是|假设|倘若|万一|即使|哪怕|若是|要不是|否则|不然")  # 否则/不然: "otherwise"
#: 好想你, 真想他了: a person missed (:mod:`.regard`), no wish (好想去北京).
IRREALIS = lazy(r"希望|但愿|(?:真|多|好)想(?!念|思念|(?:你|您|他|她)(?:了|啊|呀|呢|哦|啦|的)*(?:[，,。！!…~～]|$))|可能|也许|大概|或许|应该|本想|差点")
#: A clause that is an exclamation with a relative or heaven in it (我的妈呀, 我的天哪, 老天啊): no one is meant.
EXCLAIMED = lazy(r"^(?:我的)?(?:妈|娘|天|老天|上帝)(?:呀|啊|哪|呐|哟|耶)*[！!…]*$")
#: The marks that end a sentence; an ASCII full stop or ellipsis too (the translated dialogues use "." as
#: often as "。": 我是你的朋友.), but not one between digits (3.5).
_STOP = r"。！!？?；;\n…"
SENTENCE = lazy(rf"(?:[{_STOP}]|\.(?!\d))+")
#: A sentence with the marks that end it.
SENTENCE_WITH_END = lazy(rf"(?:[^{_STOP}.]|(?<=\d)\.(?=\d))+(?:[{_STOP}]|\.(?!\d))*")
_THIRD = rf"(?![你您])(?:他|她|他们|她们|[{HAN}·]{{2,4}}?)"
#: 我告诉他， / 我骗她说： / 我跟罗斯说， / 我们对他们讲，: the speaker passing words on to a third person (not 我告诉你，, 他告诉我，).
_TOLD = lazy(rf"(?:我|我们)(?:就|只好|已经|刚|刚刚|还|都|便|于是|只能|又|也)*(?:(?:告诉|骗|哄|通知)了?{_THIRD}(?:说)?|"
             rf"(?:跟|和|对|同){_THIRD}(?:说|讲)(?:了|过)?)[，,：:]")


#: How one learns, said between 在 and what is learnt (在用多邻国学日语, 在跟着B站学做饭): read as 在学日语.
_MEANS = lazy(r"(?<=在)(?:用|通过|跟着?)[^，,。！？、]{1,8}?(?=(?:自学|学|练)(?!校|院|生|期|历|费))")


#: A finding told of the speaker (体检结果出来了，说我有点贫血; 医生说我血压偏高): read as the speaker's own words.
_SAID_OF_ME = lazy(r"(?:^|(?<=[，,]))(?:医生|大夫|报告|结果|检查结果|体检报告)?(?:说|显示)(?=我(?!们))")


#: A name called right before 你 opening a clause, without a comma (小敏你是我大学室友): read as 小敏，你是我大学室友.
_CALLED_BEFORE_YOU = lazy(r"(?:^|(?<=[，,]))[\u4e00-\u9fff]{2,3}(?=你(?!们))")


def stated(piece: str) -> str:
    """The words of ``piece`` (one sentence with its end marks) that the speaker states to the one listening: without
    its end marks, and without words the speaker says they told a third person (to the sentence's end), which may be a
    lie told for a purpose and in which 你 is the one told.

    >>> stated("为了让他走，我告诉他，你和我分手了。"), stated("我告诉你，我和他分手了！")
    ('为了让他走，', '我告诉你，我和他分手了')
    """
    sentence = with_pauses(SENTENCE.sub("", piece).strip())  # 退休了住在大连: 退休了，住在大连
    sentence = _SAID_OF_ME.sub("", _MEANS.sub("", sentence))  # 在用多邻国学日语: 在学日语 (no home 用多邻国)
    sentence = _CALLED_BEFORE_YOU.sub(lambda m: m.group(0) + ("，" if is_called_name(m.group(0)) else ""), sentence)
    told = _TOLD.search(sentence)
    return sentence[:told.start()] if told else sentence


#: 可是 right after a pronoun (我们可是室友, 他可是我哥哥) is 可 + 是, an emphasis, not "but".
CLAUSE = lazy(r"[，,：:]|(?:但是|不过|而且|因为|所以|然后|(?<![我你您他她它们])可是)")
#: 我不知道你结婚了, 我早就知道他是医生: what is known (or was not) is so; its clause is read as said (not 我不知道他是不是医生:
#: a question, nor 我知道了).
_KNOWN = r"我(?:们)?(?:也|都|早就|早|一直|还|根本|真的|从来)?(?:不|没|并不)?知道(?![吗么了的啊呀吧，,。！!？?]|什么|为什么|怎么|该|要|如何|自己|$)"
FILLER = lazy(rf"^(?:嗯|哦|噢|啊|哈哈+|呵呵|对|是的|好的|其实|说实话|另外|还有|然后|而且|不过|但是|但(?!愿|凡)|所以|因为|对了|唉|哎|嘿|你好|大家好|你知道(?!吗|什么|的|了)|{_KNOWN}|我的意思是|我是说(?!过))+"
              r"|^(?:现在|最近|后来|如今|目前|今天|这些天|下个?月|下周|下个?星期|明年|后年|明天|后天)(?=我|你(?!们)|他(?!们)|她(?!们))")  # 现在我跟朱莉在一起, 下个月我要去东京: the time, then the subject


@functools.lru_cache(maxsize=1)
def _tagger():
    """jieba's part-of-speech tagger, loaded once, without its console log."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


@functools.lru_cache(maxsize=4096)
def word_starts(text: str) -> frozenset[int]:
    """Where jieba's dictionary starts a word in ``text`` (no HMM: fast; an unknown name comes out as single
    characters, which still starts it where it starts)."""
    import jieba

    _tagger()  # jieba loaded, quiet
    starts, at = set(), 0
    for word in jieba.cut(text, HMM=False):
        starts.add(at)
        at += len(word)
    return frozenset(starts | {len(text)})


def begins_word(text: str, k: int) -> bool:
    """Whether a dictionary word of two or more characters starts at ``k`` in ``text``: in 我儿子小明数学不错 the
    character after 小明 begins 数学, so the son is 小明, not 小明数.

    >>> begins_word("我儿子小明数学不错", 5), begins_word("我姐姐李晓红学习很好", 5)
    (True, False)
    """
    starts = word_starts(text)
    return k in starts and k + 1 not in starts


_NOMINAL = {"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "eng", "s", "ng", "an", "l", "i", "x"}


def tagged(text: str) -> list[tuple[str, str]]:
    """The words of ``text`` with jieba's part-of-speech tags.

    >>> tagged("招人")
    [('招', 'v'), ('人', 'n')]
    """
    return [(w.word, w.flag) for w in _tagger().cut(text)]


#: What goes on from a number in an address (七号楼, 3栋, 二单元, 501室).
_ADDRESS_PART = frozenset("楼栋幢座单元室号院")


def nominal_head(text: str) -> str:
    """The leading nominal words of ``text`` (``上海很多年了`` -> ``上海``); a number that begins an address stays
    (``七号楼三单元`` -> ``七号楼三单元``, not ``楼三单元``).

    >>> nominal_head("上海很多年了"), nominal_head("七号楼三单元"), nominal_head("一家公司")
    ('上海', '七号楼三单元', '公司')
    """
    out: list[str] = []
    number = ""  # a number before the first nominal word: kept when an address goes on from it
    for word, flag in _tagger().cut(text):
        if word.strip() == "·" and out:
            out.append("·")  # 拉尔夫·劳伦: one name
            continue
        if flag == "x" and not word.strip(" ·"):
            break
        if flag in _NOMINAL and word not in "，,。！？":
            if not out and number and word[0] in _ADDRESS_PART:
                out.append(number)
            out.append(word)
        elif out:
            break
        elif flag in ("m", "q") or word in ("一家", "一个", "一所"):
            number = number + word if flag in ("m", "q") else ""
            continue
        else:
            break
    return "".join(out).rstrip("·")


#: Characters of transliterated names that are verbs too, before a name (都爱史...提夫).
_VERB_BEFORE_NAME = frozenset("爱叫是和跟给见找问")
_FUNCTION_CHAR = lazy(r"[我你他她它们的了是不没在吗呢吧啊就都也还很要会说]")
_STUTTER = lazy(rf"(?P<a>[{HAN}])(?:\.{{2,}}|…+|-+|—+)(?P<b>[{HAN}]{{1,4}})")


_PRONOUN_STUTTER = lazy(r"([我你他她])(?:\s*[-—–]+\s*\1)+")


def joined_stutters(text: str) -> str:
    """``text`` with a name broken by a stutter or a pause written whole: 史...提夫 -> 史提夫, 罗...罗斯 -> 罗斯
    (when what is joined reads as a name, :func:`is_name`; 我...我爱你 is left alone).

    >>> joined_stutters("我们都爱史...提夫。"), joined_stutters("罗...罗斯来了"), joined_stutters("我...我爱你")
    ('我们都爱史提夫。', '罗斯来了', '我...我爱你')
    """
    if "." not in text and "…" not in text and "-" not in text and "—" not in text:
        return text
    text = _PRONOUN_STUTTER.sub(r"\1", text)  # 我 - 我 - 我是演员: 我是演员

    def join(m: re.Match[str]) -> str:
        a, b = m.group("a"), m.group("b")
        before = text[m.start() - 1:m.start()]
        if b.startswith(a):
            whole = b  # 罗...罗斯: the first sound said twice
        elif before and is_transliterated_name(before + a + "尔") and before not in _VERB_BEFORE_NAME:
            return m.group(0)  # 罗斯...提夫: the end of one name, then another
        else:
            whole = a + b
        shortest = 2 if b.startswith(a) else len(a) + 2
        if any(is_name(whole[:k]) and not _FUNCTION_CHAR.search(whole[:k]) for k in range(min(len(whole), 4), shortest - 1, -1)):
            return whole
        return m.group(0)

    return _STUTTER.sub(join, text)


#: A measure word before a thing (一只猫: 猫), but not 一个人 (alone: 一个人待着), whose 人 is no thing.
_LEADING_MEASURE = lazy(r"^(?:一个(?!人)|一只|一条|一家|一所|一位|一名|一辆|一本|一部|个|名|位|些|很多|许多|各种)")


def clean_object(text: str, limit: int = 10) -> str | None:
    text = TRAILING.sub("", text.strip(" 　\"“”'‘’"))
    text = _LEADING_MEASURE.sub("", text)
    if not text or len(text) > limit or text in ("它", "他", "她", "这个", "那个", "这", "那", "你", "我", "一个人", "人"):
        return None
    return text


def object_list(text: str, limit: int = 10) -> list[str]:
    return [o for o in (clean_object(p, limit) for p in _LIST.split(text)) if o]


_COMPOUND_SURNAMES = frozenset("欧阳 司马 上官 诸葛 东方 慕容 令狐 皇甫 夏侯 尉迟 公孙 长孙 宇文 司徒 端木 独孤 南宫 西门".split())


@functools.lru_cache(maxsize=8192)
def is_name(text: str) -> bool:
    """A subject word that reads as a person's name: a known surname first, jieba says so, or it is written
    in the characters of transliterated names (:func:`~kg_memory.extract.names.is_transliterated_name`) and
    jieba does not call it a place.

    >>> is_name("王小明"), is_name("莫妮卡"), is_name("巴西"), is_name("可以"), is_name("高兴极")
    (True, True, False, False, False)
    """
    if _NOT_NAME.match(text):
        return False
    if text[:2] in _COMPOUND_SURNAMES and len(text) <= 4:
        return True
    if len(text) == 3 and text[0] in CALLED_SURNAMES and surnamed_given(text):
        return True  # 冼红梅, 穆小川: a rarer surname and a given name (jieba cuts the two apart)
    if text[0] in SURNAMES and len(text) <= 3:  # 高兴, 周末: a surname that begins a word jieba knows is no name
        tags = _tagger().word_tag_tab  # the dictionary's tags: a look-up, no segmenting
        tag = tags.get(text) or tags.get(text[:2]) or "nr"
        return tag.startswith("nr") or tag in ("ns", "nt", "nz")
    words = list(_tagger().cut(text))
    if len(words) == 1 and words[0].flag in _PLACE_FLAGS:
        return False  # 巴西, 罗马: a place written like a transliterated name
    return bool(words) and words[0].flag.startswith("nr") and words[0].word == text or is_transliterated_name(text)


def surnamed_given(text: str) -> bool:
    """Whether ``text`` (three characters) is a surname of :data:`.lexicon.CALLED_SURNAMES` and a two-character given
    name: one jieba's dictionary knows as a name (红梅, 小川), a pet name in 小 (小明), or two characters common in given
    names that make no word (雨桐); the whole and its first two no other word jieba knows (关心, 包子, 甘雨 is a name).

    >>> surnamed_given("冼红梅"), surnamed_given("穆小川"), surnamed_given("甘雨桐"), surnamed_given("关心他"), surnamed_given("包子铺")
    (True, True, True, False, False)
    """
    tags = _tagger().word_tag_tab
    if any(tags.get(w, "nr")[:2] != "nr" for w in (text, text[:2])):
        return False
    given = text[1:]
    tag = tags.get(given, "")
    if tag:
        return tag.startswith("nr")
    return is_nickname(given) or given not in NOT_GIVEN_NAMES and all(ch in GIVEN_CHARACTERS for ch in given)


def is_familiar_name(text: str) -> bool:
    """A surname called familiarly: 小李, 老王, 阿陈, 小樊, 老霍 (小时, 老师 are words, but read only where a name is
    expected; 小米, 老牛 are words of a less common surname: :data:`.lexicon.CALLED_SURNAMES`).

    >>> is_familiar_name("小李"), is_familiar_name("老王"), is_familiar_name("小心"), is_familiar_name("小樊"), is_familiar_name("小米")
    (True, True, False, True, False)
    """
    return len(text) == 2 and text[0] in "小老阿" and _surname(text[1], text)


def _surname(char: str, text: str) -> bool:
    """Whether ``char`` is the surname of the name ``text`` made of it: a common one, or a less common one where jieba
    knows no other word ``text`` (小樊, 骆老师; not 小麦, 包工)."""
    if char in SURNAMES:
        return True
    tag = _tagger().word_tag_tab.get(text, "") if char in CALLED_SURNAMES else "x"
    return not tag or tag.startswith("nr")


#: Doubled characters that are words, not pet names of people: kin (妈妈, 宝宝), laughs, cries and greetings (哈哈, 啧啧, 拜拜),
#: adverbs (慢慢, 常常, 天天), the stars.
_DOUBLED_WORDS = frozenset("爸爸 妈妈 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 姥姥 姥爷 叔叔 伯伯 姑姑 舅舅 婶婶 婆婆 公公 宝宝 娃娃 "
                           "哈哈 呵呵 嘿嘿 嘻嘻 哼哼 嗯嗯 哦哦 啊啊 啧啧 喂喂 嘘嘘 呜呜 哇哇 拜拜 谢谢 好好 慢慢 常常 刚刚 偷偷 渐渐 天天 人人 往往 "
                           "星星 多多 久久 早早 试试 看看 想想 等等 走走 说说 听听 每每 处处 样样 个个 统统 悄悄 静静 "
                           "稍稍 微微 轻轻 紧紧 默默 白白 满满 楚楚 纷纷".split())


#: Characters of given names that 小 or 阿 before them make a pet name of (小雪, 小美, 阿强), and no word (not 小心, 小时,
#: 小学, 阿姨).
_GIVEN_CHARS = frozenset("雪美红明宝丽芳军强龙乐凡飞雨月虎雅婷琳玲燕萍杰涛伟鹏辉刚勇磊晶敏静慧颖琪莉娜欣怡佳倩蕾菲兰梅华霞"
                         "艳娟英峰斌丹洁凤珍蓉薇琴晴阳亮慧萱瑶彤妍琦璐露茜婕彪光福彬壮帆栋")  # not 迪: 阿迪 is a brand


def is_nickname(text: str) -> bool:
    """A child's or a friend's pet name: one doubled character (朵朵, 乐乐, 豆豆; not 妈妈, 哈哈, 慢慢), or 小 or 阿
    before a character of given names (小雪, 小美, 阿强; not 小心, 阿姨).

    >>> is_nickname("朵朵"), is_nickname("妈妈"), is_nickname("朵"), is_nickname("小雪"), is_nickname("小心")
    (True, False, False, True, False)
    """
    if len(text) == 2 and text[0] in "小阿" and text[1] in _GIVEN_CHARS:
        return True
    return len(text) == 2 and text[0] == text[1] and "\u4e00" <= text[0] <= "\u9fff" and text not in _DOUBLED_WORDS


#: Titles said after a surname to name a person: 王总, 李经理, 张老师, 赵大爷 (a neighbour), 刘奶奶, 雷班长, 曾站长.
_TITLES = frozenset("总 总监 经理 老师 医生 大夫 主任 律师 教授 博士 师傅 老板 部长 处长 科长 局长 校长 院长 队长 组长 董 所长 "
                    "工 姐 哥 叔 阿姨 先生 女士 小姐 大爷 大妈 大叔 大姐 大哥 奶奶 爷爷 护士长 护士 教练 警官 导演 秘书 "
                    "叔叔 伯伯 婶婶 姐姐 哥哥 厂长 店长 会计 班长 站长 社长 书记 主管 村长 行长 馆长 会长 法官 药师 太太".split())


def is_titled_name(text: str) -> bool:
    """A surname and a title, as people are named at work: 王总, 李经理, 张老师 (not 总经理, 老师); a compound surname
    (欧阳律师, 司马老师) or a surname of :data:`.lexicon.TITLE_SURNAMES` (房阿姨, 易店长) and a title.

    >>> is_titled_name("王总"), is_titled_name("李经理"), is_titled_name("张老师"), is_titled_name("总经理")
    (True, True, True, False)
    >>> is_titled_name("欧阳律师"), is_titled_name("房阿姨"), is_titled_name("冷女士"), is_titled_name("班主任")
    (True, True, True, False)
    """
    if text[:2] in _COMPOUND_SURNAMES and text[2:] in _TITLES:
        return True
    if len(text) < 2 or text[1:] not in _TITLES:
        return False
    return _surname(text[0], text) or text[0] in TITLE_SURNAMES and not _tagger().word_tag_tab.get(text)


_PLACE_FLAGS = frozenset({"ns", "nt"})


SUBJECT_CLAUSE = lazy(rf"^{SUBJECT}{ADV}{NEG}{ADV}(?P<rest>.+)$")
BARE_CLAUSE = lazy(rf"^{ADV}{NEG}{ADV}(?P<rest>.+)$")
#: The school days a relation dates from, said before it: 我大学同学, 我高中室友, 我高中最好的朋友.
_SCHOOL_DAYS = r"(?:大学|高中|初中|小学|中学)"
#: "我妹妹叫小雨", "我老婆是王芳", "我的新室友叫凯特", "我大学同学叫李明", "我的上司是一个叫孙丽的女人" (not "我老婆是上海人": where she is from).
KIN_NAMED = lazy(rf"(?P<kp>我|你|(?<![其吉])[他她])的?(?:{_SCHOOL_DAYS}(?:时|时候)?的?(?=最|很|好))?(?:最好的|很好的|{KIN_GOOD}|老|新|{_SCHOOL_DAYS})?(?P<kin>{KIN})(?:叫|名叫|的名字是|"
                 rf"是(?:一个|一位|个|位)叫|是"
                 rf"(?:我的?(?:大学|高中|初中|小学|中学)?(?:{KIN})(?=[{HAN}]{{2,3}}(?:$|[，,。！!])))?)"  # 是我室友小雪
                 rf"(?P<n>(?![{HAN}]{{1,3}}人)[{HAN}]{{2,3}}(?<!的)(?:·[{HAN}]{{1,6}})?)")
#: "这是我丈夫沃尔特", "见见我的妹妹格蕾塔": a relation introduced with the name after it, to the end of the clause.
KIN_APPOSED = lazy(rf"(?:这是|这位是|这就是|这个是|那是|那位是|那个是|那就是|见见|认识一下|介绍一下)(?P<kp>我|你)的?(?P<kin>{KIN})[，,]?"
                   rf"(?P<n>(?:(?!的)[{HAN}·]){{2,5}}?)(?=[，,。！!？?…]|$)")
#: "罗杰是我最好的朋友", "凯特是我在护理学校的同学", "李明是我大学室友": the words before 是 hold the name (cut by :func:`.people.trimmed_name`); not "詹姆斯是我孩子的父亲",
#: where the relative is the one after 的 (the child's father, no child of the speaker).
NAMED_KIN = lazy(rf"(?P<n>[{HAN}·]{{2,8}})是(?P<kp>我|你)(?:在(?:(?!的)[{HAN}]){{2,8}}?的|的)?(?:最好的|很好的|最亲密的|{KIN_GOOD}|新|"
                 rf"{_SCHOOL_DAYS})?(?P<kin>{KIN})(?!们?的)")
PET_NAMED = lazy(
    rf"(?P<kp>我|你)(?:的|家里?的?)?(?:(?:有|养了?|养着)(?:{NUM})?(?:只|条|匹|头|个)?)?(?P<pet>{PET})[，,]?(?:它|他|她)?"
    rf"(?:叫(?![声得了个着起过])|名叫|的名字是|名字叫)(?![{HAN}A-Za-z]{{1,3}}[和、])(?P<n>[{HAN}A-Za-z]{{1,4}})")  # not 叫咪咪和球球 (two),
#   nor 我家狗叫声很大, 叫得很凶, 叫了一晚上 (the dog barks)
#: 我们给女儿取名叫依依, 我给狗起了个名字叫旺财: a relative (a pet) the speaker named.
_GIVEN = rf"(?P<kp>我|你)们?(?:给|帮)(?:我们?|你们?)?的?(?P<{{k}}>{{kinds}})(?:取|起)(?:了个|了一个|了|个)?(?:名字?)(?:叫|为|是)“?(?P<n>[{HAN}A-Za-z]{{{{1,4}}}})"
KIN_GIVEN = lazy(_GIVEN.format(k="kin", kinds=KIN))
PET_GIVEN = lazy(_GIVEN.format(k="pet", kinds=PET))
#: "我有一只狗。它的名字叫旺财。": a pet named in the sentence after the one that has it
PET_NAMED_AFTER = lazy(
    rf"(?P<kp>我|你)(?:的|家)?(?:(?:有|养了?|养着)(?:{NUM})?(?:只|条|匹|头|个)?)?(?P<pet>{PET})[。！!]\s*(?:它|他|她)"
    rf"(?:的?名字(?:叫|是)|叫|名叫)(?P<n>[{HAN}A-Za-z]{{1,4}})")

#: Words that begin no name; 谢谢 and the laughs, which jieba's dictionary tags as a person's name (谢谢吴医生 thanks 吴医生).
_NOT_NAME = lazy(rf"^(?:{TIME}|{ADV[3:-2]}|这|那|每|有|没|不|是|在|就|都|也|还|很|大家|别人|人家|有人|今天|明天|现在|幼儿园|"
                 r"谢谢|多谢|哈哈|呵呵|嘿嘿|嘻嘻)")


def names_someone(text: str) -> bool:
    """A word that names a person where a name is expected (我的老板是王总, 我闺蜜是小雪, 我最好的朋友是小周): a name
    (:func:`is_name`), a surname and a title (:func:`is_titled_name`), a pet name (:func:`is_nickname`) or a surname
    called familiarly (:func:`is_familiar_name`).

    >>> names_someone("王总"), names_someone("小雪"), names_someone("小周"), names_someone("医生")
    (True, True, True, False)
    """
    return is_name(text) or is_titled_name(text) or is_nickname(text) or is_familiar_name(text)


def is_called_name(piece: str) -> bool:
    """Whether ``piece`` names a person as people call each other: a name (:func:`~kg_memory.extract.names.is_chinese_name`),
    a surname called familiarly (小刘, 老张), a pet name (佳佳, 小雪), alone or after a surname (韩冬冬, 王乐乐), or a surname
    and a title (周总, 赵大爷); not a verb or a cry said twice (谈谈, 求求, 呸呸, 啧啧) nor a doubled word jieba reads as a
    place (波波), nor a word of three that paints a look (毛茸茸, 白茫茫).

    >>> is_called_name("小刘"), is_called_name("佳佳"), is_called_name("周总"), is_called_name("小心"), is_called_name("妈妈")
    (True, True, True, False, False)
    >>> is_called_name("谈谈"), is_called_name("玩玩"), is_called_name("壮壮"), is_called_name("韩冬冬"), is_called_name("毛茸茸")
    (False, False, True, True, False)
    """
    if is_chinese_name(piece) or child_elder(piece, is_called_name) or full_name_called(piece, is_name):  # 乐乐奶奶, 孙启航
        return True
    if len(piece) == 3 and piece[0] in SURNAMES and piece[1] == piece[2] and not is_titled_name(piece):  # 韩冬冬, not 葛爷爷
        words = tagged(piece)
        return len(words) == 2 and words[1][1] != "z" and is_called_name(piece[1:])
    if not (is_familiar_name(piece) or is_nickname(piece) or is_titled_name(piece)):
        return called_form(piece)  # 志刚, 大刘, 鹏哥 (:mod:`.call_forms`)
    if len(piece) != 2 or piece[0] != piece[1]:
        return True
    one, whole = tagged(piece[0])[0][1], tagged(piece)
    flag = whole[0][1] if len(whole) == 1 else ""
    return flag not in ("ns", "nt", "e") and (one[:1] not in ("v", "e", "y", "u") or flag in ("a", "nr", "nrt", "nz", "z", "i", "q"))
