"""How people give their own name in chat: "hi , i am joanna and i like horror movies", "i am omar , nice
to meet you", "frank is my name", "i go by the name arnold", "my given name is william", "my parents named me
tobias"; on the phone, "Hello, this is Oliver Baker speaking".

"I am X" names the speaker where the turn introduces someone (it opens with a greeting or says "nice
to meet you"): anywhere else X is mostly how the speaker feels ("i am bored"). The name must look like one
(:func:`.objects.plausible_name`, and no adjective ending: "i am hopeless", "i am exhausted"). Chat typed in lower case
also names itself in passing ("well i am albert thanks for asking", "i am nancy and i still do", "i am george i farm
bees"): there X must be a known first name (``data/first_names.tsv``) that is no word as well ("i am early / lucky /
loyal / frank"), and the clause must end on it.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "hi , i am joanna and i like horror movies")
>>> state = TurnState()
>>> scan_introductions("hi, i am joanna and i like horror movies", turn, Discourse([turn]), state)
>>> [(s.label, p, o) for s, p, o, _, _ in state.facts]
[('Ann', 'name', 'joanna')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse, gender_of_name
from .lexicon import NOT_CALLED, REGIONS
from .mentions import TurnState
from .objects import plausible_name
from .segment import normalize

__all__ = ["scan_introductions"]

_NAME = r"(?P<n>[a-z][a-z'-]+)"
#: "hi , i am joanna and ...", "hello , i am dave from vegas", "hey there ! i am tom !"
_GREETING_I_AM = lazy(
    rf"^(?:hi|hello|hey|howdy|greetings)(?:\s+there)?[\s,!.]*i\s+am\s+{_NAME}\s*(?:[.!,]|$|and\b|from\b)", re.I
)
#: "i am omar , nice to meet you", "i am lucy" in a turn that says "nice to meet you"
_I_AM = lazy(rf"(?:^|[.!,]\s*)i\s+am\s+{_NAME}\s*(?:[.!,]|$|and\b|from\b|by\s+the\s+way\b|btw\b)", re.I)
#: "i am nick . what is your name ?", "i am lucy by the way": a turn that trades names, or adds one in passing
_TRADES_NAMES = lazy(r"\bwhat\s+is\s+(?:your|ur)\s+name\b|\b(?:by\s+the\s+way|btw)\b", re.I)
_GREETING_START = lazy(r"^(?:hi|hello|hey|howdy|greetings)\b", re.I)
_MEETING = lazy(r"\b(?:nice|pleased|good|great|glad|awesome|lovely|a\s+pleasure)\s+to\s+meet\s+you\b|\bnice\s+meeting\s+you\b",
                re.I)
#: "frank is my name", "i go by the name arnold", "my given name is william", "my names todd"
_NAME_IS_MINE = lazy(
    r"(?:(?:^|[.!,]\s*)(?=[a-z][a-z'-]+\s+is\s+my\s+(?:first\s+|given\s+|real\s+)?name\b)"
    r"|\bi\s+go\s+by\s+the\s+name\s+(?:of\s+)?|\bmy\s+(?:first|given)\s+name\s+is\s+|\bmy\s+names\s+"
    # "my parents named me tobias (after an uncle)", "mom named me Iris"
    r"|\b(?:parents|folks|mom|mum|mother|dad|father)\s+(?:just\s+)?named\s+me\s+)"
    rf"{_NAME}"
    # "my full name is Ann Marie Lee", "my real name is ann lee": the whole name (capitalised, or lower case to the end)
    r"|\bmy\s+(?:full|real|legal|whole)\s+name\s+is\s+(?P<full>(?-i:[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,3})(?![\w'-])"
    r"|[a-z][a-z'-]+(?:\s+(?!(?:and|but|so|from|by|btw|i)\b)[a-z][a-z'-]+){0,3}(?=\s*(?:[.!,;]|$|and\b|but\b|from\b|by\b)))",
    re.I,
)
#: "Hello, this is Oliver Baker speaking.", "Hi, this is Phoebe from Empire Office Supplies": a caller names
#: themself (a capitalised name; not "hi, this is great", nor "Hi, this is Tom, my brother")
_THIS_IS = lazy(
    r"^(?:(?i:yeah|yes|oh|um+|uh)[\s,!.]*)*(?i:hi|hello|hey)[\s,!.]*(?:(?i:yeah|yes|um+|uh)[\s,!.]*)*this\s+is\s+(?P<n>(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z'-]+"
    r"(?:\s+[A-Z][a-z'-]+)?)(?=\s*(?:[.!]|,(?!\s*(?i:my|his|her|our|your|the)\b)|$|(?i:speaking|from|calling|here|in)\b))"
    r"|(?:^|[.!,]\s*)this\s+is\s+(?P<n2>(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Za-z][a-z'-]+(?:\s+[A-Za-z][a-z'-]+)?)\s+speaking\b"
)
#: "I'm Ross Geller": the speaker's own name, said in the same turn
_I_AM_NAMED = lazy(r"\b(?i:i\s+am)\s+[A-Z][a-z]")
#: "(this is Phoebe) from Empire Office Supplies": the caller's firm
_FROM_ORG = lazy(r"\s+from\s+(?:the\s+)?(?P<o>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4})")
#: endings of adjectives and participles: "i am hopeless", "i am exhausted", "i am cooking"
_NOT_A_NAME_ENDING = lazy(r"(?:ing|ful|ous|less|ive|able|ible|ish|ic|ent|ant|[^r]ed)$")


#: "well i am albert thanks for asking", "i am nancy and i still do", "horses are great i am george i farm bees": in
#: passing, a name that ends its clause (not after "that", "if", "because": "i think i am X" says how one is)
_I_AM_IN_PASSING = lazy(
    r"(?<!\bthat\s)(?<!\bif\s)(?<!\bbecause\s)(?<!\bthink\s)(?<!\bwish\s)(?<!\bwhen\s)(?<!\bas\s)(?<!\blike\s)"
    rf"\bi\s+am\s+{_NAME}(?=\s*(?:[.!,?]|$|(?:and|but|from|i|nice|thanks?|thank\s+you)\b))", re.I)
#: first names in the list that are words as well, said after "i am" of how or what one is ("i am early", "i am lucky
#: today", "i am frank with you")
_WORDS_NAMED = frozenset("ace angel babe baby beat blaze bonny boss brown buddy champ chance christian darling doll early "
                         "fancy frank french gay general gray green grey honey hunter judge junior king little long loyal "
                         "lucky major marine merry minor misty muslim ninja noble odd precious prince princess queen red "
                         "rich rock rocky royal rusty saint sandy star sterling stormy sunny tan tiny true windy worth "
                         "young".split())


def _known_first_name(sentence: str) -> str | None:
    """The first known name "i am X" gives in passing in ``sentence``, if any."""
    for m in _I_AM_IN_PASSING.finditer(sentence):
        low = m.group("n").lower()
        if low not in _WORDS_NAMED and gender_of_name(low.capitalize()) is not None:
            return _name(m)
    return None


#: "I" written as a capital: the turn writes names capitalised too ("Hi, sorry, I'm early. I'm Molly."), so a word in lower
#: case after "I am" says how the speaker is, not who ("early", "late", "next"); chat typed in lower case ("hi , i am
#: joanna") writes names in lower case as well.
_CAPITAL_I = lazy(r"(?<![\w'-])I(?![\w-])")


#: what people say while looking for words: "hi , i am uh , i am ross"
_HESITATIONS = frozenset("uh um umm uhm err erm er ah ahh eh hmm mm well like so oh yeah huh".split())


def _name(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    name = m.group("n") or m.group("full")
    low = name.lower()
    if low in _HESITATIONS or low in NOT_CALLED or not plausible_name(name) or _NOT_A_NAME_ENDING.search(low) or name.endswith("-"):
        return None
    return name


def scan_introductions(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the name the speaker gives themself in ``sentence`` (of ``turn``), if any."""
    low = sentence.lower()
    called = _THIS_IS.search(sentence) if "this is " in low else None
    if called is not None and _I_AM_NAMED.search(normalize(turn.text)):
        called = None  # "hi, this is Rachel Green. I'm Ross Geller.": the speaker names someone else first
    if called is not None and plausible_name(called.group("n") or called.group("n2")):
        name: str | None = called.group("n") or called.group("n2")
        org = _FROM_ORG.match(sentence, called.end())
        if org is not None and org.group("o").lower() not in REGIONS:  # "Hi, this is Phoebe from Empire Office Supplies"
            state.collect([(discourse.speaker(turn), "worksFor", Entity(org.group("o"), "Organization"), 0.6, None)])
    elif "name" in low:
        name = _name(_NAME_IS_MINE.search(sentence))
    elif "i am " in low:
        name = _name(_GREETING_I_AM.match(sentence))
        if name is None and (_MEETING.search(turn.text) or _GREETING_START.match(turn.text)
                             or _TRADES_NAMES.search(normalize(turn.text))):
            name = next((n for n in map(_name, _I_AM.finditer(sentence)) if n is not None), None)
        if name is None and not _CAPITAL_I.search(turn.text):  # lower-case chat: "i am nancy and i still do"
            name = _known_first_name(sentence)
    else:
        return
    if name is not None and name[0].islower() and _CAPITAL_I.search(turn.text):
        return  # "Hi, sorry, I'm early.": a capitalised turn writes its names capitalised
    if name is not None:
        state.collect([(discourse.speaker(turn), "name", name, 0.6, None)])
