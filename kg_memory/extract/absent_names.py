"""Names that belong to someone spoken of, not to a speaker: asked about, or given as a third person's name.

A dialogue that asks "Who's Denise?" or says "his name is Joshua", "the parrot's name is Pickles", "What's your wife's
name?" - "It's Pam.", "泰格的姓氏是摩根" speaks of someone by that name; a later call of it ("Denise! Come out!", "Pam!
Imagine that.", "摩根！") does not make any speaker its bearer, unless someone introduces themself by it ("I'm Pam.").
:mod:`.speakers` marks such names as said by every speaker, which rules them out for all but one who answers a later
call by the full name (:func:`answered_in_full`).

>>> from kg_memory.types import Turn
>>> t = [Turn("c", "1", "A", "What's your wife's name?"), Turn("c", "2", "B", "It's Pam."),
...      Turn("c", "3", "A", "Pam! Nice name.")]
>>> sorted(absent_names(t, [None, None, None], {"Pam"}))
['Pam']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .asked_of import asked_of
from .framework import lazy

__all__ = ["absent_names", "answered_in_full"]

#: Someone's relative or pet, whose name is given ("your wife's name", "my dog's name").
_KIN = (r"(?:wife|husband|boyfriend|girlfriend|fianc[eé]e?|son|daughter|kid|child|baby|brother|sister|mother|father|mom|"
        r"dad|mum|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|friend|boss|dog|cat|puppy|kitten|pet|date|partner|"
        r"parrot|bird|horse|pony|rabbit|bunny|hamster|snake|lizard|turtle|tortoise|goldfish|fish|goat|pig)")
#: Words that give the name of someone spoken of, before the name in the same sentence: "his name is", "her real
#: name, by the way, is", "he has the most beautiful name, ... Joshua", "my sister's name is", "名字叫", "他的名字是".
_THIRD_NAME = (rf"\b(?i:(?:his|her)\s+(?:(?:full|real|first|last|middle|maiden|whole|new)\s+)?name"
               rf"|(?:my|your|his|her|our|their|the)\s+(?:[a-z]+\s+)?{_KIN}['’]s\s+(?:(?:full|real|first|last)\s+)?name"
               rf"|(?:he|she)\s+has\s+(?:a|the)\s+(?:[a-z]+\s+){{0,3}}name)\b[^.!?]*?"
               r"|(?<![你我您的])(?<![你我您]的)的?(?:名字|姓氏|全名|真名)(?:是|叫)")
#: What a turn must hold for :func:`_given` to find a name in it: words giving a third person's name, or a question
#: for who someone is (looked for first: a pattern of :func:`_given` costs a millisecond to compile for each name).
_GIVEN_CUE = lazy(rf"{_THIRD_NAME}|(?<![\w'-])(?i:who(?:'s|\s+is|\s+was)\s)|谁是|是谁")
#: A question for the name of someone spoken of: "What's your wife's name?", "And her name?", "他叫什么名字？"
_ASKS_THIRD_NAME = lazy(
    rf"\b(?i:(?:his|her)\s+name|(?:my|your|his|her|our|their)\s+(?:[a-z]+\s+)?{_KIN}['’]s\s+name)\b[^.!?]*\?"
    r"|(?:他|她|它)(?:的名字是|叫)(?:什么|啥)")
#: A relative's name spoken of with no name after it ("...if you didn't shout out my sister's name", 你不叫我妹妹的名字):
#: the name said alone just before is that relative's.
_KIN_NAME_SAID = lazy(rf"\b(?i:(?:my|your|his|her|our|their)\s+(?:[a-z]+\s+)?{_KIN}['’]s\s+name)\b(?!\s+(?:is|was)\b)"
                      r"|(?:我|你|他|她)的?(?:妹妹|姐姐|哥哥|弟弟|妻子|老婆|老公|丈夫|男朋友|女朋友|前妻|前夫|妈妈|爸爸)的名字(?!是|叫)")
#: A word each turn that gives or asks a name holds (looked for first: most turns hold none).
_TRIGGER = lazy(r"name|who|名字|姓|全名|真名|谁|叫", re.I)
#: An answer giving a name: "It's Pam.", "Pam.", "She's called Pam.", "叫帕姆。"
_GIVES = r"^\W*(?:(?i:it['’]s|it\s+is|that['’]s|(?:he|she)['’]s\s+called|(?:his|her)\s+name['’]s)\s+|叫|是)?"


def _given(name: str) -> re.Pattern[str]:
    """The name given or asked about; a name given in full gives its short form too ("..., Joshua!": "Josh")."""
    n = re.escape(name)
    return re.compile(rf"(?:{_THIRD_NAME})(?<![A-Za-z'-]){n}(?:[a-z]+)?(?![\w'-])|(?<![\w'-])(?i:who(?:'s|\s+is|\s+was)\s+(?:this\s+|that\s+)?){n}"
                      rf"(?![\w'-])|谁是(?:这个|那个)?{n}|{n}(?:又)?是谁")


#: A name set off after another, or after "his name" / "her name", that ends the sentence ("His name is Aiden, Tina.",
#: "What's his name, Gemma?"): a call of the one spoken to, not the name given.
_AFTER_A_NAME = lazy(r"(?:[A-Z][a-z][\w'-]*|\b(?i:his|her)\s+name)\s*,\s*[A-Z][a-z][\w'-]*$")
_SENTENCE_END = lazy(r"\s*(?:[.!?…]|$)")


def _called_after(text: str, end: int) -> bool:
    """Whether the name matched up to ``end`` of ``text`` follows another name, or "his name", and a comma and closes
    the sentence: a call ("His name is Aiden, Tina." and "What's his name, Tina?" call Tina)."""
    return _AFTER_A_NAME.search(text, 0, end) is not None and _SENTENCE_END.match(text, end) is not None


def absent_names(turns: Sequence[Turn], intros: Sequence[str | None], candidates: set[str]) -> set[str]:
    """The ``candidates`` that ``turns`` ask about ("Who's Denise?", "谁是丹尼斯？", "丹尼斯是谁？") or give as the name of
    someone spoken of ("his name is Joshua", "What's your wife's name?" - "It's Pam.", "泰格的姓氏是摩根"), leaving out
    those a speaker introduces themself by (``intros``: the name each turn introduces, if any).

    >>> absent_names([Turn("c", "1", "A", "Who's Denise?")], [None], {"Denise", "Ross"})
    {'Denise'}
    >>> absent_names([Turn("c", "1", "A", "His name is Aiden, Tina.")], [None], {"Aiden", "Tina"})  # Tina is called
    {'Aiden'}
    >>> absent_names([Turn("c", "1", "A", "What's his name, Tina?")], [None], {"Tina"})
    set()
    """
    out = asked_of(turns, candidates - {intro for intro in intros if intro})  # 您闺女是不是孔医生？ (:mod:`.asked_of`)
    telling = [i for i, turn in enumerate(turns) if _TRIGGER.search(turn.text)]  # most turns name or ask nobody
    if not telling:
        return out
    asking = [i + 1 for i in telling if i + 1 < len(turns) and turns[i].speaker != turns[i + 1].speaker
              and _ASKS_THIRD_NAME.search(turns[i].text)]  # the answers to "What's your wife's name?"
    cued = {i for i in telling if _GIVEN_CUE.search(turns[i].text)}  # "his name is", "Who's": where a name may be given
    out |= _said_before(turns, telling, candidates - {intro for intro in intros if intro})
    for name in candidates - {intro for intro in intros if intro}:
        said = [i for i in telling if i in cued and name in turns[i].text]
        answered = [i for i in asking if name in turns[i].text]
        if said and any(not _called_after(turns[i].text, m.end()) for i in said for m in _given(name).finditer(turns[i].text)):
            out.add(name)
        elif answered:
            answer = re.compile(rf"{_GIVES}{re.escape(name)}(?![\w'-])\s*(?:[.!。！…]|$)")
            if any(answer.match(turns[i].text) for i in answered):
                out.add(name)
    return out


def _said_before(turns: Sequence[Turn], telling: Sequence[int], candidates: set[str]) -> set[str]:
    """The ``candidates`` said alone in the turn just before one that speaks of a relative's name with no name after it
    ("Monica." - "...if you didn't shout out my sister's name."), and their short forms said in the dialogue ("Mon.").

    >>> t = [Turn("c", "1", "A", "Monica."), Turn("c", "2", "B", "Don't say my sister's name."), Turn("c", "3", "B", "Mon.")]
    >>> sorted(_said_before(t, [1], {"Monica", "Mon"}))
    ['Mon', 'Monica']
    """
    out: set[str] = set()
    for i in telling:
        if i == 0 or turns[i - 1].speaker == turns[i].speaker or not _KIN_NAME_SAID.search(turns[i].text):
            continue
        alone = re.sub(r"[\s.!?,。！？，…]+", "", turns[i - 1].text)
        if not re.fullmatch(r"[A-Z][a-z]+|[\u4e00-\u9fff·]{2,8}", alone):
            continue  # the name alone, not a sentence
        out |= {name for name in candidates if re.sub(r"[\s.]+", "", name) == alone
                or alone.startswith(name) and len(name) >= (2 if re.match(r"[\u4e00-\u9fff]", name) else 3)}
    return out


#: A full name opening a turn as a call ("Dorian Vance, I'll tell your father."): the first name, a surname, a comma.
_FULL_CALL = r"\s*{}\s+[A-Z][a-z][\w'-]+\s*,"
#: A reply closing by calling its hearer by a name or a title and surname ("Please don't tell my dad, Mrs Achebe."): the
#: caller called back by the one called.
_CALLED_BACK = lazy(r",\s+(?P<n>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z][\w'-]*)\s*[.!?…]*\s*$")


def answered_in_full(turns: Sequence[Turn], name: str) -> set[str]:
    """The speakers who answer a call by the full name whose first name is ``name``, asked about before ("Who's
    Dorian?" ... "Dorian Vance, I'll tell your father." - "Please don't tell my dad, Mrs Achebe."): the call opens the
    turn, after every turn that asks about the name, and the next voice closes its answer calling the caller back by
    another name; one present may be asked about too, and this one is the one called.

    >>> t = [Turn("c", "1", "B", "Who's Dorian?"), Turn("c", "2", "A", "Dorian Vance, I'll tell your father."),
    ...      Turn("c", "3", "C", "Please don't, Mrs Achebe.")]
    >>> answered_in_full(t, "Dorian"), answered_in_full(t[:2] + [Turn("c", "3", "C", "Whatever.")], "Dorian")
    ({'C'}, set())
    """
    asked = [i for i, turn in enumerate(turns) if name in turn.text and _given(name).search(turn.text)]
    call = re.compile(_FULL_CALL.format(re.escape(name)))
    out = set()
    for k in range(max(asked, default=len(turns)) + 1, len(turns) - 1):
        reply = turns[k + 1]
        back = _CALLED_BACK.search(reply.text) if reply.speaker != turns[k].speaker else None
        if call.match(turns[k].text) and back is not None and not back.group("n").startswith(name):
            out.add(reply.speaker)
    return out
