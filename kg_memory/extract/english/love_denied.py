"""A denial of love for a person: "I do not love Dana", "I don't love her", "I never loved him". It says the speaker
is not in love, often to answer a question or a rumour ("Do you love him?" - "I don't love him."), which is no stated
dislike of that person. A denial of love for a thing ("I do not love my job", "I don't love spinach") is read as a
dislike, as people mean it (:func:`~.activities.likes`); only a person loved no more is left out here.

The person is a known first name (``data/first_names.tsv``, read by :func:`~..pronouns.gender_of_name`), with a
surname or not, or a personal pronoun, that ends the object ("I don't love Dana's cooking" is a thing). A name given
to men and women alike is not in that table; it is a person too when the turn before, by another speaker, asked after
it as a partner ("Are you in love with Kim?", "So you and Kim are dating?", "Is Kim your girlfriend?" - "I don't love
Kim.").

>>> denies_love("love", "Dana"), denies_love("loved", "Dana Smith anymore"), denies_love("love", "Dana like that")
(True, True, True)
>>> denies_love("love", "my job"), denies_love("like", "Dana"), denies_love("love", "Dana's cooking")
(False, False, False)
"""

from __future__ import annotations

import re

from ...types import Turn
from ..framework import lazy
from ..pronouns import Discourse, gender_of_name

__all__ = ["denies_love"]

#: The person loved, and nothing after but "anymore", "at all", "like that", "that way"...: "Dana", "Dana Smith", "her".
_PERSON = lazy(r"^(?:(?P<pron>him|her|you|them)|(?P<name>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?))"
               r"(?:\s+(?:anymore|any\s+more|at\s+all|really|either|now|yet|enough|like\s+that|that\s+way|"
               r"(?:in\s+)?the\s+same\s+way))*\s*[.!?,;]?$")
#: A partner cue said of a name in the turn before: "in love with", "dating", "seeing", "girlfriend", "kissed".
_PARTNER_CUE = lazy(r"\b(?:in\s+love|love|loves|dating|date|seeing|going\s+out|together|kissed|kissing|crush|"
                    r"boyfriend|girlfriend|married|marry|engaged)\b", re.I)


def denies_love(verb: str, raw: str, turn: Turn | None = None, discourse: Discourse | None = None) -> bool:
    """Whether "not ``verb`` ``raw``" denies love of a person (module docstring): the verb is "love" or "adore"; the
    ``turn`` said in ``discourse`` gives the turn before, for a name the table does not know."""
    if not verb.lower().startswith(("lov", "ador")):
        return False
    m = _PERSON.match(raw.strip())
    if m is None:
        return False
    if m.group("pron") or gender_of_name(m.group("name")) is not None:
        return True
    return turn is not None and discourse is not None and _asked_as_partner(m.group("name"), turn, discourse)


def _asked_as_partner(name: str, turn: Turn, discourse: Discourse) -> bool:
    """Whether the turn before ``turn``, by another speaker, names ``name`` with a partner cue ("Is Kim your
    girlfriend?")."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if not at or turns[at - 1].speaker == turn.speaker:
        return False
    before = turns[at - 1].text
    return re.search(rf"(?<![\w']){re.escape(name)}(?![\w'])", before) is not None and bool(_PARTNER_CUE.search(before))

