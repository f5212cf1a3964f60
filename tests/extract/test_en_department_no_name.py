"""A department said by who staffs it names no one: "Accounting is Gary." gave a person 'Accounting' named Gary;
"Marketing is Tanya, basically." and "Security is Dave and his dog." likewise; "My cat is Whiskers." still names."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["Accounting is Ferdinand.", "Marketing is Tanya, basically.",
                                  "Honestly? Security is Dave and his dog."])
def test_a_department_is_no_one_named(line: str) -> None:
    found = facts((1, "Who do I talk to about my paycheck?"), (2, line))
    assert not any(p in ("name", "alternateName") and s not in ("Speaker 1", "Speaker 2") for s, p, _ in found)


def test_a_pet_is_still_named() -> None:
    assert ("Speaker 2", "hasPet", "Whiskers") in facts((1, "What's new?"), (2, "My cat is Whiskers."))
