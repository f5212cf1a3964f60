"""A name set beside "my ex" is the ex, said of them, not a call: "Who called you last night?" - "My ex, Danny." makes
Danny the one who dated Speaker 2 (it made the one who asked "Danny" and the speaker's ex). "Hey, ex, Danny!" is no
role set beside the name."""

from tests.extract.dialogue_facts import facts, names


def test_a_name_beside_my_ex_is_the_ex():
    got = facts((1, "Who called you last night?"), (2, "My ex, Danny. He wants his guitar back."), (1, "Ugh."))
    assert ("Speaker 2", "partner", "Danny") in got
    assert ("Speaker 2", "partner", "Speaker 1") not in got and ("Speaker 1", "alternateName", "Danny") not in got


def test_my_ex_hyphenated_still_names_the_ex():
    got = facts((1, "Who called you last night?"), (2, "My ex-girlfriend, Marisa."), (1, "Ugh."))
    assert ("Speaker 2", "partner", "Marisa") in got
    assert names((1, "Who called you last night?"), (2, "My ex-girlfriend, Marisa."), (1, "Ugh.")) == set()
