"""How two people are bound, said of them by name or pronoun in words :mod:`.relations` and :mod:`.people` do not
read: "Joseph and his wife, Karen" (a relative set beside the one it belongs to), "Ross married Emily" (a spouse),
"she is cheating on Joey" (a partner; "Ross cheated on me": a partner of then),
"Chandler proposed to Monica" / "I'm going to ask Monica to marry me" (one proposes to a partner), "you broke up
with Julie" / "Ross dumped Emily" (a partner that was and is no more: an ending), and a couple said with "they" or
"we" whose members were named before (:mod:`.couples_told`).

The caller (:func:`.relations.scan_relations`) leaves out sentences with a negation, a condition or a modal ("if I
proposed to Monica", "I didn't propose to you", "I might ask Monica to marry me"); questions are left out here ("Did
Ross propose to Emily?"). "He", "she", "him" and "her" are the last person mentioned whose gender is known, or the one
person of a first name of that gender named in the last few turns (:meth:`.Discourse.third_person_named`); "you" the
person the turn speaks to.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "Joseph and his wife, Karen, are thinking of having a third kid.")
>>> state = TurnState()
>>> scan_named_pairs(turn.text, turn, Discourse([turn]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Joseph', 'spouse', 'Karen')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from .couples_told import scan_couples_told
from .lexicon import DEMONYMS, KIN, KIN_MODS, KIN_PREDICATE, NAME, NOT_NAMES, OBJECT_PRONOUNS, STOP
from .mentions import TurnState

__all__ = ["scan_named_pairs"]

#: "Joseph and his wife, Karen", "Monica and her friend…Phyllis": the relative of the one named first, named after it
#: (one: "Monica and her friends Phyllis and Ann" is not read; "Tom and his wife are here" names no one).
_AND_THEIR = lazy(
    rf"(?<![\w'’])(?P<a>{NAME})\s+(?i:and)\s+(?P<poss>(?i:his|her))\s+(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))"
    rf"\s*(?:,|…|\.\.\.)?\s*(?P<b>{NAME})(?![\w'’-])"
)
#: Who: "I", "you", "he", "she" or a name, before what they did.
_WHO = rf"(?P<who>(?i:i|you|he|she)|{NAME})"
#: An object: a name, or "him" / "her" ending the phrase (not "her sister").
def _whom(k: str) -> str:
    """The object's pattern, its groups named ``name<k>`` and ``pron<k>``."""
    return (rf"(?:(?P<name{k}>(?-i:{NAME}))(?![\w'’-])|(?P<pron{k}>(?i:him|her))"
            r"(?=\s*(?:[.!,;…]|$|(?i:and|but|last|yesterday|tonight|today)\b)))")



#: "Chandler proposed to Monica", "he is going to propose to her", "I am going to ask Monica to marry me".
_PROPOSED = lazy(
    rf"(?<![\w'’]){_WHO}\s+(?i:(?:just|finally|actually|already|(?:am|is|are)\s+going\s+to|will)\s+)*"
    rf"(?i:(?:proposed|propose|is\s+proposing|are\s+proposing|am\s+proposing)\s+to\s+{_whom('1')}"
    rf"|(?:asked|ask)\s+{_whom('2')}\s+to\s+marry\s+(?:me|him|her)\b)"
)
#: "Ross married Emily", "he married her": a wedding said in the past (not "the priest married them": a name after).
_MARRIED = lazy(rf"(?<![\w'’]){_WHO}\s+(?i:(?:just|finally|actually|secretly)\s+)*(?i:married)\s+{_whom('1')}(?!\s+(?i:and)\b)")
#: "you broke up with Julie", "Ross dumped Emily": a partner who is no more (the speaker's own: :mod:`.people`).
_BROKE_UP = lazy(
    rf"(?<![\w'’]){_WHO}\s+(?i:(?:just|finally|actually|already|totally|completely)\s+)*"
    rf"(?i:broke\s+up\s+with|dumped|has\s+dumped|split\s+up\s+with)\s+{_whom('1')}"
)
#: "she is cheating on Joey", "Ross cheated on me", "I cheated on her": one is unfaithful to a partner (of now when it
#: goes on, of then when it is told as done).
_CHEATED = lazy(
    rf"(?<![\w'’]){_WHO}\s+(?i:(?P<now>is|are|am|has\s+been|have\s+been)\s+)?(?i:(?:just|secretly|totally|actually)\s+)*"
    rf"(?i:(?P<ing>cheating)|cheated)\s+(?i:on)\s+(?:(?P<me>(?i:me))\b|(?P<you>(?i:you))(?![\w'’])(?!\s+(?i:guys|all|two)\b)|"
    rf"{_whom('1')})"
)
_QUESTION = lazy(r"\?\s*$")


def _named(name: str, turn: Turn) -> Entity | None:
    """The person ``name`` means, or ``None`` for a word that is no name ("Actually Monica": Monica)."""
    words = name.split()
    if len(words) == 2 and words[0].lower() in STOP:
        words = words[1:]
    first = words[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS or " ".join(words) == turn.speaker:
        return None
    return Entity(" ".join(words), "Person")


def _who(word: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The person ``word`` ("I", "you", "he", "she", "him", "her" or a name) means, with a confidence."""
    low = word.lower()
    if low == "i":
        return discourse.speaker(turn), 1.0
    if low == "you":
        other = discourse.addressee(turn)
        return (other, 0.8) if other is not None else discourse.addressed(turn)
    if low in ("he", "she", "him", "her"):
        found = discourse.third_person_named(turn, MALE if low in ("he", "him") else FEMALE)  # "You married him!"
        return found if found is not None and "'s " not in found[0].label else None
    named = _named(word, turn)
    return (named, 0.9) if named is not None else None


def scan_named_pairs(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the bonds ``sentence`` states between two people (see the module).

    >>> from kg_memory.types import Turn
    >>> from kg_memory.extract.pronouns import Discourse
    >>> t = Turn("c", "1", "Ann", "Chandler proposed to Monica last night!")
    >>> state = TurnState()
    >>> scan_named_pairs(t.text, t, Discourse([t]), state)
    >>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
    [('Chandler', 'partner', 'Monica')]
    """
    low = sentence.lower()
    if _QUESTION.search(sentence):
        return
    out: list[Found] = []
    if " and his " in low or " and her " in low:
        for m in _AND_THEIR.finditer(sentence):
            noun = m.group("noun").lower()
            a, b = _named(m.group("a"), turn), _named(m.group("b"), turn)
            if a is None or b is None or a == b or noun.endswith("s") and noun not in ("boss", "sis"):
                continue
            discourse.mention(turn, a, MALE if m.group("poss").lower() == "his" else FEMALE)
            discourse.mention(turn, b, gender_of_noun(noun))
            out.append((a, KIN_PREDICATE[noun], b, 0.75, None))
    for pattern, predicate in ((_PROPOSED, "partner"), (_MARRIED, "spouse"), (_BROKE_UP, "partner")):
        if pattern is _PROPOSED and "propos" not in low and "to marry" not in low or pattern is _MARRIED and \
                "married" not in low or pattern is _BROKE_UP and "broke up" not in low and "dumped" not in low \
                and "split up" not in low:
            continue
        for m in pattern.finditer(sentence):
            who = _who(m.group("who"), turn, discourse)
            if pattern is _BROKE_UP and m.group("who").lower() == "i":
                continue  # the speaker's own breakup: :mod:`.people`
            groups = m.groupdict()
            whom = _who(next(w for k in ("name1", "pron1", "name2", "pron2") if (w := groups.get(k))), turn, discourse)
            if who is None or whom is None or who[0] == whom[0]:
                continue
            found = (who[0], predicate, whom[0], round(0.75 * who[1] * whom[1], 2), None)
            if pattern is _BROKE_UP:
                state.endings.append(found)
            else:
                out.append(found)
    for m in _CHEATED.finditer(sentence) if "cheat" in low else ():
        who = _who(m.group("who"), turn, discourse) if m.group("who").lower() not in ("he", "she") else \
            discourse.third_person(turn, MALE if m.group("who").lower() == "he" else FEMALE)  # "he cheated on you"
        word = "i" if m.group("me") else "you" if m.group("you") else m.group("name1") or m.group("pron1")
        whom = _who(word, turn, discourse)
        if who is None or whom is None or who[0] == whom[0]:
            continue
        going_on = bool(m.group("ing")) and bool(m.group("now"))  # "is cheating on": a couple now; "cheated on": then
        out.append((who[0], "partner" if going_on else "dated", whom[0], round(0.7 * who[1] * whom[1], 2), None))
    state.collect(out)
    scan_couples_told(sentence, turn, discourse, state)  # "They got back together.", "We've been together for years."
