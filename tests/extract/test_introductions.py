"""A person introduced by name, then a voice not heard before: who "Speaker N" is (kg_memory/extract/introductions.py).

Invented everyday talk: "Guys, this is my friend Dave." - "Hi everyone.", "Meet my sister, Ann." - "Hello!",
"你还记得我同事小林吧。" - "嗨。"; and look-alikes that must name nobody: the one introduced never speaks and someone
already heard answers, two new voices answer ("Mom, Dad, this is Tom."), the one introduced is on the phone or in a
picture, a question ("Is this your friend Dave?"), the speaker introducing themself too ("I'm Kate, this is Dave."), two
people introduced to each other, a newcomer who speaks of "him", calls someone by name, or gives another name.
"""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.extract.introductions import introduced_speakers
from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Entity, Fact, Turn


def _said(*lines: tuple[int, str]) -> list[Turn]:
    return [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]


def _names(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.subject.label, str(f.object).replace(".", "")) for f in facts if f.predicate == "alternateName"}


@pytest.mark.parametrize("lines, named", [
    (((1, "So how was the drive?"), (2, "Long. Oh, they're here."), (3, "Hi! Guys, this is my friend Dave."),
      (4, "Hi everyone."), (1, "Nice to meet you, Dave.")), ("Speaker 4", "Dave")),
    (((1, "Come in, come in!"), (2, "Hello, sorry we're late. Meet my sister, Ann."), (3, "Hello!"),
      (1, "Great to have you both.")), ("Speaker 3", "Ann")),
    (((1, "Everyone's here already."), (2, "Good. Oh, and you remember my colleague Priya."), (3, "Hey."),
      (1, "Of course, welcome back.")), ("Speaker 3", "Priya")),
    (((1, "Dinner's almost ready."), (2, "Great. This is ah, my fiancée, Dr. Lopez."), (3, "Thanks for having us."),
      (1, "Our pleasure.")), ("Speaker 3", "Dr Lopez")),
    (((1, "你们来啦！"), (2, "嗯，这是我朋友周杰伦。"), (3, "大家好。"), (1, "快进来坐。")), ("Speaker 3", "周杰伦")),
    (((1, "人都到齐了吗？"), (2, "差不多了。你还记得我的同事莉莉。"), (3, "嗨。"), (1, "当然记得，欢迎欢迎。")), ("Speaker 3", "莉莉")),
])
def test_the_first_new_voice_after_an_introduction_is_the_one_introduced(lines: tuple, named: tuple[str, str]) -> None:
    assert named in _names(speaker_names(_said(*lines)))


def test_a_greeting_by_name_comes_from_one_of_those_introduced_to() -> None:
    turns = _said((1, "Okay, Ben, Lucy, this is my friend Dave."), (2, "Hey everybody."), (3, "Hi Dave."),
                  (1, "I'll get drinks."))
    assert ("Speaker 2", "Dave") in _names(speaker_names(turns))
    assert ("Speaker 3", "Dave") not in _names(speaker_names(turns))


def test_the_relation_said_of_the_name_becomes_one_of_the_speaker() -> None:
    turns = _said((1, "So how was the drive?"), (2, "Long."), (3, "Hi! Guys, this is my friend Dave."),
                  (4, "Hi everyone."), (1, "Nice to meet you."))
    friends = [f for f in RuleExtractor().extract(turns) if f.predicate == "friend" and f.subject.label == "Speaker 3"]
    assert friends and isinstance(friends[0].object, Entity) and friends[0].object.label == "Speaker 4"


@pytest.mark.parametrize("lines", [
    # the one introduced never speaks: someone already heard answers
    ((1, "Who's that with you?"), (2, "Oh, this is my friend Dave."), (1, "Nice to meet you, man."), (2, "He's shy.")),
    # two new voices answer: which one is Dave is not known
    ((1, "Mom, Dad, this is my boyfriend Tom."), (2, "Oh, hello!"), (3, "Hi."), (1, "So, dinner?")),
    # someone on the phone, in a picture
    ((1, "Hang on. Ben, this is my sister Ann, on the phone, say hi."), (2, "Hi Ann!"), (3, "Hello?")),
    ((1, "Look, this is my brother Mark in the photo."), (2, "Cute."), (3, "Let me see!")),
    # a question, the speaker introducing themself too, a mutual introduction
    ((1, "Wait, is this your friend Dave?"), (2, "Yes."), (3, "Hi.")),
    ((1, "Hi, I'm Kate and this is my friend Dave."), (2, "Nice to meet you both."), (1, "Thanks.")),
    ((1, "Ben, this is Dave. Dave, this is Ben."), (2, "Nice to meet you."), (3, "Likewise.")),
    # someone spoken of, not introduced
    ((1, "He won't propose yet."), (2, "Yes, but this is Dave. He's different."), (3, "True.")),
    # the newcomer speaks of someone, calls someone, or gives another name
    ((1, "Everyone, this is my cousin Rita."), (2, "Is she staying long?"), (1, "A week.")),
    ((1, "Everyone, this is my cousin Rita."), (2, "Mark! You made it."), (1, "Sure did.")),
    ((1, "Everyone, this is my cousin Rita."), (2, "And I'm her friend, Jo."), (1, "Right, Jo too.")),
    # a list of names
    ((1, "Everyone, this is Chandler, Phoebe and Joey."), (2, "Hi all."), (1, "Sit down.")),
    ((1, "各位，这位叫小林，小美，阿杰。"), (2, "大家好。"), (1, "坐吧。")),
    # a sentence that says what something is ("This is Dave's car.")
    ((1, "This is Dave's car."), (2, "Nice."), (3, "Wow.")),
    ((1, "这是我朋友小美的电话。"), (2, "哦。"), (3, "嗯。")),
    ((1, "妈妈，爸爸，这是我男朋友汤姆。"), (2, "你好！"), (3, "你好。")),
    ((1, "是的，但这是马克。他不一样。"), (2, "也对。")),
])
def test_no_speaker_is_named_where_the_introduction_does_not_tell_who(lines: tuple) -> None:
    turns = _said(*lines)
    assert introduced_speakers(turns) == []
