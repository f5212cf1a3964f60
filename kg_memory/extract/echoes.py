"""Whether a turn takes up the words of the turn before: an answer to its speaker.

People answering someone take up their words ("My legs are jelly." - "Jelly is a state of mind, Brianna."; "You can't
tell the waiter you're ninety." - "If I say ninety they give me the free pie, Julie.") or answer what they asked ("Why a
fish?" - "Nobody knows why my father does anything, Ollie.") or say it again cut short to its subject and verb ("He's
my dentist!" - "Of course he is, Orla."), so a name closing such an
answer calls the one who spoke before, not whoever speaks next (:mod:`.speakers`); so does a name opening a statement
that takes up their words ("Come on, do it for the dress!" - "Liz, if you mention the dress again..."). Only words that
carry content count:
not the small words every turn has ("you", "know", "really"), nor a greeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .framework import lazy

__all__ = ["answers_before", "opens_answer_before", "takes_up"]

_WORD = lazy(r"[a-z][a-z'-]{3,}")
#: Words of four letters or more that any turn may say: they tell nothing of what it answers.
_COMMON = frozenset("""
that this these those there their they them then than what when where which while with from have been were will
would could should about just really know think mean like good well yeah okay right sure some something anything
nothing everything maybe come going gonna wanna want need tell said says told look here very much more also even
only still thing things time always never again because okay alright thanks thank please sorry hello bye goodbye
your yours mine ours it's that's what's don't didn't doesn't isn't wasn't can't won't i'm you're he's she's we're
they're i've you've i'll you'll let's y'know guys actually totally other into over back down make made take does
""".split())


#: A retort that turns the words before back on their speaker: "Neither can you,", "So are you,", "You too,", "Same to
#: you,", "Look who's talking," (before the name that closes it); or one that tells them their words were heard or
#: seen through: "I heard that,", "Very funny,", "Nice try,", "Speak for yourself,".
_RETORT = lazy(r"^\s*(?:(?:oh|well|and|yeah|hey)\s*[,.!]?\s+)?(?:(?:neither|nor|so)\s+(?:can|do|does|did|are|is|were|was|have|has|"
               r"had|will|would|could|should)\s+you|you\s+too|same\s+to\s+you|look\s+who'?s\s+talking|i\s+heard\s+that|"
               r"very\s+funny|nice\s+try|speak\s+for\s+yourself)\s*,\s*$", re.I)


#: An answer cut short to its subject and verb, that only the turn before completes: "Of course he is,", "It is,", "Yes
#: you did,", "No, she can't," (before the name that closes it).
_ELLIPSIS = lazy(r"^\W*(?:(?:oh|well|yes|yeah|no|nope|of\s+course|course|sure)\W+)*(?:he|she|it|they|you|i|we|that)\s+"
                 r"(?:is|isn't|was|wasn't|are|aren't|were|weren't|am|does|doesn't|did|didn't|do|don't|can|can't|will|won't|"
                 r"would|wouldn't|has|hasn't|have|haven't|had|hadn't|should|shouldn't|could|couldn't)(?:\s+not|\s+too)?"
                 r"\s*,\s*$", re.I)


#: A question for something, ending the turn ("Why a fish?", "Where's Ben?"): a name closing the first sentence of the
#: answer to it calls the one who asked ("Nobody knows why my father does anything, Ollie.").
_WH_ASKED = lazy(r"(?:^|[.!?…]\s+)(?:why|what|who|where|how|when|which)\b[^.!?…]*\?+\s*$", re.I)


def _words(text: str) -> set[str]:
    return {w.strip("'-") for w in _WORD.findall(text.lower())} - _COMMON


def takes_up(before: str, text: str) -> bool:
    """Whether ``text`` says again a word of content of ``before`` (English; a plural or "-s" form counts).

    >>> takes_up("My legs are jelly.", "Jelly is a state of mind")
    True
    >>> takes_up("Is that the aunt who sends you chain emails?", "She means well")
    False
    >>> takes_up("It was a small tray.", "It was a huge tray"), takes_up("Pivot! I said pivot!", "I am pivoting")
    (True, True)
    """
    said = {_stem(w) for w in _words(before)}
    return any(_stem(w) in said for w in _words(text))


def _stem(word: str) -> str:
    """``word`` without an ending of its forms ("pivoting", "pivoted", "pivots": "pivot"; "breaking": "break"), where a
    word of four letters or more is left.

    >>> _stem("pivoting"), _stem("breaks"), _stem("sing"), _stem("trays")
    ('pivot', 'break', 'sing', 'tray')
    """
    for ending in ("ing", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


def answers_before(turns: Sequence[Turn], i: int, before: str | None, start: int) -> bool:
    """Whether the name at ``start`` of turn ``i`` closes, after a comma, an answer to ``before``, the speaker of the
    turn just before, that takes up their words ("My legs are jelly." - "Jelly is a state of mind, Brianna.") or turns
    them back on them ("She can't cook." - "Neither can you, Sean!").

    >>> ts = [Turn("c", "1", "A", "My legs are jelly."), Turn("c", "2", "B", "Jelly is a state of mind, Brianna.")]
    >>> answers_before(ts, 1, "A", ts[1].text.index("Brianna")), answers_before(ts, 1, "C", ts[1].text.index("Brianna"))
    (True, False)
    >>> ts = [Turn("c", "1", "A", "He's my dentist!"), Turn("c", "2", "B", "Of course he is, Orla. Small world.")]
    >>> answers_before(ts, 1, "A", ts[1].text.index("Orla"))
    True
    """
    said = turns[i].text[:start]
    return i > 0 and before is not None and turns[i - 1].speaker == before and said.rstrip().endswith(",") \
        and (takes_up(turns[i - 1].text, said) or _RETORT.match(said) is not None  # "Neither can you, Sean!"
             or _ELLIPSIS.match(said) is not None  # "He's my dentist!" - "Of course he is, Orla."
             or _WH_ASKED.search(turns[i - 1].text) is not None and not re.search(r"[.!?…]", said))  # "Why a fish?" -
    # "Nobody knows why, Ollie.": the first sentence, the answer itself (not a story told after it)


#: A name opening a turn, after a cry or not ("Oh, Liz, ...", "Rafael. The poles ..."): what is left before it.
_CRY = lazy(r"^\W*(?:(?:oh|ah|well|okay|ok|look|listen|hey|no|yes|yeah|come\s+on)\W+)*$", re.I)
#: Words said after a name that take up nothing: other names ("Janine Lecroix") and words that get an ear ("listen").
_NOT_TAKEN = lazy(r"\b[A-Z][\w'-]*|\b(?i:listen|wait|hold\s+on|seriously|honestly|please)\b")
#: "You" in what is said after the name: the one whose words it takes up is spoken to (not "Priya, I'm not paying for
#: cold showers" after another's "I'd shower at the gym": turned to a third).
_YOU = lazy(r"\b(?i:you|your|you're|you've|you'll|you'd)\b")
#: The first sentence said after the name ("Liz, I swear, if you mention the dress." -> "I swear, if ...").
_AFTER_NAME = lazy(r"[\s,.!…—-]*(?P<s>[^.!?…]+)(?P<end>[.!?…]*)")


def opens_answer_before(turns: Sequence[Turn], i: int, before: str | None, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` of turn ``i`` opens it and the statement said after it takes up words of
    the turn just before, said by ``before``, to "you" ("Come on, Mon! Do it for the dress!" - "Liz, I swear, if you
    mention the dress..."; "I'm sitting." - "Denise, you've been sitting since you were born."): the name answers that
    speaker, not one to speak next. Not a question ("Did you pack the poles, ...?" asks whoever answers).

    >>> ts = [Turn("c", "1", "A", "He's our father, and I'm sitting."), Turn("c", "2", "B", "Denise, you've been sitting all day.")]
    >>> opens_answer_before(ts, 1, "A", 0, 6), opens_answer_before(ts, 1, "C", 0, 6)
    (True, False)
    """
    text = turns[i].text
    if i == 0 or before is None or turns[i - 1].speaker != before or _CRY.match(text[:start]) is None:
        return False
    m = _AFTER_NAME.match(text, end)
    said = _NOT_TAKEN.sub(" ", m.group("s")) if m is not None else ""  # "Lecroix. Janine Lecroix": a name, no word taken up
    return m is not None and "?" not in m.group("end") and _YOU.search(said) is not None and takes_up(turns[i - 1].text, said)
