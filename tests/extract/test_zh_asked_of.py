"""A name a question puts on someone spoken of ("您儿子是不是叶医生？") or that the answer gives them after confirming
("你同学是不是小蒙？" - "对，蒙晓东，……"; "那个新来的主管怎么样？" - "姓霍，霍主管，……") is no speaker's; "你是不是小蒙？"
still names the one asked, and a call of the asker opening an answer still names the asker."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def _named(got: set[tuple[str, str, str]], name: str) -> list[str]:
    return [s for s, p, o in got if p in ("name", "alternateName") and o == name and s.startswith("Speaker")]


def test_the_name_asked_of_a_son() -> None:
    got = facts((1, "您儿子是不是叶医生？骨科那个？"), (2, "对，就是他，在骨科好几年了。"), (1, "那可巧了。"))
    assert not _named(got, "叶医生"), got


def test_the_name_the_answer_confirms() -> None:
    got = facts((1, "你同学是不是小蒙？上回来过的那个。"), (2, "对对，蒙晓东，我们一个班的。"), (1, "他人挺好的。"))
    assert not _named(got, "小蒙") and not _named(got, "蒙晓东"), got


def test_the_name_the_answer_gives_a_manager() -> None:
    got = facts((1, "你们公司那个新来的主管怎么样？"), (2, "姓霍，霍主管，四十来岁，挺严的。"), (1, "严点好。"))
    assert not _named(got, "霍主管") and not any(s == "Speaker 1" and p == "jobTitle" for s, p, _ in got), got


def test_asked_of_the_one_spoken_to() -> None:
    got = facts((1, "你是不是小蒙？"), (2, "对，我是，你是？"), (1, "我是他表姐。"))
    assert _named(got, "小蒙") == ["Speaker 2"], got


def test_a_call_opening_the_answer() -> None:
    got = facts((1, "妈，我爸呢？"), (2, "小雨，你爸在路上，马上到。"), (1, "那我等他。"))
    assert _named(got, "小雨") == ["Speaker 1"], got
