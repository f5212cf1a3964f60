"""What changes, told as people tell an assistant in later turns: a new employer ("I got hired at Costco", 我在做保险
now), an age said again with a chat word after it ("she's 9 actually"), a wedding told with "we" after an engagement
("I'm engaged to Sam." ... "We got married!", 我和小林订婚了 ... 我们上周结婚了: Sam, 小林 are spouses), a partner named
with no 我 (女朋友叫王悦), a pet named before that died (豆豆去年走了), a thing sold and its successor ("I sold my Jetta and bought a
Tesla", 我把大众卖了，换了一辆比亚迪), a new partner named beside the dating ("I met someone! Her name is Noor and
we're dating now"), a side supported ("I support Tottenham"), a go-to ("my go-to snack"), a trip planned for a
honeymoon (去大理度蜜月), a fear of heights (恐高), cities jieba does not tag as places (合肥), a medicine taken every
day ("I take metformin every morning"). Each with what must not follow."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _facts(*texts: str, speaker: str = "Ann") -> set[tuple[str, str, str, bool]]:
    """(subject, predicate, object, ended) of ``texts`` said in turn by ``speaker`` and an assistant."""
    turns = [Turn("c", str(i), (speaker, "Bot")[i % 2], text) for i, text in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "employer"), [("Great news, I just got hired at Trader Joe's!", "Trader Joe's"),
                                                ("I was hired by Spotify in May", "Spotify"),
                                                ("I've been hired as a paramedic at Mercy", "Mercy")])
def test_hired_at_an_employer(text: str, employer: str) -> None:
    assert ("Ann", "worksFor", employer, False) in _facts(text)


@pytest.mark.parametrize("text", ["I didn't get hired at Spotify", "if I get hired at Spotify I'll move"])
def test_no_employer_when_not_hired(text: str) -> None:
    assert not any(p == "worksFor" for _, p, _, _ in _facts(text))


@pytest.mark.parametrize("text", ["I'm 34 lol", "i'm 34 btw", "I'm 34 actually", "im 34 tho"])
def test_an_age_with_a_chat_word_after(text: str) -> None:
    assert ("Ann", "age", "34", False) in _facts(text)


@pytest.mark.parametrize(("texts", "speaker", "spouse"), [
    (("I'm engaged to Omar.", "congrats!", "We got married last weekend!"), "Ann", "Omar"),
    (("My girlfriend Lena moved in with me.", "nice", "we just got married lol"), "Ann", "Lena"),
    (("我和小林订婚了。", "恭喜！", "我们上周结婚了！"), "安娜", "小林"),
])
def test_a_wedding_told_with_we_marries_the_partner(texts: tuple[str, ...], speaker: str, spouse: str) -> None:
    found = _facts(*texts, speaker=speaker)
    assert (speaker, "spouse", spouse, False) in found, found
    assert (speaker, "spouse", "Bot", False) not in found, found


def test_no_spouse_from_a_partner_left() -> None:
    found = _facts("My boyfriend Tom and I broke up.", "oh no", "We got married!")
    assert not any(p == "spouse" and o == "Tom" and not ended for _, p, o, ended in found), found


@pytest.mark.parametrize(("text", "partner"), [("我脱单了！女朋友叫王悦", "王悦"), ("男朋友叫陈默，在银行上班", "陈默")])
def test_a_partner_named_with_no_owner_is_the_speakers(text: str, partner: str) -> None:
    assert ("安娜", "partner", partner, False) in _facts(text, speaker="安娜")


def test_a_pet_named_before_that_died_is_had_no_more() -> None:
    found = _facts("我养了一只猫叫年糕。", "好可爱", "年糕去年走了，我们又养了一只狗，叫可乐。", speaker="安娜")
    assert ("安娜", "hasPet", "年糕", True) in found and ("安娜", "hasPet", "可乐", False) in found, found


@pytest.mark.parametrize("text", ["年糕走了吗？", "我男朋友叫年糕。"])
def test_no_pet_gone_asked_or_of_someone_else(text: str) -> None:
    found = _facts("我养了一只猫叫豆豆。", "好", text, speaker="安娜")
    assert not any(p == "hasPet" and ended for _, p, _, ended in found), found


@pytest.mark.parametrize(("text", "job"), [("我辞职了，现在在做保险", "保险"), ("我老公做外贸的", "外贸"), ("我在做运营", "运营")])
def test_work_by_its_field(text: str, job: str) -> None:
    assert any(p == "jobTitle" and o == job and not ended for _, p, o, ended in _facts(text, speaker="安娜"))


@pytest.mark.parametrize("text", ["我在做饭", "我在做作业", "我在做一个项目"])
def test_no_job_from_what_one_is_doing(text: str) -> None:
    assert not any(p == "jobTitle" for _, p, _, _ in _facts(text, speaker="安娜"))


@pytest.mark.parametrize(("texts", "speaker", "gone", "new"), [
    (("I drive a Jetta.", "ok", "I sold my Jetta and bought a Tesla."), "Ann", "Jetta", "Tesla"),
    (("我开的是大众。", "好", "我把大众卖了，换了一辆比亚迪。"), "安娜", "大众", "比亚迪"),
    (("我开的是宝马。", "好", "卖了那辆宝马，提了一辆新的小鹏"), "安娜", "宝马", "小鹏"),
])
def test_a_thing_sold_is_had_no_more_and_the_new_one_is(texts: tuple[str, ...], speaker: str, gone: str, new: str) -> None:
    found = _facts(*texts, speaker=speaker)
    assert (speaker, "owns", gone, True) in found and (speaker, "owns", new, False) in found, found


@pytest.mark.parametrize("text", ["I sold my soul lol", "she sold her car", "I didn't sell my car"])
def test_nothing_of_the_speakers_sold(text: str) -> None:
    assert not any(p == "owns" and ended for _, p, _, ended in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "partner"), [("I met someone!! Her name is Noor and we're dating now", "Noor"),
                                               ("I started seeing someone, his name is Dev", "Dev"),
                                               ("met a guy called Ravi and we're officially together", "Ravi")])
def test_a_new_partner_named_beside_the_dating(text: str, partner: str) -> None:
    assert ("Ann", "partner", partner, False) in _facts(text)


@pytest.mark.parametrize("text", ["we're not dating, his name is Dev", "should I ask her out? her name is Noor",
                                  "my friend Jo met a guy named Ravi and they're dating"])
def test_no_partner_denied_asked_or_anothers(text: str) -> None:
    assert not any(s == "Ann" and p == "partner" for s, p, _, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I support Tottenham, have done since I was six", ("Ann", "likes", "Tottenham")),
    ("we root for the Cubs every summer", ("Ann", "likes", "Cubs")),
    ("My go-to snack is hummus and carrots", ("Ann", "favorite", "hummus")),
])
def test_a_side_supported_and_a_go_to_are_liked(text: str, fact: tuple[str, str, str]) -> None:
    found = _facts(text)
    assert any((s, p) == fact[:2] and fact[2] in o for s, p, o, _ in found), found


@pytest.mark.parametrize("text", ["I support my family", "I support the idea", "I don't support Chelsea"])
def test_nothing_liked_from_support_of_no_side(text: str) -> None:
    assert not any(p == "likes" for _, p, _, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我们五月份要去大理度蜜月", ("安娜", "goal", "去大理")),
    ("我有点恐高，从来不坐缆车", ("安娜", "dislikes", "高处")),
    ("我在合肥上班", ("安娜", "workLocation", "合肥")),
])
def test_chinese_trips_fears_and_places_jieba_does_not_tag(text: str, fact: tuple[str, str, str]) -> None:
    assert (*fact, False) in _facts(text, speaker="安娜"), _facts(text, speaker="安娜")


@pytest.mark.parametrize(("text", "habit"), [("I take metformin every morning for my diabetes", "take metformin"),
                                             ("i take insulin twice a day", "take insulin"),
                                             ("I take my vitamins every day", "take my vitamins")])
def test_a_medicine_taken_regularly_is_a_habit(text: str, habit: str) -> None:
    assert ("Ann", "habit", habit, False) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", ["I always take things too seriously", "I may have to call someone once a week"])
def test_no_habit_of_a_manner_or_a_modal(text: str) -> None:
    assert not any(p == "habit" for _, p, _, _ in _facts(text)), _facts(text)
