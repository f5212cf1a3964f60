"""How far a negation, a condition or a wish reaches in an English sentence: its own clause and what that clause
governs, not a clause coordinated with it.

"Joey is your friend, and you don't even call him" says Joey is the listener's friend: the "don't" belongs to the
second clause. "I don't think she's my sister", "It's not like Ross is my boyfriend" and "I never said I love you"
state nothing: there the negation governs the clause said after it, which is no separate part. A sentence is cut
where one clause of its own begins (after a comma, a semicolon or a dash, or at "but", "so", "because", "although",
or "and" before a subject of its own); a part with a negation, a wish or a modal ("would", "might") gives nothing,
and a condition ("if she leaves, ...") takes its own part, every part after it (what would follow), and the part it
is attached to without "and", "but" or "so" ("I'll marry you if you stay").

The sentence-wide readers (relations between people, pastimes done, "which I love") read each part :func:`stated_parts`
keeps, so that one clause's negation no longer silences the whole sentence.

>>> stated_parts("joey is your friend, and you do not even call him")
['joey is your friend']
>>> stated_parts("i do not think she is my sister")
[]
>>> stated_parts("ross and i are friends, but if he calls, tell him no")
['ross and i are friends']
"""

from __future__ import annotations

import re

from ..framework import lazy
from .segment import CONDITIONAL, IRREALIS, conditional, irrealis

__all__ = ["NEGATED", "stated_parts"]

#: A negation: "not", "never", "no longer", "neither", "nor" ("I never stopped loving you" is a love, not a negation)
NEGATED = lazy(r"\b(?:not|never(?!\s+stopped\s+lov)|no\s+longer|n't|neither|nor)\b", re.I)
#: :data:`NEGATED`, :data:`CONDITIONAL` and :data:`IRREALIS` as one pattern without re.I, for a lower-cased text in ASCII:
#: most sentences say none of them, which one search tells
_ANY_LOW = lazy("|".join(f"(?:{p})" for p in (NEGATED.pattern, CONDITIONAL.pattern, IRREALIS.pattern)))
#: What may begin a clause of its own: a subject pronoun, a possessive noun, or a name and its verb
_SUBJECT = (r"(?:(?:i|we|you|he|she|they|it|that|this|there|my|your|his|her|our|their)\b"
            r"|(?-i:[A-Z][a-z]+)\s+(?:is|was|has|had|does|did|will|can|got|went|never|always|just|really|lives|works|loves|likes"
            r"|and\s+(?:i|(?-i:[A-Z][a-z]+)))\b)")
#: What joins a clause of its own to the one before, and the filler that may follow it ("and sure he ...")
_LINK = r"(?:and|but|so|or|yet|because|'?cause|cuz|since|although|though|while|whereas|plus|then)"
_AFTER_LINK = r"(?:(?:sure|well|yeah|oh|also|now|of\s+course|you\s+know)[,\s]+)?"
#: Where a clause of its own begins: after a comma, semicolon or colon (with or without a coordinator), at a
#: coordinator or subordinator before a subject, at "and" before a subject pronoun that is no part of a plural
#: subject ("Monica and I are friends" is one clause), at a condition ("if", "unless", "otherwise") and at a dash.
_CUT = lazy(
    rf"\s*[,;:]\s*(?:{_LINK}\s+)?{_AFTER_LINK}(?={_SUBJECT})"
    rf"|\s+(?P<sub>but|so|yet|because|'?cause|cuz|although|though|whereas|while)\s+{_AFTER_LINK}(?={_SUBJECT})"
    r"|\s+(?P<c3>and)\s+(?=(?:i|we|you|he|she|they)\s+(?!(?:are|were|both|together|have\s+been)\b))"
    r"|\s*,?\s*(?:(?:and|but|so|or)\s+)?(?=(?:even\s+if|if|unless|in\s+case|otherwise|or\s+else)\b)"
    r"|\s+-+\s+|\s*[\u2013\u2014]\s*|\s*;\s*",
    re.I,
)
#: A cut that ends the clause before it: a coordinator or a semicolon (a condition after it is none of that clause's)
_COORDINATED = lazy(rf";|\b{_LINK}\b", re.I)
#: What holds when the clause before fails ("..., otherwise you wouldn't know"): that clause stays a statement
_FAILING = lazy(r"^\s*(?:otherwise|or\s+else)\b", re.I)
#: "(I kept it) just in case": a precaution, no condition
_JUST_IN_CASE = lazy(r"^\s*in\s+case\W*$", re.I)
#: The words of a plural subject before "and" at most ("Monica and I have a dog", "my sister and I have a dog")
_FEW_WORDS = 2
#: ... or a name or a relative just before it ("Barbara and I", "my sister and I")
_ONE_OF_TWO = lazy(r"(?:\b(?-i:[A-Z][a-z]+)|\b(?:my|your|his|her|our|their)\s+[\w-]+)\s*$", re.I)
#: A part that is a negation alone, of the reason or the like after it: "(..., ) not because ..."
_BARE_NOT = lazy(r"^\s*(?:not|never)\s*$", re.I)


def _parts(sentence: str) -> list[tuple[str, str]]:
    """The parts of ``sentence``, each with the cut before it ("" for the first); a name or two before a bare "and"
    stays with what follows ("Monica and I have a dog")."""
    out: list[tuple[str, str]] = []
    start, cut = 0, ""
    for m in _CUT.finditer(sentence):
        if m.start() == 0 or m.end() == m.start():
            continue
        piece = sentence[start:m.start()]
        if m.group("c3") and (len(piece.split()) <= _FEW_WORDS or _ONE_OF_TWO.search(piece)):
            continue  # "Monica and I have a dog", "you know Barbara and I split up": one subject
        if m.group("sub") and _BARE_NOT.match(piece):
            continue  # "not because I stopped loving you": the reason denied
        out.append((piece, cut))
        start, cut = m.end(), m.group(0)
    out.append((sentence[start:], cut))
    return out


def stated_parts(sentence: str) -> list[str]:
    """The parts of ``sentence`` that no negation, condition or wish governs, read as statements (module docstring);
    the whole sentence when none is said in it.

    >>> stated_parts("i love you, i would never hurt you")
    ['i love you']
    >>> stated_parts("i will marry you if you stay, and ross is my brother")
    []
    """
    if not (_ANY_LOW.search(sentence.lower()) if sentence.isascii()
            else NEGATED.search(sentence) or conditional(sentence) or irrealis(sentence)):
        return [sentence]
    parts = _parts(sentence)
    kept = [True] * len(parts)
    for i, (part, _) in enumerate(parts):
        if conditional(part) and not _JUST_IN_CASE.match(part):
            kept[i:] = [False] * (len(parts) - i)
            j = i
            while j > 0 and not _COORDINATED.search(parts[j][1]) and not _FAILING.match(part):
                kept[j - 1] = False
                j -= 1
            break
        if NEGATED.search(part) or irrealis(part):
            kept[i] = False
    return [part.strip(" ,;:-") for (part, _), keep in zip(parts, kept) if keep and part.strip(" ,;:-")]
