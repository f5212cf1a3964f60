"""A parent spoken of as "my dad" is the speaker whom the same person calls "Daddy" in the scene: "Daddy, please, I
have somewhere to be." ... "My dad has a boat." gives the boat to the one called Daddy, not to "Speaker 1's dad";
likewise 爸 in Chinese. A turn calling both parents ("Mom, Dad, listen") tells neither apart, and one who calls no
parent keeps the placeholder."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_dad_called_is_the_dad_spoken_of() -> None:
    found = facts((1, "Mom, I have to go."), (2, "Sit down, honey."), (3, "Your mother is right."),
                  (1, "Daddy, please, I have somewhere to be."), (3, "Fine, fine."),
                  (1, "My dad has a boat and my mom hates it. My dad is a dentist."), (2, "Sure he is."))
    assert ("Speaker 3", "jobTitle", "dentist") in found, found
    assert ("Speaker 3", "owns", "boat") in found, found
    assert not any("Speaker 1's dad" in (s, o) for s, _, o in found), found


def test_dad_called_in_chinese() -> None:
    found = facts((1, "爸，我先走了，我还有事。"), (2, "去吧。"), (3, "早点回来。"), (1, "我爸是牙医，他有一条船。"), (2, "对。"))
    assert ("Speaker 1", "parent", "Speaker 2") in found, found
    assert ("Speaker 2", "jobTitle", "牙医") in found, found


def test_both_parents_called_at_once_bind_none() -> None:
    found = facts((1, "Mom, Dad, listen to me."), (2, "We are listening."), (3, "Go on."),
                  (1, "My dad is a dentist."), (2, "He is."))
    assert ("Speaker 1's dad", "jobTitle", "dentist") in found, found


def test_no_parent_called_keeps_the_placeholder() -> None:
    found = facts((1, "Hi, Sam."), (2, "Hey."), (1, "My dad is a dentist."), (2, "Cool."))
    assert ("Speaker 1's dad", "jobTitle", "dentist") in found, found
