"""A first name typed lowercase right after the speaker's relative, friend or coworker is a name: "my bff jess just
got a puppy", "my coworker dave keeps ...", "my brother mike is a cop" are read as "my bff Jess ...", "my coworker
Dave ...", "my brother Mike ..." (one character for one, so every position holds).

Only a known first name (``data/first_names.tsv``) that is no common word ("my sister will ...", "my boss said ...",
"my friend may ...") and that a verb, "and", a comma or an end follows ("my brother mike is", "my cousin sara, who
..."), not a word that goes on with the noun ("my friend group", "my sister june's").

>>> capitalized_names("my bff jess just got a husky puppy")
'my bff Jess just got a husky puppy'
>>> capitalized_names("my sister will call"), capitalized_names("my boss said no")
('my sister will call', 'my boss said no')
"""

from __future__ import annotations

import re

from .pronouns import gender_of_name

__all__ = ["capitalized_names"]

#: "my bff", "our little bro", "my older sister", "my coworker": one of the people around the speaker.
_AFTER_KIN = re.compile(
    r"\b(?:my|our)\s+(?:(?:little|big|baby|older|younger|oldest|youngest|twin|best|step|new|old|ex|favorite|favourite)\s+)?"
    r"(?:sister|sis|brother|bro|mom|mum|mother|dad|father|son|daughter|wife|husband|hubby|wifey|bf|gf|boyfriend|girlfriend|"
    r"fianc[eé]e?|partner|friend|bff|bestie|buddy|pal|coworker|co-worker|colleague|boss|manager|supervisor|roommate|roomie|"
    r"flatmate|neighbou?r|cousin|aunt|auntie|uncle|niece|nephew|grandma|grandpa|granny|nana|grandson|granddaughter|"
    r"stepmom|stepdad|stepson|stepdaughter|stepbrother|stepsister|(?:mother|father|brother|sister|son|daughter)-in-law|"
    r"classmate|teammate|therapist|landlord|landlady|ex)\s+(?P<n>[a-z][a-z'-]+)"
    r"(?=\s*(?:[,.!?;:)]|$)|\s+(?:and|is|was|has|had|just|lives|lived|works|worked|got|gets|keeps|kept|says|told|tells|"
    r"thinks|loves|hates|likes|moved|started|quit|plays|goes|went|bought|adopted|wants|does|did|never|always|also|really|"
    r"still|finally|recently|who|from|lol|[a-z]+ed|[a-z]+s)\b)")
#: First names that are common words too, read as the words after a relative ("my sister will ...", "my boss said").
_WORDS = frozenset(
    "will may can said my an us son sister boss friend lady gal guy babe baby buddy kitty little young long true pink "
    "green red orange gray grey silver star summer winter spring autumn hope joy rich line lot park judge general marine "
    "doctor lawyer pastor server elder author baker miner smith else era made male skip till unique van ah lo con sep "
    "tea jail job gun ginger lavender pearl violet viola cherish christian baptist muslim metro case kit collie "
    "ford lexus mercedes porsche sunny dawn faith grace rose june april august art don chase cash page sky honey "
    "bunny angel precious sweetie king prince major rocky happy".split())


def capitalized_names(text: str) -> str:
    """``text`` with a lowercase first name after a relative or friend capitalised (see the module)."""
    if "my " not in text.lower() and "our " not in text.lower():
        return text
    def cap(m: re.Match[str]) -> str:
        name = m.group("n")
        if name in _WORDS or gender_of_name(name.capitalize()) is None or name.endswith("'s"):
            return m.group(0)
        start = m.start("n") - m.start()
        return m.group(0)[:start] + name[0].upper() + name[1:]
    return _AFTER_KIN.sub(cap, text)
