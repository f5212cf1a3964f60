"""A sprain said with 崴 or 扭了 is an injury, as 扭伤: 周末爬山崴了脚 (脚扭伤), 我扭了一下腰 (腰扭伤); another's is not the
speaker's."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "injury"), [
    ("周末爬山崴了脚，疼死了。", "脚扭伤"), ("我上周打羽毛球崴了脚踝。", "脚踝扭伤"), ("我昨天搬箱子扭了一下腰。", "腰扭伤"),
])
def test_a_sprain(said: str, injury: str) -> None:
    assert ("安娜", "trait", injury) in kept(said), kept(said)


@pytest.mark.parametrize("said", ["我妹崴了脚。", "你没崴到脚吧？"])
def test_not_the_speakers_sprain(said: str) -> None:
    assert not any(s == "安娜" and p == "trait" for s, p, _ in kept(said)), kept(said)
