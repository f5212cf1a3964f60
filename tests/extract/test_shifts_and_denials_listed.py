"""A shift said before the workplace leaves the workplace read ("I work night shifts at a warehouse in Reno", "I work
the graveyard shift at Mercy Hospital"), and a denial listed after a comma denies only itself ("I'm single, never
married", "divorced, no kids": single, divorced).
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("I work night shifts at a warehouse in Reno.", ("Ann", "worksFor", "warehouse")),
    ("I work night shifts at a warehouse in Reno.", ("Ann", "workLocation", "Reno")),
    ("I work the graveyard shift at Mercy Hospital.", ("Ann", "worksFor", "Mercy Hospital")),
    ("I'm single, never been married.", ("Ann", "maritalStatus", "single")),
    ("I'm 52, divorced, no kids.", ("Ann", "maritalStatus", "divorced")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("I never married.", "maritalStatus"),
    ("I don't work night shifts at the hospital anymore.", "worksFor"),
])
def test_a_denial_gives_no_such_fact(text: str, predicate: str) -> None:
    assert not any(p == predicate and not ended for _, p, _, ended in told(text)), told(text)
