"""那个是我室友可可, 那是我表妹小雨: a relative shown with the name after it (as 这是我室友小雪); 那是我男朋友送的 names
nobody 送的 (a gift, no name); 可可 and 可欣 are names (可是, 可能 open no name)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("那个是我室友可可", ("安娜", "roommate", "可可")),
    ("那是我表妹小雨。", ("安娜", "relative", "小雨")),
    ("那位是我老板王总", ("安娜", "boss", "王总")),
    ("可可是我最好的朋友", ("安娜", "friend", "可可")),
])
def test_a_relative_shown_with_the_name_after_it(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize("line", ["那是我男朋友送的", "这是我男朋友送的。", "那个是我哥哥买的", "那是我妈妈做的菜"])
def test_what_a_relative_gave_or_made_is_no_name(line: str) -> None:
    assert not any("的" in o and not o.startswith("安娜的") for _, _, o in kept(line)), kept(line)
