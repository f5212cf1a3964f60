"""What the speaker thinks of someone, said as a compliment or a jab in conversation: "you look amazing", "he is so
hot", "she is incredible", "you are the best", "Ross is so cute", "Phoebe is very important to me", "Chandler is the
love of my life", "I used to have a crush on Eric", "I'm so proud of you", "you're my hero", "you're a genius" (a good impression; "Kim
likes me" is Kim's); "you are such an idiot", "she is the worst",
"Ross is so annoying", "that jerk Kevin" (a bad one); and "we love each other", "Ross and I love each other" (each
thinks well of the other).

Only the speaker's own statement counts: a sentence with a negation ("you do not look great", "I don't think Ross is
cute"; "I can't believe that jerk Kevin ..." is none), a quotation ('he said "that jerk Kevin"'), a supposition ("if
you look great"), a question (the caller passes none) or another's view ("Monica says you look great") tells
nothing. "You" is the person the turn speaks to, "he"/"she" the last person of that gender
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
from ..pronouns import Discourse, gender_of_name
from .lexicon import PLAIN_NAME, REGIONS
from .mentions import TurnState
from .seeing import lover_of

__all__ = ["scan_compliments"]

_VERY = r"(?:(?i:so|really|just|totally|absolutely|truly|incredibly|super|such)\s+)"
#: How someone looks, said to them: "you look amazing", "you look really great tonight".
_LOOKS = (r"amazing|great|beautiful|gorgeous|incredible|unbelievable|stunning|fantastic|wonderful|lovely|cute|pretty|"
          r"handsome|sexy|hot|terrific|fabulous|good")
#: Words said of people only, good or bad.
_GOOD = r"cute|handsome|sexy|hot|adorable|charming|hilarious|funny|smart|talented|gorgeous"
_BAD = r"annoying|obnoxious|rude|mean|selfish|arrogant|immature|creepy|boring|weird"
_NOUNS_BAD = r"idiot|jerk|moron|loser|creep|liar|bitch|pig|freak|baby|ass|jackass|snob"
#: "you're a genius", "she's an angel", "you are a lifesaver" (said of people, with or without "such").
_NOUNS_GOOD = r"genius|lifesaver|life\s+saver|saint|angel|gem"
#: "you look amazing", "you looked so hot", "you look really great in that dress".
_YOU_LOOK = lazy(rf"(?<![\w'])(?i:you)\s+(?i:look|looked|looking)\s+{_VERY}*(?P<good>(?i:{_LOOKS}))(?![\w'-])")
#: Praise said without "so" ("she is incredible", "he is very special to me"; not "you are unbelievable", as often a
#: reproach as praise).
_PLAIN = (r"gorgeous|pretty|beautiful|handsome|sexy|cute|sweet|irresistible|adorable|charming|incredible|amazing|"
          r"wonderful|awesome|great|fantastic|terrific|hot|(?:very\s+)*(?:special|important)\s+to\s+me|the\s+love\s+of\s+my\s+life")
#: Praise of a named one that is said of people only (not "Paris is amazing", "Friends is beautiful").
_OF_PEOPLE = frozenset("gorgeous pretty handsome sexy cute sweet irresistible adorable charming".split())
#: "he is so hot", "you are so cute", "you are such an idiot", "you are the best", "she is the worst", "Ross is so
#: annoying", "she is incredible", "Phoebe is very important to me", "my boss, Linda, is the worst".
_IS_SO = lazy(
    rf"(?<![\w'])(?P<who>(?i:you|he|she)|{PLAIN_NAME})(?:,(?=\s))?\s*(?:\s(?i:are|is|were|was)|['’]s)\s+"
    rf"(?:(?i:the\s+(?:very\s+)?(?:(?P<best>best)|(?P<worst>worst)))|"
    rf"{_VERY}+(?:(?P<good>(?i:{_GOOD}))|(?P<bad>(?i:{_BAD}))|(?i:an?)\s+(?:(?i:total|complete|big|huge)\s+)?"
    rf"(?P<badn>(?i:{_NOUNS_BAD})))|{_VERY}*(?i:an?)\s+(?:(?i:total|real|absolute|true|complete)\s+)?(?P<goodn>(?i:{_NOUNS_GOOD}))|"
    rf"{_VERY}*(?:\.\.\.|…)?\s*(?P<plain>(?i:{_PLAIN})))(?=\s*(?:[.!,;…]|$|(?i:and|but)\b))")
#: "that punk Ross", "that jerk Kevin": a name called names.
_EPITHET = lazy(rf"(?<![\w'])(?i:that|this)\s+(?i:punk|slut|bitch|jerk|idiot|creep|loser|moron|bastard|weasel|snake)\s+"
                rf"(?P<n>{PLAIN_NAME})(?![\w'’-])")
#: "I used to have a crush on Eric", "I once had a huge crush on Eric".
_OLD_CRUSH = lazy(rf"(?<![\w'])(?i:i)\s+(?i:used\s+to\s+have|once\s+had|always\s+had)\s+(?i:a\s+)?"
                  rf"(?:(?i:huge|big|major|little|secret|massive)\s+)?(?i:crush\s+on)\s+(?P<n>{PLAIN_NAME})(?![\w'’-])")
#: "Kim likes me", "he really likes you": what someone feels for the speaker or the one spoken to (not "Kim likes me to
#: call first", "Kim likes you guys"; a negated sentence never comes here).
_LIKES_US = lazy(rf"(?<![\w'])(?P<a>(?i:he|she)|{PLAIN_NAME})\s+(?:(?i:really|totally|so|still|actually|kind\s+of|kinda)\s+)*"
                 r"(?i:likes|adores)\s+(?P<o>(?i:me|you))(?![\w'’])(?!\s+(?i:guys|all|two|both|people|to)\b)")
#: "I'm so proud of you", "we are really proud of Kim".
_PROUD = lazy(rf"(?<![\w'])(?i:i\s+am|i['’]m|we\s+are|we['’]re)\s+(?:(?i:so|really|very|just|truly|incredibly)\s+)*"
              rf"(?i:proud\s+of)\s+(?P<o>(?i:you)(?![\w'’])(?!\s+(?i:guys|all|two|both|people)\b)|{PLAIN_NAME})")
#: "you are my hero", "Kim is my hero".
_HERO = lazy(rf"(?<![\w'])(?P<o>(?i:you|he|she)|{PLAIN_NAME})\s*(?:\s(?i:are|is|were|was)|['’](?i:re|s))\s+"
             r"(?:(?i:like|totally|really|just|always)\s+)*(?i:my)\s+(?:(?i:personal|biggest|new)\s+)?(?i:hero|idol)\b")
#: "we love each other", "Ross and I love each other so much".
_EACH_OTHER = lazy(
    rf"(?<![\w'])(?:(?P<a>{PLAIN_NAME}|(?i:you))\s+(?i:and)\s+(?i:i|me)|(?P<we>(?i:we)))\s+(?:(?i:really|truly|still|just|do)\s+)*"
    r"(?i:love|loved|adore)\s+(?i:each\s+other|one\s+another)\b")
#: What makes the statement none of the speaker's: a negation, a supposition, another's view.
_UNSURE = lazy(r"\b(?:not|never|if|unless|whether|wish|would|could|should|might|suppose|pretend|says?|said|thinks?|"
               r"thought|told|tell|hope)\b|n[o']t\b(?!\s+believe\b)", re.I)  # "I can't believe that jerk Ross": no negation
#: A name inside the sentence before "we" (not its first word, which may call someone).
_NAME_BEFORE = lazy(r"(?<![.!?]\s)\b[A-Z][a-z][\w'-]*")
#: Words that open a sentence and are no name.
_NO_NAME = frozenset("man oh well hey yeah wow god gosh dude honey sweetie look listen okay ok so and but this that it "
                     "everything everyone everybody nothing something what".split())


def _a_person(name: str) -> bool:
    """Whether ``name`` is a person's first name, so that "Vince is great", "Bonnie's the best" praise a person (a name
    of no known first name may be a place, a film or a team: "Friends is the best").

    >>> _a_person("Bonnie"), _a_person("Vince Lee"), _a_person("Georgia"), _a_person("Titanic")
    (True, True, False, False)
    """
    return gender_of_name(name) is not None and name.lower() not in REGIONS  # "Georgia is great": the state


def _who(word: str, sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """Whom ``word`` (the one judged) means; none for a word that is no person's name."""
    if word.split()[0].lower() in _NO_NAME:
        return None
    return lover_of(word, sentence, turn, discourse)


def scan_compliments(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the speaker's good or bad impression of someone that ``sentence`` tells (see the module)."""
    low = sentence.lower()
    if not (" is " in low or " are " in low or " was " in low or " were " in low or "'s " in low or "’s " in low
            or "look" in low or "each other" in low or "one another" in low or "that " in low or "this " in low
            or "crush" in low or "like" in low or "adore" in low or "proud" in low or "hero" in low or "idol" in low):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _YOU_LOOK.finditer(sentence):
        if not _UNSURE.search(sentence, 0, m.start()) and (who := lover_of("you", sentence, turn, discourse)):
            out.append((speaker, "positiveImpression", who[0], round(0.7 * who[1], 2), None))
    for m in _IS_SO.finditer(sentence):
        if _UNSURE.search(sentence, 0, m.start()) or (who := _who(m.group("who"), sentence, turn, discourse)) is None:
            continue
        plain = " ".join((m.group("plain") or "").lower().split())
        person = _a_person(who[0].label) and (m.start() > 0 or any(  # "Clay is incredible": the sentence's first word
            who[0].label in t.text for t in discourse.conversation(turn) if t is not turn))
        if m.group("who").lower() not in ("you", "he", "she") and (gazetteer_id(who[0].label, "Place") or not person and (m.group("best") or m.group("worst") or plain and plain not in _OF_PEOPLE
                                   and not plain.endswith(("me", "life")) or (m.group("good") or "").lower() == "hot")):
            continue  # "Paris is the best", "Vegas is so hot", "Paris is amazing": a named thing, a place, the weather
        good = not (m.group("bad") or m.group("badn") or m.group("worst"))
        if who[0] != speaker:
            out.append((speaker, "positiveImpression" if good else "negativeImpression", who[0], round(0.7 * who[1], 2),
                        None))
    quotes = sentence.count('"') + sentence.count("“")
    for pattern, feeling in ((_EPITHET, "negativeImpression"), (_OLD_CRUSH, "positiveImpression")):
        for m in pattern.finditer(sentence) if not quotes else ():
            if not _UNSURE.search(sentence, 0, m.start()) and (who := _who(m.group("n"), sentence, turn, discourse)):
                out.append((speaker, feeling, who[0], 0.65, None))
    for m in _LIKES_US.finditer(sentence):
        whom = speaker if m.group("o").lower() == "me" else discourse.addressee(turn)
        if _UNSURE.search(sentence, 0, m.start()) or whom is None or (who := _who(m.group("a"), sentence, turn, discourse)) is None:
            continue
        if who[0] != whom:
            out.append((who[0], "positiveImpression", whom, round(0.7 * who[1], 2), None))
    for pattern in (_PROUD, _HERO):
        for m in pattern.finditer(sentence) if "proud" in low or "my hero" in low or "my idol" in low else ():
            if not _UNSURE.search(sentence, 0, m.start()) and (who := _who(m.group("o"), sentence, turn, discourse)) \
                    and who[0] != speaker:
                out.append((speaker, "positiveImpression", who[0], round(0.7 * who[1], 2), None))
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
