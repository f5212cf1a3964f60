"""More news friends tell in catch-up chat (issue 13): an interest taken up "lately", a pet named in a sentence of its
own, a child named by their place among the children ("my youngest, Maya,"), a job started "at a firm downtown", a trip
come back from ("just back from Kyoto") and, in Chinese, a workplace gone to (她刚去了一家律所上班), news said without 我
after a short answer (还在德勤吗？ - 早走了，现在在一家创业公司做产品), a trip come back from (刚从里斯本回来), a pet adopted
(领养了一只橘猫，叫土豆) and a class finally signed up for (终于报了个吉他班). Each with look-alikes that must give nothing of
the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, said_by

A, B = "Speaker 1", "Speaker 2"


@pytest.mark.parametrize(("text", "fact"), [
    ("been getting into bouldering lately, there's a gym by my office", ("Ann", "hobby", "bouldering")),
    ("I've gotten really into true crime podcasts recently", ("Ann", "hobby", "true crime podcasts")),
    ("we've been getting into board games these days", ("Ann", "hobby", "board games")),
    ("oh and we got a puppy!! a beagle named Waffles", ("Ann", "hasPet", "Waffles")),
    ("We adopted a kitten. A little tabby called Miso.", ("Ann", "hasPet", "Miso")),
    ("my little one Nora started preschool this week", ("Ann", "child", "Nora")),
    ("My youngest, Eli, lost his first tooth!", ("Ann", "child", "Eli")),
    ("our middle one, Theo, plays soccer now", ("Ann", "child", "Theo")),
    ("I just started at an ad agency downtown", ("Ann", "worksFor", "ad agency")),
    ("ngl been getting into crochet lately", ("Ann", "hobby", "crochet")),
    ("we adopted a kitten! a fluffy little tabby named Mochi", ("Ann", "hasPet", "Mochi")),
    ("I'm just back from Porto, what a city", ("Ann", "visited", "Porto")),
    ("Back from Lisbon!", ("Ann", "visited", "Lisbon")),
    ("昨天领养了一只小狗，叫豆豆", ("安娜", "hasPet", "豆豆")),
    ("刚从清迈回来，晒黑了好多", ("安娜", "visited", "清迈")),
    ("终于报了个尤克里里班，下周开课", ("安娜", "hobby", "尤克里里")),
])
def test_news_told_in_catch_up_chat(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("been getting into trouble lately", "hobby"),
    ("getting into the car lately hurts my back", "hobby"),
    ("been getting into more work lately", "hobby"),
    ("my son has been getting into fights lately", "hobby"),
    ("my oldest friend Ben came over", "child"),          # a friend
    ("my youngest is five", "child"),                      # no name
    ("we started at the park downtown", "worksFor"),       # a walk, no employer
    ("Back from Lisbon!", "name"),                         # no one named Back
    ("back from the doctor, all good", "visited"),
    ("我去了一家餐厅吃饭", "worksFor"),                      # a meal, no work
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    assert not any(p == predicate for _, p, _ in kept(text)), kept(text)


def test_a_pet_named_alone_names_only_a_pet_just_told_of() -> None:
    assert not any(p in ("hasPet", "name") or o == "Biscuit" for _, p, o in
                   kept("my brother came over. a corgi named Biscuit bit him"))


@pytest.mark.parametrize(("lines", "fact"), [
    (((B, "还在德勤吗？"), (A, "早走了，现在在一家创业公司做产品")), (A, "worksFor", "创业公司")),
    (((B, "还在银行上班吗？"), (A, "没了，现在在一家外贸公司当会计")), (A, "worksFor", "外贸公司")),
    (((B, "你老公最近怎么样？"), (A, "挺好，他刚去了一家广告公司上班")), (f"{A}的老公", "worksFor", "广告公司")),
    (((B, "还在学校教书吗？"), (A, "早离职了，现在在一家银行当柜员")), (A, "worksFor", "银行")),
    (((B, "how's your wife doing?"), (A, "good! she just started at a law firm downtown")),
     (f"{A}'s wife", "worksFor", "law firm")),
])
def test_news_in_a_reply(lines: tuple[tuple[str, str], ...], fact: tuple[str, str, str]) -> None:
    assert fact in said_by(*lines), said_by(*lines)


def test_news_after_a_short_answer_to_a_question_about_someone_else_is_not_the_speakers() -> None:
    # 你哥还在德勤吗？ asks about the brother: the reply's news is his, not the speaker's
    assert (A, "worksFor", "创业公司") not in said_by((B, "你哥还在德勤吗？"), (A, "早走了，现在在一家创业公司做产品"))
