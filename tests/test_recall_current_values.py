"""A value that holds now ranks above the values it replaced (:func:`kg_memory.recall.fusion.prefer_current`),
but an attribute with several values at once (hobbies, pets, friends) is a set, not a changed value: a
question about one of them ("What does Ann think of chess?") does not lift all the others that hold too."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from kg_memory import Entity, Fact, Memory
from kg_memory.recall import RecallConfig
from kg_memory.recall.fusion import prefer_current
from kg_memory.recall.index import RecallIndex

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")


def _top(facts: list[Fact], question: str, k: int = 3) -> list[str]:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(facts)
        return [str(getattr(r.fact.object, "label", r.fact.object)) for r in memory.recall(question, k) if r.fact]


def test_a_hobby_asked_about_does_not_lift_the_other_hobbies() -> None:
    ann = Entity("Ann", "Person")
    facts = [Fact(ann, "hobby", "knitting", valid_from=datetime(2020, 1, 1), valid_to=datetime(2022, 1, 1)),
             Fact(ann, "hobby", "hiking", valid_from=datetime(2022, 3, 1)),
             Fact(ann, "hobby", "chess", valid_from=datetime(2022, 6, 1)),
             Fact(ann, "livesIn", Entity("Paris", "Place"), valid_from=datetime(2019, 1, 1), valid_to=datetime(2022, 1, 1)),
             Fact(ann, "livesIn", Entity("Lyon", "Place"), valid_from=datetime(2022, 1, 1))]
    index = RecallIndex([], facts)
    # chess and Paris matched the question: the home that holds takes Paris's place, hiking stays where it was
    _, score = prefer_current(index, np.zeros(0), np.array([0.0, 0.0, 0.5, 0.4, 0.0]), past=False, at=None, why={})
    assert score[1] == 0.0 and score[2] == 0.5 and score[4] > score[3] == 0.4


def test_a_home_that_holds_still_comes_before_the_one_it_replaced() -> None:
    ann = Entity("Ann", "Person")
    facts = [Fact(ann, "livesIn", Entity("Paris", "Place"), valid_from=datetime(2019, 1, 1), valid_to=datetime(2022, 1, 1)),
             Fact(ann, "livesIn", Entity("Lyon", "Place"), valid_from=datetime(2022, 1, 1))]
    assert _top(facts, "Does Ann still live in Paris?")[0] == "Lyon"
