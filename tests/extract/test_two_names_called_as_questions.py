"""小雨？阿杰？我真的什么都不懂吗？ / "Milo? Dara? Anyone?": two people called one right after the other, each as a
question; either may answer, so the one who speaks next is given neither name. One person called in two forms ("Caleb?
Caleb Lindqvist?") still calls the one answering."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_two_called_in_one_breath_name_nobody() -> None:
    got = names((3, "我把晚饭做好了。"), (1, "糟了？佳琪？晓雯？我是不是什么都不会？"), (2, "不，你会的。"), (3, "佳琪，你别吓她。"))
    assert not any(speaker == "Speaker 2" for speaker, _ in got), got


def test_two_called_in_english() -> None:
    got = names((3, "Dinner's ready."), (1, "Oh no. Jonah? Priya? Did anybody see my keys?"), (2, "Nope, sorry."))
    assert not any(speaker == "Speaker 2" for speaker, _ in got), got
