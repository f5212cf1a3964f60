""""Mom" or "Dad" said in a question, in a talk of more than two, calls the one who answers it: in "Mom, where do you
want the lamp?" - "Anywhere, honey." the mother is the next speaker, not the one who spoke before."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i + 1), speaker, text) for i, (speaker, text) in enumerate(lines)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


def test_mom_asked_is_the_one_who_answers() -> None:
    facts = _facts(("Speaker 1", "These boxes are heavier than they look."),
                   ("Speaker 2", "Told you to pack lighter."),
                   ("Speaker 3", "Mom, where should I put the plants?"),
                   ("Speaker 4", "By the window, sweetie."))
    assert ("Speaker 3", "parent", "Speaker 4") in facts
    assert ("Speaker 3", "parent", "Speaker 2") not in facts


def test_dad_asked_in_a_longer_turn_is_the_one_who_answers() -> None:
    facts = _facts(("Speaker 1", "Nobody touches the thermostat."),
                   ("Speaker 2", "It's freezing in here."),
                   ("Speaker 3", "You know what, Dad? Can we just get a space heater?"),
                   ("Speaker 4", "Over my dead body."))
    assert ("Speaker 3", "parent", "Speaker 4") in facts


def test_dad_said_in_a_statement_still_answers_the_one_before() -> None:
    facts = _facts(("Speaker 1", "Did you eat the last cookie?"),
                   ("Speaker 2", "I did not, Dad."),
                   ("Speaker 3", "She totally did."))
    assert ("Speaker 2", "parent", "Speaker 1") in facts
