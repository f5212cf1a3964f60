"""A first name closing a sentence after a titled name that a verb takes ("Could you ring Mrs. Olsen, Tarek?", "Send
it to Dr. Ruiz, Petra.") calls the one spoken to: the titled one is spoken of, so the two make no list of names; a list
said at the start ("Mrs. Olsen, Tarek, come in.") calls neither alone."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _names(*texts: str) -> set[tuple[str, str]]:
    turns = [Turn("c", str(i + 1), f"Speaker {1 + i % 2}", t) for i, t in enumerate(texts)]
    return {(f.subject.label, str(f.object)) for f in RuleExtractor().extract(turns) if f.predicate == "alternateName"}


def test_a_call_after_a_titled_object() -> None:
    assert ("Speaker 2", "Tarek") in _names("Could you ring Mrs. Olsen, Tarek?", "Sure, right now.", "Thanks.")


def test_a_call_after_a_titled_object_with_a_preposition() -> None:
    assert ("Speaker 2", "Petra") in _names("Send the file to Dr. Ruiz, Petra.", "Will do.", "Great.")


def test_a_list_at_the_start_is_no_call() -> None:
    assert not _names("Mrs. Olsen, Tarek, come in.", "Thank you.", "Sit down.")
