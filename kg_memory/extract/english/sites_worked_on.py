"""A workplace one works "on" rather than "at": a farm, a ranch, an oil rig, a boat or a ship, the railroad ("i work on
a farm", "i work on my parents' farm", "working on a fishing boat", "i work with my uncle on his ranch"). The rules of
work read "on" as no employer ("i work on my novel", "i am working on my car"), so these gave nothing; they say whom or
where the speaker works for, held as ``worksFor`` (the kind of workplace named, as "i work at a bank" gives "bank").

The speaker's own farm alone ("i work on my farm") is what they own, said by the rules of having, and gives no
employer here; a farm of relatives ("my parents' farm", "my family's dairy farm") is one they work for.

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> t = Turn("c", "1", "Ann", "i work on my parents farm")
>>> c = Clause(turn=t, subject=Entity("Ann", "Person"), discourse=Discourse([t]), sentence=t.text)
>>> worked_on_site("my parents farm", c), [(p, o.label) for _, p, o, _, _ in c.out]
(True, [('worksFor', 'parents farm')])
>>> worked_on_site("my novel", c), worked_on_site("my farm", c)
(False, False)
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from .objects import clean_object

__all__ = ["worked_on_site"]

#: "(on) a farm", "the family ranch", "my uncle's dairy farm", "an oil rig", "a fishing boat", "a cruise ship", "the
#: railroad": a workplace worked on, up to three words before its kind (not "my farm" alone: one's own)
_SITE = lazy(
    r"^(?:(?:a|an|the|this)\s+|(?:my|our)\s+(?=(?:[\w'-]+\s+){1,3}?(?:farm|ranch|rig|boat|ship|vessel|vineyard|orchard)\b))?"
    r"(?P<o>(?!(?:my|our)\b)(?:[\w'-]+\s+){0,3}?(?:farm|ranch|oil\s+rig|rig|fishing\s+boat|boat|ship|vessel|railroad|railway|vineyard|"
    r"orchard|construction\s+site|assembly\s+line))\b(?!\s+(?:game|games|simulator|set|model|toy)\b)",
    re.I,
)
#: Words before the kind that make it no workplace: "(on) a model ship", "a toy farm", "my boat" said of leisure
_NOT_WORK = lazy(r"\b(?:model|toy|lego|paper|video|game|dream|pirate)\b", re.I)


def worked_on_site(raw: str, c: Clause) -> bool:
    """Record ``worksFor`` the workplace that ``raw`` (what follows "work on") names, when it is a farm, a ranch, a rig,
    a boat or a ship, the railroad or a site; whether one was recorded."""
    m = _SITE.match(raw.strip())
    if m is None or _NOT_WORK.search(m.group("o")):
        return False
    site = clean_object(m.group("o"), "place")
    if not site:
        return False
    c.add("worksFor", Entity(site, "Organization"), 0.75)
    return True
