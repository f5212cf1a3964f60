"""Whether a name set after a relative can be that relative's, or is said to someone: "my brother, Ben" names the
brother, but "This is my brother, Mrs. Petrov." and "I have a grandson, Mrs. Brown." speak to Mrs. Petrov and Mrs. Brown.

A title of the other sex than the relative's word ("Mrs.", "Ms.", "Miss" after "brother", "son", "grandson",
"husband"; "Mr." after "sister", "wife", "aunt") is no name of that relative: it calls the one spoken to. A first name
says nothing here: many are given to both sexes ("my girlfriend, Jess", "my sister, Sam").

>>> called_not_named("brother", "Mrs. Petrov"), called_not_named("grandson", "Mrs"), called_not_named("brother", "Ben")
(True, True, False)
>>> called_not_named("cousin", "Mrs. Lee"), called_not_named("girlfriend", "Jess"), called_not_named("wife", "Mr")
(False, False, True)

A name after a relative answering "Who's Sophie?" ("My wife, Tony.") calls the one who asked, when it is not the name
asked about (:func:`called_in_answer`): Sophie is the wife, Tony asked. So does a name closing "She is my cousin, Oonagh."
(:func:`called_after_pronoun`): the cousin is "she", who is the one the turn before named, when it spoke of "she" and
named one other person (:func:`named_she`).
"""

from __future__ import annotations

import re

from ...types import Turn
from ..framework import lazy
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from .lexicon import STOP

__all__ = ["called_after_pronoun", "called_by_many", "called_in_answer", "called_in_request", "called_not_named",
           "named_she", "said_before", "spoken_to"]

#: The title before a surname that tells the sex ("Mrs. Petrov", "Mr Brown").
_TITLE_SEX = lazy(r"^(?:(?P<m>Mr)|(?P<f>Mrs|Ms|Miss))\b\.?", re.I)


def called_not_named(noun: str, name: str) -> bool:
    """Whether ``name``, set after the relative ``noun`` ("my brother, Mrs. Petrov"), bears a title of the other sex
    than the relative: then it calls someone, it does not name the relative."""
    relative = gender_of_noun(noun.split()[-1]) if noun.strip() else None
    titled = _TITLE_SEX.match(name.strip())
    if relative is None or titled is None:
        return False
    return (MALE if titled.group("m") else FEMALE) != relative


#: Relatives nobody calls by a title and a surname ("my mom, Mrs. Okafor" names the one spoken to, in a request).
_CLOSE_KIN = frozenset("mom mum mother mommy dad father daddy parents brother sister son daughter kids grandma grandpa "
                       "grandmother grandfather wife husband".split())
#: A request opening the sentence: "Please don't tell my mom, Ms. Okafor.", "Say hi to your dad, Mr. Lee.".
_REQUEST = lazy(r"^\W*(?:(?:oh|okay|ok|well|so|and|but)\W+)?(?:please\s+)?(?:don'?t|do\s+not|never|tell|call|ask|let|give|"
                r"leave|bring|take|help|say|send|thank|(?:can|could|would|will)\s+you)\b", re.I)
_TITLED = lazy(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+$")


def called_in_request(noun: str, name: str, sentence: str, after: str) -> bool:
    """Whether ``name``, a title and a surname set after a close relative at the end of a request (``sentence`` opens
    it, ``after`` follows the name), is said to the one asked: "Please don't tell my mom, Ms. Okafor." asks Ms. Okafor;
    nobody asks a favour about "my mom, Mrs. Okafor" by her surname. Not an introduction ("This is my mom, Mrs.
    Okafor.") nor a first name ("Call my sister, Jess.").

    >>> called_in_request("mom", "Ms. Okafor", "Please don't tell my mom, ", "."), called_in_request("mom", "Ms. Okafor", "This is my mom, ", ".")
    (True, False)
    >>> called_in_request("sister", "Jess", "Call my sister, ", "."), called_in_request("boss", "Mr. Hale", "Don't call my boss, ", ".")
    (False, False)
    """
    return noun.split()[-1].lower() in _CLOSE_KIN and _TITLED.match(name.strip()) is not None \
        and re.fullmatch(r"\s*[.!?]*\s*", after) is not None and _REQUEST.match(sentence) is not None


#: Relatives said in the plural: one name set after them ("my kids, Nadia.") is nobody's of them.
_MANY = frozenset("kids children parents sons daughters brothers sisters siblings cousins grandkids grandchildren "
                  "grandparents grandsons granddaughters folks nieces nephews twins in-laws stepkids".split())


def called_by_many(noun: str, name: str, after: str) -> bool:
    """Whether ``name``, one name set after relatives said in the plural and closing the sentence (``after`` follows
    it), is said to the one spoken to: "Your sister's kids are also my kids, Nadia." calls Nadia; "my kids, Leo and
    Mia" names them.

    >>> called_by_many("kids", "Nadia", "."), called_by_many("parents", "Ron", " and Edie."), called_by_many("son", "Leo", ".")
    (True, False, False)
    """
    return noun.split()[-1].lower() in _MANY and len(name.split()) <= 2 and re.match(r"\s*[.!?]", after) is not None


#: "Who's Sophie?", "who is Mr. Hale?": a person asked about by name, closing the turn before.
_WHO_ASKED = lazy(r"\b(?i:who(?:'s|’s|\s+is|\s+was))\s+(?P<a>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
                  r"\s*\?+\s*$")


def called_in_answer(name: str, sentence: str, after: str, asked: str) -> bool:
    """Whether ``name``, set after a relative in a sentence of its own answering ``asked`` ("Who's Sophie?" - "My wife,
    Tony."), calls the one who asked: ``sentence`` (the text before "my") is empty, nothing but an end follows the name
    (``after``), and the name asked about shares no word with it ("Who's Jim?" - "My boss, Jim Hale." names the boss).

    >>> called_in_answer("Tony", "", ".", "Who's Sophie?"), called_in_answer("Jim Hale", "", ".", "Who's Jim?")
    (True, False)
    >>> called_in_answer("Tony", "", ".", "Who's that?"), called_in_answer("Tony", "", " is here.", "Who's Sophie?")
    (False, False)
    """
    who = _WHO_ASKED.search(asked) if asked else None
    if who is None or sentence.strip(" ,.!") or re.fullmatch(r"\s*[.!]*\s*", after) is None:
        return False
    asked_words = {w.lower().rstrip(".") for w in who.group("a").split()} - {"mr", "mrs", "ms", "dr"}
    return not asked_words & {w.lower().rstrip(".") for w in name.split()}


#: "She's my", "He is my": the relative is the one spoken of by the pronoun, who opens the sentence.
_PRONOUN_IS = lazy(r"^\W*(?:(?:oh|well|yes|yeah|no|but|and)\W+)?(?P<p>she|he)(?:'s|’s|\s+is|\s+was)\s*$", re.I)
#: A name in the turn before, after its first word: "(Chef, the new dishwasher started.) Ezinne. (She says ...)".
_NAMED_BEFORE = lazy(r"(?<=\s)(?P<n>[A-Z][a-z'’-]+)\b")


#: "Who's that girl?", "Who is he?": the turn before asks who the one spoken of is, and the answer may give her name.
_WHO_IS_THAT = lazy(r"\bwho(?:'s|’s|\s+is|\s+was)\s+(?:that|this|she|he|the)\b", re.I)


def called_after_pronoun(sentence: str, after: str, asked: str = "") -> bool:
    """Whether a name set after a relative that "she" or "he" is said to be, and closing the sentence, calls the one
    spoken to: "She's my wife, Tolly." tells Tolly who she is; the wife is "she", not Tolly. ``sentence`` is the text
    before "my", ``after`` what follows the name. Answering "Who's that girl?" (``asked``, the turn before), "She is
    my niece, Tami." names her.

    >>> called_after_pronoun("She's ", "."), called_after_pronoun("This is ", "."), called_after_pronoun("He's ", " and Mo.")
    (True, False, False)
    >>> called_after_pronoun("She is ", ".", "Who's that girl? She looks lost.")
    False
    """
    return _PRONOUN_IS.match(sentence) is not None and re.fullmatch(r"\s*[.!]*\s*", after) is not None \
        and _WHO_IS_THAT.search(asked) is None


def spoken_to(noun: str, name: str, sentence: str, after: str, asked: str) -> bool:
    """Whether ``name``, set after the relative ``noun`` in ``sentence`` (the words before) and followed by ``after``,
    calls the one spoken to rather than naming the relative, by any of the checks above; ``asked`` is the turn before.

    >>> spoken_to("brother", "Mrs. Petrov", "This is ", ".", ""), spoken_to("brother", "Ben", "This is ", ".", "")
    (True, False)
    """
    return called_not_named(noun, name) or called_in_request(noun, name, sentence, after) \
        or called_by_many(noun, name, after) or called_in_answer(name, sentence, after, asked) \
        or called_after_pronoun(sentence, after, asked)


def named_she(name: str, sentence: str, after: str, asked: str) -> str | None:
    """The one "she" (or "he") is in "She is my cousin, ``name``." (``name`` calls the one spoken to,
    :func:`called_after_pronoun`) when the turn before (``asked``) spoke of the same "she" and named one other person
    only: "Ezinne" for "... Ezinne. She says she's your cousin?".

    >>> named_she("Oonagh", "She is ", ".", "The new girl started today. Ezinne. She says she's your cousin?")
    'Ezinne'
    >>> named_she("Oonagh", "She is ", ".", "Is that Ezinne or Maud? She says she's your cousin?") is None
    True
    >>> named_she("Oonagh", "She is ", ".", "Who's that girl? She looks lost.") is None
    True
    """
    pronoun = _PRONOUN_IS.match(sentence)
    if pronoun is None or not asked or re.fullmatch(r"\s*[.!]*\s*", after) is None:
        return None
    if re.search(rf"\b{pronoun.group('p')}\b", asked, re.I) is None:
        return None
    others = {m.group("n") for m in _NAMED_BEFORE.finditer(asked)} - set(name.split())
    others = {n for n in others if n.lower() not in STOP}
    return others.pop() if len(others) == 1 else None


def said_before(turn: Turn, discourse: Discourse) -> str:
    """The text of the turn before ``turn``, when another speaker said it (else "")."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    return turns[at - 1].text if at and turns[at - 1].speaker != turn.speaker else ""
