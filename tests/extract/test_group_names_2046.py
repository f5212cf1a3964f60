"""Names called in group talk given to the wrong speaker, found in the hand-labelled DialogRE sample of seed 2046
(issue 13), each settled by a general rule as a careful listener would, with the look-alikes that keep their names.
Invented dialogues."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_name_called_once_is_someone_else_when_others_call_the_answerer_by_two_forms_of_another() -> None:
    found = names((1, "Phoebe, you were great tonight."), (2, "Thanks!"), (3, "Hi, Pheebs!"), (2, "Hey!"),
                  (3, "Oh hi, Dan. Have you met my sister?"), (2, "Sure."))
    assert ("Speaker 2", "Phoebe") in found and ("Speaker 2", "Pheebs") in found
    assert ("Speaker 2", "Dan") not in found, found


def test_a_second_name_called_as_often_as_the_first_stays() -> None:
    found = names((1, "Phoebe, you were great tonight."), (2, "Thanks!"), (3, "Hi, Dan!"), (2, "Hey!"),
                  (3, "Dan, have you met my sister?"), (2, "Sure."))
    assert ("Speaker 2", "Dan") in found, found


def test_a_name_then_she_is_over_there_points_at_someone_and_calls_nobody() -> None:
    assert ("Speaker 1", "琳达") not in names((1, "我们走吧。"), (2, "太丢人了，琳达，她就站在那边，她在看我们！"),
                                              (1, "那又怎样？"), (2, "你得帮我。"))
    assert ("Speaker 1", "Linda") not in names((1, "Let's go."), (2, "This is so embarrassing, Linda, she's standing "
                                                "right over there, she's watching us!"), (1, "So what?"), (2, "Help me."))


def test_a_name_then_what_is_said_of_another_woman_still_calls_the_one_spoken_to() -> None:
    assert ("Speaker 1", "琳达") in names((1, "她还在吗？"), (2, "不，琳达，她已经走了。"), (1, "真的？"), (2, "真的。"))
    assert ("Speaker 1", "Linda") in names((1, "Is she still here?"), (2, "No Linda, she's gone."), (1, "Really?"),
                                           (2, "Really."))


def _trusted(turn: str) -> set[tuple[str, str]]:
    """The names of a talk of three where Speaker 2 says ``turn``, and Speaker 3 answers "Yeah?"."""
    return names((1, "We trust you with her."), (2, turn), (3, "Yeah?"), (2, "We always wanted a kid."))


def _zh_trusted(turn: str) -> set[tuple[str, str]]:
    """The same talk in Chinese."""
    return names((1, "我们信任你。"), (2, turn), (3, "嗯？"), (2, "我们一直想要一个孩子。"))


def test_a_name_in_a_turn_said_to_the_group_calls_nobody_known() -> None:
    assert _trusted("You know, guys, I have to say it. Monica, do you remember our talk?") == set()
    assert _trusted("This is huge, folks! Monica, do you remember our talk?") == set()
    assert _zh_trusted("你知道，伙计们，我得说。莫妮卡，你还记得我们的谈话吗？") == set()


def test_a_name_in_a_turn_said_to_one_person_still_calls_them() -> None:
    assert _trusted("You know, I have to say it. Monica, do you remember our talk?") == {("Speaker 3", "Monica")}
    assert _zh_trusted("你知道，我得说。莫妮卡，你还记得我们的谈话吗？") == {("Speaker 3", "莫妮卡")}
