"""A bidding taken on by the one bidden: "Josh, look at the ceilings." - "I'm looking at the crack." (for :mod:`.speakers`).

A name opening a bidding ("Josh, look at ...", "Kev, grab the chairs.") calls someone; the next speaker who answers in
the first person with the verb bidden ("I'm looking", "I am grabbing them", "I looked", "I'm not going") takes it
on or turns it down: they are the one called, as one answering "What?" is. English only: Chinese takings-on ("知道了",
"来了") are read by :mod:`.call_replies`.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "A", "Oh, it's nice. Josh, look at the ceilings."), Turn("c", "2", "B", "I'm looking at the crack.")]
>>> takes_bid(ts, 0, "Josh"), takes_bid(ts, 1, "Josh")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .patterns import lazy

__all__ = ["takes_bid"]

#: The first person answering with a verb: "I'm looking", "I am not going", "I looked", "I'll get", "I did grab".
_FIRST_PERSON = lazy(r"^\W*(?:(?:oh|okay|ok|well|yeah|yes|no|fine|relax|god|geez|jeez)\W+)*I(?:['’]m|\s+am|\s+was|['’]ll|\s+will|"
                     r"\s+did|\s+do|\s+already)?(?:\s+(?:not|never|already|just|totally|so))*\s+(?P<v>[a-z]+)", re.I)
#: Words that open a turn but bid nothing ("Josh, please", "Josh, you ..."): no verb to take on.
_NO_BID = frozenset("you your i we he she they it this that the a an please and but so what why how when where who "
                    "is are was were do does did have has had can could will would should sorry thanks hi hey no yes".split())


def _forms(verb: str) -> set[str]:
    """``verb`` and the forms an answer says it in ("look": "looking", "looked"; "move": "moving"; "get": "getting").

    >>> sorted(_forms("move"))
    ['move', 'moved', 'moves', 'moving']
    """
    v = verb.lower()
    base = v[:-1] if v.endswith("e") and len(v) > 2 else v
    doubled = v + v[-1] if len(v) <= 4 and re.search(r"[^aeiou][aeiou][bdglmnprt]$", v) else base  # "getting"
    return {v, v + "s", base + "ing", base + "ed", doubled + "ing", doubled + "ed"}


def takes_bid(turns: Sequence[Turn], i: int, name: str) -> bool:
    """Whether turn ``i`` bids ``name`` do something ("Josh, look at ...") and the next turn, another speaker's, answers
    in the first person with that verb ("I'm looking at the crack."): the one answering is the one called."""
    m = re.search(rf"(?<![\w'-]){re.escape(name)}\s*,\s+(?P<v>[a-z]+)\b", turns[i].text)
    if m is None or m.group("v").lower() in _NO_BID or i + 1 >= len(turns) or turns[i + 1].speaker == turns[i].speaker:
        return False
    said = _FIRST_PERSON.match(turns[i + 1].text)
    return said is not None and said.group("v").lower() in _forms(m.group("v"))
