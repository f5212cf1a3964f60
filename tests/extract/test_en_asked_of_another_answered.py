"""A call that asks what someone else did ("Nell, the soup's boiling over. Where did Otis put the lid?") answered in the
first person by the next speaker ("On the shelf. I'll grab it.") is answered by the one asked about, so the name called
is not the answerer's (:func:`kg_memory.extract.call_replies.asked_for_answers`). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Dinner in ten minutes."), (2, "Nell, the soup's boiling over. Where did Otis put the lid?"),
      (3, "On the shelf. I'll grab it."), (1, "Thanks, love.")), "Speaker 3", "Nell"),
    (((1, "The van is here."), (2, "Corinne, it's raining. When did Rufus close the windows?"),
      (3, "An hour ago. I did all of them.")), "Speaker 3", "Corinne"),
])
def test_the_one_asked_about_answers_not_the_one_called(lines, speaker, name):
    assert (speaker, name) not in names(*lines)


@pytest.mark.parametrize("lines, speaker, name", [
    # the one called is asked about themself, or the answer speaks of the other: the answerer is the one called
    (((1, "Dinner in ten minutes."), (2, "Nell, where did you put the lid?"), (3, "On the shelf, I think."),
      (2, "Thanks, Nell.")), "Speaker 3", "Nell"),
])
def test_look_alikes_still_name_the_one_who_answers(lines, speaker, name):
    assert (speaker, name) in names(*lines)
