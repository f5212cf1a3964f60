""""my dad called back", "my wife called crying": a relative who phoned, not one named "back" or "crying". A name still
follows "is called" or "a guy called", or a capitalised "called" ("my cousin called Rosa" as before)."""

from tests.extract.dialogue_facts import kept


def _kin(line: str) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in kept(line) if s == "Ann" and p in ("parent", "child", "sibling", "spouse", "relative")}


def test_a_call_made_names_no_one():
    assert _kin("my son called collect from the station") == {("child", "Ann's son")}
    assert _kin("ugh my brother called twice during dinner") == {("sibling", "Ann's brother")}
    assert _kin("my husband called crying about the dog") == {("spouse", "Ann's husband")}


def test_look_alikes():
    assert _kin("my nephew is called tobias") == {("relative", "tobias")}
