""""Otto's wife was Greta Lindqvist.", "My grandmother was Ida Kemp." name the relative as "is" does ("His wife is
Maria"); a former tie ("My first husband was Carl.", "My ex was Dom.") or a job ("My aunt was a baker.") names nobody."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "owner", "predicate", "name"), [
    ("Otto's wife was Greta Lindqvist. She grew roses.", "Otto", "spouse", "Greta Lindqvist"),
    ("My grandmother was Ida Kemp.", "Ann", "relative", "Ida Kemp"),
    ("My husband was Stanislaw, and he loved the sea.", "Ann", "spouse", "Stanislaw"),
])
def test_a_relative_was_a_name_names_them(text: str, owner: str, predicate: str, name: str) -> None:
    assert (owner, predicate, name, False) in told(text), told(text)


@pytest.mark.parametrize(("text", "name"), [
    ("My first husband was Carl.", "Carl"),
    ("My ex was Dom.", "Dom"),
    ("My old boss was Petra.", "Petra"),
])
def test_a_former_tie_was_a_name_names_nobody(text: str, name: str) -> None:
    assert not any(o == name for _, _, o, _ in told(text)), told(text)


def test_a_job_after_was_is_no_name() -> None:
    assert not any(p == "name" or o == "Baker" for _, p, o, _ in told("My aunt was a baker.")), told("My aunt was a baker.")


@pytest.mark.parametrize("text", ["My son was born in May.", "Our daughter was born here, so she's American.",
                                  "My husband was stationed in Guam."])
def test_a_word_after_was_in_lower_case_is_no_name(text: str) -> None:
    assert not any(o in ("born", "born here", "stationed") for _, _, o, _ in told(text)), told(text)
