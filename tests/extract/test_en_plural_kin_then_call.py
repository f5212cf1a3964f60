""""Honestly, those are my kids, Graham!" calls Graham: one name after relatives said in the plural is no name of
theirs (no child Graham); "my kids, Otto and Felix" and "my son, Otto" still name them."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize(("line", "name"), [("Those two are my cousins, Pavel.", "Pavel"),
                                            ("Honestly, those are my kids, Graham!", "Graham"),
                                            ("Well, they're my parents, Suki.", "Suki")])
def test_one_name_after_plural_kin_is_called(line: str, name: str) -> None:
    found = facts((1, "Are you coming or not?"), (2, line), (1, "Fine, fine."))
    assert not any(o in (name, "Speaker 1") and p in ("child", "parent", "relative") for _, p, o in found), found


@pytest.mark.parametrize(("line", "names"), [("These are my kids, Otto and Felix.", {"Otto", "Felix"}),
                                             ("Meet my son, Otto.", {"Otto"})])
def test_kin_named_after_still_named(line: str, names: set[str]) -> None:
    found = {o for _, p, o, _ in told(line) if p in ("child", "relative")}
    assert names <= found, told(line)
