"""我们家儿子, 我们家闺女, 我们家老公: a relative said after "our family" is the speaker's own, and what the clause tells
is the relative's (issue 13): "我们家闺女是学会计的" tells the daughter's subject, not the speaker's. Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, kin, predicate, value", [
    ("我们家儿子在南京上班。", "儿子", "workLocation", "南京"),
    ("我们家闺女也在师大，学化学的，大二了。", "闺女", "fieldOfStudy", "化学"),
    ("我们家老公是开出租的司机。", "老公", "jobTitle", "司机"),
])
def test_our_familys_relative_is_the_speakers(line, kin, predicate, value):
    found = facts((1, "您好。"), (2, line))
    assert (f"Speaker 2的{kin}", predicate, value) in found
    assert ("Speaker 2", predicate, value) not in found
