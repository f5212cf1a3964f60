"""Words of a liking or a pastime said in another sense in casual chat, which the rules must not read as one.

"You make life's struggles more bearable" makes something so, "you make weird noises" makes no thing (no pastime
"make ..."); "hope and love exist", "I
love the self-acceptance and love theme" use "love" as a noun (no liking of 'exist' or 'theme'); "I'm painting
the fence", "cleaning the garage" are chores about the house, not pastimes (unlike "painting a landscape"); "good at
saying no to people" is cut to a bare "saying" by the reader of objects, which needs what is said: no skill; "I run
marketing", "she runs payroll for the firm" head a department of a workplace, no running.

>>> makes_so("make life's struggles more bearable"), makes_so("make noises when you sleep"), makes_so("make jewelry")
(True, True, False)
>>> love_as_noun("exist"), love_as_noun("theme of the book"), love_as_noun("hiking"), love_as_noun("candy")
(True, True, False, False)
>>> is_chore("painting the fence"), is_chore("cleaning my room"), is_chore("painting landscapes")
(True, True, False)
>>> needs_what("saying"), needs_what("telling jokes"), needs_what("cooking")
(True, False, False)
>>> runs_department("run marketing"), runs_department("runs HR for a bank"), runs_department("run marathons")
(True, True, False)
"""

from __future__ import annotations

import re

from ..framework import lazy
from .lexicon import DEPARTMENTS

__all__ = ["is_chore", "love_as_noun", "makes_so", "needs_what", "runs_department"]

#: Where a department's name ends after "run" ("marketing for a startup", "HR, mostly").
_DEPARTMENT_END = lazy(r"\s+(?:for|at|in|with|and|here|now)\b|[,.!?;]", re.I)

#: "(you) make life's struggles more bearable", "makes everything better", "make the place feel like home": making
#: something so, nothing made for fun
_MAKE_SO = lazy(r"^(?:make|makes)\s+(?:[\w'-]+\s+){1,4}?(?:(?:more|less|so|too|even|much|a\s+lot|a\s+bit|a\s+little|feel|look|seem)\s+"
                r"[a-z]|(?:easier|harder|better|worse|happier|brighter|simpler|lighter|nicer|sweeter|safer|bearable|possible|"
                r"impossible|enjoyable|memorable|special|worthwhile|worth\s+it|happy|easy|fun|complete|whole)\b)", re.I)
#: "(you) make noises when you sleep", "make a fuss", "make fun of him", "make excuses": an idiom, nothing made
_MAKE_IDIOM = lazy(r"^(?:make|makes)\s+(?:(?:such\s+)?(?:a|an|these|those|the|some|all\s+(?:these|those|the|sorts\s+of))\s+)?"
                   r"(?:(?:\w+\s+){0,2}?)(?:noises?|sounds?|faces?|fuss|scene|mess|excuses?|eye\s+contact)"
                   r"(?=\s*(?:$|[,.!?;]|(?:when|whenever|while|at|about|over|of|with|in|on|to|for|and|every|all)\b))|"
                   r"^(?:make|makes)\s+fun\s+of\b", re.I)
#: What follows "love" when "love" is a noun: a verb of which love is the subject ("hope and love exist", "love wins")
#: or the noun of a compound ("love theme", "love story", "love song"); a bare singular noun is no object of "love".
_LOVE_NOUN_AFTER = lazy(r"^(?:exists?|wins|won|conquers|heals|matters|lasts|prevails|remains|hurts|grows|is|was|has|had|will|"
                        r"can|could|should|must|never|always|(?:theme|story|song|letter|language|interest|affair|triangle|note|"
                        r"seat|bug|nest|handle|poem|ballad|scene|potion|lock|child)(?!s))\b", re.I)
#: A chore about the house: "painting the fence", "cleaning the garage", "fixing my roof"
_CHORE = lazy(r"^(?:paint|painting|clean|cleaning|fix|fixing|repair|repairing|tidy|tidying|mow|mowing|scrub|scrubbing|"
              r"organi[sz]e|organi[sz]ing|sweep|sweeping|vacuum|vacuuming|wash|washing|declutter|decluttering)\s+"
              r"(?:up\s+|out\s+)?(?:the|my|our|his|her|their)\s+(?:\w+\s+)?(?:fence|garage|house|home|walls?|room|bedroom|bathroom|"
              r"kitchen|basement|attic|yard|lawn|gutters?|deck|porch|roof|shed|car|windows?|floors?|dishes|apartment|flat|"
              r"place|office|closet|fridge|oven|toilet|driveway|ceiling|door|doors)\b", re.I)


def makes_so(raw: str) -> bool:
    """Whether ``raw`` ("make ...") makes something so, or makes no thing at all, rather than making a thing."""
    return _MAKE_SO.match(raw) is not None or _MAKE_IDIOM.match(raw) is not None


def love_as_noun(raw: str) -> bool:
    """Whether ``raw``, said after "love", shows "love" to be a noun, not the verb of a liking."""
    return _LOVE_NOUN_AFTER.match(raw) is not None


def is_chore(activity: str) -> bool:
    """Whether ``activity`` is a chore about the house, not a pastime."""
    return _CHORE.match(activity) is not None


#: Gerunds of verbs that need what is said, done or given ("saying", "telling", "making"): alone, a piece cut from a
#: longer thing ("good at saying no to mothers"), no skill or pastime.
_NEEDS_WHAT = frozenset("saying telling making getting giving taking putting keeping doing asking letting".split())


def needs_what(thing: str) -> bool:
    """Whether ``thing`` is a bare gerund that needs what is said or done ("saying" of "good at saying no to mothers")."""
    return thing.strip().lower() in _NEEDS_WHAT


def runs_department(raw: str) -> bool:
    """Whether ``raw`` heads a department of a workplace ("run marketing", "runs payroll for the firm")."""
    verb, _, rest = raw.strip().partition(" ")
    department = _DEPARTMENT_END.split(rest)[0].strip()
    return verb.lower() in ("run", "runs") and department.lower() in DEPARTMENTS and department != "it"  # "run it": no IT
