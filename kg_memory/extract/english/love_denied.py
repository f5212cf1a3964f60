"""A denial of love for a person: "I do not love Dana", "I don't love her", "I never loved him". It says the speaker
is not in love, often to answer a question or a rumour ("Do you love him?" - "I don't love him."), which is no stated
dislike of that person. A denial of love for a thing ("I do not love my job", "I don't love spinach") is read as a
dislike, as people mean it (:func:`~.activities.likes`); only a person loved no more is left out here.

The person is a known first name (``data/first_names.tsv``, read by :func:`~..pronouns.gender_of_name`), with a
surname or not, or a personal pronoun, that ends the object ("I don't love Dana's cooking" is a thing).

>>> denies_love("love", "Dana"), denies_love("loved", "Dana Smith anymore"), denies_love("love", "Dana like that")
(True, True, True)
>>> denies_love("love", "my job"), denies_love("like", "Dana"), denies_love("love", "Dana's cooking")
(False, False, False)
"""

from __future__ import annotations

from ..framework import lazy
from ..pronouns import gender_of_name

__all__ = ["denies_love"]

#: The person loved, and nothing after but "anymore", "at all", "like that", "that way"...: "Dana", "Dana Smith", "her".
_PERSON = lazy(r"^(?:(?P<pron>him|her|you|them)|(?P<name>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?))"
               r"(?:\s+(?:anymore|any\s+more|at\s+all|really|either|now|yet|enough|like\s+that|that\s+way|"
               r"(?:in\s+)?the\s+same\s+way))*\s*[.!?,;]?$")


def denies_love(verb: str, raw: str) -> bool:
    """Whether "not ``verb`` ``raw``" denies love of a person (module docstring): the verb is "love" or "adore"."""
    if not verb.lower().startswith(("lov", "ador")):
        return False
    m = _PERSON.match(raw.strip())
    if m is None:
        return False
    return bool(m.group("pron")) or gender_of_name(m.group("name")) is not None

