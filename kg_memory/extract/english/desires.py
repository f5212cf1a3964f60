"""English statements of what the speaker would like to become or do: "i would love to be a chef", "my
dream is to become a nurse", "my dream job is fashion designer", "i dream of being a vet", "i am in school to
be a teacher", "i would love to live in rome".

"Would" makes a clause hypothetical and the rules drop it ("i would love to live in rome" says nothing of
where one lives); "i would like to be a nurse" is how people state the job they want, read here as a goal
when what follows is a job, and "i would love to live in rome" the place they want to live (the goal
"live in rome"). A question ("would you like to ...?"), a condition
("if i won, i would love to travel") or a refusal ("i would not like to be a nurse") gives nothing, and a
goal of the moment ("i would love to meet you") is left out by :func:`.activities.goal`.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "i would love to be a chef")
>>> state = TurnState()
>>> scan_desires("i would love to be a chef", turn, Discourse([turn]), state)
True
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'goal', 'become chef')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Clause, lazy
from ..pronouns import Discourse
from .activities import goal
from .mentions import TurnState
from .objects import clean_object, is_job
from .segment import CONDITIONAL, FILLER

__all__ = ["scan_desires"]

#: "i would love to be a chef", "i'd really like to become a nurse", "would love to work as a vet" (contractions are
#: expanded before this runs)
_WOULD_LIKE = lazy(
    r"^(?:(?:i|we)\s+)?would\s+(?:(?:really|very\s+much|so|also|one\s+day|someday|eventually)\s+)*(?:like|love)\s+to\s+"
    r"(?:(?:one\s+day|some\s*day|eventually)\s+)?"
    r"(?:(?:move|go)\s+to\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){1,3}?and\s+)?"
    r"(?:(?P<o>(?:be|become|work\s+as)\s+(?:an?\s+|the\s+)?(?P<job>.+))"
    r"|(?P<live>(?:live|move)\s+(?:in|to)\s+(?P<place>[\w'-]+(?:\s+[\w'-]+){0,2}?)"
    r"(?:\s+(?:some\s*day|one\s+day|too|as\s+well|someday))?\s*[.!]*$))",
    re.I,
)
#: "i dream of being a veterinarian", "i have a dream of becoming a museum curator", "i have always dreamed of being
#: a pilot", "i still dream of being an astronaut", "i have a dream to be a tailor", "i dream to someday be a singer"
_DREAM_OF = lazy(
    r"^(?:i|we)\s+(?:(?:still\s+)?(?:have|had)\s+(?:always\s+)?(?:had\s+)?(?:a|this)\s+dream"
    r"|(?:(?:have|had)\s+)?(?:(?:always|often|still|long|also)\s+)*(?:dream|dreamed|dreamt|am\s+dreaming|been\s+dreaming))"
    r"\s+(?:(?:of|about)\s+(?=being\s|becoming\s)|to\s+(?:(?:some\s*day|one\s+day)\s+)?(?=be\s|become\s))"
    r"(?P<o>\w+\s+(?:an?\s+|the\s+)?(?P<job>.+))",
    re.I,
)
#: "being a lawyer is my dream", "becoming a nurse has always been my goal", "it is my dream to be a chef", also after a
#: comma ("i am well , being a vet is my dream")
_IS_MY_DREAM = lazy(
    r"(?:^|,\s*)(?:(?P<o>(?:being|becoming)\s+(?:an?\s+|the\s+)?(?P<job>.+?))\s+(?:is|has\s+always\s+been|was\s+always)"
    r"\s+my\s+(?:(?:biggest|big|one|only|life\s*long|lifelong|real)\s+)?(?:dream|goal|ambition)"
    r"|it\s+(?:is|has\s+always\s+been)\s+my\s+(?:(?:biggest|big|one|only|life\s*long|lifelong|real)\s+)?(?:dream|goal|ambition)"
    r"\s+to\s+(?P<o2>(?:be|become)\s+(?:an?\s+|the\s+)?(?P<job2>.+)))\s*[.!]*$",
    re.I,
)
#: "i am in school to be a music teacher", "i am going to college to become a nurse", "looking to be a lawyer", "i am
#: taking classes to become a nurse", "i aspire to be a chef", "i am wanting to be a pilot", "hope to be a vet" (said
#: with no subject, at the start of the clause)
_STUDY_TO_BE = lazy(
    r"^(?:(?:i|we)\s+(?:am|are)\s+|(?:am|still)\s+|(?:i|we)\s+(?=aspire\s))?(?:(?:still|currently|now|back|really)\s+)*"
    r"(?:(?:in|at|going\s+to|attending)\s+"
    r"(?:\w+\s+){0,2}?(?:school|college|university|uni|classes)(?:\s*,?\s*(?:and\s+)?(?:looking|hoping|trying|studying))?"
    r"|studying|training|looking|hope|hoping|working\s+hard|saving\s+up|aspire|aspiring|wanting"
    r"|taking\s+(?:\w+\s+)?(?:classes|courses|lessons))\s+"
    r"(?:to|so\s+(?:that\s+)?i\s+can|in\s+order\s+to)\s+(?P<o>(?:be|become)\s+(?:an?\s+|the\s+)?(?P<job>.+))",
    re.I,
)
#: "my dream is to become a nurse", "my dream job is fashion designer", "my goal is to travel"
_MY_DREAM = lazy(
    r"\bmy\s+(?:(?:biggest|big|one|only|life\s*long|lifelong|childhood|ultimate|real)\s+)?(?P<k>dream|goal|ambition|aspiration)"
    r"(?:\s+(?P<career>job|career))?\s+(?:is|was\s+always|has\s+always\s+been)\s+(?:to\s+)?(?P<o>.+)",
    re.I,
)
#: "my plan is to work as a nurse", "the plan is to become a lawyer": a job planned (not "my plan is to stay in tonight")
_MY_PLAN = lazy(r"^(?:my|the|our)\s+(?:(?:main|big|only|future|career|long\s+term|real)\s+)?plan\s+(?:is|was)\s+to\s+"
                r"(?:(?:one\s+day|some\s*day|eventually|still)\s+)?(?P<o>(?:be|become|work\s+as)\s+(?:an?\s+|the\s+)?(?P<job>.+))", re.I)
_NEGATED = lazy(r"\b(?:not|never|no)\b", re.I)
#: "(a journalist) one day", "(a nurse) after college": when, not what, is wished for
_LATER = lazy(r"\s+(?:one\s+day|some\s*day|soon|eventually|in\s+the\s+future|when\s+i\s+grow\s+up|after\s+(?:school|college|graduation)|"
              r"in\s+a\s+few\s+years)\b.*$", re.I)
#: "i would love to live there": no place named
_NOT_A_PLACE = frozenset("there here it that this one them somewhere anywhere everywhere".split())


def scan_desires(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> bool:
    """Record the goal ``clause`` states with "would like to" or "my dream is"; True when it stated one."""
    body = FILLER.sub("", clause).strip()
    low = body.lower()
    if not ("would" in low or "my " in low or "dream" in low or " be" in low or "plan" in low) or CONDITIONAL.search(body) or body.endswith("?"):
        return False
    m = _WOULD_LIKE.match(body) or _MY_DREAM.search(body) or _DREAM_OF.match(body) or _STUDY_TO_BE.match(body) \
        or _MY_PLAN.match(body)
    if m is None and (m := _IS_MY_DREAM.search(body)) is not None:
        return _job_dreamed(m.group("o") or m.group("o2"), m.group("job") or m.group("job2"), turn, discourse, state, clause)
    start = m.start("o") if m is not None and m.group("o") else m.start("live") if m is not None else 0
    if m is None or _NEGATED.search(body, 0, start) or _NEGATED.match(m.group("o") or ""):
        return False  # "my dream is not to be a nurse" (a "not" further on is no refusal: "a nurse, not a cashier")
    raw = m.group("o")
    if raw is None:  # "i would love to live in rome": where the speaker wants to live, not where they live
        place = clean_object(m.group("place"))
        if not place or place.lower() in _NOT_A_PLACE:
            return False
        c = Clause(turn=turn, subject=discourse.speaker(turn), discourse=discourse, sentence=clause)
        c.add("goal", Entity(f"live in {place}", "Thing"), 0.6)
        state.collect(c.out)
        return True
    if m.re is _DREAM_OF.compiled:
        return _job_dreamed(raw, m.group("job"), turn, discourse, state, clause)
    if m.re is _MY_DREAM.compiled:
        if m.group("career") and not raw.lower().startswith(("be ", "become ")):
            raw = "become " + raw  # "my dream job is fashion designer": to become one
    else:
        job = clean_object(_LATER.sub("", m.group("job")))
        if not job or not is_job(job):
            return False  # "i would love to be there", "i would like to be a dog": no career wished for
    c = Clause(turn=turn, subject=discourse.speaker(turn), discourse=discourse, sentence=clause,
               weight=0.9 if low.startswith("we") else 1.0)
    if not goal(raw, c):
        return False
    state.collect(c.out)
    return True


def _job_dreamed(raw: str, job: str, turn: Turn, discourse: Discourse, state: TurnState, clause: str) -> bool:
    """The goal to become the job dreamed of ("being a vet", "be a chef"), when ``job`` names one."""
    dreamed = clean_object(_LATER.sub("", job))
    if not dreamed or not is_job(dreamed):
        return False  # "being a mom is my dream", "i dream of being rich": no career
    c = Clause(turn=turn, subject=discourse.speaker(turn), discourse=discourse, sentence=clause,
               weight=0.9 if clause.lower().startswith("we") else 1.0)
    if not goal("become " + raw.split(None, 1)[1], c):
        return False
    state.collect(c.out)
    return True
