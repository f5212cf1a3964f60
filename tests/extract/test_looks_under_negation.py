"""A look of one's own told by its colour or length ("my silver hair", "my long beard") is had whatever the verb
around it says: under a negation ("my boss never liked my green hair") or a modal ("my long beard would get caught in
the machine"). A look denied ("it's not my brown hair, it's a wig"), a look no longer had ("i don't miss my long hair"), a
look wished for or to come ("i would love to dye my hair green") give none (kg_memory.extract.english.mentions)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _traits(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "trait" and not f.ended}


@pytest.mark.parametrize(("text", "look"), [
    ("my boss never liked my green hair", "green hair"),
    ("the school does not allow my pink hair , so i wear a hat", "pink hair"),
    ("my long beard would get caught in the machine", "long beard"),
    ("helmets never fit over my thick curly hair", "thick curly hair"),
])
def test_look_told_under_negation_or_modal(text: str, look: str) -> None:
    assert look in _traits(text)


@pytest.mark.parametrize("text", [
    "it's not my brown hair , it is a wig",      # denied
    "i do not miss my long hair one bit",        # no longer had
    "i would love to dye my hair green",         # wished for
    "my sister would never cut her long hair",   # another's
    "i wish i had my blonde hair back",
])
def test_no_look_told(text: str) -> None:
    assert not {t for t in _traits(text) if "hair" in t}
