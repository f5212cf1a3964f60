"""A person named in a sentence of their own, then told of as "he" or "she": "Nice boy. Dennis. He's from Korea."
(Dennis is from Korea), "That's the one. Ethan. He's my boss now." (Ethan is the speaker's boss), "The new neighbour.
Priya. She's a nurse at Mercy." The sentence after the name is read with the name as its subject, as a listener takes
it; otherwise "he" would go to someone named earlier (the one spoken of a turn before), or to nobody.

It reads two sentences of one turn: the one before, only a name (one or two capitalised words that may be a first
name, a title allowed: "Dr. Kemp."; not "To Bettina.", a word going on from the sentence before), and the next,
opening with "he" or "she" and a verb ("He's", "She is", "He works"). Not a name of the other gender than the
pronoun's ("Dennis. She's ..."), nor a word that is no name ("Sorry. He's late.", "Tuesday. She's off."), nor "he" or
"she" opening a question ("Ethan. Is he here?" asks, and "Ethan. He's here?" too).

>>> named_subject("He's from Korea, actually.", "Dennis.")
'Dennis is from Korea, actually.'
>>> named_subject("She works at Mercy.", "Priya.")
'Priya works at Mercy.'
>>> named_subject("He's late.", "Sorry."), named_subject("She's my boss.", "Dennis.")
("He's late.", "She's my boss.")
>>> named_subject("She's a nurse.", "To Bettina.")
"She's a nurse."
"""

from __future__ import annotations

import re

from ..framework import lazy
from ..names import plausible_name
from ..pronouns import gender_of_name
from .lexicon import STOP

__all__ = ["named_subject"]

#: A sentence that is only a name: "Dennis.", "Ethan Cole.", "Dr. Kemp." (not "Ethan!", a call, nor "Ethan?").
_NAME_ALONE = lazy(r"^(?P<n>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)\s*\.$")
#: "He's", "she is", "he works", "She was": the pronoun opening a statement (its verb left as it is).
_PRONOUN_OPENS = lazy(r"^(?P<p>he|she)(?P<v>'s|’s|\s+(?!is\b)\w+|\s+is\b)", re.I)


def named_subject(sentence: str, before: str) -> str:
    """``sentence`` with its opening "he" or "she" put as the name ``before`` is alone, when it is (see the module)."""
    said, alone = sentence.strip(), _NAME_ALONE.match(before.strip()) if before else None
    opens = _PRONOUN_OPENS.match(said) if alone is not None else None
    if alone is None or opens is None or said.endswith("?"):
        return sentence
    name = alone.group("n")
    plain = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", name)
    gender = gender_of_name(plain)
    pronoun_gender = "male" if opens.group("p").lower() == "he" else "female"
    if not plausible_name(plain, frozenset()) or plain.split()[0].lower() in STOP \
            or gender is not None and gender != pronoun_gender:
        return sentence
    has = re.match(r"\s+(?:been|got|gotten|gone|had)\b", said[opens.end():])  # "He's been ...": has
    verb = (" has" if has else " is") if opens.group("v") in ("'s", "’s") else opens.group("v")
    return f"{name}{verb}{said[opens.end():]}"
