"""Goals said with a verb and a preposition, read whole: "(I want to) move to Berlin", "(I plan to) get back into
swimming" (the rest of :func:`.activities.goal` would keep "move" or "get back" alone), "(I want to) work as a nurse"
(to become one: "become nurse"). A feeling or a state of the moment is no goal: "(I want to) be happy", "(I just want
to) be left alone", "(I want to) be closer to him", "(I definitely want to) be done" (no "become happy")."""

from __future__ import annotations

import re

from ..framework import lazy
from .objects import clean_object, is_job

__all__ = ["passing_state", "phrased_goal"]

_MOVE_TO = lazy(r"^(?:move|relocate)\s+(?:back\s+)?to\s+(?P<o>.+)", re.I)
#: "work as a nurse", "work as an engineer in the future": the job (not "work as a team", "work as hard as i can")
_WORK_AS = lazy(r"^work\s+as\s+(?:an?|the)\s+(?P<o>.+)", re.I)
#: "get back into swimming", "get into running again", "get back to painting": a pastime taken up (again).
_GET_INTO = lazy(r"^get\s+(?:(?P<back>back)\s+(?:in)?to|into)\s+(?:doing\s+|some\s+|my\s+)?(?P<o>.+)", re.I)

#: "(swimming) this summer", "(painting) again soon": when, not what.
_WHEN = lazy(r"\s+(?:again|soon|someday|eventually|(?:this|next)\s+(?:year|summer|spring|fall|autumn|winter|month|week)|"
             r"at\s+some\s+point|one\s+day)\b.*$", re.I)


def phrased_goal(raw: str) -> str | None:
    """The goal in ``raw`` when a verb and a preposition say it ("move to Berlin"), or None.

    >>> phrased_goal("get back into swimming this summer"), phrased_goal("move to Lisbon"), phrased_goal("travel")
    ('get back into swimming', 'move to Lisbon', None)
    >>> phrased_goal("get back to work"), phrased_goal("get to know her"), phrased_goal("get into it")
    (None, None, None)
    >>> phrased_goal("work as a nurse"), phrased_goal("work as a team")
    ('become nurse', None)
    """
    move = _MOVE_TO.match(raw)
    if move and (where := clean_object(move.group("o"), "place")):  # "i plan to move to Berlin": where, not "move"
        return f"move to {where}"
    into = _GET_INTO.match(raw)
    what = clean_object(_WHEN.sub("", into.group("o")), "activity") if into else None
    if into and what and what.split()[0].lower() not in _NOT_PASTIMES:
        return f"get back into {what.lower()}" if into.group("back") else f"get into {what.lower()}"
    job = _WORK_AS.match(raw)
    title = clean_object(_WHEN.sub("", job.group("o"))) if job else None
    return f"become {title.lower()}" if title and is_job(title.lower()) else None


#: "be happy", "feel so much better", "be left alone", "be closer to him": a feeling or a state of the moment
_PASSING_STATE = lazy(r"^(?:be|feel|become|get)\s+(?:(?:so|very|really|truly|much|just|more|less|a\s+(?:little|bit))\s+)*"
                      r"(?:left\s+)?(?:happy|happier|sad|glad|done|closer|alone|okay|ok|fine|better|ready|free|comfortable|calm|"
                      r"relaxed|safe|loved|heard|understood|appreciated|content|satisfied|at\s+peace)\b", re.I)


def passing_state(raw: str) -> bool:
    """Whether ``raw`` (what one wants, hopes or means to do) is a feeling or a state of the moment, not a goal.

    >>> passing_state("be happy"), passing_state("be left alone"), passing_state("be a happy nurse")
    (True, True, False)
    """
    return _PASSING_STATE.match(raw) is not None


#: "(get back to) work", "(get to) know": no pastime taken up.
_NOT_PASTIMES = frozenset("work school normal bed sleep it that this them you him her me know see".split())
