"""A diagnosis is a condition one has, in both languages: "I was diagnosed with ADHD last year", "my dad got diagnosed
with gout", 我妈被确诊为糖尿病, 我儿子被诊断出自闭症 give the trait (as "I have diabetes", 我有糖尿病); not "I was never
diagnosed with anything", 我没有被诊断出抑郁症."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "who", "condition"), [
    ("I was diagnosed with ADHD last year", "Ann", "ADHD"),
    ("my dad just got diagnosed with gout ugh", "Ann's dad", "gout"),
    ("My wife has been diagnosed with lupus.", "Ann's wife", "lupus"),
    ("my daughter was recently diagnosed with dyslexia", "Ann's daughter", "dyslexia"),
    ("我妈被确诊为糖尿病", "安娜的妈", "糖尿病"),
    ("我儿子去年被诊断出自闭症", "安娜的儿子", "自闭症"),
    ("我老公最近查出来有高血压", "安娜的老公", "高血压"),
])
def test_a_diagnosis_is_a_condition_had(line: str, who: str, condition: str) -> None:
    assert (who, "trait", condition) in kept(line)


@pytest.mark.parametrize("line", ["I was never diagnosed with anything", "I wasn't diagnosed with ADHD",
                                  "I might be diagnosed with something", "我没有被诊断出抑郁症"])
def test_no_condition(line: str) -> None:
    assert not any(p == "trait" for _, p, _ in kept(line))
