"""A word for one's own relative greeted at the head of a turn ("嫂子好！", "婆婆好啊，……") calls the one spoken to, often a
friend's wife called 嫂子 out of courtesy: no relative of the speaker's is told; said of someone ("嫂子好厉害", "嫂子在医院
上班") it is still the speaker's relative."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def _own(got: set[tuple[str, str, str]], speaker: str, word: str) -> list[tuple[str, str, str]]:
    return [(s, p, o) for s, p, o in got if s == speaker and o == f"{speaker}的{word}"]


def test_a_friends_wife_greeted() -> None:
    got = facts((1, "老陈，好久不见！"), (2, "是啊。这是我爱人，刘芳。"), (3, "你们好。"), (1, "嫂子好！老陈总跟我提起您。"))
    assert not _own(got, "Speaker 1", "嫂子"), got


def test_greeted_with_a_particle() -> None:
    got = facts((1, "进来坐。"), (2, "嫂子好啊，给您添麻烦了。"), (3, "没事没事。"))
    assert not _own(got, "Speaker 2", "嫂子"), got


def test_said_of_her_is_still_kin() -> None:
    got = facts((1, "你家谁做饭？"), (2, "嫂子好厉害，一个人带两个孩子还做饭。"), (3, "真不容易。"))
    assert _own(got, "Speaker 2", "嫂子"), got


def test_said_of_her_work_is_still_kin() -> None:
    got = facts((1, "你家谁做饭？"), (2, "嫂子在医院上班，我哥做饭。"), (3, "挺好。"))
    assert _own(got, "Speaker 2", "嫂子"), got
