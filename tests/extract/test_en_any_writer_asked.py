""""Do you have any Stephen King?", "Got some Toni Morrison for my book club?": a name after "any" or "some" is a
writer's books asked for, said of no one present, and names no speaker; "Any news, Stephen?" still calls Stephen."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("line", "name"), [
    ("Hi. Do you have any Stephen King? My son devours them.", "Stephen King"),
    ("Got some Toni Morrison for my book club?", "Toni Morrison"),
])
def test_a_name_after_any_or_some_names_no_speaker(line: str, name: str) -> None:
    found = names((1, "Welcome in! Take your time."), (2, line), (1, "Second shelf on the left."), (3, "Next, please."))
    assert not any(n == name for _, n in found), found


def test_a_name_called_after_any_news_still_names() -> None:
    found = names((1, "Any news, Stephen?"), (2, "Nothing yet. Still waiting on the lab."), (1, "Okay. Thanks, Stephen."))
    assert ("Speaker 2", "Stephen") in found, found
