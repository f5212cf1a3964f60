"""Recall's analyser reads plain ASCII turns on a fast path (issue 16: the entries made when remembering):
the tokens must be those of the general (Unicode) path, so recall finds the same turns either way."""

from __future__ import annotations

import pytest

from kg_memory.recall.index import tokenize

ASCII_TEXTS = [
    "Melanie: Caroline, it's got to be tough dealing with those changes!",
    "Ann: I moved to London on 3rd May 2023 -- my_flat is 42m2; rock'n'roll, 'quoted', o'clock.",
    "Bob: DON'T forget the 10:30 train (platform 9B)... ok? snake_case and CamelCase words",
    "",
    "  '  _ __ 123_456 a'b'c x''y",
]


@pytest.mark.parametrize("text", ASCII_TEXTS)
def test_ascii_text_gives_the_tokens_of_the_general_pattern(text: str) -> None:
    # the same words in a text that is not ASCII (an accented word added at the end) take the general path
    [plain] = tokenize([text])
    [accented] = tokenize([text + " café"])
    assert accented[-1] == "café" and plain == accented[:-1]


def test_a_batch_mixing_scripts_keeps_each_text_its_own_tokens() -> None:
    texts = ["Ann: I work at Google.", "李雷: 我在Google工作", "Zoë: I love the café near the station."]
    assert tokenize(texts) == [tokenize([t])[0] for t in texts]
    assert "googl" in tokenize(texts)[1] and "工作" in tokenize(texts)[1]


def test_fact_entries_analyse_each_part_once_and_number_terms_as_whole_sentences() -> None:
    """Fact entries tokenize the parts of their sentences (names, relation words, validity) once each,
    kept between batches; terms and new term ids are those of tokenizing each whole sentence."""
    from datetime import datetime

    from kg_memory.recall.index import fact_entries
    from kg_memory.recall.lexical import term_ids
    from kg_memory.recall.sentences import fact_sentence
    from kg_memory.types import Entity, Fact

    names = ["Alice", "张三", "O'Brien", "ΟΔΥΣΣΕΥΣ Σ", "Zoë's cat", "李雷在Google工作", "the", "北京 Beijing",
             "İstanbul", "x_y", "12 Main St.", "Rock'n'roll Club"]
    predicates = ["livesIn", "likes", "http://example.org/ns#favouriteFood", "喜欢"]
    objects: list[object] = [*(Entity(n) for n in names), "blue 蓝色", 42, datetime(2020, 1, 2)]
    facts = [Fact(Entity(names[i % len(names)]), predicates[i % len(predicates)], objects[(i * 7) % len(objects)],
                  valid_from=datetime(2024, 3, 1) if i % 3 else None, valid_to=datetime(2025, 1, 1) if i % 5 == 0 else None)
             for i in range(200)]
    whole: dict[str, int] = {}
    parted: dict[str, int] = {}
    parts: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for start in range(0, len(facts), 60):  # later batches meet parts analysed before
        batch = facts[start:start + 60]
        docs = [fact_sentence(f) for f in batch]
        expected = [term_ids(tokens, whole) for tokens in tokenize(docs)]
        entries = fact_entries(batch, parted, parts)
        assert [e.doc for e in entries] == docs
        assert [e.terms.tolist() for e in entries] == [t.tolist() for t in expected]
        assert list(parted.items()) == list(whole.items())  # the same ids, in the same order
    assert parts  # kept for the next batch
