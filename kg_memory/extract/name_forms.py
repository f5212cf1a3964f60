"""Other forms of a name the dialogue has pinned on a speaker: of a Chinese name the given name, the pet name, the full
name; of a Latin first name, a shorter form called out near the speaker (:mod:`.short_forms`: Walter is "Walt").

People are called by several forms of one name: 苏婷婷 is 婷婷 to her family, 林晓 is 晓晓 to a friend, 何大伟 is 大伟
to his wife, 楠楠 is 小楠 too. Once :mod:`.speakers` has pinned one form on a speaker, another form said by the others in
the same dialogue, pinned on nobody, is that speaker's as well, though said only once between two others (who answers
it is a guess): a given name is seldom shared by two people in one scene, where a surname is (老林 may be the father of
林晓, so surnames alone, 小林, 老林, 林姐, are left alone).

The forms read (Chinese names only, not transliterated ones such as 莫妮卡): a surname and a given name of two (苏婷婷,
何大伟) and that given name (婷婷, 大伟); a surname and one character (林晓, 高雯) and that character doubled (晓晓, 雯雯); a
doubled pet name (楠楠) and 小 or 阿 before its character (小楠, 阿楠).

>>> sorted(forms("苏婷婷")), sorted(forms("林晓")), sorted(forms("楠楠")), sorted(forms("莫妮卡"))
(['婷婷'], ['晓晓'], ['小楠', '阿楠'], [])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .base import make_fact
from .framework import lazy
from .names import is_transliterated_name
from .short_forms import short_forms

__all__ = ["forms", "name_forms"]

_HAN = lazy(r"^[\u4e00-\u9fff]+$")
#: Characters that open a name as people call each other, not a surname (小刘, 老张, 阿强, 大刘).
_CALL_HEADS = frozenset("小老阿大")
_CONFIDENCE = 0.6


#: What follows a surname as a title or a word of kin, not a given name (王姐, 刘总, 张叔).
_TITLE_CHARACTERS = frozenset("姐哥总叔姨爷伯婶妈爸嫂弟妹队工老少")
#: Titles said after a surname that jieba may tag as a name (张师傅).
_TITLES = frozenset("师傅 老师 医生 大夫 教练 经理 主任 老板 先生 女士 小姐 同学 护士 警官 阿姨 叔叔 大爷 大妈 律师 老总 总监 "
                    "师父 大哥 大姐 老弟 老妹 科长 处长 局长 书记 校长 院长 所长 队长 组长 主管 店长 姐姐 哥哥 奶奶 爷爷".split())
#: How often jieba's dictionary may have seen a given name of two as a common word (教练, 医生: thousands; 大伟: 22).
_RARE_WORD = 30


def _surnamed(name: str) -> bool:
    """Whether ``name`` is a surname and a given name (林晓, 苏婷婷, 何大伟; not 周教练, 王姐, 莫妮卡)."""
    from .chinese.lexicon import SURNAMES  # Chinese text only: English never loads it
    from .model.features import dictionary_entry

    if len(name) not in (2, 3) or name[0] not in SURNAMES or name[0] in _CALL_HEADS or is_transliterated_name(name):
        return False
    given = name[1:]
    if len(given) == 1:
        return given not in _TITLE_CHARACTERS
    if given in _TITLES:
        return False
    tag, count = dictionary_entry(given)
    return given[0] == given[1] or tag in ("", "nr", "nz") or count < _RARE_WORD


def forms(name: str) -> set[str]:
    """The other forms of the Chinese name ``name`` that name the same person (see the module docstring)."""
    if not _HAN.match(name):
        return set()
    if len(name) == 2 and name[0] == name[1]:
        return {"小" + name[0], "阿" + name[0]}
    if len(name) == 2 and name[0] in "小阿" and name[1] != name[0]:
        return {name[1] * 2} if _surnamed_given(name[1]) else set()
    if _surnamed(name):
        given = name[1:]
        if len(given) == 2:
            return {given} | ({given[0] + given[0]} if given[0] == given[1] else set())
        return {given * 2}
    return set()


def _surnamed_given(char: str) -> bool:
    """Whether ``char`` after 小/阿 is a given name's character, not a surname (小楠, not 小刘: a surname called)."""
    from .chinese.lexicon import SURNAMES

    return char not in SURNAMES


def name_forms(turns: Sequence[Turn], found: Sequence[Fact]) -> list[Fact]:
    """``(Speaker N, alternateName, form)`` for each form of a name in ``found`` (one dialogue's speaker names) that
    the others say in ``turns`` (the speaker never), pinned on nobody."""
    pinned: dict[str, set[str]] = {}
    for fact in found:
        pinned.setdefault(str(fact.object), set()).add(fact.subject.label)
    out: list[Fact] = []
    for fact in found:
        speaker, name = fact.subject.label, str(fact.object)
        for form in sorted(forms(name) | _full_forms(name, turns) | short_forms(name, speaker, turns)):  # Walter: Walt
            if form in pinned:
                continue
            said = [t for t in turns if _says(t.text, form, set(pinned))]
            if said and all(t.speaker != speaker for t in said):
                pinned[form] = {speaker}
                out.append(make_fact(Entity(speaker, "Person"), "alternateName", form, _CONFIDENCE, said[0]))
    return out


def _full_forms(name: str, turns: Sequence[Turn]) -> set[str]:
    """A surname said before the given name ``name`` (婷婷 -> 苏婷婷, 大伟 -> 何大伟) where the talk says it so."""
    if not _HAN.match(name) or len(name) != 2 or is_transliterated_name(name):
        return set()
    from .model.features import dictionary_entry  # Chinese names only: English never loads it

    out = set()
    for turn in turns:
        for m in re.finditer(rf"(?<=[\u4e00-\u9fff])(?={re.escape(name)})", turn.text):
            full = turn.text[m.start() - 1:m.start()] + name
            word = turn.text[max(0, m.start() - 2):m.start()]  # 对于迪娜: 于 closes a word, no surname
            if _surnamed(full) and not (len(word) == 2 and dictionary_entry(word)[1] > 0):
                out.add(full)
    return out


def _says(text: str, form: str, pinned: set[str]) -> bool:
    """Whether ``text`` says ``form`` other than inside a longer name pinned on someone (婷婷 inside 苏婷婷)."""
    for m in re.finditer(re.escape(form) + ("" if _HAN.match(form) else r"(?![\w'-])"), text):  # not "Walt" in "Walton"
        if not any(form != p and form in p and text.find(p, max(0, m.start() - len(p)), m.end() + len(p)) >= 0
                   for p in pinned):
            return True
    return False
