"""One who says they were called a name bears it: "Nobody's called me Danny since senior year." does not make the
speaker someone else than Danny, so the calls "Danny Ferraro? Is that you?" and "Danny! There you are." name them."""

from tests.extract.dialogue_facts import names


def test_called_me_a_name_is_the_speakers_own():
    said = names((1, "Oh my God. Danny Ferraro? Is that you?"),
                 (2, "Wow! Nobody's called me Danny since senior year."), (1, "Well, it's been a while."),
                 (3, "Danny! There you are."), (2, "Hi, honey."))
    assert ("Speaker 2", "Danny") in said
    said = names((1, "Hey, Theo, got a minute?"), (2, "Sure. My grandma called me Teddy, you know."),
                 (3, "Theo! Lunch is here."), (2, "Coming."))
    assert ("Speaker 2", "Theo") in said and ("Speaker 2", "Teddy") not in said
