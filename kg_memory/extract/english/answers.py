"""English yes-answers: "do you like sushi? i do" states that the speaker likes sushi.

:func:`asked_about` reads what a question asks the addressee about ("do you play chess?" -> a hobby,
chess); :func:`answers_yes` tells whether a sentence is a bare "I do" that answers it. A bare "i do
not" answers a question of liking ("do you like science? i do not": the speaker dislikes science, see
:func:`answers_no`); one that says more ("i do, but only on sundays") is left to the other rules.

>>> asked_about("do you like sushi?")
('likes', 'sushi')
>>> answers_yes("yes i do !"), answers_yes("i do not")
(True, False)
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import lazy
from .lexicon import KIN, PET
from .objects import clean_object

__all__ = ["answers_no", "answers_yes", "asked_about", "comma_asked", "counted_before", "counted_pets", "restated"]

_ASKED = lazy(
    r"(?:^|\b(?:do|does)\s+)(?:you|u)\s+(?:(?:also|ever|still|even|really)\s+)?(?P<v>like|love|enjoy|play|eat|drink|watch|"
    r"read|listen\s+to|collect|practice|do)\s+(?P<o>[^?.!,]+?)\s*\?",
    re.I,
)
_ANSWER = lazy(
    r"^(?:(?:yes|yeah|yep|yup|oh|well|sure|of\s+course|absolutely|definitely)[\s,!.]*)*i\s+"
    r"(?:(?:sure|really|also|definitely|totally|certainly|absolutely|actually|still)\s+)?do"
    r"(?:\s+(?:too|as\s+well|also|a\s+lot|very\s+much|indeed))?\s*[.!]*$",
    re.I,
)
_NO_ANSWER = lazy(
    r"^(?:(?:no|nope|nah|well|sadly|honestly|actually)[\s,!.]*)*i\s+(?:(?:really|just|actually|definitely|certainly)\s+)?"
    r"(?:do\s+not|don't|dont)(?:\s+(?:really|at\s+all|either|much))?\s*[.!]*$",
    re.I,
)
#: The predicate a yes states, by the question's verb.
_PREDICATE = {"play": "hobby", "collect": "hobby", "practice": "hobby", "do": "hobby"}
_NOT_TOPICS = frozenset("it that this them so anything something what too".split())


def asked_about(question: str) -> tuple[str, str] | None:
    """(predicate, thing) that a yes to ``question`` would state, or None."""
    m = _ASKED.search(question) if "you" in question.lower() or " u " in f" {question.lower()} " else None
    if m is None:
        return None
    verb = m.group("v").lower()
    thing = clean_object(m.group("o"), "activity" if m.group("o").lower().startswith("to ") else "np")
    if thing is None or thing.split()[0].lower() in _NOT_TOPICS:
        return None
    return _PREDICATE.get(verb, "likes"), thing


def answers_yes(sentence: str) -> bool:
    """Whether ``sentence`` is a bare yes in the first person ("i do", "yes i sure do!")."""
    return bool(_ANSWER.match(sentence.strip()))


#: "do you like hiking , i sure do": a question asked with a comma for its question mark, then a bare yes or no
#: (a comma after the answer ends it too: "i sure do , maybe we can go together")
_COMMA_ASKED = lazy(
    r"(?P<q>\bdo\s+(?:you|u)\s+[^?.!,]+?)\s*,\s*(?P<a>(?:(?:yes|yeah|yep|yup|no|nope|oh|well|sure)[\s,!.]*)*i\s+"
    r"(?:(?:sure|really|also|definitely|totally|certainly|absolutely|actually|still)\s+)?do(?:\s+(?:not(?:\s+(?:really|"
    r"at\s+all|either|much))?|too|as\s+well|also|a\s+lot|very\s+much|indeed))?)\s*(?:,|(?=[.!]|$))",
    re.I,
)


def comma_asked(text: str) -> str:
    """``text`` with the question mark back where a comma stands for it before a bare answer, so that the answer is
    read as one ("do you like sushi? i do").

    >>> comma_asked("do you like hiking , i sure do")
    'do you like hiking ? i sure do'
    >>> comma_asked("do you like hiking , i do not know"), comma_asked("do you ski , i do , every winter")
    ('do you like hiking , i do not know', 'do you ski ? i do . every winter')
    """
    if "," not in text:
        return text
    return _COMMA_ASKED.sub(lambda m: f"{m.group('q')} ? {m.group('a')}{' .' if m.group(0).endswith(',') else ''}", text)


def answers_no(sentence: str) -> bool:
    """Whether ``sentence`` is a bare no in the first person ("i do not", "nope , i really don't").

    >>> answers_no("i do not"), answers_no("i do not know"), answers_no("yes i do")
    (True, False, False)
    """
    return bool(_NO_ANSWER.match(sentence.strip()))


#: "do you have any tattoos?", "are you a student?", "are you married?": a question that a bare "i do", "i have
#: three" or "i am" answers, with what it asks about (one or two words)
_ASKED_HAVE = lazy(r"^(?:(?:so|and|well|oh|hi|hello|hey)[\s,]+)*(?:do|have)\s+(?:you|u)\s+(?:have|own|got)\s+(?:any\s+)?"
                   r"(?P<x>[a-z]+(?:\s+[a-z]+)?)\s*\?+$", re.I)
_ASKED_BE = lazy(r"^(?:(?:so|and|well|oh|hi|hello|hey)[\s,]+)*are\s+(?:you|u)\s+(?P<a>(?:a|an)\s+)?"
                 r"(?P<x>[a-z]+(?:\s+[a-z]+)?)\s*\?+$", re.I)
_ANSWER_HAVE = lazy(r"^(?P<lead>(?:(?:yes|yeah|yep|yup|oh|well|sure)[\s,!.]*)*)i\s+(?:do|have)"
                    r"(?P<n>\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+few|several|some|a\s+couple))?"
                    r"(?:\s+(?:myself|actually|too|as\s+well))?\s*(?P<rest>$|[.!,].*|and\b.*|but\b.*)", re.I)
_ANSWER_BE = lazy(r"^(?P<lead>(?:(?:yes|yeah|yep|yup|oh|well|sure)[\s,!.]*)*)i\s+am(?:\s+(?:too|as\s+well))?"
                  r"\s*(?P<rest>$|[.!,].*|because\b.*|and\b.*|but\b.*)", re.I)
#: what a bare "are you X?" cannot ask about the answerer's profile: how one is, where one is, what one does now
_NOT_ASKED_BE = frozenset("ok okay good well fine alright there here home sure serious kidding done ready busy free "
                          "still also really going doing working coming from into in at".split())


def restated(question: str, answer: str) -> str | None:
    """``answer`` said in full when it is a bare yes to ``question``: "do you have any tattoos?" + "i have two" ->
    "i have two tattoos"; "are you a student?" + "i am ." -> "i am a student ."; None otherwise.

    >>> restated("do you have any kids?", "i have two .")
    'i have two kids .'
    >>> restated("are you married?", "i am , with three kids .")
    'i am married , with three kids .'
    >>> restated("are you married?", "i am not .") is None
    True
    """
    have, be = _ASKED_HAVE.match(question.strip()), _ASKED_BE.match(question.strip())
    if have is not None and (said := _ANSWER_HAVE.match(answer.strip())) is not None:
        count = f"{said.group('n').strip()} " if said.group("n") else ""
        return f"{said.group('lead')}i have {count}{have.group('x')} {said.group('rest')}".strip()
    if be is not None and be.group("x").split()[0].lower() not in _NOT_ASKED_BE \
            and (said := _ANSWER_BE.match(answer.strip())) is not None:
        return f"{said.group('lead')}i am {be.group('a') or ''}{be.group('x')} {said.group('rest')}".strip()
    return None


_COUNT = lazy(r"^(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few|a\s+couple)(?:\s+of\s+them)?"
              r"\s*(?:$|[.!,;]|now\b|too\b|myself\b|at\s+home\b|and\b|actually\b|lol\b|haha\b)", re.I)
_PET_KIND = lazy(rf"(?:{PET})", re.I)
#: a kind of pets or a relative named in the turn before a bare count ("cats and pizza . i have five of them")
_PETS_NAMED = lazy(rf"\b(?:{PET})(?![\w'-])", re.I)
_SENTENCE_END = lazy(r"[.!?]")
_KIN_NAMED = lazy(rf"\b(?:{KIN})(?![\w'-])", re.I)


def counted_pets(have: str, topic: Entity | None, said_before: str = "") -> str | None:
    """The pets a bare count after "have" means when the thing just named is a kind of pet ("do you like dogs? i
    have three", "i love cats and have five of them"), or else the last kind of pets that the turn named before it
    (``said_before``), with no relatives named after them ("cats and pizza . i have five of them", "they love dogs , i
    have 2"; not "my dogs love kids . i have three"): "three dogs"; None otherwise.

    >>> counted_pets("three .", Entity("dogs", "Thing")), counted_pets("three .", Entity("cars", "Thing"))
    ('three dogs', None)
    >>> counted_pets("five of them .", Entity("pizza", "Thing"), "cats and pizza . lol i have ")
    'five cats'
    >>> counted_pets("three .", None, "my dogs love kids . i have ")
    """
    m = _COUNT.match(have)
    if m is not None and (topic is None or not _PET_KIND.fullmatch(topic.label)):
        kinds = list(_PETS_NAMED.finditer(said_before))  # the last kind, plural: not "the dogs, cat (, i have three)"
        last = kinds[-1].group(0) if kinds and kinds[-1].group(0).lower().endswith("s") else ""
        if len(kinds) > 1 and kinds[-2].group(0).lower() != last.lower() \
                and not _SENTENCE_END.search(said_before, kinds[-2].end(), kinds[-1].start()):
            last = ""  # "dogs and cats , i have 2", "the rabbits , cat , and goats ? i have three": of which kind?
        topic = Entity(last, "Thing") if last and not _KIN_NAMED.search(said_before, kinds[-1].end()) else None
    if m is None or topic is None or not _PET_KIND.fullmatch(topic.label):
        return None
    at = said_before.lower().rfind(topic.label.lower())
    if at >= 0 and _KIN_NAMED.search(said_before, at + len(topic.label)):
        return None  # "we love dogs and have 2 kids . i have three": the count may be of the kids
    number = m.group("num").lower()
    return topic.label.lower() if number in ("one", "1", "several") else f"{number} {topic.label.lower()}"


_HAVE_COUNT = lazy(r"\bhave\s+(?P<n>\w+)", re.I)
_WORD = lazy(r"\w+")


def counted_before(text: str, have: str) -> str:
    """What ``text`` says before the "have" that the bare count ``have`` follows ("cats ! i have 3 of them": "cats ! i
    "), or nothing when it is not found.

    >>> counted_before("i only have two . i have dogs too", "two .")
    'i only '
    """
    first = m.group(0).lower() if (m := _WORD.match(have.strip())) else ""
    for m in _HAVE_COUNT.finditer(text):
        if m.group("n").lower() == first:
            return text[:m.start()]
    return ""
