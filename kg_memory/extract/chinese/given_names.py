"""A two-character given name said right after the relative it names: 我朋友佳怡住在杭州, 我儿子浩然在上小学, 这是我同学可欣.

jieba tags few given names said without a surname as names (佳怡, 浩然, 梓萱, 可欣 are not), and a person the rules
cannot tell from a piece of a sentence (拜托, 向肌) is dropped (:func:`~kg_memory.extract.plausible.unnamed_people`).
Right after a relative's word, two characters that people give their children are the relative's name.
"""

from __future__ import annotations

from ..framework import lazy
from .lexicon import KIN

__all__ = ["ADVERB_DOUBLES", "GIVEN_CHARACTERS", "NOT_GIVEN_NAMES", "adverb_said", "given_name_after_kin"]

#: Characters common in given names (either place); none makes a time with another (明天, 天天 are no names).
GIVEN_CHARACTERS = frozenset("子梓涵浩宇轩然欣怡佳可思雨桐萱诗梦语若依诺晨俊杰嘉琪婷雪美丽芳军强龙乐凡飞月雅琳玲燕萍涛伟鹏辉刚勇磊"
                             "晶敏静慧颖莉娜倩蕾菲兰梅华霞艳娟英峰斌丹洁凤珍蓉薇琴晴阳亮瑶彤妍琦璐露茜婕博文志建海波超昊睿泽铭"
                             "皓瑞辰逸锦航宁安悦馨蕊瑾妮莹璇晓宏凯健欢婉秀淑惠玉红丝韵蓓鑫奕彪光福迪彬壮帆栋"
                             "玥雯晗钊昕婧钰菁岚琛煜宸骏")  # given names only: in no word of a time or a place
#: Two such characters that make a word said after a relative (我妹妹可可 is a name; 我女儿安静了 says she is quiet;
#: 我闺女英语法语都会 says what she speaks: languages and school subjects are no names).
NOT_GIVEN_NAMES = frozenset("安静 美丽 可爱 文明 乐观 宁静 欢乐 安宁 美好 可以 俊美 安然 欣然 晴天 雪花 月亮 雨天 菁华 菁英 "
                            "英语 法语 德语 俄语 韩语 日语 汉语 语文 数学 美术 音乐 体育 物理 化学 历史 地理 生物 科学".split())

#: Doubled words that are adverbs, some of them pet names too (明明 "clearly", 偏偏 "of all things", 仅仅 "only").
ADVERB_DOUBLES = frozenset("明明 偏偏 仅仅 足足 时时 白白 刚刚 常常 渐渐 默默 好好 早早 稍稍 处处 统统 往往 悄悄 天天 单单 恰恰 "
                           "每每 屡屡 频频 暗暗 紧紧 轻轻 慢慢 静静 偷偷 远远 多多 万万".split())

_AFTER_KIN = lazy(rf"(?:我|你|他|她)(?:们)?的?(?:好|最好的)?{KIN}(?P<n>[\u4e00-\u9fff]{{2}})(?![\u4e00-\u9fff]?的)")


def given_name_after_kin(label: str, text: str) -> bool:
    """Whether ``label`` is two characters of given names said right after a relative's word in ``text``.

    >>> given_name_after_kin("佳怡", "我朋友佳怡住在杭州。"), given_name_after_kin("安静", "我女儿安静了。")
    (True, False)
    """
    if len(label) != 2 or label in NOT_GIVEN_NAMES or not all(ch in GIVEN_CHARACTERS for ch in label):
        return False
    return any(m.group("n") == label for m in _AFTER_KIN.finditer(text))  # 我朋友佳怡, 这是我朋友可欣


def adverb_said(label: str, rest: str) -> bool:
    """Whether ``label``, said right after a relative's word, is an adverb of the clause that goes on with
    ``rest``, not the relative's name: 我室友明明也在帮我 ("my roommate is clearly helping me too"). Called alone
    (我室友明明。) the doubled word stays a pet name.

    >>> adverb_said("明明", "也在帮我"), adverb_said("明明", ""), adverb_said("乐乐", "也在")
    (True, False, False)
    """
    return label in ADVERB_DOUBLES and bool(rest.strip("，,。！!？?…"))
