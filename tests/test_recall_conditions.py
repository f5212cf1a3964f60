"""A question about someone's condition asks for their traits, as one about allergies does: "What condition does
Ann's husband have?" (his trait "celiac" first, not "Ann spouse Ann's husband"), "What illness does Ann's son have?",
"What is Ann's condition?". Before, "condition" was no relation word, and the spouse fact came first."""

from __future__ import annotations

import pytest

from kg_memory import Entity, Fact, Memory
from kg_memory.recall import RecallConfig
from kg_memory.recall.relations import parse_question

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests


@pytest.mark.parametrize(("question", "hops"), [
    ("What condition does Ann's husband have?", ["spouse", "trait"]),
    ("What illness does Ann's son have?", ["child", "trait"]),
    ("What condition does Ann have?", ["trait"]),
    ("What is Ann's condition?", ["trait"]),
])
def test_a_condition_asked_is_a_trait(question: str, hops: list[str]) -> None:
    ask = parse_question(question)
    assert ask is not None and ask.subject == "Ann" and ask.hops == tuple(frozenset({h}) for h in hops), ask


@pytest.mark.parametrize("question", ["What did Ann say?", "Does Ann have a heart condition?"])
def test_no_condition_read_where_none_is_asked_for(question: str) -> None:
    assert parse_question(question) is None


def test_the_spouses_condition_comes_before_the_spouse() -> None:
    ann, husband = Entity("Ann", "Person"), Entity("Ann's husband", "Person")
    facts = [Fact(ann, "spouse", husband), Fact(husband, "trait", "coeliac"), Fact(ann, "livesIn", Entity("Leeds", "Place")),
             Fact(ann, "trait", "left-handed"), Fact(husband, "jobTitle", "plumber")]
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(facts)
        top = memory.recall("What condition does Ann's husband have?", 3)[0]
    assert top.fact is not None and top.fact.object == "coeliac", top
