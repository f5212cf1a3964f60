"""Parents and aunts called in Spanish or by kin words are relatives, not names (issue 13): "Papi, we're out of
limes." tells the speaker's parent is the one answering; "I know, Auntie." names nobody Auntie; a name said alone then
a sentence to "you" calls back the caller ("Mami, I flipped the breaker." - "Mateo. You flipped it and told nobody?").
Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts, names


def test_papi_answered_is_a_parent():
    found = facts((1, "Two tacos for table four!"), (2, "Papi, we're out of limes."),
                  (1, "Again? Isabel, I bought two bags this morning."), (3, "Can I get extra salsa?"))
    assert ("Speaker 2", "parent", "Speaker 1") in found
    assert not any(name == "Papi" for _, name in names((1, "Two tacos for table four!"), (2, "Papi, we're out of limes."),
                                                        (1, "Again? Isabel, I bought two bags this morning.")))


def test_auntie_is_no_name():
    found = names((1, "Bea, this is the third time this week."), (2, "I know, Auntie. I'll stay late."),
                  (3, "Wait, you two are related?"), (2, "She's my mom's sister."))
    assert not any(name == "Auntie" for _, name in found)


def test_a_name_alone_then_you_calls_back_the_caller():
    found = facts((1, "Who turned the ovens off?"), (2, "Good morning to you too."),
                  (3, "Mami, I flipped the breaker last night."), (1, "Mateo. You flipped the breaker and told nobody?"),
                  (3, "I told Teddy!"))
    assert ("Speaker 3", "parent", "Speaker 1") in found
    assert ("Speaker 3", "parent", "Speaker 2") not in found

