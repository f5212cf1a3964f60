"""A quiz answer, a name beside what its bearer is after a question of who or what (什么东西会让老周大喊？ -
玛丽亚·凯莉，歌后！ - 答对了。), calls nobody: it is not the quizmaster's name."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_quiz_answer_is_no_call() -> None:
    found = facts((1, "第二组，选题目？"), (2, "吓人的东西。"), (1, '什么东西会让老周大喊"天哪"？'), (2, "玛丽亚·凯莉，歌后！"),
                  (1, "答对了。下一组？"), (3, "家人。"))
    assert not any(o == "玛丽亚·凯莉" for _, _, o in found), found
