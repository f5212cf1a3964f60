"""News with its subject left out, after a sentence of how a third person is, tells of that person: "How's your wife?" -
"She's doing great! Just started at a law firm in Tacoma." (she works there), "How's your brother?" - "He's fine.
Finally moved to Austin." (he lives there); after "I'm good!" it is the speaker's own news."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("asked", "said", "fact"), [
    ("How's your wife?", "She's doing great! Just started at a law firm in Tacoma.",
     ("Speaker 2's wife", "worksFor", "law firm")),
    ("how's your brother doing?", "He's fine. Finally moved to Austin.", ("Speaker 2's brother", "livesIn", "Austin")),
])
def test_news_of_the_one_asked_after(asked: str, said: str, fact: tuple[str, str, str]) -> None:
    found = facts((1, asked), (2, said))
    assert fact in found and not any(s == "Speaker 2" and p == fact[1] for s, p, _ in found), found


def test_news_of_the_speaker_after_how_they_are() -> None:
    found = facts((1, "How are you?"), (2, "I'm good! Just moved to Austin."))
    assert ("Speaker 2", "livesIn", "Austin") in found, found
