"""A name answering a question for someone or something, set beside what the one named is ("Who did Riverdance?" -
"Michael Flatley, Lord of the Dance!", "What scares you most?" - "Michael Flatley, Lord of the Dance!", "Who wrote it?"
- "Nora Ephron, the one who did Sleepless in Seattle."): the name is the one asked for, said of someone, not a call of
the one who asked; so is a name said alone in the first sentences of the answer to "which" or "whose" one ("Which
grandpa?" - "Ansel. The one with the sailboat.", "Whose party?" - "My niece's. Greta."). A whole name given surname first at a desk ("Names?" - "Gutierrez. Alicia.",
:func:`.self_intros.surname_first`) names its speaker and calls nobody either.

>>> names_answer("Names? I need to check you off.", "Gutierrez. Alicia.", {"Gutierrez"})
True
>>> names_answer("What scares him?", "Michael Flatley, Lord of the Dance!", {"Michael Flatley"})
True
>>> names_answer("Who's hungry?", "Joey, grab the plates.", {"Joey"}), names_answer("Who?", "Joey, you want some?", {"Joey"})
(False, False)
>>> names_answer("Are you okay?", "Michael Flatley, Lord of the Dance!", {"Michael Flatley"})
False
>>> names_answer("Which grandpa? The tall one?", "Yes. Ansel. He has a boat.", {"Ansel"})
True
>>> names_answer("Which grandpa?", "Ansel, come here.", {"Ansel"}), names_answer("Which way?", "Ansel!", {"Ansel"})
(False, False)
>>> names_answer("Which one?", "Thunder. He's older than you, Wendell.", {"Thunder", "Wendell"})
False
"""

from __future__ import annotations

import re

from .call_replies import GREETING
from .framework import lazy
from .lang import has_han
from .self_intros import surname_first

__all__ = ["named_alone", "names_answer"]

#: A name opening a turn (after a yes or an "oh"), then a comma and what the one named is: a capitalised title or a
#: noun phrase ("Lord of the Dance", "the guy from the ad", "that actor"), without "you".
_APPOSED = lazy(r"^\W*(?i:(?:oh|um+|uh+|yes|yeah|well|easy|that's\s+easy)\W+)*(?P<n>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
                r"\s*,\s+(?:(?:the|a|an|that|this|his|her|their)\s+|[A-Z][a-z]+(?:\s+(?:of|the|and|[A-Z][\w'-]*))*\s*(?:[.!?…]|$))(?![^.!?]*\b(?i:you(?:r|'re|'ll)?)\b)")


#: A question for someone or something: "Who did it?", "What phenomenon scares him?", "Which actor ...?", "Name ...?"
_ASKS = lazy(r"\b(?i:who|whom|what|which|name)\b[^.!?]*\?+!*\s*$")


#: A short question for which one, or whose ("Which cousin?", "Which one? The tall one?", "Whose party?"), anywhere in
#: the turn.
_WHICH = lazy(r"(?:^|[.!?…]\s+)(?i:which|whose)\b[^.!?…]{0,40}\?")
#: The first two sentences of an answer, closed by a full stop or a pause or ending the turn (not "Ansel!": a call).
_SENTENCES = lazy(r"\s*([^.!?…]+)(?:[.…]+|$)")
#: Words of assent or hesitation before a name said alone ("Yes. Ansel.", "Oh, Ansel.").
_LEAD = lazy(r"^(?i:(?:yes|yeah|yep|oh|um+|uh+|well|no)\b\W*)+")


#: A question for things of a kind ("What other restaurants do you like?", "Which bands ...?"), whose answer names them.
_THINGS_ASKED = lazy(r"\b(?i:what|which)\s+(?:(?i:other|kind\s+of|kinds\s+of|sort\s+of)\s+)?(?i:restaurants?|places|bars|"
                     r"spots|shops|stores|clubs|caf[eé]s|bands|movies|films|shows|books|songs|albums|brands|teams|"
                     r"towns|cities|countries|hotels)\b[^.!?]*\?")
#: An answer opening with a name, a comma and another entry of a list ("Well, Marlowe, 12&4, ...").
_LISTED = lazy(r"^\W*(?i:(?:well|oh|um+|uh+|hmm+|so|let's\s+see)\W+)*(?P<n>[A-Z][\w'’.&-]*)\s*,\s*"
               r"(?!(?i:you|I|we|please|come|look|listen|can|could|would|will|do|don't|are|is)\b)[\w&'’-]+")


def names_answer(question: str, text: str, candidates: set[str]) -> bool:
    """Whether ``text``, said after ``question``, opens with a name of ``candidates`` set beside what its bearer is, as
    an answer to the question gives it, gives a name alone answering "which" or "whose" one, gives the answerer's
    own name surname first, or opens a list of the things of a kind the question asks for.

    >>> names_answer("So what other bars do you like?", "Well, Marlowe, 12&4. Oh, and Bruno.", {"Marlowe", "Bruno"})
    True
    >>> names_answer("So what other bars do you like?", "Marlowe, you know them all.", {"Marlowe"})
    False
    """
    m = _APPOSED.match(text) if _ASKS.search(question) else None
    if m is None and has_han(question):
        from .chinese.relative_asked import name_given  # Chinese only: English never loads the Chinese lexicon

        return name_given(question, text, candidates)  # 叫什么？说不定我认识。 - 方晓雯，戴个眼镜。
    return m is not None and m.group("n") in candidates or surname_first(question, text) is not None \
        or _WHICH.search(question) is not None and _names_alone(text, candidates) \
        or _THINGS_ASKED.search(question) is not None and (listed := _LISTED.match(text)) is not None \
        and listed.group("n") in candidates  # "What bars do you like?" - "Well, Marlowe, Riverside, ...": places


def _names_alone(text: str, candidates: set[str]) -> bool:
    """Whether one of the first two sentences of ``text`` is a name of ``candidates`` alone, after a yes or an "oh"
    ("Yes. Ansel. He has a boat.", "My niece's. Greta."), and the turn says no other name of them: one called there
    ("Thunder. He's older than you, Wendell.") still calls."""
    pos = 0
    for _ in range(2):
        m = _SENTENCES.match(text, pos)
        if m is None or m.end() == pos:
            return False
        name = _LEAD.sub("", m.group(1).strip()).strip(" ,")
        if name in candidates:
            return not any(re.search(rf"(?<![\w'-]){re.escape(other)}(?![\w'-])", text)
                           for other in candidates if other not in name and name not in other)
        pos = m.end()
    return False


#: Thanks, an apology or a goodbye before a name ("Thanks, Ines.", "Sorry, Bruno.", "Bye, Dot!"): a call to the one
#: thanked, never the name a question for someone asks.
_THANKED = lazy(r"^\W*(?:(?:oh|well|aw+)\W+)?(?:thanks|thank\s+you|cheers|sorry|bye|goodbye|see\s+you)\b", re.I)


def named_alone(piece: str, candidates: set[str]) -> bool:
    """Whether the sentence ``piece`` is a name of ``candidates`` alone, after a greeting or a yes ("Ann Lee.", "Oh,
    Maurice."), as the answer to "Who ...?" gives it; not one thanked ("Who wants cheese?" - "Me! Thanks, Ines.").

    >>> named_alone("Oh, Ines", {"Ines"}), named_alone(" Thanks, Ines", {"Ines"})
    (True, False)
    """
    return _THANKED.match(piece) is None and GREETING.sub("", piece.strip()).strip(" ,，") in candidates
