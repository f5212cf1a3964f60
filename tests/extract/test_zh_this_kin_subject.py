"""我这外孙在武汉读大学，学土木的 / 我那闺女在苏州上班: a relative pointed at with 这/那 is the speaker's relative, and what
the sentence tells is theirs, not the speaker's; 我这个人…… and 我这就去 point at no relative."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_grandson_pointed_at() -> None:
    got = facts((1, "您家孩子都挺好吧？"), (2, "我这外孙在武汉读大学，学土木的，放假才回来。"), (1, "真好。"))
    assert ("Speaker 2", "relative", "Speaker 2的外孙") in got, got
    assert not any(s == "Speaker 2" and p == "fieldOfStudy" for s, p, _ in got), got


def test_a_daughter_pointed_at() -> None:
    got = facts((1, "孩子们都在哪儿？"), (2, "我那闺女在苏州上班，一年回来一趟。"), (1, "远了点。"))
    assert ("Speaker 2", "child", "Speaker 2的闺女") in got, got
    assert ("Speaker 2的闺女", "workLocation", "苏州") in got, got
    assert not any(s == "Speaker 2" and p == "workLocation" for s, p, _ in got), got


def test_no_relative_pointed_at() -> None:
    got = facts((1, "你怎么不说话？"), (2, "我这个人不爱说话，我这就去上班了。"), (1, "去吧。"))
    assert not any(s == "Speaker 2" and p in ("relative", "child", "parent", "sibling") for s, p, _ in got), got
