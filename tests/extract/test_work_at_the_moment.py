""""At the moment" is no employer: "i work nights at the moment", "i work full time at the minute", "i work at
present" give no ``worksFor`` "moment"; an employer named after it or before it is still read ("i work at the library
at the moment", "i work at Moment Labs") (kg_memory.extract.english.places)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _employers(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "worksFor"}


@pytest.mark.parametrize("text", [
    "i work part time at the moment",
    "i work full time at the minute , it is slow",
    "i only work weekends at present",
])
def test_no_employer(text: str) -> None:
    assert not {e for e in _employers(text) if e.lower() in ("moment", "minute", "present", "the moment")}


@pytest.mark.parametrize(("text", "employer"), [
    ("i work at the library at the moment", "library"),
    ("i work at Moment Labs downtown", "Moment Labs"),
])
def test_employer_kept(text: str, employer: str) -> None:
    assert employer in _employers(text)
