"""A relative asked after, then a question going on without its subject ("How's your dad? Still driving the bus?"):
"he" or "she" in the reply is that relative, and a short "yes" tells of the relative, not of the one replying
(kg_memory/extract/asked_kin.py). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("asked", "reply", "fact"), [
    ("Morning, Priya. How's your father? Still at the post office?", "He retired in May. He paints now.",
     ("Speaker 1's father", "hobby", "paints")),
    ("How's your aunt doing? Still nursing?", "Yes. She works nights at Mercy General.",
     ("Speaker 1's aunt", "worksFor", "Mercy General")),
    ("你爸身体还好吧？还在厂里上班？", "他去年退休了，现在天天钓鱼。", ("Speaker 1的爸", "habit", "钓鱼")),
])
def test_the_reply_tells_of_the_relative_asked_after(asked: str, reply: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts((2, asked), (1, reply))


@pytest.mark.parametrize(("asked", "reply"), [
    ("How's your brother? Still at Boeing?", "Yep, he loves it."),
    ("你妹妹还好吧？还在银行上班？", "对。"),
])
def test_a_yes_to_the_follow_up_gives_the_one_replying_no_job(asked: str, reply: str) -> None:
    assert not any(s == "Speaker 1" and p in ("worksFor", "jobTitle") for s, p, _ in facts((2, asked), (1, reply)))


@pytest.mark.parametrize(("asked", "reply", "fact"), [
    ("Still at Boeing?", "Yep, still there.", ("Speaker 1", "worksFor", "Boeing")),
    ("How's your sister? Is Omar still in Leeds?", "He moved to York.", ("Omar", "livesIn", "York")),
])
def test_a_question_of_its_own_is_read_as_before(asked: str, reply: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts((2, asked), (1, reply))
