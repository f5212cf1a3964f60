"""A name said to a baby, a small child or a pet ("豆豆，来，不怕不怕，姐姐轻一点。", "Emma, sweetie, Mommy's here.") calls one
who need not answer: the next speaker or the one before is no bearer of it (issue 13, :mod:`kg_memory.extract.little_ones`).
Invented scenes, in Chinese and English; a name said to a grown speaker in the same scene still names them."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_pet_soothed_by_name():
    lines = ((1, "球球吞了一颗纽扣，要拍个片子。"), (2, "好的。球球，来，不怕不怕，阿姨轻一点。"), (3, "它平时可乖了。"),
             (1, "小周，片子什么时候能好？"), (2, "十分钟。"))
    found = names(*lines)
    assert not any(name == "球球" for _, name in found)
    assert ("Speaker 2", "小周") in found


def test_a_baby_comforted_by_name():
    lines = ((1, "Lily has been crying all night."), (2, "Lily, sweetie, there, there. Mommy's here."), (3, "Want me to take her?"),
             (2, "No, I've got her."))
    assert not any(name == "Lily" for _, name in names(*lines))


def test_a_child_called_without_soothing_still_answers():
    lines = ((1, "朵朵，你的书包呢？"), (2, "在车上！"), (1, "快去拿。"))
    assert ("Speaker 2", "朵朵") in names(*lines)


def test_a_dog_bidden_come_by_name():
    lines = ((1, "Is that your dog? He's huge."), (2, "Hey Pickle, come here, boy!"), (1, "He's so fluffy."),
             (2, "Sit, girl. No, not you, Pickle."))
    assert not any(name == "Pickle" for _, name in names(*lines))


def test_a_person_cheered_as_boy_still_answers():
    lines = ((1, "Atta boy, Cody! Third goal today."), (2, "Thanks, coach."), (1, "Keep it up."))
    assert ("Speaker 2", "Cody") in names(*lines)
