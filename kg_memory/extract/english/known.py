"""What the speaker knew, or did not know, is so: "I didn't know you had a sister!", "I knew Ross was your brother",
"Did you know Ross is my brother?", "did you know i work at a zoo".

"Know" takes for granted what follows it, denied or asked: the clause after it is read as said, in the present when
English put it back in the past after "knew" ("I didn't know you were a doctor": the listener is a doctor now). What
only might be is left alone: "I don't know if you are a doctor", "I knew you would come", "do you know where he lives".

>>> known_so("I did not know you had a sister!"), known_so("I had no idea Ann lived in Oslo")
('you have a sister!', 'Ann lives in Oslo')
>>> known_so("Oh, I knew Ross was your brother."), known_so("Did you know that Ross is my brother?")
('Ross is your brother.', 'Ross is my brother.')
>>> known_so("did you know i work at a zoo"), known_so("did you know my sister plays the harp ?")
('i work at a zoo', 'my sister plays the harp .')
>>> known_so("I do not know if you are a doctor"), known_so("I know him")
('I do not know if you are a doctor', 'I know him')
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["known_so"]

#: Who the known clause is about, and its first verb: a pronoun, or a name followed by a verb ("I knew Ross in college":
#: a person known, no clause).
_CLAUSE = (r"(?P<s>(?:you|he|she|they|we|i|(?-i:[A-Z][a-z]+))(?:\s+and\s+(?:i|me|you|him|her|(?-i:[A-Z][a-z]+)))?)"
           r"\s+(?:(?:guys|two|both|really|still|already|just|actually)\s+)*"
           r"(?P<v>is|was|are|were|am|has|had|have|got|used|lived|worked|dated)\b")
_KNOWN = lazy(r"^(?:(?:oh|wow|well|man|gosh|god|geez|so|and|but)[\s,!]+)*(?:i|we)\s+(?:(?:already|always|just|totally|so|"
              r"really|never)\s+)?(?P<past>knew|did\s+not\s+know|had\s+no\s+idea|never\s+knew)?(?(past)|know)\s+"
              rf"(?:that\s+)?(?={_CLAUSE})", re.I)
#: "(did you know) i work at a zoo", "my sister plays the harp": the speaker's own, asked in chat with or without "?"
_MINE = (r"(?:i|my\s+[\w'-]+)\s+(?:(?:also|really|still|just|actually)\s+)*(?:work|works|live|lives|like|likes|love|loves|"
         r"enjoy|enjoys|play|plays|own|owns|teach|teaches|study|studies|drive|drives|collect|collects|speak|speaks)\b")
_ASKED = lazy(rf"^(?:(?:oh|so|hey|wait|cool)[\s,!]+)*did\s+you\s+know\s+(?:that\s+)?(?={_CLAUSE}[^?]*\?\s*$|{_MINE}[^?]*\?*\s*$)",
              re.I)
_VERB = lazy(_CLAUSE, re.I)
#: Back from the past that reported speech puts its verbs in ("I didn't know you lived here"), by who the clause is
#: about: one of I / you / we / they / two people, or one other.
_PRESENT = {"was": ("am", "is"), "were": ("are", "are"), "had": ("have", "has"), "lived": ("live", "lives"),
            "worked": ("work", "works")}


def known_so(sentence: str) -> str:
    """``sentence`` as the clause the speaker takes for granted when they say they know it (see the module); the
    sentence itself otherwise."""
    m = _KNOWN.match(sentence)
    if m is None:
        asked = _ASKED.match(sentence)
        return re.sub(r"\?+\s*$", ".", sentence[asked.end():]) if asked else sentence
    said = sentence[m.end():]
    verb = _VERB.match(said) if m.group("past") else None
    if verb and verb.group("v").lower() in _PRESENT:
        who = verb.group("s").lower()
        first, third = _PRESENT[verb.group("v").lower()]
        now = first if who in ("i", "you", "we", "they") or " and " in who else third
        said = said[:verb.start("v")] + now + said[verb.end("v"):]
    return said
