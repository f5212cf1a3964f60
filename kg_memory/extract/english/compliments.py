"""What the speaker thinks of someone, said as a compliment or a jab in conversation: "you look amazing", "he is so
hot", "you are the best", "Ross is so cute" (a good impression); "you are such an idiot", "Ross is so annoying" (a bad
one); and "we love each other", "Ross and I love each other" (each thinks well of the other).

Only the speaker's own statement counts: a sentence with a negation ("you do not look great", "I don't think Ross is
cute"), a supposition ("if you look great"), a question (the caller passes none) or another's view ("Monica says you
look great") tells nothing. "You" is the person the turn speaks to, "he"/"she" the last person of that gender
mentioned (:func:`.seeing.lover_of`); "we" the speaker and the person named before in the sentence, else the other of
two speakers. A name judged is a person's only when it is no known place ("Paris is so cute", "Vegas is so hot" tell
nothing) and the word is no praise of things or weather ("Ross is the best" may be a shop's name, "Vegas is so hot" is
the weather there).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> ts = [Turn("c", "1", "Ann", "You look amazing!"), Turn("c", "2", "Bob", "Thanks.")]
>>> state = TurnState()
>>> scan_compliments("You look amazing!", ts[0], Discourse(ts), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'positiveImpression', 'Bob')]
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .mentions import TurnState
from .seeing import lover_of

__all__ = ["scan_compliments"]

_NAME = r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?"
_VERY = r"(?:(?i:so|really|just|totally|absolutely|truly|incredibly|super|such)\s+)"
#: How someone looks, said to them: "you look amazing", "you look really great tonight".
_LOOKS = (r"amazing|great|beautiful|gorgeous|incredible|unbelievable|stunning|fantastic|wonderful|lovely|cute|pretty|"
          r"handsome|sexy|hot|terrific|fabulous|good")
#: Words said of people only, good or bad.
_GOOD = r"cute|handsome|sexy|hot|adorable|charming|hilarious|funny|smart|talented|gorgeous"
_BAD = r"annoying|obnoxious|rude|mean|selfish|arrogant|immature|creepy|boring|weird"
_NOUNS_BAD = r"idiot|jerk|moron|loser|creep|liar|bitch|pig|freak|baby|ass|jackass|snob"
#: "you look amazing", "you looked so hot", "you look really great in that dress".
_YOU_LOOK = lazy(rf"(?<![\w'])(?i:you)\s+(?i:look|looked|looking)\s+{_VERY}*(?P<good>(?i:{_LOOKS}))(?![\w'-])")
#: "he is so hot", "you are so cute", "you are such an idiot", "you are the best", "Ross is so annoying".
_IS_SO = lazy(
    rf"(?<![\w'])(?P<who>(?i:you|he|she)|{_NAME})\s+(?i:are|is|were|was)\s+(?:(?P<best>(?i:the\s+best))(?=\s*(?:[.!,;]|$))|"
    rf"{_VERY}+(?:(?P<good>(?i:{_GOOD}))|(?P<bad>(?i:{_BAD}))|(?i:an?)\s+(?:(?i:total|complete|big|huge)\s+)?"
    rf"(?P<badn>(?i:{_NOUNS_BAD})))(?=\s*(?:[.!,;]|$|(?i:and|but)\b)))")
#: "we love each other", "Ross and I love each other so much".
_EACH_OTHER = lazy(
    rf"(?<![\w'])(?:(?P<a>{_NAME}|(?i:you))\s+(?i:and)\s+(?i:i|me)|(?P<we>(?i:we)))\s+(?:(?i:really|truly|still|just|do)\s+)*"
    r"(?i:love|loved|adore)\s+(?i:each\s+other|one\s+another)\b")
#: What makes the statement none of the speaker's: a negation, a supposition, another's view.
_UNSURE = lazy(r"\b(?:not|never|no|if|unless|whether|wish|would|could|should|might|suppose|pretend|says?|said|thinks?|"
               r"thought|told|tell|hope)\b|n[o']t\b", re.I)
#: A name inside the sentence before "we" (not its first word, which may call someone).
_NAME_BEFORE = lazy(r"(?<![.!?]\s)\b[A-Z][a-z][\w'-]*")
#: Words that open a sentence and are no name.
_NO_NAME = frozenset("man oh well hey yeah wow god gosh dude honey sweetie look listen okay ok so and but this that it "
                     "everything everyone everybody nothing something what".split())


def _who(word: str, sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """Whom ``word`` (the one judged) means; none for a word that is no person's name."""
    if word.split()[0].lower() in _NO_NAME:
        return None
    return lover_of(word, sentence, turn, discourse)


def scan_compliments(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the speaker's good or bad impression of someone that ``sentence`` tells (see the module)."""
    low = sentence.lower()
    if not (" is " in low or " are " in low or " was " in low or " were " in low or "look" in low or "each other" in low
            or "one another" in low):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _YOU_LOOK.finditer(sentence):
        if not _UNSURE.search(sentence, 0, m.start()) and (who := lover_of("you", sentence, turn, discourse)):
            out.append((speaker, "positiveImpression", who[0], round(0.7 * who[1], 2), None))
    for m in _IS_SO.finditer(sentence):
        if _UNSURE.search(sentence, 0, m.start()) or (who := _who(m.group("who"), sentence, turn, discourse)) is None:
            continue
        good = bool(m.group("good") or m.group("best"))
        if m.group("who").lower() not in ("you", "he", "she") and (m.group("best") or (m.group("good") or "").lower() == "hot"
                                                                   or gazetteer_id(who[0].label, "Place")):
            continue  # "Paris is the best", "Vegas is so hot", "Paris is so cute": a named thing, a place, the weather
        if who[0] != speaker:
            out.append((speaker, "positiveImpression" if good else "negativeImpression", who[0], round(0.7 * who[1], 2),
                        None))
    for m in _EACH_OTHER.finditer(sentence):
        if _UNSURE.search(sentence, 0, m.start()):
            continue
        if m.group("we"):
            before = [e for w in _NAME_BEFORE.findall(sentence, 1, m.start()) if (e := _who(w, sentence, turn, discourse))]
            addressee = discourse.addressee(turn)
            other = (before[-1][0], 0.8) if before else (addressee, 0.8) if addressee is not None else None
        else:
            other = lover_of(m.group("a"), sentence, turn, discourse)
        if other is not None and other[0] != speaker:
            out.append((speaker, "positiveImpression", other[0], round(0.7 * other[1], 2), None))
            out.append((other[0], "positiveImpression", speaker, round(0.7 * other[1], 2), None))
    state.collect(out)
