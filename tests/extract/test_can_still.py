""""at least i can still paint", "i can still swim a mile": a skill kept, as "i can paint" (was nothing). Look-alikes:
"i can still drive you home" and "i can not still ..." say no skill."""

from tests.extract.dialogue_facts import kept


def _skills(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "skill"}


def test_a_skill_kept():
    assert _skills("well , at least i can still paint .") == {"paint"}
    assert _skills("i am old but i can still swim") == {"swim"}


def test_look_alikes():
    assert not _skills("i can still drive you home tonight")
    assert not _skills("i can not still paint after the accident")
