"""One who answers a business's phone or calls a radio show names themself: "Thanks for calling Harbor Vet, this is
Priya, how can I help?" and "Hey Mack, long-time listener. This is Denise from Tulsa." named nobody. "Sam, this is Kim
from work" (someone brought in) and "Thanks for calling, Dad. This is Greg." (someone there) name no speaker."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, name", [
    ("Thanks for calling Harbor Vet, this is Priya, how can I help?", "Priya"),
    ("Hey Mack, long-time listener. This is Denise from Tulsa.", "Denise"),
    ("Thank you for holding, my name is Victor, what's the account number?", "Victor"),
])
def test_a_phone_opening_names_its_speaker(line: str, name: str) -> None:
    found = facts((1, "Hello?"), (2, line), (1, "Yes, hi."))
    assert any(s == "Speaker 2" and p in ("alternateName", "name") and o == name for s, p, o in found)


@pytest.mark.parametrize("line, name", [
    ("Sam, this is Kim from work. She's staying for dinner.", "Kim"),
    ("Thanks for calling, Dad. This is Greg, he fixed the sink.", "Greg"),
])
def test_someone_brought_in_is_not_the_speaker(line: str, name: str) -> None:
    found = facts((1, "Hello?"), (2, line), (1, "Oh, hello."))
    assert not any(s == "Speaker 2" and p in ("alternateName", "name") and o == name for s, p, o in found)
