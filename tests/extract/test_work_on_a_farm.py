""""i work on a farm", "i work on my parents' farm", "i work on a fishing boat", "i work with my dad on the ranch": the
speaker works for a farm, a boat, a ranch (was nothing: "work on" was read as no employer, as in "i work on my
novel"). Look-alikes: a thing worked on, one's own farm (owned, no employer), a denial, a question, a model ship."""

from tests.extract.dialogue_facts import kept


def _employers(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "worksFor"}


def test_a_workplace_worked_on():
    assert _employers("i work on a farm") == {"farm"}
    assert _employers("i work on my parents farm") == {"parents farm"}
    assert _employers("I work on a fishing boat.") == {"fishing boat"}
    assert _employers("i work with my dad on the ranch") == {"ranch"}
    assert _employers("i work on an oil rig in the gulf") == {"oil rig"}


def test_look_alikes():
    assert not _employers("i am working on my next novel")
    assert not _employers("i work on my farm")
    assert not _employers("i do not work on a farm")
    assert not _employers("do you work on a farm ?")
    assert not _employers("i am working on a model ship")
