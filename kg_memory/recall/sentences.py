"""Facts as the short sentences recall ranks and prompts show: "Alice lives in Paris (since 2024-03-01)".

The subject, the predicate's words and the object, then the validity; a closed fact reads as the past
("Alice lived in Rome (until 2024-03-01)", "Alice former spouse Bo").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ..types import Entity, Fact, MonthDay

__all__ = ["fact_sentence", "sentence_parts"]

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def fact_sentence(fact: Fact) -> str:
    """A fact as a short sentence with its validity.

    >>> from kg_memory.types import Entity
    >>> fact_sentence(Fact(Entity("Alice"), "livesIn", Entity("Paris"), valid_from=datetime(2024, 3, 1)))
    'Alice lives in Paris (since 2024-03-01)'
    >>> fact_sentence(Fact(Entity("Alice"), "livesIn", Entity("Rome"), valid_to=datetime(2024, 3, 1)))
    'Alice lived in Rome (until 2024-03-01)'
    >>> day = datetime(2024, 3, 1)  # closed the day it began: a later move told as earlier
    >>> fact_sentence(Fact(Entity("Alice"), "worksFor", Entity("Acme"), valid_from=day, valid_to=day))
    'Alice worked for Acme (until 2024-03-01)'
    """
    return " ".join(sentence_parts(fact))


def sentence_parts(fact: Fact) -> tuple[str, ...]:
    """The words of :func:`fact_sentence` between its spaces: subject, verb, object, and the validity."""
    obj = fact.object.label if isinstance(fact.object, Entity) else _show(fact.object)
    verb = _CAMEL.sub(" ", fact.predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1]).lower()
    if fact.valid_to is not None:  # a closed fact reads as the past: "Ann lived in Porto", "Ann former spouse Bo"
        first, _, rest = verb.partition(" ")
        verb = (f"{_PAST[first]} {rest}".rstrip() if first in _PAST
                else verb if first.endswith("ed") else f"former {verb}")
    when = []
    if fact.occurred_at is not None and (fact.valid_from is None or _show(fact.occurred_at) != _show(fact.valid_from)):
        when.append(f"on {_show(fact.occurred_at)}")
    if fact.valid_from is not None and (fact.valid_to is None or _show(fact.valid_to) != _show(fact.valid_from)):
        when.append(f"since {_show(fact.valid_from)}")  # not "since May 1, until May 1": closed the day it was told
    if fact.valid_to is not None:
        when.append(f"until {_show(fact.valid_to)}")
    return (fact.subject.label, verb, obj, f"({', '.join(when)})") if when else (fact.subject.label, verb, obj)


#: The past of the verbs predicates' names begin with (``livesIn``: "lives in", "lived in").
_PAST = {"lives": "lived", "works": "worked", "studies": "studied", "likes": "liked", "dislikes": "disliked",
         "owns": "owned", "speaks": "spoke", "knows": "knew", "has": "had"}


def _show(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, MonthDay):  # a birthday: "May 5", as a person says it
        return value.spoken()
    return str(value)
