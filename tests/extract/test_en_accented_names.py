"""A name with an accented letter is a name: "Ugh, Belén, you took my charger again." named nobody (nor "Thanks,
Raúl.", "Chloë, sit down."), while "Belen" was read. Accented common words are still no call: "Touché."."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, name", [
    ("Ugh, Belén, you took my charger again.", "Belén"),
    ("Thanks for driving, Raúl. I owe you one.", "Raúl"),
    ("Chloë, sit down, the movie's starting.", "Chloë"),
])
def test_an_accented_name_called_names_the_one_spoken_to(line: str, name: str) -> None:
    found = facts((1, "Sorry, I needed it for the bus."), (2, line), (1, "Fine, fine."))
    assert ("Speaker 1", "alternateName", name) in found


@pytest.mark.parametrize("line", ["Touché. You got me there.", "Déjà vu, honestly. Same thing as last week."])
def test_an_accented_word_is_no_call(line: str) -> None:
    found = facts((1, "Where should we go after?"), (2, line), (1, "Either one."))
    assert not any(p == "alternateName" for _, p, _ in found)
