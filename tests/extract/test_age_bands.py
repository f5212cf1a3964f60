"""The generation one belongs to, said as people of an age call themselves ("I'm a millennial", "my uncle is a
boomer", 我是八零后, 我妹妹是05后): a trait in both languages, no job; a denial, a question or a band no one uses
(91后) gives none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "who", "band"), [
    ("Honestly I'm a millennial, through and through.", "Ann", "millennial"),
    ("My uncle Ray is a boomer.", "Ray", "baby boomer"),
    ("My little sister is Gen Z.", "Ann's sister", "Gen Z"),
    ("I'm an 80s baby.", "Ann", "80s kid"),
    ("我是八零后。", "安娜", "80后"),
    ("我妹妹是05后。", "安娜的妹妹", "05后"),
    ("我老板也是个七零后。", "安娜的老板", "70后"),
])
def test_the_generation_is_a_trait(text: str, who: str, band: str) -> None:
    facts = kept(text)
    assert (who, "trait", band) in facts, facts
    assert not {f for f in facts if f[1] == "jobTitle"}, facts


@pytest.mark.parametrize("text", ["I'm not a boomer.", "Are you a millennial?", "That was such a boomer thing to say.",
                                  "我不是八零后。", "你是九零后吗？", "我是93后。", "我是八零后的妈妈。"])
def test_no_generation(text: str) -> None:
    assert not {f for f in kept(text) if f[1] in ("trait", "jobTitle")}
