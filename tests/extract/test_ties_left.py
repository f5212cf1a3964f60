""""Not with <first name> anymore" ends a partner, not a job at a company named like a person; "<name> and I aren't
together anymore" ends the partner named, though the sentence is a negation."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Turn
from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("line", ["I'm not with Keziah anymore.", "I am no longer with Keziah."])
def test_with_a_first_name_is_a_partner(line: str) -> None:
    found = told(line)
    assert ("Ann", "partner", "Keziah", True) in found
    assert not any(p == "worksFor" for _, p, _, _ in found)


@pytest.mark.parametrize("line", ["I'm not with Lufthansa anymore.", "I'm not at Siemens anymore."])
def test_with_a_company_stays_an_employer(line: str) -> None:
    assert any(p == "worksFor" and ended for _, p, _, ended in told(line))


@pytest.mark.parametrize("line", ["Keziah and I aren't together anymore.", "Keziah and I are no longer together.",
                                  "So me and Keziah, we're not together any more."])
def test_named_couple_no_more(line: str) -> None:
    assert ("Ann", "partner", "Keziah", True) in told(line)


@pytest.mark.parametrize("line", ["Keziah and I aren't together.", "Keziah and I aren't together anymore?",
                                  "If Keziah and I weren't together anymore, I'd move.", "Keziah and I don't work together anymore."])
def test_nothing_ends(line: str) -> None:
    assert not any(p == "partner" and ended for _, p, _, ended in told(line))


def test_a_shared_name_asked_after_as_a_partner() -> None:
    lines = [Turn("c", "1", "Bo", "Are you still dating Jordan?"), Turn("c", "2", "Ann", "No, I'm not with Jordan anymore.")]
    found = {(f.subject.label, f.predicate, getattr(f.object, "label", "")) for f in RuleExtractor().extract(lines) if f.ended}
    assert ("Ann", "partner", "Jordan") in found
    assert not any(p == "worksFor" for _, p, _ in found)


def test_my_partner_and_i_no_more_ends_every_partner() -> None:
    found = told("My girlfriend and I aren't together anymore.")
    assert ("Ann", "partner", "Ann", True) in found
    assert not any(p == "partner" and not ended for _, p, _, ended in found)
