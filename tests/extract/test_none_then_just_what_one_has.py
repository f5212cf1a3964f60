""""i have no kids , just a cat named Mochi", "no pets , but two kids", "i do not have any siblings yet . only a
cousin" say what one has instead, without a second "i have": Mochi is a pet, the kids are children (were nothing).
Look-alikes: "no kids but one day i want them" (a wish), "no kids , just my job" (no count: nothing read), another's
"he has no kids , just a cat"."""

from tests.extract.dialogue_facts import kept


def _facts(line: str, predicate: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == predicate}


def test_what_one_has_instead():
    assert _facts("i have no kids , just a cat named Mochi", "hasPet") == {"Mochi"}
    assert _facts("no pets , but two kids who keep me busy", "child") == {"Ann's two kids"}
    assert _facts("well i do not have any kids yet just three rabbits .", "hasPet") == {"Ann's three rabbits"}
    assert _facts("no kids , just a dog", "hasPet") == {"Ann's dog"}


def test_look_alikes():
    assert not _facts("no kids but one day i want them", "child")
    assert not _facts("he has no kids , just a cat", "hasPet")
    assert not _facts("i have no kids , just my job", "owns")
