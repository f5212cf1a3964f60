"""The speaker's own relative asked about in a question is whom "she"/"he" (她/他) means after it: "what's a good gift
for my girlfriend? she likes hiking" is about the girlfriend, not the speaker."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str, speaker: str = "Ann") -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), speaker if i % 2 == 0 else "Bot", t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "fact"), [
    ("what's a good gift for my girlfriend? she likes hiking", ("Ann's girlfriend", "likes", "hiking")),
    ("Any ideas for my little brother? He's really into Lego.", ("Ann's brother", "likes", "Lego")),
    ("送我女朋友什么礼物好？她喜欢爬山。", ("Ann的女朋友", "likes", "爬山")),
])
def test_the_relative_asked_about_is_whom_the_pronoun_means(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found
    assert not any(s == "Ann" and p == fact[1] for s, p, _ in found), found

@pytest.mark.parametrize("text", [
    "should I call my mom and dad? she is mad at me",  # two asked about: unsure whom "she" means
    "what should I get my wife's sister? she likes hiking",  # the sister, not the wife
])
def test_no_relative_when_the_question_names_two_or_another(text: str) -> None:
    assert not any(s.startswith("Ann's") and p == "likes" for s, p, _ in facts(text)), facts(text)
