"""A Chinese answer that takes up the question's words and then closes its first sentence with a name ("练好了，于老师。"
after "那首曲子练好了吗？") says the name back to the one who asked, not to the one who speaks next."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_name_closing_a_short_answer_is_the_askers() -> None:
    got = facts((1, "那首曲子练好了吗？"), (2, "练熟了，于老师。"), (3, "我还差最后一段。"), (1, "那先合一遍。"))
    assert ("Speaker 1", "alternateName", "于老师") in got, got
    assert ("Speaker 3", "alternateName", "于老师") not in got, got


def test_a_name_after_words_of_another_matter_is_not_read_so() -> None:
    from kg_memory.extract.called_back import _closes_answer

    assert not _closes_answer("那首曲子练好了吗？", "我去倒杯水，于老师。", 6)
