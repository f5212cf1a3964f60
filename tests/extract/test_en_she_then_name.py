""""She's a good keeper, Wilhelmina", said just after another woman was named: the name set off at the end may be who
"she" is (said after, as people do) or whom the words are said to, so "she" is not the other woman. A plain "she" after
one woman named is still her."""

from tests.extract.dialogue_facts import facts


def test_a_name_set_off_after_she_leaves_her_unsure():
    found = facts((1, "My girl's Wilhelmina, she's the tall one."), (2, "Ottilie's my neighbour."),
                  (1, "She's a good keeper, Wilhelmina, I saw her stop two."))
    assert not {f for f in found if f[1] == "skill" and f[0] != "Wilhelmina"}


def test_a_plain_she_is_still_read():
    found = facts((1, "Ottilie's my neighbour."), (2, "She's a good keeper."))
    assert ("Ottilie", "skill", "keeper") in found
