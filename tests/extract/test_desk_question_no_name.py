"""A desk's question ("Hi. Name, please?", "Address?") calls nobody "Name": the word asks for one. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_name_please_is_no_name_called():
    found = names((1, "Hi. Name, please?"), (2, "Oh, Halvorsen. Ingrid Halvorsen."), (3, "And I'm with her."))
    assert not any(name == "Name" for _, name in found)
