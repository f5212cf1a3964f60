"""States put on, not told: a turn that says the speaker is one thing and its opposite ("I'm old! I'm tired! I'm hot,
I'm cold!", an actor showing his range; "I'm happy, I'm sad, I'm happy again!") tells no trait of the speaker, since
nobody is both at once. Nor does a sense lost, exclaimed ("What is that on your finger?! I'm blind!", "Turn it
down, I'm deaf!"): a figure of speech, where the one who is blind says it plainly ("I'm blind in one eye."). Nor,
from :mod:`.roles_in_play`, a role handed out for a trip or a game ("Jonah's the navigator. I'm the photographer.").

>>> acted_out("Watch this. I'm old! I'm tired! I'm hot, I'm cold!")
True
>>> acted_out("I'm old and I'm tired of this job.")
False
>>> acted_out("Ohh! What is that on your finger?! I'm blind!", "blind"), acted_out("I'm blind, you know.", "blind")
(True, False)
"""

from __future__ import annotations

from ..framework import lazy
from .roles_in_play import role_in_play

__all__ = ["acted_out", "role_in_play"]

#: Opposites a person cannot be at once.
_OPPOSITES = (("hot", "cold"), ("old", "young"), ("happy", "sad"), ("fat", "thin"), ("tall", "short"), ("rich", "poor"),
              ("strong", "weak"), ("brave", "scared"), ("calm", "angry"), ("smart", "stupid"), ("healthy", "sick"))
#: "I'm old", "I am so cold": a state the speaker gives themself.
_I_AM = lazy(r"(?<![\w'’])(?i:i['’]m|i\s+am)\s+(?:(?i:so|very|really|just|too)\s+)*(?P<a>[A-Za-z]+)\b")
#: "I'm blind!", "I'm totally deaf!!": a sense lost, exclaimed with nothing after it.
_SENSE_EXCLAIMED = lazy(r"(?<![\w'’])(?i:i['’]m|i\s+am)\s+(?:(?i:totally|completely)\s+)?"
                        r"(?P<a>(?i:blind|deaf))\s*!")


def acted_out(text: str, trait: str = "") -> bool:
    """Whether ``text`` (a turn) gives its speaker two opposite states, a show put on, or exclaims ``trait`` as a sense
    lost (see the module)."""
    said = {m.group("a").lower() for m in _I_AM.finditer(text)}
    return any(a in said and b in said for a, b in _OPPOSITES) \
        or any(m.group("a").lower() == trait for m in _SENSE_EXCLAIMED.finditer(text))
