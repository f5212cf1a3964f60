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
