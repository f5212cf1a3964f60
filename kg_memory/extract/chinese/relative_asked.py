"""A bare name question (叫什么？, 叫啥名字？) just after someone spoke of a relative asks the relative's name, not the name of
the one who answers, and the name opening the answer calls nobody; nor does a place named opening the answer to
where something is (在哪个城市？ - 温哥华，……), nor a name given with what its bearer is in answer to who or what
(一个问答游戏：什么会让他大喊？ - 玛丽亚·凯莉，歌后！ - 正确。: not the quizmaster's name).
Who one beside the listener is, asked (这位是？), is answered by a relative and their name (我媳妇，小芹。): the name is the
relative's, no call of the one who asked.

"我们家闺女也在师大读书。" - "真的？叫什么？说不定我认识。" - "方晓雯，戴个眼镜。": the answer names the daughter, whoever
gives it (the mother, or the father beside her); read as a name asked of the one answering, it made 方晓雯 the father's
own (or, with the question before it left unread, a call of the one who asked). A question that asks the one spoken to (你叫什么？, 您贵姓？) is left to :mod:`~kg_memory.extract.self_intros`.

>>> relative_name_asked("我们家闺女也在师大读书。", "真的？叫什么？说不定我认识。")
True
>>> relative_name_asked("我们家闺女也在师大读书。", "你叫什么？"), relative_name_asked("今天人真多。", "叫什么？")
(False, False)
>>> relative_name_asked("我儿子也在那儿上班。", "您儿子叫什么？说不定我认识。")
True
"""

from __future__ import annotations

from ..framework import lazy
from .lexicon import KIN

__all__ = ["name_given", "relative_answer", "relative_name_asked"]

#: A name asked with no 你/您 before it in its clause (叫什么？, 叫啥名字？, 名字叫什么？), or asked of a relative of the
#: one spoken to or of (您儿子叫什么？, 你女朋友叫啥名字？, 他闺女叫什么来着？): not the name of the one who answers.
_BARE_NAME_ASKED = lazy(rf"(?:(?:^|[，,。！!？?\s])(?:那|那她|那他)?|(?:你|您|他|她)(?:们)?家?的?{KIN})"
                        r"(?:叫什么|叫啥|名字叫什么|叫什么名字|什么名字|啥名字)(?:名字)?(?:来着|呢|啊|呀)?\s*[？?]")
#: One's own or the listener's relative spoken of: 我们家闺女, 我儿子, 你表妹, 咱家老大.
_RELATIVE_SPOKEN_OF = lazy(rf"(?:我|你|您|咱)(?:们)?家?的?{KIN}")


def relative_name_asked(spoken: str, question: str) -> bool:
    """Whether ``question`` asks bare for a name just after ``spoken`` told of someone's relative.

    >>> relative_name_asked("我儿子在三中上学。", "叫啥名字？")
    True
    """
    return _BARE_NAME_ASKED.search(question) is not None and _RELATIVE_SPOKEN_OF.search(spoken) is not None


#: The name opening an answer, alone or before a comma: 方晓雯，戴个眼镜。
_OPENING_NAME = lazy(r"^\s*[\u4e00-\u9fff·]{2,6}\s*(?:[，,。！!]|$)")


def relative_answer(spoken: str, question: str, answer: str) -> str | None:
    """``answer`` without the name opening it, where ``question`` asks a relative's name (:func:`relative_name_asked`);
    None where it does not.

    >>> relative_answer("我儿子在三中上学。", "叫啥名字？", "方晓宇，个子挺高。"), relative_answer("你好。", "叫什么？", "方晓宇。")
    ('个子挺高。', None)
    """
    if not relative_name_asked(spoken, question):
        return None
    return _OPENING_NAME.sub("", answer, count=1)


#: A place asked for (在哪个城市？, 住哪儿？): a name opening the answer is the place (西雅图，……), no call.
_PLACE_ASKED = lazy(r"(?:哪个|哪座)(?:城市|国家|省|地方)|什么地方|哪儿|哪里")
#: The rest of an answer that speaks to someone: 你/您 after the name (方晓雯，你过来一下: a call).
_TO_YOU = lazy(r"[你您]")


#: A question of who or what closing its turn (谁干的？, 什么东西会让他尖叫？).
_WHO_OR_WHAT_ASKED = lazy(r"(?:谁|什么|哪个|哪位)[^。！!？?]*[？?]+\s*$")
#: An answer of a name and what its bearer is, a short noun alone after the comma (玛丽亚·凯莉，歌后！), nothing said to
#: anyone (方晓雯，你来！, 小明，快去！: calls).
_NAME_AND_WHAT = lazy(r"^\s*(?P<n>[\u4e00-\u9fff·]{2,10})\s*[，,]\s*(?P<what>(?:(?![你您快去来别帮我吧呀啊])[\u4e00-\u9fff]){1,6})"
                      r"\s*(?:[！!。]|$)")


#: Who one beside the listener is, asked (这位是？, 这位是谁？, 这是？, 这位怎么称呼？): the answer introduces them.
_WHO_IS_THIS = lazy(r"这位?(?:是|是谁|怎么称呼)(?:啊|呀)?(?:[？?]|……)+\s*$")
#: An answer giving one's relative and their name (我媳妇，小芹。, 这是我表哥周强。): the relative's name, no call.
_KIN_NAMED = lazy(rf"^\s*(?:这是|这位是)?(?:我|咱)(?:们)?家?的?{KIN}\s*[，,]?\s*(?P<n>[\u4e00-\u9fff·]{{2,6}})\s*(?:[，,。！!]|$)")


def name_given(question: str, answer: str, candidates: set[str]) -> bool:
    """Whether ``answer`` opens with a name of ``candidates`` given for a bare name question in ``question``, the
    question closing its turn or not (叫什么？说不定我认识。 - 方晓雯，戴个眼镜。), or for a place (在哪个城市来着？ -
    温哥华，……): the name is the one asked for, no call of the one who asked; an answer saying 你 after the name calls
    after all.

    >>> name_given("叫什么？说不定我认识。", "方晓雯，戴个眼镜。", {"方晓雯"})
    True
    >>> name_given("叫什么？", "方晓雯，你过来。", {"方晓雯"}), name_given("好吃吗？", "方晓雯，戴个眼镜。", {"方晓雯"})
    (False, False)
    >>> name_given("您闺女在哪个城市来着？", "温哥华，离得远。", {"温哥华"})
    True
    >>> name_given("什么东西会让他大喊？", "玛丽亚·凯莉，歌后！", {"玛丽亚·凯莉"}), name_given("谁去买菜？", "小明，快去！", {"小明"})
    (True, False)
    >>> name_given("小周，这位是？", "我表哥，周强。", {"周强"}), name_given("这位是？", "小周，你说呢？", {"小周"})
    (True, False)
    """
    if _WHO_IS_THIS.search(question) and (k := _KIN_NAMED.match(answer)) and k.group("n") in candidates:
        return True  # 这位是？ - 我媳妇，小芹。: the wife introduced by her name, not the one who asked
    if _WHO_OR_WHAT_ASKED.search(question) and (q := _NAME_AND_WHAT.match(answer)) and q.group("n") in candidates:
        return True  # 什么东西让他大喊？ - 玛丽亚·凯莉，歌后！: the name answers, beside what its bearer is
    if _BARE_NAME_ASKED.search(question) is None and _PLACE_ASKED.search(question) is None \
            or (m := _OPENING_NAME.match(answer)) is None:
        return False
    return m.group().strip(" ，,。！!") in candidates and _TO_YOU.search(answer, m.end()) is None
