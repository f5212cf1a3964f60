"""An illness lived through: "i am a leukemia survivor", "my aunt is a lung cancer survivor", "i am a two time stroke
survivor" give the ``trait`` and no job title; "survivor" alone or of a crash gives neither, and a denial none
(kg_memory.extract.english.survivors, lexicon.NOT_JOBS)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "who", "trait"), [
    ("i am a leukemia survivor , eight years clean", "Ann", "leukemia survivor"),
    ("my aunt is a lung cancer survivor", "Ann's aunt", "lung cancer survivor"),
    ("i am a two time stroke survivor", "Ann", "stroke survivor"),
])
def test_trait(text: str, who: str, trait: str) -> None:
    facts = _facts(text)
    assert (who, "trait", trait) in facts and not {f for f in facts if f[1] == "jobTitle"}


@pytest.mark.parametrize("text", [
    "i am a survivor , nothing keeps me down",
    "i am a car crash survivor",
    "i am not a cancer survivor",
])
def test_no_trait_no_job(text: str) -> None:
    assert not {f for f in _facts(text) if f[1] in ("trait", "jobTitle")}
