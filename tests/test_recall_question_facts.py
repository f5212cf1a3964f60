"""Which facts a question brings up: liking questions read as relations, name facts only for questions
about names, and the key-value memory's facts only when they hold the relation asked."""

from __future__ import annotations

import pytest

from kg_memory import Entity, Fact, Memory, Turn
from kg_memory.recall import RecallConfig, Recalled
from kg_memory.recall.relations import asks_name, parse_question

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests


def _turns() -> list[Turn]:
    return [Turn("d1", "1", "Speaker 1", "Rach, are you coming to the party tonight?"),
            Turn("d1", "2", "Speaker 2", "Yes! And I think I really like Joey, he is so sweet."),
            Turn("d1", "3", "Speaker 1", "My sister Monica will be there too."),
            Turn("d1", "4", "Speaker 2", "I can't stand Gunther, he keeps staring at me.")]


def _facts() -> list[Fact]:
    speaker2 = Entity("Speaker 2", "Person")
    return [Fact(speaker2, "alternateName", "Rach"),
            Fact(speaker2, "positiveImpression", Entity("Joey", "Person")),
            Fact(speaker2, "negativeImpression", Entity("Gunther", "Person")),
            Fact(speaker2, "likes", Entity("parties", "Thing")),
            Fact(Entity("Speaker 1", "Person"), "sibling", Entity("Monica", "Person"))]


def _ranked_by(found: list[Recalled], channel: str) -> list[str]:
    """The predicates of the recalled facts the channel ranked."""
    return [r.fact.predicate for r in found if r.fact is not None and any(w.startswith(channel + "#") for w in r.why)]


@pytest.mark.parametrize(("question", "hop"), [
    ("Who does Speaker 2 like?", "positiveImpression"),
    ("Who does Speaker 2 love?", "positiveImpression"),
    ("Speaker 2喜欢谁？", "positiveImpression"),
    ("What does Speaker 2 like?", "likes"),
    ("Speaker 2喜欢什么？", "likes"),
    ("Who does Speaker 2 dislike?", "negativeImpression"),
    ("Who does Speaker 2 hate?", "negativeImpression"),
    ("Speaker 2不喜欢谁？", "negativeImpression"),
    ("Speaker 2讨厌谁？", "negativeImpression"),
])
def test_liking_questions_are_relation_questions_and_the_question_word_picks_person_or_thing(
        question: str, hop: str) -> None:
    ask = parse_question(question)
    assert ask is not None and ask.subject == "Speaker 2" and ask.hops == (frozenset({hop}),), ask


def test_like_as_a_preposition_is_not_liking() -> None:
    assert parse_question("What is Ann's house like?") is None


@pytest.mark.parametrize(("question", "answer"), [
    ("Who does Speaker 2 like?", "Joey"), ("Speaker 2喜欢谁？", "Joey"),
    ("Who does Speaker 2 dislike?", "Gunther"), ("Speaker 2不喜欢谁？", "Gunther"),
])
def test_who_someone_likes_is_answered_from_facts(question: str, answer: str) -> None:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember(_turns())
        memory.add_facts(_facts())
        top = memory.recall(question, 3)[0]
        assert top.fact is not None and getattr(top.fact.object, "label", None) == answer, top
        assert top.why[0] == "answer#1"


def test_a_name_fact_enters_the_graph_list_only_for_questions_about_names() -> None:
    with Memory(recall_config=LEXICAL_ONLY.without("answers", "neural")) as memory:
        memory.remember(_turns())
        memory.add_facts(_facts())
        about_party = _ranked_by(memory.recall("Is Speaker 2 coming to the party?", 10), "graph")
        assert about_party and all(not p.endswith("alternateName") for p in about_party), about_party
        about_name = _ranked_by(memory.recall("What is Speaker 2's nickname?", 10), "graph")
        assert any(p.endswith("alternateName") for p in about_name), about_name


@pytest.mark.parametrize(("question", "expected"), [
    ("What is Speaker 2's nickname?", True), ("What do they call Speaker 2?", True), ("Speaker 2叫什么名字？", True),
    ("Speaker 2的昵称是什么？", True), ("Who does Speaker 2 like?", False), ("Speaker 2喜欢谁？", False),
])
def test_questions_about_names(question: str, expected: bool) -> None:
    assert asks_name(question) is expected


def test_the_key_value_memory_gives_only_facts_of_the_relation_asked() -> None:
    import torch  # noqa: F401  (loaded: a small key-value memory is built at once, not in the background)

    with Memory(recall_config=LEXICAL_ONLY.without("answers")) as memory:
        memory.remember(_turns())
        memory.add_facts(_facts())
        read = _ranked_by(memory.recall("Where does Speaker 2 work?", 10), "neural")
        assert read == [], read  # nobody works anywhere: attention's nearest facts are not answers
        read = _ranked_by(memory.recall("Who does Speaker 2 like?", 10), "neural")
        assert read and all(p.endswith("positiveImpression") for p in read), read
