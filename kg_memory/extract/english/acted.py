"""States put on, not told: a turn that says the speaker is one thing and its opposite ("I'm old! I'm tired! I'm hot,
I'm cold!", an actor showing his range; "I'm happy, I'm sad, I'm happy again!") tells no trait of the speaker, since
nobody is both at once.

>>> acted_out("Watch this. I'm old! I'm tired! I'm hot, I'm cold!")
True
>>> acted_out("I'm old and I'm tired of this job.")
False
"""

from __future__ import annotations

from ..framework import lazy

__all__ = ["acted_out"]

#: Opposites a person cannot be at once.
_OPPOSITES = (("hot", "cold"), ("old", "young"), ("happy", "sad"), ("fat", "thin"), ("tall", "short"), ("rich", "poor"),
              ("strong", "weak"), ("brave", "scared"), ("calm", "angry"), ("smart", "stupid"), ("healthy", "sick"))
#: "I'm old", "I am so cold": a state the speaker gives themself.
_I_AM = lazy(r"(?<![\w'’])(?i:i['’]m|i\s+am)\s+(?:(?i:so|very|really|just|too)\s+)*(?P<a>[A-Za-z]+)\b")


def acted_out(text: str) -> bool:
    """Whether ``text`` (a turn) gives its speaker two opposite states, a show put on (see the module)."""
    said = {m.group("a").lower() for m in _I_AM.finditer(text)}
    return any(a in said and b in said for a, b in _OPPOSITES)
