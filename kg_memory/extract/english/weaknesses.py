"""What the subject does badly or cannot do: "i suck at cooking", "I'm terrible at math", "i'm not very good at
basketball", "i never learned to swim", "i don't know how to drive", "i can't whistle", "i'm not able to skate"
give ``weakness`` (the thing, as ``skill`` gives
what one does well: :mod:`.skills`). The patterns read the verb phrase after a subject (:data:`WEAKNESS_RULES`,
spliced into the verb table of :mod:`.tables`); a thing at hand ("I'm bad at this") or a person ("bad with people" is
kept, "bad at you" is none) is no weakness, and a question or a wish is never read. "cannot" is an inability only
with a craft and nothing of the moment after it: "i can't skate" is one, "i can't drive you home tonight", "i can't
wait" and "you can't swim here" are none.

>>> from kg_memory.extract.rules import RuleExtractor
>>> from kg_memory.types import Turn
>>> def weak(text):
...     return [(f.predicate, f.object.label) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])]
>>> weak("honestly i suck at cooking"), weak("I'm not very good at chess."), weak("I'm bad at this.")
([('weakness', 'cooking')], [('weakness', 'chess')], [])
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from .judged_doers import NOT_GOOD_DOER, r_not_good_doer
from .lexicon import INSTRUMENTS, LANGUAGES, alts
from .objects import clean_object

__all__ = ["WEAKNESS_RULES"]

_DEGREE = r"(?:(?:really|so|pretty|very|absolutely|just|quite|super|kinda|kind\s+of|a\s+bit|terribly|truly|totally)\s+)*"
#: What one may never have learned ("never learned to swim"; not "never learned to say no")
_ABILITIES = r"swim|drive|cook|dance|ski|skate|ride\s+a\s+bike|sew|knit|type|read\s+music|play\s+an\s+instrument"
#: Crafts one may say one cannot do ("(i cannot) whistle", "play the piano", "ride a horse", "speak french"); a
#: language is the thing one is weak in ("i can't speak german": german)
_CRAFTS = (r"swim|drive|cook|bake|sing|dance|draw|paint|knit|sew|crochet|code|program|ski|snowboard|surf|skate|"
           r"type|juggle|whistle|spell|dive|ride\s+a\s+(?:bike|bicycle|horse|motorcycle)|read\s+music|do\s+math|"
           r"play\s+(?:the\s+|an?\s+)?(?:" + alts(INSTRUMENTS) + r"|chess|golf|tennis|soccer|basketball|baseball|"
           r"football|hockey|cards|poker|an\s+instrument|any\s+instruments?)|"
           r"speak\s+(?P<lang>" + alts(" ".join(sorted(LANGUAGES))) + r")")
#: What may follow the craft in a clause that says one cannot do it: an end, a grade, a joke or an "either"
_CRAFT_END = (r"(?=\s*(?:$|[.!?,;]|(?:(?:very\s+|that\s+|too\s+)?well|at\s+all|either|though|yet|lol|haha\w*|but|or|"
              r"and|even|for\s+the\s+life\s+of\s+me|to\s+save\s+my\s+life|much|properly|anymore)\b))")
#: "cannot" (any spelling: :mod:`..contractions`) right before the craft, said by one who is not "you" or "we"
_CANNOT = r"(?<!\byou\s)(?<!\bwe\s)(?<!\bu\s)\bcannot\s+(?:(?:even|really|just|ever|actually|possibly|still|do)\s+)*"
#: The thing at hand or a person: "(bad at) this", "it", "that", "you", "them"; or one of two just named, which is
#: not read back ("(chess and golf , but i am bad at) the latter")
_AT_HAND = lazy(r"^(?:this|that|it|these|those|them|him|her|you|me|everything|anything|stuff|things|life|the\s+(?:latter|former))\b",
                re.I)
#: "(awful at) it", alone: the activity named before it
_IT = lazy(r"^it$", re.I)
#: A plural thing, which "it" does not mean ("i need piano lessons . i am bad at it": the playing, not the lessons)
_PLURAL = lazy(r"(?<!s)(?<!i)(?<!u)(?<!ic)s$", re.I)
#: Lessons in a craft, whose craft "it" means ("i need knitting lessons . i am bad at it": knitting)
_LESSONS = lazy(r"^(?P<o>[a-z]+(?:\s+[a-z]+)?)\s+(?:lessons|classes)$", re.I)


def _weak(m: re.Match[str], c: Clause) -> bool:
    if c.negated or c.subject.type != "Person":
        return False
    return _add(m.group("o"), c)


def _not_good(m: re.Match[str], c: Clause) -> bool:
    """"i'm not (very) good at X": X is a weakness (the clause is negated; "i'm good at X" is read as a skill)."""
    if not c.negated or c.subject.type != "Person":
        return False
    return _add(m.group("o"), c)


#: "(i do) not speak german well (yet)", "(i) don't cook very well": done, but not well.
_NOT_WELL = lazy(r"\b(?:do\s+not|don't|don’t|does\s+not|doesn't|doesn’t)\s+(?:\w+\s+){1,3}?(?:(?:very|that|too|so)\s+)?well\b", re.I)


def _cannot(m: re.Match[str], c: Clause) -> bool:
    """"i cannot whistle", "i can't play the guitar": the craft (the clause was "cannot" and the craft, nothing more)."""
    if not c.negated or c.subject.type != "Person":
        return False
    craft = re.escape(m.group("o").split()[0])
    if not re.search(_CANNOT + craft + r"\b", c.sentence, re.I) and not _NOT_WELL.search(c.sentence):
        return False  # "i do not skate": not said to be unable ("i do not speak german well yet" is)
    return _add(m.group("lang") or m.group("o"), c)


def _unable(m: re.Match[str], c: Clause) -> bool:
    """"i'm not able to whistle", "i've never been able to dive", "i am unable to swim": the craft."""
    said_not = m.group("un") is None and m.group("no") is None  # "not able to", where "unable" and "no idea" say it
    if c.negated != said_not or c.subject.type != "Person":
        return False
    return _add(m.group("lang") or m.group("o"), c)


def _but_not(m: re.Match[str], c: Clause) -> bool:
    """"i can bake but not cook": what comes after "but not" is done badly, the first well (as "i can bake" says)."""
    if c.negated or c.subject.type != "Person":
        return False
    c.add("skill", Entity(m.group("s").lower(), "Thing"), 0.7)
    return _add(m.group("lang") or m.group("o"), c)


def _add(raw: str, c: Clause) -> bool:
    """Record the weakness ``raw`` names, cut at the end of its phrase ("cooking i need lessons": cooking); "it" is
    the activity just named ("i love to bake but i am awful at it": bake) or the craft of the lessons just named ("i
    need knitting lessons . i am bad at it": knitting), never the thing at hand."""
    raw = re.split(r"\s*(?:[,;.!?]|\bbut\b|\band\s+i\b|\bso\b|\blol\b|\bhaha\w*)|\s+i\s+(?=(?:need|am|have|want|"
                   r"should|guess|think|wish)\b)", raw, maxsplit=1)[0].strip()
    lessons = _LESSONS.match(c.topic.label) if c.topic is not None else None
    topic = clean_object(lessons.group("o"), "activity") if lessons else c.topic.label if c.topic is not None else None
    if topic:  # "i take piano lessons . i am bad at it": bad at piano, not at the learning of it
        topic = re.sub(r"^learning\s+(?:to\s+)?(?=\w)", "", topic)
    if _IT.match(raw) and topic and len(topic.split()) <= 3 and not _PLURAL.search(topic):
        c.add("weakness", Entity(topic, "Thing"), 0.6)
        return True
    if not raw or _AT_HAND.match(raw) or len(raw.split()) > 4:
        return False
    thing = clean_object(raw, "activity")
    if not thing:
        return False
    c.add("weakness", Entity(thing, "Thing"), 0.7)
    return True


WEAKNESS_RULES: list[tuple[str, Rule]] = [
    # "(i) suck at cooking", "(i) really stink at golf"
    (rf"^{_DEGREE}(?:suck|stink)\s+at\s+(?P<o>.+)", _weak),
    # "(i am) terrible at math", "(she's) hopeless with directions"
    (rf"^(?:am|is|are)\s+{_DEGREE}(?:terrible|bad|awful|horrible|hopeless|useless|rubbish|lousy|the\s+worst|no\s+good)\s+"
     r"(?:at|with)\s+(?P<o>.+)", _weak),
    # "(i am) not (very) good at basketball", "(i'm) not great at spelling"
    (rf"^(?:(?:am|is|are)\s+(?:not\s+)?)?{_DEGREE}(?:good|great)\s+at\s+(?P<o>.+)", _not_good),
    # "(i) never learned to swim", "(i) never learned how to drive", "(i) don't know how to swim"
    (rf"^(?:never\s+|not\s+)?(?:learned|learnt|really\s+know|know)\s+(?:how\s+)?to\s+(?P<o>{_ABILITIES})\b\s*(?:[.!,;]|$)",
     _not_good),
    # "(i cannot) whistle", "(i can't) play the piano well", "(i cannot even) speak french"
    (rf"^(?P<o>{_CRAFTS}){_CRAFT_END}", _cannot),
    # "(i am not) able to skate", "(i have never) been able to whistle", "(i am) unable to drive", "have no idea how to swim"
    (rf"^(?:(?:am|is|are|was|were|been|have\s+been|has\s+been)\s+)?(?:(?P<un>unable)|able|(?P<no>have\s+no\s+idea\s+how))"
     rf"\s+to\s+(?P<o>{_CRAFTS}){_CRAFT_END}", _unable),
    # "(i) can sing but not dance": the second, which one cannot do
    (rf"^can\s+(?:(?:also|only|just)\s+)?(?P<s>[a-z]+)\s*,?\s+but\s+not\s+(?P<o>{_CRAFTS}){_CRAFT_END}", _but_not),
    # "(i am) not a (very) good singer", "(he's) not a great driver": the doer's activity
    (NOT_GOOD_DOER, r_not_good_doer),
]
