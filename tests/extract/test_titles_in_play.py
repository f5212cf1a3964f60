"""A title put before (or, in Chinese, after) a friend's name in play tells no job: a game told ("We're playing
hospital. Good morning, Doctor Maya."), or a name the others call someone bare ("Come on, Theo!" ... "Officer Theo");
one with that job, titled by the family name, still is one ("Dr. Okafor will see you now", 格林医生说你没事), and so
is one paged by a title opening a turn ("Dr. Jonah, to radiology, please.")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines", [
    ((1, "We're playing hospital, sit down."), (2, "Good morning, Doctor Maya. My tummy hurts.")),
    ((1, "Hey Theo, want a beer?"), (2, "Sure."), (1, "Look who's here, Officer Theo with the snacks!")),
    ((1, "Let's pretend we're at the clinic."), (2, "Okay. Nurse Ingrid, where is the patient?")),
    ((1, "快点啊，思远！"), (2, "来了来了。"), (1, "思远医生终于到了。")),
    ((1, "我们玩个看病的游戏吧。"), (2, "好呀，凯文医生，我肚子疼。")),
])
def test_a_title_in_play_tells_no_job(lines: tuple[tuple[int, str], ...]) -> None:
    found = facts(*lines)
    assert not any(p == "jobTitle" for _, p, _ in found), found


@pytest.mark.parametrize(("lines", "fact"), [
    (((1, "My mom is sick. Dr. Okafor says it's her lungs."), (2, "I'm sorry.")), ("Dr. Okafor", "jobTitle", "doctor")),
    (((1, "Thanks, Dr. Lindqvist."), (2, "You're welcome, see you next week.")), ("Speaker 2", "jobTitle", "doctor")),
    (((1, "Richard Burke called, Dr. Burke will see you now."), (2, "Great.")), ("Dr. Burke", "jobTitle", "doctor")),
    (((1, "格林医生说你没事。"), (2, "太好了。")), ("格林", "jobTitle", "医生")),
    (((1, "Oh, Jonah, you look tired."), (2, "I am."), (3, "Dr. Jonah, to radiology, please."), (2, "That's me.")),
     ("Speaker 2", "jobTitle", "doctor")),
    (((1, "哦，马克，你看起来很累。"), (2, "是啊。"), (3, "马克医生，请马上到急诊室。"), (2, "好，我这就去。")),
     ("Speaker 2", "jobTitle", "医生")),
])
def test_a_real_title_still_tells_the_job(lines: tuple[tuple[int, str], ...], fact: tuple[str, str, str]) -> None:
    assert fact in facts(*lines)
