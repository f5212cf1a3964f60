"""A question asked in the first person, read as a question about the person who asks.

In a chat the user asks about themself: "Where do I work?", "What's my dog's name?", "我的狗叫什么？".
Told who asks (the ``speaker`` of :meth:`kg_memory.Memory.recall`), :func:`about_speaker` puts the
question in the third person, so that recall links the speaker's entity and reads the relation as it
does for any name. "We", "us", "our" and 我们 are left as they are: they name no one entity.

>>> about_speaker("Where do I work?", "Ann")
'Where does Ann work?'
>>> about_speaker("What's my dog's name?", "Ann"), about_speaker("How old am I?", "Ann")
("What's Ann's dog's name?", 'How old is Ann?')
>>> about_speaker("我的狗叫什么？", "安娜"), about_speaker("我们住在哪里？", "安娜")
('安娜的狗叫什么？', '我们住在哪里？')
"""

from __future__ import annotations

import re

__all__ = ["about_speaker"]

#: An auxiliary before "I", and the form it takes before a name: "do I" -> "does Ann".
_AUX_I = re.compile(r"\b(do|am|have|did|was|can|could|will|would|should|shall|may|might|must)\s+I\b", re.I)
_THIRD = {"do": "does", "am": "is", "have": "has"}
#: "I" with its verb in the first person: "I am" / "I'm" -> "Ann is", "I have" / "I've" -> "Ann has".
_I_BE = re.compile(r"\bI(?:\s+am\b|'m\b)", re.I)
_I_HAVE = re.compile(r"\bI(?:\s+have\b|'ve\b)")
_I = re.compile(r"\bI\b")
_MY = re.compile(r"\b(?:my|mine)\b", re.I)
_ME = re.compile(r"\b(?:me|myself)\b", re.I)
_ZH_MY = re.compile(r"我(?!们)(的)?")
#: Kin and other people said right after 我 without 的 (我妈妈: 安娜的妈妈).
_KIN_AFTER = re.compile(r"妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|老婆|老公|妻子|丈夫|儿子|女儿|孩子|男朋友|女朋友|老板|同事|朋友|室友|邻居|家人|父母|"
                        r"爷爷|奶奶|外公|外婆")


def about_speaker(question: str, speaker: str) -> str:
    """``question`` with the first person (I, my, me, 我, 我的) as ``speaker``; see the module doc."""
    if "我" in question:
        question = _ZH_MY.sub(lambda m: f"{speaker}的" if m.group(1) or _KIN_AFTER.match(m.string, m.end()) else speaker,
                              question)

    def aux(m: re.Match[str]) -> str:
        word = m.group(1)
        third = _THIRD.get(word.lower(), word.lower())
        return f"{third.capitalize() if word[0].isupper() else third} {speaker}"

    question = _AUX_I.sub(aux, question)
    question = _I_BE.sub(f"{speaker} is", question)
    question = _I_HAVE.sub(f"{speaker} has", question)
    question = _I.sub(speaker, question)
    question = _MY.sub(f"{speaker}'s", question)
    return _ME.sub(speaker, question)
