"""One introduced who answers right away glad to meet the others is the one introduced, though another new voice
speaks soon after (issue 13, :mod:`kg_memory.extract.introductions`); naming the one who spoke of them ("Dana talks
about you all the time") names nobody there. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Well, look who finally came to visit."), (2, "Hi, Nana! This is Marcus. My boyfriend."),
      (3, "It's so nice to meet you, ma'am. Dana talks about you all the time."), (4, "Mrs. Lowe, lunch is ready. Oh, visitors!"),
      (1, "Give us a minute, Rita.")), "Speaker 3", "Marcus"),
    (((1, "Come in, come in, shoes anywhere."), (2, "Dad, this is my roommate, Priscilla."),
      (3, "Great to meet you, sir. Tolu never stops talking about you."), (4, "Is that the pizza guy?"),
      (1, "Ignore him.")), "Speaker 3", "Priscilla"),
    (((1, "Grab a seat, everyone."), (2, "Before we start, this is my cousin Bram."), (3, "Hi, nice to meet you all."),
      (4, "Sorry I'm late, traffic."), (1, "No worries.")), "Speaker 3", "Bram"),
    (((1, "快进来，外面冷。"), (2, "妈，这是我男朋友，张志强。"), (3, "阿姨好，很高兴认识您。"), (4, "饭好了没有？"),
      (1, "马上就好。")), "Speaker 3", "张志强"),
])
def test_one_glad_to_meet_the_others_is_the_one_introduced(lines, speaker, name):
    assert (speaker, name) in names(*lines)


def test_two_new_voices_without_a_greeting_stay_unknown():
    found = names((1, "Mom, Dad, this is Tom."), (2, "Oh, hello!"), (3, "Hi."), (1, "He's staying for dinner."))
    assert not any(name == "Tom" for _, name in found)
