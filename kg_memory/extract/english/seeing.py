"""A couple told with "seeing": "I'm seeing Mike", "you've been seeing Julie for months", "she's secretly seeing
Ross", "Ann and I are seeing each other", "we've been seeing each other since May" - partners; "we were seeing each
other a while ago" - a couple that was (``dated``).

"Seeing" also means meeting or watching, so the person must end the clause (after "now" or "these days" too: "I'm
seeing Daniel now") or be followed by how long or since when ("I'm seeing Mike tonight", "I'm seeing Mike at lunch",
"she's seeing Mike play" and "I'm seeing Dr. Lee" tell no couple). A question ("Are you seeing Mike?", "you're seeing Mike?"), a supposition ("if you're seeing Mike", "I wish I
was seeing Mike") or a negation (the caller skips negated clauses) tells nothing. "You" is the person the turn speaks
to (:func:`.people.addressee_of`), "he"/"she" the last person of that gender mentioned, "we" the speaker and the person
named before in the sentence, else the other of two speakers.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "I'm seeing Mike.")
>>> state = TurnState()
>>> scan_seeing("I'm seeing Mike.", t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'partner', 'Mike')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import DEMONYMS, NOT_NAMES, OBJECT_PRONOUNS, PLAIN_NAME, STOP
from .mentions import TurnState
from .people import addressee_of, third_of

__all__ = ["lover_of", "scan_seeing"]

#: What may follow the person: the end of the clause (after "now" or "these days": "I'm seeing Daniel now."), how
#: long, since when, behind whose back.
_AFTER = (r"(?=\s*(?:[.!,;…]|$|(?i:(?:now|these\s+days)\s*(?:[.!,;…]|$))|(?i:and|but|so|anymore|behind|since|for\s+(?:a\s+(?:while|few|couple|long)|"
          r"(?:two|three|four|five|six|several|some|many|\d+)\s+(?:weeks|months|years))|for\s+(?:weeks|months|years))\b))")
#: "I'm seeing Mike", "you've been seeing Julie", "she's secretly seeing Ross", "Tom is seeing Ann".
_SEEING = lazy(
    rf"(?<![\w'’])(?P<s>(?i:i|you|he|she)|{PLAIN_NAME})\s*(?:(?i:am|are|is|was|were|['’]m|['’]re|['’]s)|"
    r"(?i:have|has|['’]ve|['’]s|had|['’]d)\s+(?i:been))\s+(?i:(?:still|now|also|secretly|really|actually|already|"
    r"officially|kind\s+of|kinda|sort\s+of)\s+)*(?i:seeing)\s+"
    rf"(?P<o>{PLAIN_NAME}){_AFTER}"
)
#: "we're seeing each other", "Ann and I have been seeing each other", "we were seeing each other a while ago".
_EACH_OTHER = lazy(
    rf"(?<![\w'’])(?:(?P<a>{PLAIN_NAME}|(?i:you))\s+(?i:and)\s+(?i:i|me)|(?P<we>(?i:we)))\s*"
    r"(?P<v>(?i:are|['’]re|were|have\s+been|['’]ve\s+been|had\s+been|['’]d\s+been))\s+(?i:(?:still|now|also|secretly|"
    r"really|actually|kind\s+of|kinda|sort\s+of)\s+)*(?i:seeing\s+each\s+other)\b"
)
#: A supposition, wish or question around the statement.
_UNSURE = lazy(r"\?|\b(?:if|unless|whether|wish|would|could|should|might|suppose|supposed|pretend|pretending|wonder)\b",
               re.I)
#: A name inside the sentence before "we" (not its first word, which may call someone: "Ann, we're seeing each other").
_NAME_BEFORE = lazy(r"(?<![.!?]\s)\b[A-Z][a-z][\w'-]*")
_TITLES = frozenset("mr mrs ms miss dr doctor professor prof".split())


def _named(name: str, turn: Turn) -> Entity | None:
    first = name.split()[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS or first in _TITLES \
            or name == turn.speaker:
        return None
    return Entity(name, "Person")


def lover_of(word: str, sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """Whom the subject ``word`` of a couple told in ``sentence`` means ("I", "you", "he", "she" or a name), with a
    confidence; none for a pronoun of nobody or a word that is no name.

    >>> t = Turn("c", "1", "Ann", "Mike is seeing Kim.")
    >>> lover_of("Mike", "Mike is seeing Kim.", t, Discourse([t]))[0].label
    'Mike'
    """
    low = word.lower()
    if low == "i":
        return discourse.speaker(turn), 1.0
    if low == "you":
        return addressee_of(sentence, turn, discourse)
    if low in ("he", "she"):
        return third_of(low, turn, discourse)
    named = _named(word, turn)
    return (named, 0.9) if named is not None else None


def scan_seeing(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the couple ``sentence`` tells with "seeing" (see the module)."""
    if "seeing" not in sentence.lower() or _UNSURE.search(sentence):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _SEEING.finditer(sentence):
        lover, other = lover_of(m.group("s"), sentence, turn, discourse), _named(m.group("o"), turn)
        if lover is not None and other is not None and lover[0] != other:
            out.append((lover[0], "partner", other, round(0.75 * lover[1], 2), None))
    for m in _EACH_OTHER.finditer(sentence):
        if m.group("we"):
            before = [e for w in _NAME_BEFORE.findall(sentence, 1, m.start()) if (e := _named(w, turn)) is not None]
            other_ = (before[-1], 0.8) if before else (a, 0.8) if (a := discourse.addressee(turn)) is not None else None
        else:
            other_ = lover_of(m.group("a"), sentence, turn, discourse)
        if other_ is None or other_[0] == speaker:
            continue
        past = m.group("v").lower() in ("were", "had been", "'d been", "’d been")
        out.append((speaker, "dated" if past else "partner", other_[0], round(0.7 * other_[1], 2), None))
    state.collect(out)

