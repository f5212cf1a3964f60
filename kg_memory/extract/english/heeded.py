"""Whom one listens to, as against what: "He listens to his mother.", "Tariq only listens to Tariq." - "listen to" a
person is heeding them, no liking (:func:`.activities.r_listen` reads "I listen to jazz" as liked).

It reads the object that "listen to" takes: a word of kin or of a bond ("his mother", "my boss", "your dad": the
words of :data:`.lexicon.KIN_PREDICATE`), or a lone known first name that the conversation also speaks of elsewhere
("Tariq's the only one he's scared of", in that turn or another), not a singer named only there ("I listen to Adele
on the train.").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "A", "He listens to Tariq because Tariq is scarier."), Turn("c", "2", "B", "I listen to Adele.")]
>>> heeded("Tariq", ts[0], Discourse(ts)), heeded("mother", ts[0], Discourse(ts)), heeded("Adele", ts[1], Discourse(ts))
(True, True, False)
"""

from __future__ import annotations

import re

from ...types import Turn
from ..pronouns import Discourse, gender_of_name
from .lexicon import KIN_PREDICATE

__all__ = ["heeded"]


def heeded(obj: str, turn: Turn, discourse: Discourse) -> bool:
    """Whether ``obj``, what ``turn`` says someone listens to, is a person heeded (a relative, a boss, someone the
    conversation names again), not something liked."""
    words = obj.lower().split()
    if words and words[-1] in KIN_PREDICATE:
        return True
    if len(words) != 1 or gender_of_name(obj) is None:
        return False
    said = re.compile(rf"(?<![\w'-]){re.escape(obj)}(?![\w-])")
    texts = [t.text for t in discourse.conversation(turn)] or [turn.text]
    return sum(len(said.findall(text)) for text in texts) > 1
