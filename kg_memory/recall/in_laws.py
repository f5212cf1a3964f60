"""A relative by marriage asked about as the two relatives they are, and two relatives as the one word for them.

A user tells "my sister married Liu Wei; he works at JD" and asks "Where does Ann's brother-in-law work?"
(安娜的姐夫在哪里工作？): the graph holds ``Ann sibling Ann's sister``, ``Ann's sister spouse Liu Wei``, no brother-in-law.
Or she tells 我姐夫在京东工作 (``安娜 relative 安娜的姐夫``) and asks 安娜姐姐的老公在哪里工作？. :func:`rewordings` gives
the question in the other wording, which :func:`~.answers.answer_rows` tries when the first finds nothing: the
word as the chain of relatives (姐夫: 姐姐的老公; "brother-in-law": "sister's husband", "wife's brother", "husband's
brother"), tried first, since the chain names whom it means (a plain ``relative`` hop reaches every relative), and the
chain as the word, tried after the question as asked. Only words whose chain is plain: 表哥 (a cousin on either
side) is left alone.

>>> rewordings("安娜的姐夫在哪里工作？")
['安娜的姐姐的老公在哪里工作？', '安娜的姐夫在哪里工作？']
>>> rewordings("安娜姐姐的老公在哪里工作？")
['安娜姐姐的老公在哪里工作？', '安娜姐夫在哪里工作？']
>>> rewordings("Where does Ann's sister-in-law work?")[:2]
["Where does Ann's brother's wife work?", "Where does Ann's husband's sister work?"]
>>> rewordings("Where does Ann live?")
['Where does Ann live?']
"""

from __future__ import annotations

import re

__all__ = ["rewordings"]

#: Chinese words of a relative by marriage and the relatives they are, the nearer first.
_ZH = {
    "姐夫": "姐姐的老公", "妹夫": "妹妹的老公", "嫂子": "哥哥的老婆", "嫂嫂": "哥哥的老婆", "弟媳": "弟弟的老婆",
    "弟媳妇": "弟弟的老婆", "弟妹": "弟弟的老婆", "公公": "老公的爸爸", "婆婆": "老公的妈妈", "岳父": "老婆的爸爸",
    "老丈人": "老婆的爸爸", "丈人": "老婆的爸爸", "岳母": "老婆的妈妈", "丈母娘": "老婆的妈妈", "女婿": "女儿的老公",
    "儿媳": "儿子的老婆", "儿媳妇": "儿子的老婆", "小姑子": "老公的妹妹", "大姑子": "老公的姐姐", "小叔子": "老公的弟弟",
    "大伯子": "老公的哥哥", "小舅子": "老婆的弟弟", "大舅子": "老婆的哥哥", "大舅哥": "老婆的哥哥", "小姨子": "老婆的妹妹",
    "大姨子": "老婆的姐姐", "舅妈": "舅舅的老婆", "姑父": "姑姑的老公", "姑丈": "姑姑的老公", "姨夫": "姨妈的老公",
    "姨父": "姨妈的老公", "婶婶": "叔叔的老婆", "婶子": "叔叔的老婆", "伯母": "伯伯的老婆",
}
#: The words of a spouse or parent as the chains may say them (姐姐的丈夫 is 姐姐的老公).
_ZH_SAME = {"丈夫": "老公", "爱人": "老公", "妻子": "老婆", "太太": "老婆", "媳妇": "老婆", "媳妇儿": "老婆", "父亲": "爸爸",
            "爸": "爸爸", "母亲": "妈妈", "妈": "妈妈"}
_EN = {
    "brother-in-law": ("sister's husband", "wife's brother", "husband's brother"),
    "sister-in-law": ("brother's wife", "husband's sister", "wife's sister"),
    "mother-in-law": ("husband's mother", "wife's mother"),
    "father-in-law": ("husband's father", "wife's father"),
    "son-in-law": ("daughter's husband",),
    "daughter-in-law": ("son's wife",),
}
_ZH_WORD = re.compile("|".join(sorted(_ZH, key=len, reverse=True)))
_ZH_KIN = "|".join(sorted({*_ZH_SAME, *(w for chain in _ZH.values() for w in chain.split("的"))}, key=len, reverse=True))
_ZH_CHAIN = re.compile(rf"(?P<a>{_ZH_KIN})的(?P<b>{_ZH_KIN})")
_EN_WORD = re.compile(r"\b(?P<w>(?:brother|sister|mother|father|son|daughter)-in-law)\b", re.I)
_EN_CHAIN = re.compile(r"\b(?P<a>sister|brother|wife|husband|daughter|son)'s\s+(?P<b>husband|wife|brother|sister|mother|father)\b",
                       re.I)


def rewordings(question: str) -> list[str]:
    """``question`` and its other wordings, in the order to try them (see the module doc)."""
    m = _EN_WORD.search(question)
    if m is not None:
        chains = _EN[m.group("w").lower()]
        return [question[:m.start()] + chain + question[m.end():] for chain in chains] + [question]
    m = _ZH_WORD.search(question)
    if m is not None and not _ZH_CHAIN.search(question):
        return [question[:m.start()] + _ZH[m.group()] + question[m.end():], question]
    m = _ZH_CHAIN.search(question)
    if m is not None:
        chain = f"{_ZH_SAME.get(m.group('a'), m.group('a'))}的{_ZH_SAME.get(m.group('b'), m.group('b'))}"
        word = next((w for w, c in _ZH.items() if c == chain), None)
        if word is not None:
            return [question, question[:m.start()] + word + question[m.end():]]
    m = _EN_CHAIN.search(question)
    if m is not None:
        chain = f"{m.group('a').lower()}'s {m.group('b').lower()}"
        word = next((w for w, chains in _EN.items() if chain in chains), None)
        if word is not None:
            return [question, question[:m.start()] + word + question[m.end():]]
    return [question]
