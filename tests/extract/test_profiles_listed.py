"""What a user lists about themself as a profile, without "I" each time: "Hi! I'm Dana, 34, a UX designer at Shopify in
Toronto. Married to Mark, ...", "About me: 29, software engineer, ...", "Some context: retired teacher, 67, widowed,
living in Asheville"; a child spoken of by age ("we have a 3yo named Leo"); a student's school and field ("a grad student
at Michigan studying epidemiology"); Chinese profiles: 在上海一家广告公司做文案, 做嵌入式开发, 现在和儿子一家住在南京,
一对双胞胎儿子. Fragments outside a profile, and a thing after an age, give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("Hi! I'm Nora, 41, a product manager at Spotify in Stockholm.", ("Ann", "age", "41")),
    ("Hi! I'm Nora, 41, a product manager at Spotify in Stockholm.", ("Ann", "worksFor", "Spotify")),
    ("Hi! I'm Nora. Married to Erik, we have two cats.", ("Ann", "spouse", "Erik")),
    ("About me: 33, data engineer, I live in Leeds.", ("Ann", "jobTitle", "data engineer")),
    ("Background: retired nurse, 71, widowed, living in Duluth.", ("Ann", "maritalStatus", "widowed")),
    ("Background: retired nurse, 71, widowed, living in Duluth.", ("Ann", "livesIn", "Duluth")),
    ("Quick intro - I'm Ravi. Vegan, play drums in a cover band.", ("Ann", "diet", "vegan")),
    ("I'm non-binary, 27, and I work in Denver.", ("Ann", "age", "27")),
    ("We have a 4yo named Ezra and a beagle.", ("Ann", "child", "Ezra")),
    ("We have a 4yo named Ezra and a beagle.", ("Ezra", "age", "4")),
    ("I'm a PhD student at Rice studying chemistry.", ("Ann", "fieldOfStudy", "chemistry")),
    ("I'm a PhD student at Rice studying chemistry.", ("Ann", "studiesAt", "Rice")),
    ("我在杭州一家公司做策划。", ("安娜", "jobTitle", "策划")),
    ("我做嵌入式开发。", ("安娜", "jobTitle", "嵌入式开发")),
    ("我现在和女儿一家住在青岛。", ("安娜", "livesIn", "青岛")),
    ("我们有一对双胞胎女儿。", ("安娜", "child", "安娜的女儿")),
])
def test_a_fact_listed_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("Vegetarian, play guitar in a band.", "diet"),  # no profile: whose?
    ("I'm tired, 23 hours awake.", "age"),
    ("I have a 3 year old car.", "child"),
    ("We don't have a 2 year old.", "child"),
    ("About me: honestly, I don't know.", "jobTitle"),
])
def test_what_is_no_profile_gives_no_such_fact(text: str, predicate: str) -> None:
    assert not any(p == predicate and not ended for _, p, _, ended in told(text)), told(text)
