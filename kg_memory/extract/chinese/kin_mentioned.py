"""A relative of the speaker's said anywhere in a sentence is the speaker's relative: 推荐几本适合我女儿看的书 (a daughter),
帮我给我邻居老陈写张感谢卡 (a neighbour, 老陈, by the name after the word),
帮我给我老公写一张生日卡片 (a husband), 我给我儿子买了个书包 - as "a birthday card for my husband" tells a husband. The
relative is mentioned, so that 她 or 他 after it means them (……我女儿看的书，她今年八岁: the daughter is eight).

Only one said after a verb or a preposition: a relative heading a clause (我女儿八岁) or said to be someone (她是我的妻子) is the
clause reader's. Not one denied, wished for or supposed before it in the clause (我没有女儿, 我想要个女儿, 如果我老公……), nor a
former one (我前夫);
whether a mention alone is kept is :func:`~kg_memory.extract.plausible.passing_relatives`'s to say (a child, a spouse, a
sibling: yes; 我很想我爸: no).

>>> from kg_memory.extract.pronouns import Discourse
>>> t = Turn("c", "1", "安娜", "推荐几本适合我女儿看的书。")
>>> [(s.label, p, o.label) for s, p, o, _, _ in kin_mentioned(t.text, t, Discourse([t]))]
[('安娜', 'child', '安娜的女儿')]
>>> [o.label for _, _, o, _, _ in kin_mentioned("帮我给我邻居老陈写张感谢卡。", t, Discourse([t]))]
['老陈']
>>> kin_mentioned("我没有女儿。", t, Discourse([t])), kin_mentioned("要是我老公在就好了。", t, Discourse([t]))
([], [])
"""

from __future__ import annotations

from ...types import Turn
from ..framework import Found, lazy
from ..pronouns import Discourse, gender_of_noun
from .kin_along import a_name_after_kin
from .lexicon import KIN, KIN_PREDICATE
from .objects import owned
from .people import NOT_NAME_END

__all__ = ["kin_mentioned"]

_MY_KIN = lazy(rf"(?<![前和跟同与“「《\"])我的?(?P<kin>{KIN})(?![们录会圈群])")  # not 我的同学录, 《我的孩子们》 (a title)
#: What makes the relative not had, said before it in its clause.
_NOT_HAD = lazy(r"没有|没|想要|想有|如果|要是|假如|假设|万一|希望|不是|前")
_CLAUSE_END = "，,。！!？?；;"
#: Words a speaker calls the one spoken to by ("……，我的朋友", "my friend"), none of them a relative then.
_CALLED = frozenset(("朋友", "兄弟", "哥们", "伙计", "老朋友"))
_PRONOUN = lazy("[他她]")


def kin_mentioned(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's relatives ``sentence`` mentions (module docstring)."""
    out: list[Found] = []
    speaker = discourse.speaker(turn)
    for m in _MY_KIN.finditer(sentence):
        start = max(sentence.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
        before = sentence[start:m.start()].strip()
        if not before or before.endswith(("是", "叫", "当", "做", "成为", "像")) or _NOT_HAD.search(before):
            continue  # 我女儿八岁, 她是我的妻子: the clause reader's (a subject, what one is); 让他做我的男友: asked
        noun = m.group("kin")
        if noun in _CALLED and sentence[m.end():m.end() + 1] in _CLAUSE_END:
            continue  # 快点我的朋友，……: a way of speaking to someone
        name = next((n for n in (sentence[m.end():m.end() + k] for k in (3, 2)) if len(n) > 1
                     and n[-1] not in NOT_NAME_END and a_name_after_kin(n, sentence)), None)  # 给我邻居老陈写张卡: 老陈
        relative = owned(speaker, noun, "Person", name)
        gender = gender_of_noun(noun)
        if not _PRONOUN.search(sentence, 0, m.start()):  # 他是我最好的朋友……做我的男友: 他 is not the one said after
            discourse.mention(turn, relative, gender)
        out.append((speaker, KIN_PREDICATE[noun], relative, 0.7, None))
    return out
