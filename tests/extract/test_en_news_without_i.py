"""News typed without the "I" is the speaker's: "just moved to Denver", "got a new job at google!!", "started working at
Target", "got a puppy last week" (as "love hiking", "work at a bank" are); not "moved to you", "got it"."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("just moved to Tulsa, any tips??", ("livesIn", "Tulsa")),
    ("recently moved back to ohio lol", ("livesIn", "ohio")),
    ("got a new job at Spotify!!! starting monday", ("worksFor", "Spotify")),
    ("finally landed a job at Deloitte", ("worksFor", "Deloitte")),
    ("started working at Costco last month", ("worksFor", "Costco")),
    ("just adopted a kitten named Pickle 😻", ("hasPet", "Pickle")),
])
def test_news_without_the_i_is_the_speakers(line: str, fact: tuple[str, str]) -> None:
    assert ("Ann", *fact) in kept(line)


@pytest.mark.parametrize("line", ["moved to you, then to him", "got it, thanks", "got the job done at last",
                                  "started a fight at the bar", "got a dog bite once"])
def test_nothing_of_the_speaker(line: str) -> None:
    assert not any(p in ("livesIn", "worksFor", "hasPet") for _, p, _ in kept(line))
