"""A "he" or "she" is not a person the talk puts out of its reach, though named just before:

- the other party of the pronoun's own sentence: 她跟杰克分手了，因为她喜欢上我了 - she likes the speaker,
  not 杰克, whom she left;
- a person said only to compare: "Who does he take after?" - "Kinda like my uncle Bert." - "He is beautiful!" praises
  the baby, not Bert;
- a name of unknown gender taken up as "他" in its own turn: 大卫是工程师。他…… - …… - 她高中毕业 is not 大卫.

"His name is Keith. He's a firefighter." still makes Keith the firefighter."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_one_she_left_is_not_she() -> None:
    found = facts((1, "她跟杰克分手了，因为她喜欢上我了。"), (2, "真的？"))
    assert not any(s == "杰克" for s, _, _ in found), found


def test_a_name_said_to_compare_is_not_he() -> None:
    found = facts((1, "Is the baby out?"), (2, "Yes! It is a boy."), (3, "Who does he take after?"),
                  (2, "Kinda like my uncle Bert, all red and wrinkly."), (4, "Aw, he is beautiful!"), (2, "Thanks."))
    assert ("Speaker 2", "relative", "Bert") in found, found
    assert ("Speaker 4", "positiveImpression", "Bert") not in found, found


def test_a_name_taken_up_as_he_is_not_she() -> None:
    found = facts((1, "大卫是工程师。他对我很特别。"), (2, "我那个姑娘也很特别。"), (1, "是吗？"), (2, "嗯，她高中毕业！"))
    assert ("大卫", "jobTitle", "工程师") in found, found
    assert not any(s == "大卫" and p.startswith("education") for s, p, _ in found), found


def test_his_name_then_he_is_still_him() -> None:
    found = facts((1, "Who's the lucky man?"), (2, "His name is Keith. He's a firefighter."), (1, "Lovely."))
    assert ("Keith", "jobTitle", "firefighter") in found, found
