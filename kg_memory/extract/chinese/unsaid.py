"""Chinese as typed in chat, where the owner of a relative or the subject of one's own news goes unsaid: said back
before the clauses are read.

* 俺 is 我 (俺老家河南的, 俺们);
* one's own family said with 家 (我家那口子, 我家老公, 咱家闺女): the speaker's (read as 我那口子, 我老公); 我家老大 (咱家老二)
  is the speaker's child (read as 我孩子);
* a spouse, partner, parent or relative by marriage said with no owner at the head of a clause (老妈高血压好多年了,
  老公是东北的, 那口子在医院上班, 女朋友叫王悦, 嫂子叫陈静, 闺女上幼儿园了): the speaker's, as these words name one's own (read as
  我老妈……); not one called to (老公，你回来啦, 老妈你看, 嫂子，你好) or greeted (嫂子好！), nor one owned (老公的妈妈 is read as 我老公的妈妈
  all the same), nor the word said again in a turn that calls by it (谢谢嫂子！嫂子炖的汤真好喝: the one thanked, often a
  customer or a friend's wife called so out of politeness), nor 嫂子 in a turn calling a man by his name and 哥 (贺哥，嫂子那脾气……:
  his wife, no relative of the speaker), nor one said after 你 in the sentence (你小子有福气，媳妇这么俊: the one spoken
  to's);
* the speaker's own news told with no subject at the head of the turn (最近迷上了飞盘, 在学滑雪, 准备考公了, 下个月搬去
  苏州, 周末在一家咖啡馆兼职, 会一点点韩语, 卖了那辆宝马, 毕业后当了记者): the speaker's (read as 我最近迷上了飞盘), only
  where the turn opens on it: a later sentence may be about someone the turn has named, and a reply to a question
  (你哥哥住在哪儿？ 去年搬到了厦门。) is about whom the question asks (:mod:`~kg_memory.extract.replies`).

>>> said_back("老妈高血压好多年了，每天都得吃药。", True), said_back("老公，你回来啦！", True)
('我老妈高血压好多年了，每天都得吃药。', '老公，你回来啦！')
>>> said_back("嫂子好！我是老周的同事。", True), said_back("嫂子好厉害。", True)
('嫂子好！我是老周的同事。', '我嫂子好厉害。')
>>> said_back("嫂子炖的汤真好喝。", False, "谢谢嫂子！嫂子炖的汤真好喝。"), said_back("嫂子那脾气可大了。", False, "贺哥，嫂子那脾气可大了。")
('嫂子炖的汤真好喝。', '嫂子那脾气可大了。')
>>> said_back("我家那口子在医院上班。", False), said_back("在学滑雪，摔了好多次。", True)
('我那口子在医院上班。', '我在学滑雪，摔了好多次。')
>>> said_back("在学滑雪，摔了好多次。", False), said_back("在学校吗？", True)
('在学滑雪，摔了好多次。', '在学校吗？')
"""

from __future__ import annotations

from ..framework import lazy
from .lexicon import HAN, KIN, TIME

__all__ = ["opens", "said_back"]

#: Words that name one's own spouse, partner, parents or relatives by marriage when no owner is said (婆婆, 嫂子: one's own).
_OWN = (r"(?:老公|老婆|老妈|老爸|媳妇儿?|那口子|爸妈|男朋友|女朋友|对象|公公|婆婆|公婆|岳父|岳母|丈母娘|老丈人|嫂子|姐夫|妹夫|"
        r"弟媳|小姑子|小叔子|小舅子|小姨子|闺女|大儿子|小儿子|大女儿|小女儿)")
#: One's eldest (second, third...) child said as 我家老大 (咱家老二): the speaker's child (read as 我孩子).
_ELDEST = lazy(r"(?:我|咱)们?家的?老[大二三四幺](?![爷板哥姐])")
_HOUSEHOLD = lazy(rf"(?:我|咱)家的?(?={KIN}|闺女)")
#: (A word greeted, 嫂子好！ 婆婆好啊: a call of the one spoken to, often a friend's wife called 嫂子, no relative told.)
_BARE_OWN = lazy(rf"(?:^|(?<=[，,；;。！!]))(?={_OWN}(?![，,。！!？?…~～\s]|你|您|好[啊呀]?(?:[，,。！!～~\s]|$)|$))")
#: A word of :data:`_OWN` called by the turn (谢谢嫂子！, 老公，……, 嫂子好！): said again in the turn, it is the one called.
_OWN_CALLED = lazy(rf"(?:^|(?<=[，,。！!？?…\s]))(?:谢谢|谢了|多谢|辛苦)?(?P<w>{_OWN})(?=[，,。！!？?～~]|好[啊呀]?(?:[，,。！!～~\s]|$)|$)")
#: The one spoken to, said before in the sentence (建锋你小子有福气，媳妇这么俊; 你真有福气，老婆这么能干): a bare 媳妇 after it
#: is theirs, not the speaker's (not 你看, 你知道, 你说: words said to anyone).
_TO_YOU_BEFORE = lazy(r"[你您](?!看|瞧|知道|说|猜|听)")
#: A man called by his name and 哥 (贺哥，, 大鹏哥！), not a brother (大哥, 二哥, 表哥, 我哥): a 嫂子 said to him is his wife.
_NAMED_BROTHER_CALLED = lazy(r"(?:^|(?<=[，,。！!？?…\s]))(?![大二三四小老]哥|[我你他她咱俺])[\u4e00-\u9fff]{1,2}(?<![表堂亲])哥(?=[，,！!])")
#: Adverbs of time and frequency one's news opens on (最近, 下个月, 周末, 每天).
_WHEN = rf"(?:{TIME}|最近|刚刚?|终于|现在|目前|已经|下个?月|下周|明年|年底|周末|每天|每周[一二三四五六日末]?|平时|一直|也|还|后来|" \
        rf"(?:毕业|退伍|结婚|研究生毕业|大学毕业)(?:以|之)?后)*"
#: One's own news: a liking taken up, learning, a plan, a move, where one works, a language spoken.
_NEWS = lazy(rf"^{_WHEN}(?:迷上了?|爱上了|在学(?!校)|开始学|改学|在追《|在(?:用|跟着?)[^，,]{{1,8}}?学|升职[了啦]|报了个|跑完了|去(?:看|听|参加)了[^，,。]{{1,12}}?(?:演唱会|音乐会|音乐节|演出|话剧|展览|比赛)|"
             rf"(?:跟|和)[^，,]{{1,8}}?组了|组了个|从[{HAN}A-Za-z]{{2,8}}?回来|准备(?!好)|打算|计划|搬去|搬到|搬回|刚搬|卖(?:掉)?了|把[^，,]{{1,8}}卖|"
             r"(?:换|提)了一辆|当了|当上了|(?:领养|收养|养)了(?:一|两|三)?(?:只|条|个)|"
             rf"在[{HAN}A-Za-z]{{1,12}}?(?:上班|工作|兼职|打工|实习)|在一家[{HAN}A-Za-z]{{2,10}}?(?:做|当)|在[{HAN}]{{2,6}}?租了|会(?:一点点?|一些|说)?(?:[{HAN}]{{1,3}}语|[{HAN}]{{1,2}}话)|"
             # 打羽毛球把脚踝扭伤了, 滑雪摔断了腿: one's own body hurt; 跟我老公去大理骑行了: where one went with one's own
             rf"(?:[打踢玩跑滑骑爬练][^，,把]{{0,6}}?)?(?:把[^，,]{{1,4}}?(?:(?:摔|撞|扭|磕|砸)?(?:骨折|断|扭伤|脱臼|拉伤)|崴|扭|"
             rf"(?:摔|撞|磕)(?:伤|破|断))了|(?:摔|扭|崴)(?:断|伤)?了)|(?:跟|和)我(?:的)?{KIN}去|"
             # 现在只吃鱼不吃肉, 已经不吃肉了: what one eats now; 现在是主管了, 已经是组长了: what one is now
             r"(?<=现在|已经|目前|如今)(?:只吃|不吃|吃素|开始吃素)|(?<=现在|已经|终于|目前|如今)是(?=[^，,。！!？?]{1,8}了)"
             r")")
#: Sentences of one's own news that name no one else (升职了！): a sentence after them still tells of the speaker
#: (升职了！现在是主管了).
_OWN_NEWS_ONLY = lazy(rf"(?:(?![他她它你]|{KIN})[^。！!？?…])+[。！!…]+\s*")
#: A question after how the one asked is, or what they did or where they went (最近怎么样？ 国庆去哪儿玩了？): the reply
#: without a subject tells of the one replying.
_HOW_YOU_ARE = lazy(r"(?:怎么样|好吗|还好吗|咋样|过得如何|忙(?:些)?什么|去哪[儿里]?(?:玩|旅游|旅行)?了|干(?:什么|嘛|啥)了)"
                    r"[啊呀呢吧]?[？?]\s*$|^\s*(?:你)?还在[^，,？?]{1,10}(?:吗|么|不)[？?]\s*$")  # 还在德勤吗？: still there
#: A short answer before the news of a reply (早走了，现在在一家创业公司做产品): the news is the one replying's too.
_ANSWER_FIRST = lazy(r"^(?:早就?(?:走|辞|辞职|离职|不干|不在)了|早走啦|走了|辞了|不在了|没了|不了|早换了|换了|对|嗯|是的?|是啊|没有|没)[！!，,]\s*")
_SOMEONE_ELSE = lazy(rf"[他她它]|{KIN}")


def said_back(sentence: str, opening: bool, turn: str = "") -> str:
    """``sentence`` with the 我 chat leaves out said (see the module); ``opening``: it opens its turn ``turn``."""
    called = {m.group("w") for m in _OWN_CALLED.finditer(turn)}
    if _NAMED_BROTHER_CALLED.search(turn):
        called.add("嫂子")
    sentence = _HOUSEHOLD.sub("我", _ELDEST.sub("我孩子", sentence.replace("俺", "我")))
    sentence = _BARE_OWN.sub(lambda m: "" if sentence.startswith(tuple(called), m.end())
                             or _TO_YOU_BEFORE.search(sentence, 0, m.start()) else "我", sentence)
    if opening and _NEWS.match(sentence):
        return "我" + sentence
    answer = _ANSWER_FIRST.match(sentence) if opening else None
    if answer is not None and _NEWS.match(sentence[answer.end():]):
        return sentence[:answer.end()] + "我" + sentence[answer.end():]
    return sentence


def opens(text: str, piece: str, previous_text: str) -> bool:
    """Whether ``piece`` opens the turn ``text``, or follows one sentence of the speaker's own news naming no one else
    (升职了！现在是主管了), said after no question (``previous_text``) or after one of how the one replying is or what
    they did (最近怎么样？).

    >>> opens("升职了！现在是主管了。", "现在是主管了。", ""), opens("他升职了！现在是主管了。", "现在是主管了。", "")
    (True, False)
    """
    asked = previous_text.rstrip().endswith(("？", "?"))
    about_you = asked and _HOW_YOU_ARE.search(previous_text) is not None and not _SOMEONE_ELSE.search(previous_text)
    before = text.lstrip()[:max(text.lstrip().find(piece.lstrip()), 0)]
    return (not before or _OWN_NEWS_ONLY.fullmatch(before) is not None and _NEWS.match(before) is not None) \
        and text.lstrip().find(piece.lstrip()) >= 0 and (not asked or about_you)
