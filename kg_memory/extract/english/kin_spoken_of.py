"""Whether the person a parent word might call is someone else: "Ben, your mom's in the parking lot." - "Mom! Wait!"
(the one who spoke of "your mom" is not the mother; the call goes to her, whom the turns do not show as a speaker),
"Sara, your dad is here." - "Coming, Dad!".

It reads the last turn of that person before the call (within the two turns before it, with no turn of the caller
between), as :mod:`.stranger_calls` does: "your" and a word of the same parent ("your mom", "your mother's", "your
dad", "your grandma") said there. A word of the other parent tells nothing ("Your father called." - "Thanks, Mom.":
the mother may say so), nor a parent word said without "your" ("My mom's here." - "Mom!"), nor "your mom" said before the turn turns to
someone else by name ("Ask your mom. Ben, sit down." - "Sorry, Mom.": Ben, the one who answers, was not told of his
mother).
The same holds for one who speaks of that parent as their own, by the bare word as the subject of a statement ("I
did. Mum loved it." - "I loved it too. Hello, Mother."): the child of that parent, who is no parent called by it.
:func:`not_the_parent_called` joins these with :func:`.stranger_calls.called_as_stranger` ("Excuse me, ma'am.") and
:func:`.phone_handed.phone_handed_on` ("Mom, ... Take the phone.").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "Ann", "Ben, your mom's outside."), Turn("c", "2", "Ben", "Mom! Wait!")]
>>> spoke_of_your_parent(ts[1], "mom", "Ann", Discourse(ts))
True
>>> ts = [Turn("c", "1", "Ann", "Your father called."), Turn("c", "2", "Ben", "Thanks, Mom.")]
>>> spoke_of_your_parent(ts[1], "mom", "Ann", Discourse(ts))
False
>>> ts = [Turn("c", "1", "Ann", "Ask your mom. Ben, sit down."), Turn("c", "2", "Ben", "Sorry, Mom.")]
>>> spoke_of_your_parent(ts[1], "mom", "Ann", Discourse(ts))
False
"""

from __future__ import annotations

import functools
import re

from ...types import Turn
from ..framework import lazy
from ..pronouns import Discourse
from .phone_handed import phone_handed_on
from .stranger_calls import called_as_stranger, their_turn_before

__all__ = ["not_the_parent_called", "spoke_of_own_parent", "spoke_of_your_parent"]

#: A later sentence of the same turn that opens by calling someone by name ("Tell your mum, not me. Peregrine, sit
#: down."): the turn has turned to another, and "your mum" was said to someone else than the one who answers it.
_TURNED_TO = lazy(r"[.!?]\s+(?:(?:and|now|oh|okay)\s*,?\s+)?[A-Z][a-z]+\s*,\s+(?!I\b)")
#: Bids said to a parent after the bare word without a comma ("Mom wait!", "Dad look"): a call, not a statement.
_BIDS = ("wait", "look", "listen", "come", "stop", "please", "help", "hurry", "guess")

#: The words of one parent (or grandparent): "your mom" speaks of the one called "Mother", "Ma" or "Mommy" too.
_SAME_PARENT = (
    ("mom", "mommy", "mother", "mama", "mami", "mum", "ma"),
    ("dad", "daddy", "father", "papa", "papi", "pa", "pop"),
    ("grandma", "granny", "grandmother", "nana", "gran"),
    ("grandpa", "grandfather", "granddad", "grandad"),
)


def spoke_of_your_parent(turn: Turn, word: str, who: str, discourse: Discourse) -> bool:
    """Whether ``who``'s last turn before ``turn`` (one of the two before it, none of ``turn``'s speaker between) speaks
    of "your" parent called ``word`` in ``turn`` ("your mom" before "Mom!")."""
    family = next((words for words in _SAME_PARENT if word.lower() in words), ())
    before = their_turn_before(turn, who, discourse) if family else None
    if before is None:
        return False
    yours = re.search(rf"\byour\s+(?:{'|'.join(family)})\b", before.text, re.I)
    return yours is not None and _TURNED_TO.search(before.text, yours.end()) is None


def spoke_of_own_parent(turn: Turn, word: str, who: str, discourse: Discourse) -> bool:
    """Whether ``who``'s last turn before ``turn`` (as :func:`spoke_of_your_parent` finds it) speaks of their own
    parent called ``word``: the bare word, capitalised, then a verb or "'s" ("Mum hated it.", "Dad's outside").

    >>> ts = [Turn("c", "1", "Ann", "I did. Mum hated it."), Turn("c", "2", "Ben", "Not at all. Hello, Mother.")]
    >>> spoke_of_own_parent(ts[1], "mother", "Ann", Discourse(ts))
    True
    >>> ts = [Turn("c", "1", "Ann", "Mom wait! Mom, look."), Turn("c", "2", "Ben", "Hello, Mother.")]
    >>> spoke_of_own_parent(ts[1], "mother", "Ann", Discourse(ts))
    False
    """
    family = next((words for words in _SAME_PARENT if word.lower() in words), ())
    before = their_turn_before(turn, who, discourse) if family else None
    return before is not None and _spoken_of(family).search(before.text) is not None


@functools.cache
def _spoken_of(family: tuple[str, ...]) -> re.Pattern[str]:
    """The bare capitalised word of one parent of ``family`` as a subject ("Mum hated it", "Mom's here")."""
    words = "|".join(w.capitalize() for w in family)
    return re.compile(rf"(?:^|[.!?…]\s+|\b(?:and|but|so)\s+)(?:{words})(?:['’]s\b|\s+(?!(?:{'|'.join(_BIDS)})\b)[a-z])")


def not_the_parent_called(turn: Turn, word: str, who: str, discourse: Discourse) -> bool:
    """Whether ``who`` has just spoken to the caller as to a stranger, or of the caller's parent called ``word``, or of
    their own parent called so, or the call is said on the phone that the turn hands to someone in the room."""
    return called_as_stranger(turn, who, discourse) or spoke_of_your_parent(turn, word, who, discourse) \
        or spoke_of_own_parent(turn, word, who, discourse) or phone_handed_on(turn, discourse)
