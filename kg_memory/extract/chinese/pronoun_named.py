"""A 他/她 clause no one answers to, and the clauses after it: 我跟我表姐合租，她叫温倩，在隔壁小区上班.

A clause with no subject of its own (在隔壁小区上班) is about the subject of the clause before; when that clause opens
with a 他/她 that names no one the dialogue has met, the subject before it (the speaker of 我跟我表姐合租) is no longer
the one spoken of. :func:`after_pronoun` gives the subject the next clauses take: the person the clause names (她叫温倩:
温倩, who then works in 隔壁小区), or ``None`` (nobody: what follows is not the speaker's). The one named is the
speaker's relative when the sentence said one just before (我跟我表姐合租，她叫温倩: 温倩 is that cousin), as
"我表姐叫温倩" says it.

Not read: 她叫温倩 where 她 is someone met before (the rules of :mod:`.rules` give them the name), 我表姐和我妹妹，她叫……
(which of two is meant is unknown).

>>> import re
>>> _PRONOUN_NAMED.match("她叫温倩").group("n"), _KIN_BEFORE.findall("我跟我表姐合租")
('温倩', ['表姐'])
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..names import is_chinese_name
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from .lexicon import HAN, KIN, KIN_PREDICATE
from .segment import BARE_CLAUSE

__all__ = ["after_pronoun", "clause_subject"]

#: 她叫温倩, 他名叫周凯, 她的名字叫林悦: the person a 他/她 clause names.
_PRONOUN_NAMED = lazy(rf"^(?P<p>他|她)(?:的名字|名字)?(?:叫|名叫|叫做)(?P<n>[{HAN}]{{2,3}})(?:[啊呀呢吧])?$")
#: 我表姐, 我的表姐, 跟我表姐: a relative of the speaker's said in the sentence before the clause.
_KIN_BEFORE = lazy(rf"我的?({KIN})")


def after_pronoun(head: re.Match[str] | None, subject: tuple[Entity, float] | None, clause: str, sentence: str,
                  turn: Turn, discourse: Discourse, out: list[Found]) -> tuple[Entity, float] | None:
    """The subject for ``clause`` and the bare clauses after it where ``head`` (``clause`` read with its subject) opened
    with a 他/她 that no one was resolved for: the person named by 她叫X (their tie to the speaker added to ``out``), or
    ``None``; ``subject`` (the one of the clause before) otherwise."""
    if head is None or head.group("s") not in ("他", "她"):
        return subject
    m = _PRONOUN_NAMED.match(clause)
    if m is None or not is_chinese_name(m.group("n")):
        return None  # 她喜欢……，在……上班: whoever she is, not the one of the clause before
    gender = MALE if m.group("p") == "他" else FEMALE
    person = Entity(m.group("n"), "Person")
    before = sentence[:sentence.find(clause)] if clause in sentence else ""
    kin = [k for k in _KIN_BEFORE.findall(before) if gender_of_noun(k) in (None, gender)]
    if len(set(kin)) == 1:  # 我跟我表姐合租，她叫温倩: the cousin is 温倩
        out.append((discourse.speaker(turn), KIN_PREDICATE[kin[0]], person, 0.75, None))
    discourse.mention(turn, person, gender)
    return person, 0.8


def clause_subject(parsed: tuple[Entity, float] | None, head: re.Match[str] | None, subject: tuple[Entity, float] | None,
                   clause: str, sentence: str, turn: Turn, discourse: Discourse,
                   out: list[Found]) -> tuple[tuple[Entity, float] | None, re.Match[str] | None]:
    """Who ``clause`` is about and the match whose ``rest`` the rules read: its own subject (``parsed``, read in
    ``head``), else the one of the clause before (a bare clause), unless a 他/她 came between (:func:`after_pronoun`);
    ``(None, None)`` when no one is."""
    if parsed is not None:
        return parsed, head
    subject = after_pronoun(head, subject, clause, sentence, turn, discourse, out)
    return (subject, BARE_CLAUSE.match(clause)) if subject is not None else (None, None)
