"""A message recorded for someone to see later calls one who is not there (:mod:`kg_memory.extract.recorded`): the name
called in it is not the next speaker's nor the one before's. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, name", [
    (((1, "The camera's on. Say something for the baby."), (2, "Hi Lily! It's the year 2031 and you're two weeks old."),
      (3, "Aw. Now me.")), "Lily"),
    (((1, "Okay, everyone, we're making a video for Noah's eighteenth."), (2, "Hello Noah, you're just ten days old "
      "today, and you snore."), (1, "That's sweet."), (3, "My turn.")), "Noah"),
    (((1, "Come on, record your message for Ivy before the battery dies."), (2, "Ivy! We love you, kiddo."),
      (1, "Good.")), "Ivy"),
    (((1, "Is it recording?"), (2, "Yes."), (3, "Hey Marcus, if you're watching this, the vault key is in the piano."),
      (2, "Cut!")), "Marcus"),
    (((1, "Hi Rosa. When you see this, you'll be all grown up."), (2, "She will."), (3, "Give me the camera.")),
     "Rosa"),
])
def test_a_name_called_in_a_message_taped_for_later_names_no_speaker(lines, name):
    assert not any(n == name for _, n in names(*lines))


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Hi Lily! It's late, come in."), (2, "Sorry, the bus was slow."), (1, "Lily, sit down.")), "Speaker 2", "Lily"),
    (((1, "Did you send the message to Dana?"), (2, "Not yet."), (1, "Hey Omar, can you send it then?"), (2, "Sure.")),
     "Speaker 2", "Omar"),
    (((1, "Hey Greg, you're what, forty years old now?"), (2, "Forty-one, thanks."), (1, "Happy birthday, Greg.")),
     "Speaker 2", "Greg"),
])
def test_a_call_in_talk_that_is_no_recording_still_names_the_one_answering(lines, speaker, name):
    assert (speaker, name) in names(*lines)


def test_a_name_called_after_a_phone_message_still_names_the_one_present():
    got = names((1, "Okay. Nina, it's me, I quit, call me when you get this message. Oh! Mr. Dale, hello."),
                (2, "Rachel, in my office, please."), (1, "Yes sir."))
    assert ("Speaker 2", "Mr Dale") in got and not any(n == "Nina" for _, n in got)
