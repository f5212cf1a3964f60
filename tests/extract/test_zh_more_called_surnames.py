"""Less common surnames called with a title or 老/小 (纪师傅, 鲍姐, 老郜, 常大姐, 车大爷, 甄老板) name the one answering, as 老王
does; words that begin with them (小车, 常常, 管理) name nobody."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("call,answer", [("纪师傅，水管又漏了。", "我下午过去看看。"), ("鲍姐，这个月的账对完了吗？", "快了快了。"),
                                         ("老郜，你家鸡蛋还有没有？", "有，要几箱？"), ("车大爷，您慢点走。", "没事，我腿脚好着呢。"),
                                         ("甄老板，今天的报纸到了吗？", "刚到，给你留着呢。")])
def test_the_one_answering_is_named(call: str, answer: str) -> None:
    name = call.split("，")[0]
    got = facts((1, call), (2, answer), (1, "好嘞。"))
    assert ("Speaker 2", "alternateName", name) in got, got


@pytest.mark.parametrize("line", ["小车停在门口了，你去开过来。", "我常常去那儿，管理处就在旁边。"])
def test_words_name_nobody(line: str) -> None:
    got = facts((1, line), (2, "好。"), (1, "快点。"))
    assert not any(p in ("name", "alternateName") for _, p, _ in got), got
