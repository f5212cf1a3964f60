"""What a liking leaves out: "i like dogs but not cats", "i love cooking but not baking" (the thing after "but not"
is disliked). Not a degree or a circumstance ("but not as much as shoes", "but not in the winter", "but not with
soda", "but not into music"), which says nothing of a thing disliked."""

from __future__ import annotations

import re

from ..framework import lazy
from .objects import object_list

#: ", but not (the) cats": the thing left out, up to the next stop or comma
_BUT_NOT = lazy(
    r"\s*,?\s+but\s+not\s+(?!(?:as|so|too|very|much|that|this|it|them|really|always|anymore|now|then|in|on|at|with|for|"
    r"from|by|of|about|into|to|when|while|if|during|all|every|everything|anything|enough|quite|yet|sure|only|because|"
    r"like|the\s+same|for\s+long|a\s+lot|lots|often|always|every|right|today|tonight|tomorrow|yet|me|you|him|her|us|"
    r"anybody|anyone|everyone|everybody|my|your|his|their|our|sure|necessarily|exactly|completely|totally|crazy|"
    r"obsessed|huge|big|great)\b)(?P<o>[a-z][^,.;:!?]*)",
    re.I,
)


def left_out(raw: str) -> list[str]:
    """The things a liking says it does not reach: "dogs but not cats" -> ["cats"].

    >>> left_out("the woods but not the desert"), left_out("cooking , but not baking or cleaning")
    (['desert'], ['baking', 'cleaning'])
    >>> left_out("flowers , but not as much as shoes"), left_out("it but not in the winter")
    ([], [])
    """
    m = _BUT_NOT.search(raw)
    if m is None:
        return []
    style = "activity" if re.match(r"\w+ing\b", m.group("o")) else "np"
    return object_list(m.group("o"), style)
