"""Causes of wrong or missed facts read on new multi-party scenes (issue 13, round 205): what people say in a group
about each other, in Chinese and where the language allows in English."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_thanks_before_a_titled_name_is_no_piece_of_the_name() -> None:
    got = facts((1, "好的，谢谢周医生。"), (2, "她是我们主任，看了三十年病了。"))
    assert not any(s.startswith("谢谢") or o.startswith("谢谢") for s, _, o in got), got
