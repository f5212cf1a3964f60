"""News with its subject left out, after a sentence telling what a named person did, tells of that person: "Wes sold
the shop. Moved to Tucson with his wife." (Wes lives in Tucson, the speaker does not); after "I sold the shop." or with
a subject of its own it is the speaker's, as before."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("said", "who"), [
    ("Wes sold the shop. Moved to Tucson with his wife.", "Wes"),
    ("Oh, Marguerite finally retired. Moved to Tucson last fall.", "Marguerite"),
    ("He quit in March. Moved to Tucson.", None),
])
def test_news_of_the_one_who_did_it(said: str, who: str | None) -> None:
    found = facts((1, "Whatever happened to the guy from the corner store?"), (2, said))
    assert ("Speaker 2", "livesIn", "Tucson") not in found, found
    if who:
        assert (who, "livesIn", "Tucson") in found, found


@pytest.mark.parametrize("said", ["I sold the shop. Moved to Tucson with my wife.", "Wes sold the shop. I moved to Tucson.",
                                  "Did Wes sell the shop? Moved to Tucson myself."])
def test_the_speakers_own_news_stays_theirs(said: str) -> None:
    found = facts((1, "What's new with you?"), (2, said))
    assert ("Speaker 2", "livesIn", "Tucson") in found, found
