"""Relatives and pets a conversation names a turn or two after it speaks of them.

"My son started kindergarten." - "Aw!" - "His name is Leo." names the son; so do a name asked for and given ("I
talked to my sister." - "Which one?" - "Mary.", "What's her name?" - "Ursula.", "What's your son's name?" - "Leo.",
"她叫什么名字？" - "小红。"). The rules read each turn alone, so "Ann's son" and Leo stay two people;
:func:`names_told_later` adds the ``name`` fact that ties them, with the naming turn's provenance, and
:func:`~kg_memory.extract.placeholders.bind_across_turns` then makes the placeholder Leo in every turn.

A tie is read only where it is plain, as a wrong one merges two people:

- the one naming is the placeholder's owner, in their next turn (at most two turns of others between), a turn that
  speaks of no relative or pet of theirs itself (one named in its own turn is read with the turn);
- one placeholder of the owner fits ("his" a son or a pet, "her" a sister, "its" a pet, "your son's name" a son),
  said in their turn before; two that may be meant ("my brother and my cousin" ... "His name is Leo.") name none;
- nobody else is named or spoken of from the placeholder's turn on ("my grandmother got it from her grandmother,
  Nell" - "What was her name?" - "Nell.", "my sister is seeing someone", "my sister's friend"), and no other
  speaker brings up a relative of theirs that fits ("My son started school." - "My son too!");
- the name is said as a statement ("His name is Leo.", "He's called Leo.", "We named him Max."), or as the reply to a
  question for it ("Leo.", "It's Leo!"); a question, a refusal or a name the sentence goes on from ("Kate, can you
  pass the salt?") names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Entity, Fact, Provenance, Turn
from .framework import lazy
from .names import plausible_name
from .placeholders import placeholder_of
from .pronouns import FEMALE, MALE, gender_of_noun

__all__ = ["may_stand_for", "names_told_later"]

#: A name as said: capitalised words ("Leo", "Mary-Angela", "Frank Jr."), or two to four Chinese characters.
_NAME = r"(?-i:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?(?:\s+[A-Z][a-z'’.]+){0,2})"
_ZH_NAME = r"[\u4e00-\u9fff]{2,4}"
_OPENER = r"^(?:(?:oh|well|um+|uh+|yeah|yes|so|and|ah|aw+|haha|lol)\b[\s,!.-]*)*"
#: "His name is Leo.", "her name's Ursula", "He's called Leo.", "We named her Emma." (a sentence that starts so).
_EN_TOLD = lazy(rf"{_OPENER}(?:(?P<p>his|her|its)\s+name\s*(?:'s|’s|\s+is)\s+(?P<n>{_NAME})"
                rf"|(?P<p2>he|she|it)\s*(?:'s|’s|\s+is)\s+(?:called|named)\s+(?P<n2>{_NAME})"
                rf"|(?:we|i)\s+(?:named|called)\s+(?P<p3>him|her|it)\s+(?P<n3>{_NAME}))(?:\s*,\s*(?:by\s+the\s+way|btw|actually))?\s*(?:[.!]+\s*|$)", re.I)
#: A question for a name: "What's her name?", "and his name?", "What did you name him?", "What's your son's name?",
#: "Which one?", "Which sister?" (the whole last question of the turn).
_EN_ASKED = lazy(r"(?:^|(?<=[\s,-]))(?:(?:what(?:'s|’s|\s+is|\s+was)\s+)?(?P<p>his|her|its)\s+name"
                 r"|what(?:'s|’s|\s+is|\s+was)\s+(?P<p2>he|she|it)\s+called"
                 r"|what\s+did\s+(?:you|u|y'all|you\s+guys)\s+(?:name|call)\s+(?P<p3>him|her|it)"
                 r"|what(?:'s|’s|\s+is|\s+was)\s+(?:your|ur)\s+(?P<k>[a-z]+(?:\s+[a-z]+)?)(?:'s|’s)\s+name"
                 r"|what(?:'s|’s|\s+is)\s+(?:your|ur)\s+(?P<k2>[a-z]+(?:\s+[a-z]+)?)\s+called"
                 r"|what(?:'s|’s|\s+is|\s+was)\s+the\s+name\s+of\s+(?:your|ur|the)\s+(?P<k3>[a-z]+(?:\s+[a-z]+)?)"
                 r"|what\s+did\s+(?:you|u|y'all|you\s+guys)\s+(?:name|call)\s+(?:your|ur|the)\s+(?P<k4>[a-z]+(?:\s+[a-z]+)?)"
                 r"|(?:does|did)\s+(?:(?P<p4>he|she|it)|(?:your|ur|the)\s+(?P<k5>[a-z]+(?:\s+[a-z]+)?))\s+have\s+a\s+name(?:\s+yet)?"
                 r"|which\s+(?P<w>one|[a-z]+))\s*\?+$", re.I)
#: A question for a name and nothing else, of whoever was just spoken of: "omg name?", "ahh name??", "Name??", "叫啥？",
#: "名字呢？" (after any interjection: "yay", "eee", "awww", "omgg")
_ASKED_BARE = lazy(r"^(?:(?:om+g+|oh+|o+h|ooh|a+h+|a+w+|e+|y+a+y+|wo+w+|and|so|ok|okay|wait|cute|congrats|哇|哦|噢|啊|那|好可爱|"
                   r"太可爱了)[\s,!，！.]*)*"
                   r"(?:(?:what(?:'s|’s|\s+is)\s+)?(?:the\s+)?name|叫啥(?:名字)?|叫什么(?:名字)?|名字呢|啥名字|什么名字|"
                   r"(?:取|起)(?:了|好)?名(?:字)?了?(?:吗|没有?)|有名字了?(?:吗|没有?))"
                   r"\s*[呀啊呢]?[?？][?？!！]*$", re.I)
#: A question typed without its mark: "aww what did you call her", "what's his name" (a what- or which- question).
_UNMARKED = lazy(r"^(?:(?:omg|oh|ooh|aw+|and|so|ok|okay|wait)\b[\s,!]*)*(?:what|which)\b[^.!]*$", re.I)
#: The whole reply to it: "Leo.", "It's Pam!", "Her name is Ursula.", "Mary-Angela.", "Biscuit :)"
_EN_REPLY = lazy(rf"{_OPENER}(?:it's\s+|it’s\s+|it\s+is\s+|that's\s+|(?:his|her|its)\s+name\s*(?:'s|’s|\s+is)\s+)?"
                 rf"(?P<n>{_NAME})\s*[.!]*(?:\s*[:;]-?[)D]+)?$", re.I)
#: "她叫什么名字？", "他叫什么？", "你妹妹叫什么名字？", "哪个妹妹？", "哪一个？"
_ZH_ASKED = lazy(r"(?:(?P<p>她|他|它)(?:叫什么(?:名字)?|的名字(?:是|叫)什么|叫啥(?:名字)?)"
                 r"|(?:你|您)的?(?P<k>[\u4e00-\u9fff]{1,3}?)(?:叫什么(?:名字)?|的名字(?:是|叫)?什么|叫啥)"
                 r"|^(?:是)?哪(?:一)?(?:个|位)(?P<w>[\u4e00-\u9fff]{0,2}))[呀啊呢]?[?？]+$")
_ZH_REPLY = lazy(rf"^(?:(?:嗯|哦|噢|啊)[，,]?)?(?:(?:她|他|它)?(?:叫|是)|(?:她|他|它)的名字(?:是|叫))?(?P<n>{_ZH_NAME})[。！!]*$")
#: Sentences of a turn, each with its end mark.
_SENTENCE = lazy(r"[^.!?。！？]+(?:[.!?。！？]+|$)")
_PRONOUN_GENDER = {"his": MALE, "he": MALE, "him": MALE, "他": MALE, "her": FEMALE, "she": FEMALE, "她": FEMALE}
_PET_PRONOUNS = frozenset(("its", "it", "它"))
#: Someone unnamed beside the relative, whom "his name" may be of: "my sister is seeing someone" - "What's his name?"
_ANOTHER = lazy(r"\b(?:someone|somebody|anyone|anybody|(?:a|an|some|this|that|the\s+new|another)\s+(?:new\s+|cute\s+|nice\s+|young\s+|old\s+)?"
                r"(?:guy|girl|man|woman|boy|lady|dude|kid|friend|teacher|doctor|coworker|co-worker|colleague|neighbou?r|"
                r"classmate|stranger|person|boyfriend|girlfriend))\b|有人|一个(?:男|女)的?|朋友|同学|老师|同事|邻居|室友|闺蜜|老板|上司",
                re.I)
#: Someone's relative or pet said in English ("my cousin", "her little brother", "my sister's friend"), for the one that
#: "his" may be of.
_KIN_SAID = lazy(r"(?:\b(?:my|our|his|her|their|your)|(?<=['’]s))\s+(?:(?:little|big|older|younger|baby|twin|best|new|old)\s+)?"
                 r"(?P<noun>son|daughter|kid|child|baby|brother|sister|cousin|mom|mum|mother|dad|father|husband|wife|"
                 r"partner|boyfriend|girlfriend|fianc[eé]e?|friend|roommate|uncle|aunt|nephew|niece|grandma|grandpa|"
                 r"grandmother|grandfather|grandson|granddaughter|boss|neighbou?r|dog|cat|puppy|kitten|pet|bird|"
                 r"rabbit|bunny|hamster|horse|pony)\b", re.I)
#: Turns of others that may come between the placeholder and its name.
_GAP = 2
#: A name reply that is an answer of another kind ("Which one?" - "The older one.", "Why?")
_NOT_NAMES = frozenset("the older younger oldest youngest eldest little big baby both neither none why what who "
                       "sorry excuse nothing nobody never no yes yeah".split())


def names_told_later(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` and a ``name`` fact for each placeholder ("Ann's son") that a later turn of its owner names (see the
    module docstring), placed after the facts of the naming turn's conversation.

    >>> from kg_memory.types import Provenance
    >>> turns = [Turn("c", "1", "Ann", "My son started school."), Turn("c", "2", "Bob", "Aw!"),
    ...          Turn("c", "3", "Ann", "His name is Leo.")]
    >>> ann, son = Entity("Ann", "Person"), Entity("Ann's son", "Person")
    >>> added = names_told_later([Fact(ann, "child", son, sources=(Provenance("c", "1", "Ann"),))], turns)[1:]
    >>> [(f.subject.label, f.predicate, f.object, f.source.turn) for f in added]
    [("Ann's son", 'name', 'Leo', '3')]
    >>> turns[2] = Turn("c", "3", "Ann", "Her name is Mia.")  # "her" is no son
    >>> len(names_told_later([Fact(ann, "child", son, sources=(Provenance("c", "1", "Ann"),))], turns))
    1
    """
    by_turn: dict[tuple[str | None, str | None], list[Fact]] = {}
    for f in facts:
        if f.source is not None:
            by_turn.setdefault((f.source.conversation, f.source.turn), []).append(f)
    added: list[Fact] = []
    conversations: dict[str | None, list[Turn]] = {}
    for turn in turns:
        conversations.setdefault(turn.conversation, []).append(turn)
    for said in conversations.values():
        speakers = {t.speaker for t in said}
        for i, turn in enumerate(said):
            tie = _tie(said, i, by_turn, speakers)
            if tie is not None:
                placeholder, name = tie
                added.append(Fact(placeholder, "name", name, confidence=0.7,
                                  sources=(Provenance(turn.conversation, turn.turn, turn.speaker),)))
    return [*facts, *added]


def _tie(said: Sequence[Turn], i: int, by_turn: dict[tuple[str | None, str | None], list[Fact]],
         speakers: set[str]) -> tuple[Entity, str] | None:
    """The placeholder the ``i``-th turn of a conversation names, and the name, if the turn names one of its owner's
    relatives or pets said before (module docstring)."""
    turn = said[i]
    owner = turn.speaker
    if any(_owned_by(f, owner) for f in by_turn.get((turn.conversation, turn.turn), [])):
        return None  # "my sister ... her name is Ann" in one turn: read with the turn (:mod:`.placeholders`)
    told = _told(turn.text)
    asked = None
    if told is None and i > 0 and said[i - 1].speaker != owner:
        asked = _asked(said[i - 1].text)
        told = _replied(turn.text) if asked is not None else None
    if told is None:
        return None
    pronoun, name = told if asked is None else (asked[0], told[1])
    kind, which = (asked[1], asked[2]) if asked is not None else (None, False)
    if name in speakers or name.split()[0].lower() in _NOT_NAMES:
        return None
    start = i - 1 if asked is not None else i
    back = next((j for j in range(start - 1, max(-1, start - 2 - _GAP), -1) if said[j].speaker == owner), None)
    if back is None or (which and back != start - 1):
        return None  # "Which one?" asks of what was just said
    between = [f for t in said[back:i] for f in by_turn.get((t.conversation, t.turn), [])]
    mine = {f.object for f in by_turn.get((said[back].conversation, said[back].turn), [])
            if _owned_by(f, owner) and isinstance(f.object, Entity)}
    fits = {p for p in mine if may_stand_for(p, pronoun, kind)}
    theirs = {f.object for f in between if isinstance(f.object, Entity) and f.subject.label != owner
              and placeholder_of(f.subject, f.object) and may_stand_for(f.object, pronoun, kind)}
    pet_asked = asked is not None and all(p.type == "Animal" for p in fits)  # 叫啥？ - 叫年糕: a pet may be named so
    if not pet_asked and not plausible_name(name, frozenset()):
        return None
    if len(fits) != 1 or theirs or _someone_named(between + by_turn.get((turn.conversation, turn.turn), []), speakers, name) \
            or any(_ANOTHER.search(t.text) for t in said[back:i]) or _another_kin(said[back:i], fits, pronoun):
        return None
    return next(iter(fits)), name


def _another_kin(said: Sequence[Turn], fits: set[Entity], pronoun: str | None) -> bool:
    """Whether ``said`` speaks of a relative or pet that ``pronoun`` may be of, of another kind than the one placeholder
    of ``fits`` ("my brother and my cousin came" - "His name is Leo.": which is not known; the rules make no
    placeholder of every kin word).

    >>> bro = {Entity("Ann's brother", "Person")}
    >>> _another_kin([Turn("c", "1", "Ann", "My brother and my cousin came.")], bro, "his")
    True
    >>> _another_kin([Turn("c", "1", "Ann", "My brother and my sister came.")], bro, "his")
    False
    """
    own = {p.label.rsplit(" ", 1)[-1].lower() for p in fits}
    for turn in said:
        for m in _KIN_SAID.finditer(turn.text):
            noun = m.group("noun").lower()
            gender = gender_of_noun(noun)
            if noun not in own and (pronoun not in _PRONOUN_GENDER or gender in (None, _PRONOUN_GENDER[pronoun])):
                return True
    return False


def _owned_by(fact: Fact, owner: str) -> bool:
    """Whether ``fact`` links ``owner`` to a placeholder of theirs ("Ann's son")."""
    return isinstance(fact.object, Entity) and fact.subject.label == owner and placeholder_of(fact.subject, fact.object) \
        and not fact.ended


def may_stand_for(placeholder: Entity, pronoun: str | None, kind: str | None) -> bool:
    """Whether ``placeholder`` is one ``pronoun`` ("his", "她", None) and the kind asked for (``kind``: "son", "妹妹",
    None) may stand for: "her" no son, "its" a pet only ("his name" is said of a dog too)."""
    noun = placeholder.label.rsplit("'s ", 1)[-1] if "'s " in placeholder.label else placeholder.label.rsplit("的", 1)[-1]
    if kind is not None and not (noun == kind or noun.endswith(" " + kind) or not kind.isascii() and noun.endswith(kind)):
        return False
    if pronoun is None:
        return True
    if pronoun in _PET_PRONOUNS:
        return placeholder.type == "Animal"
    gender = gender_of_noun(noun.rsplit(" ", 1)[-1])
    return placeholder.type == "Animal" or gender in (None, _PRONOUN_GENDER[pronoun])


def _someone_named(facts: Sequence[Fact], speakers: set[str], name: str) -> bool:
    """Whether ``facts`` speak of a named person or animal (not a speaker, not a placeholder), or give ``name`` to
    someone: the name may be theirs."""
    for f in facts:
        for e in (f.subject, f.object):
            if isinstance(e, Entity) and e.type in ("Person", "Animal") and e.label not in speakers and e.label != name \
                    and "'s " not in e.label and "的" not in e.label:
                return True
        if f.predicate in ("name", "alternateName") and str(f.object) == name:
            return True
    return False


def _told(text: str) -> tuple[str | None, str] | None:
    """The pronoun and the name of the first sentence of ``text`` that names someone ("Aw, thanks! His name is Leo."),
    else None; a Chinese turn is left to the Chinese rules ("她叫小红" already reads its "她")."""
    m = next((m for p in _SENTENCE.finditer(text.strip()) if (m := _EN_TOLD.match(p.group(0).strip()))), None)
    if m is None:
        return None
    pronoun = (m.group("p") or m.group("p2") or m.group("p3")).lower()
    return pronoun, _unstopped((m.group("n") or m.group("n2") or m.group("n3")).strip())


def _unstopped(name: str) -> str:
    """``name`` without the full stop closing its sentence: "Gudrun Eklund." is Gudrun Eklund (but "Frank Jr.")."""
    return name if re.search(r"\b(?:Jr|Sr)\.$", name) else name.rstrip(".")


def _asked(text: str) -> tuple[str | None, str | None, bool] | None:
    """The pronoun, the kind of relative or pet and whether it asks "which one" of the last question of ``text`` when
    it asks for a name (``_EN_ASKED``, ``_ZH_ASKED``), else None."""
    pieces = [p.group(0).strip() for p in _SENTENCE.finditer(text.strip()) if p.group(0).strip()]
    last = pieces[-1] if pieces else ""
    if not last.endswith(("?", "？")):
        if not _UNMARKED.match(last):
            return None
        last = last.rstrip(" .!~") + "?"  # "aww what did you call her": chat drops the question mark
    if _ASKED_BARE.match(last):
        return None, None, False
    m = _EN_ASKED.search(last) or _ZH_ASKED.search(last)
    if m is None:
        return None
    groups = m.groupdict()
    pronoun = next((g.lower() for g in (groups.get(k) for k in ("p", "p2", "p3", "p4")) if g), None)
    which = groups.get("w")
    kind = next((g for g in (groups.get(k) for k in ("k", "k2", "k3", "k4", "k5")) if g), None) \
        or (which if which and which.lower() not in ("one", "") else None)
    if kind is not None and kind.isascii():
        kind = kind.lower()
    return pronoun, kind, which is not None


def _replied(text: str) -> tuple[str | None, str] | None:
    """The name ``text`` gives as the whole reply to a question for one ("Leo.", "It's Pam!", "小红。"), else None."""
    first = _SENTENCE.search(text.strip())
    said = first.group(0).strip() if first else ""
    m = _EN_REPLY.match(said) or _ZH_REPLY.match(said)
    if m is None:
        return None
    return None, _unstopped(m.group("n").strip())
