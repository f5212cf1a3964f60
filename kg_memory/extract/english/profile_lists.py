"""What a user lists about themself without saying "I" each time, as people write a profile: "Hi! I'm Dana, 34, a UX
designer at Shopify in Toronto.", "About me: 29, software engineer, I live in Austin.", "Some context about me:
retired teacher, 67, widowed, living in Asheville.", then "Married to Mark, we have ...", "Vegetarian, play guitar
in a band." Each fragment before the first clause with a subject of its own is read as the speaker's own statement:
an age ("34": "I am 34 years old"), a status ("married to Mark", "widowed", "vegetarian"), a trade ("a UX designer at
Shopify"), where one lives ("living in Asheville", "originally from Ohio"), what one has ("two grandkids") or does
("play guitar"). A turn is read so when it opens with such a header ("About me:", "Quick intro -", "Background:") or a
self-introduction with a comma ("I'm Dana, ..."); in any sentence, "I'm <something>, 23, ..." lists an age.

>>> profile_statements("I'm Dana, 34, a UX designer at Shopify.", True)
['I am 34 years old', 'I am a UX designer at Shopify']
>>> profile_statements("Vegetarian, play guitar in a band on weekends.", True)
['I am vegetarian', 'I play guitar in a band on weekends']
>>> profile_statements("Vegetarian, play guitar in a band on weekends.", False)
[]
"""

from __future__ import annotations

import re

from ..framework import lazy
from .objects import is_job

__all__ = ["is_profile", "profile_statements"]

_HEADER = lazy(r"^(?:(?:a|some)\s+)?(?:(?:quick|short|little|brief)\s+)?(?:context|background|intro(?:duction)?|about\s+me|bio|info)"
               r"(?:\s+(?:about|on)\s+(?:me|myself))?\s*(?:[:\-–—]|\s-)\s*", re.I)
_INTRO = lazy(r"^(?:(?:hi|hey|hello)(?:\s+there)?[!,.]*\s+)?(?:i['’]m|i\s+am|my\s+name\s+is)\s+(?-i:[A-Z][a-z]+)\s*[,.!]", re.I)
#: "I'm <anything>," opening a sentence: what follows may list the age ("I'm non-binary, 23, and ...").
_I_AM = lazy(r"^(?:i['’]m|i\s+am)\s+[^,]{1,40},", re.I)
_SUBJECT = lazy(r"^(?:and\s+)?(?:i|we|my|our|he|she|they|it|this|that|there)\b", re.I)
_AGE = lazy(r"^(?P<n>1[3-9]|[2-9]\d)\s*(?:yo|y/o|yrs?(?:\s+old)?|years?\s+old)?$", re.I)
_STATUS = lazy(r"^(?:(?:happily|newly|recently)\s+)?(?:married|divorced|widowed|single|engaged|separated|vegetarian|vegan|"
               r"pescatarian|retired)(?:\s+to\s+[A-Z][a-z]+)?$", re.I)
_WHERE = lazy(r"^(?:living|based|located|originally\s+from|from|born\s+and\s+raised\s+in|raised\s+in)\b", re.I)
_HAS = lazy(r"^(?:a|one|two|three|four|five|\d)\s+(?:[\w-]+\s+)?(?:kids?|children|sons?|daughters?|grandkids|grandchildren|"
            r"dogs?|cats?|pets?)\b", re.I)
_DOES = lazy(r"^(?:play|plays|love|loves|work|works|teach|teaches|speak|speaks|run|runs|own|owns|volunteer|coach|study|"
             r"studying|working|teaching)\b", re.I)
_JOB_HEAD = lazy(r"^(?:an?\s+)?(?P<j>(?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:at|in|for|with)\s|$)", re.I)


def is_profile(text: str) -> bool:
    """Whether ``text`` (a turn) opens as a profile: a header or "I'm Dana, ..." (module docstring)."""
    return bool(_HEADER.match(text) or _INTRO.match(text))


def profile_statements(sentence: str, profile: bool) -> list[str]:
    """The speaker's statements that the fragments opening ``sentence`` make (module docstring); ``profile``: the
    turn is read as a profile."""
    rest = _HEADER.sub("", sentence.strip(), count=1)
    head = _INTRO.match(rest) if profile else None
    head = head or _I_AM.match(rest)
    if head is None and not profile:
        return []
    pieces = re.split(r"\s*,\s*|\s+-\s+", rest[head.end():] if head else rest)
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip(" .!").removeprefix("and ").strip()
        if not piece or _SUBJECT.match(piece):
            break
        piece = piece[0].lower() + piece[1:] if piece[1:2].islower() else piece  # "Married to Mark": married
        if (age := _AGE.match(piece)) is not None:
            out.append(f"I am {age.group('n')} years old")
        elif not profile:
            break  # "I'm tired, hungry, ...": only an age is listed outside a profile
        elif _STATUS.match(piece) or _WHERE.match(piece):
            out.append(f"I am {piece}")
        elif _HAS.match(piece):
            out.append(f"I have {piece}")
        elif _DOES.match(piece):
            out.append(f"I {piece}")
        elif (job := _JOB_HEAD.match(piece)) is not None and is_job(job.group("j")):
            out.append(f"I am {piece if piece.lower().startswith(('a ', 'an ')) else 'a ' + piece}")
        else:
            break
    return out
