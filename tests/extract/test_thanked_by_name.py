"""Thanks opening a turn thank the one who spoke before: "Thanks, Martin. Come in." names Martin the speaker before,
not the one who answers next (in a group of three, a single "Thanks, Martin" named nobody, or the next speaker);
谢谢你，罗斯 alike.
"""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_thanks_name_the_one_before() -> None:
    found = names((1, "Is everybody ready? The car is outside."),
                  (3, "I brought the good pie this time."),
                  (1, "Thanks, Martin. Come in, the kids are upstairs."),
                  (2, "Dad! Did you bring the new game?"))
    assert ("Speaker 3", "Martin") in found, found
    assert ("Speaker 2", "Martin") not in found, found


def test_thanks_in_chinese_name_the_one_before() -> None:
    found = names((1, "大家都到了吗？车在外面等着。"),
                  (3, "我把蛋糕带来了。"),
                  (1, "谢谢你，志强。快进来吧，孩子们在楼上。"),
                  (2, "爸爸！你带新游戏了吗？"))
    assert ("Speaker 3", "志强") in found, found
    assert ("Speaker 2", "志强") not in found, found


def test_a_greeting_still_calls_the_one_who_answers() -> None:
    found = names((1, "Is everybody ready? The car is outside."),
                  (3, "I brought the good pie this time."),
                  (1, "Hi, Martin. Come in, the kids are upstairs."),
                  (2, "Hey, how are you?"))
    assert ("Speaker 3", "Martin") not in found, found


def test_thanks_after_ones_own_turn_name_nobody_before() -> None:
    found = names((1, "I got you the tickets, by the way."),
                  (3, "Oh!"),
                  (2, "The concert!"),
                  (2, "Thanks, Rach."),
                  (4, "So what are you going to wear?"))
    assert ("Speaker 3", "Rach") not in found, found


def test_an_answer_names_the_one_answered() -> None:
    found = names((1, "Whitney, can you take notes today?"),
                  (4, "Sorry I'm late, my kid had a dentist appointment."),
                  (1, "No problem, Howard. How's the tooth?"),
                  (3, "Out, I bet."))
    assert ("Speaker 4", "Howard") in found, found
    found = names((1, "Can I use the phone again?"),
                  (2, "Sure Pheebs, that's what it's there for."),
                  (3, "Who are you calling?"))
    assert ("Speaker 1", "Pheebs") in found, found


def test_okay_or_yeah_before_a_name_answers_nobody_in_particular() -> None:
    found = names((1, "We could order pizza tonight."),
                  (2, "I'm in."),
                  (1, "Okay, Rachel, you pick the toppings."),
                  (3, "No way, Mon, you pick them."))
    assert ("Speaker 2", "Rachel") not in found, found
