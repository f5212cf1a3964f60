"""我猫毛过敏, 我狗毛过敏: the fur of a kind of pet said after 我 is what one is allergic to, not one's own cat or dog
(issue 13): no pet is had, and the allergy is the speaker's. Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, kind", [("说实话我猫毛过敏，待一会儿就打喷嚏。", "猫"), ("我狗毛过敏，就不去你家了。", "狗")])
def test_fur_of_a_pet_kind_is_no_pet(line, kind):
    found = facts((1, "进来坐吧。"), (2, line))
    assert not {f for f in found if f[1] == "hasPet"}
    assert ("Speaker 2", "trait", f"对{kind}毛过敏") in found
