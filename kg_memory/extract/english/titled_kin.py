"""A relative named with a family title: "Uncle Frank sent me a skateboard", "How's Aunt Deb?", "Grandpa Walt is
tougher than all of us" give the speaker a relative Frank, Deb, Walt; called with one ("Sure thing, Uncle Sal.",
"Nice try, Aunt Gina.", "Cousin Bethany, in the flesh!"), the relative is the one spoken to.

The title is the speaker's own way of naming that person, so it is read only when nothing else owns it: "your Uncle
Nathan", "his Uncle Joey", "their Aunt Phoebe", "this Aunt Marilyn" are somebody else's (or nobody's yet), and "my
Uncle Lenny" is read by :mod:`.mentions`. One naming themself by the title ("It's me, Aunt Phoebe.", "I'm Aunt
Monica", "We're Aunt Monica and Uncle Chandler") says nothing of a relative.
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import FEMALE, MALE, Discourse
from .mentions import TurnState

__all__ = ["scan_titled_kin"]

#: The family titles said before a first name, with the gender each tells (None: either).
_TITLES = {"uncle": MALE, "aunt": FEMALE, "auntie": FEMALE, "aunty": FEMALE, "grandma": FEMALE, "grandpa": MALE,
           "granny": FEMALE, "grandmother": FEMALE, "grandfather": MALE, "great-aunt": FEMALE, "great-uncle": MALE,
           "cousin": None}
_TITLE = r"(?:[Gg]reat-)?(?:Uncle|Aunt|Auntie|Aunty|Grandma|Grandpa|Granny|Grandmother|Grandfather|Cousin)"
#: A titled first name, "Aunt Deb", "Uncle Frank" (the name capitalised, not "Uncle Sam"-like fixed phrases aside).
_TITLED = rf"(?P<t>{_TITLE})\s+(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])"
_LEAD = r"(?:(?:oh|yes|yeah|yep|no|nope|okay|ok|sure|sure\s+thing|fine|thanks|thank\s+you|bye|goodbye|night|" \
    r"good\s+night|morning|good\s+morning|hi|hey|hello|look|listen|come\s+on|sorry|well|love\s+you|i\s+love\s+you|" \
    r"nice\s+try|of\s+course|right|uh|um)[\s,!.]+)*"
#: Called: "Uncle Sal, ..." or "Hi, Aunt Gina!" at the start, "..., Aunt Gina." at the end, "thanks Uncle Sal".
_CALL = lazy(
    rf"^(?i:{_LEAD}){_TITLED}\s*(?:[!.,?]|$)"
    rf"|,\s*(?P<t2>{_TITLE})\s+(?P<n2>[A-Z][a-z]+)\s*[!.?]*$"
    rf"|\b(?i:thanks|thank\s+you|bye|goodbye|night|love\s+you|miss\s+you|hi|hey|hello)\s+(?P<t3>{_TITLE})\s+"
    r"(?P<n3>[A-Z][a-z]+)\s*[!.?]*$"
)
#: Said of someone: the title anywhere in the sentence.
_MENTION = lazy(rf"(?<![\w'’-]){_TITLED}")
#: What before the title gives it another owner, or makes the speaker the one titled.
_OWNED = lazy(r"(?:\b(?i:my|your|his|her|their|our|this|that|the|ur|yo)|(?!(?:How|What|Where|Who|That|It|He|She|There|Here|Let)['’])[A-Z][a-z]+['’]s|"
              r"\b(?i:i['’]m|i\s+am|it['’]s\s+me|me|we['’]re|we\s+are|call\s+me)\s*,?)\s*$")
#: The speaker naming themself by a title: "We're Aunt Monica and Uncle Chandler", "It's me, Aunt Phoebe".
_SELF = lazy(rf"\b(?i:i['’]m|i\s+am|we['’]re|we\s+are|it['’]s\s+(?:me|us)|call\s+me)\s*,?\s+{_TITLE}\s")
#: A first name called out in a turn: "Rachel, ...", "..., Rachel!", "Hi Rachel", "Rachel?" alone.
_CALLED_OUT = r"(?:^|[.!?]\s+|(?i:hi|hey|hello|oh|thanks|bye)[\s,]+){name}\s*[,!?]|,\s*{name}\s*[.!?]*$|^\s*{name}\s*[.!?]*\s*$"
#: "you" in the sentence: the title may be the listener's word for them ("I'll leave you with Aunt Rachel").
_TO_YOU = lazy(r"\b(?:you|your|ya)\b(?!\s+know\b)", re.I)
#: A title the turn gives another owner ("their Aunt Phoebe", "your Uncle Nathan"): titles said from a child's view.
_OTHERS_TITLE = lazy(rf"\b(?i:your|his|her|their|our)\s+{_TITLE}\s+[A-Z]")
#: What makes a question or a supposition of who is whose, not a statement ("Is that Aunt Deb?" still says she is).
_PLAYED = lazy(r"\b(?:pretend|pretending|play|playing|dressed\s+as)\b", re.I)


def _here(name: str, turn: Turn, discourse: Discourse) -> bool:
    """Whether ``name`` is called out in the conversation of ``turn``: one of those talking, titled for a child ("Ben,
    say hi to Aunt Monica", "did you have fun with Uncle Joey?") or by themself, more often than the speaker's kin."""
    called = re.compile(_CALLED_OUT.format(name=re.escape(name)))
    return any(called.search(other.text) for other in discourse.conversation(turn))


def scan_titled_kin(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the speaker's relatives named with a family title in ``sentence`` of ``turn`` (see the module).

    >>> ts = [Turn("c", "1", "Ann", "Lunch is ready."), Turn("c", "2", "Bea", "How's Aunt Deb, by the way?")]
    >>> state = TurnState()
    >>> scan_titled_kin("How's Aunt Deb, by the way?", ts[1], Discourse(ts), state)
    >>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
    [('Bea', 'relative', 'Aunt Deb')]
    """
    low = sentence.lower()
    if not any(word in low for word in ("uncle", "aunt", "grand", "cousin")) or _PLAYED.search(sentence):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    called = _CALL.search(sentence.strip())
    if called is not None:
        at = called.start("t") if called.group("t") else called.start("t2") if called.group("t2") else called.start("t3")
        title, name = sentence.strip()[at:].split()[:2]
        if not _OWNED.search(sentence.strip(), 0, at):  # "It's me, Aunt Phoebe.": the speaker's own title
            # the one called, by the name called, the first name an alias (whichever speaker the names of
            # :mod:`..speakers` give either to)
            name = name.strip("!.,?")
            out.append((speaker, "relative", Entity(f"{title} {name}", "Person", aliases=(name,)), 0.7, None))
        state.collect(out)
        return
    if _SELF.search(sentence) or _TO_YOU.search(sentence) or _OTHERS_TITLE.search(turn.text):
        return  # "did you have fun with Uncle Joey?", "with their Aunt Phoebe!": titles as a child says them
    for m in _MENTION.finditer(sentence):
        if _OWNED.search(sentence, 0, m.start()):
            continue
        name, title = m.group("n"), m.group("t")
        if name == turn.speaker or _here(name, turn, discourse):
            continue
        person = Entity(f"{title} {name}", "Person")  # as the speaker names them, and "she" after means
        out.append((speaker, "relative", person, 0.65, None))
        discourse.mention(turn, person, _TITLES.get(title.lower().removeprefix("great-")))
    state.collect(out)
