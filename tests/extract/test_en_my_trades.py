"""One who serves the speaker in a trade has the speaker for a client: "Dr. Okoro is my dentist", "my lawyer, Dan
Ortiz, says...", "she's my therapist" gave no client (only a job); a nurse serves patients too ("I was his nurse for
two years"). Not denied, asked, supposed, nor someone's helper ("my lawyer's assistant")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "provider"), [
    ("Dr. Okoro has been my dentist for ten years.", "Dr. Okoro"),
    ("Relax. My lawyer, Dan Ortiz, says we'll win.", "Dan Ortiz"),
    ("Honestly, Priscilla is my hairdresser and my therapist.", "Priscilla"),
    ("I'm meeting my agent Lorna for lunch.", "Lorna"),
])
def test_one_named_in_a_trade_of_the_speakers_has_the_speaker_for_client(line: str, provider: str) -> None:
    found = facts((1, "Who was that on the phone?"), (2, line))
    assert (provider, "client", "Speaker 2") in found


def test_she_named_before_is_the_one_in_the_trade() -> None:
    found = facts((1, "Who's Harriet Vance?"), (2, "She's my therapist. Don't tell anyone."))
    assert any(s.startswith("Harriet") and p == "client" and o == "Speaker 2" for s, p, o in found)


def test_a_nurse_serves_the_patient() -> None:
    found = facts((1, "How did you know Augustin?"), (2, "I was his nurse for two years."))
    assert ("Speaker 2", "client", "Augustin") in found


@pytest.mark.parametrize("line", [
    "Dan Ortiz is not my lawyer anymore.",
    "Is Dan Ortiz your lawyer?",
    "If Dan Ortiz were my lawyer, I'd be worried.",
    "Dan Ortiz is my lawyer's assistant.",
])
def test_no_client_when_denied_asked_supposed_or_a_helper(line: str) -> None:
    found = facts((1, "Who was that on the phone?"), (2, line))
    assert not any(p == "client" for _, p, _ in found)
