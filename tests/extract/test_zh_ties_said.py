"""Chinese: what two people are to each other, said in passing in a chat (dates had, partners back together, people
known only slightly, a friend named before the noun, old friends and "good sisters", a roommate of before, a person
hated), and the 我们 of an answer to a question about 你们: invented text, with the negated, asked, hypothetical and
someone-else forms that must give nothing."""

from __future__ import annotations

import pytest

from kg_memory.types import Entity, Turn


def _facts(rules, *texts: str, speakers=("安娜", "鲍勃")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return rules.extract(turns)


def _said(rules, triples, *texts: str):
    return triples(_facts(rules, *texts))


def _about(said, predicate):
    return {t for t in said if t[1] == predicate}


# --- dates had, partners back together ---------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("我和王磊约会过几次，后来就没联系了。", ("安娜", "dated", "王磊")),
    ("李静和我约会了两次。", ("李静", "dated", "安娜")),
    ("我和王磊复合了！", ("安娜", "partner", "王磊")),
    ("李静跟王磊又复合了。", ("李静", "partner", "王磊")),
])
def test_dates_had_and_partners_back_together(rules, triples, text, fact):
    assert fact in _said(rules, triples, text)


def test_we_are_back_together_in_a_chat_of_two(rules, triples):
    assert ("鲍勃", "partner", "安娜") in _said(rules, triples, "你最近怎么样？", "好消息，我们复合了。")


@pytest.mark.parametrize("text", ["我和王磊复合了吗？", "如果我和王磊复合了，我就告诉你。", "我没和王磊复合。",
                                  "我和王磊和好了。", "我和王磊约会过几次吗？", "我想和王磊约会几次。"])
def test_no_couple_when_asked_supposed_denied_or_only_made_up(rules, triples, text):
    said = _said(rules, triples, text)
    assert not _about(said, "partner") and not _about(said, "dated")


# --- people known slightly ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我跟王磊不太熟。", "其实我和王磊不熟，只见过一次。"])
def test_known_only_slightly(rules, triples, text):
    assert ("安娜", "acquaintance", "王磊") in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["我跟王磊很熟。", "你跟王磊不太熟吗？", "要是我跟王磊不熟就好了。"])
def test_no_acquaintance_when_close_or_asked_or_wished(rules, triples, text):
    assert not _about(_said(rules, triples, text), "acquaintance")


@pytest.mark.parametrize("text", ["我认识王磊很多年了。", "我和王磊认识十年了。", "我跟王磊是在大学认识的。",
                                  "我和王磊在一次聚会上认识的。"])
def test_known_for_years_or_met_somewhere(rules, triples, text):
    assert ("安娜", "knows", "王磊") in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["你认识王磊多久了？", "我不认识王磊。", "如果我认识王磊十年了，我就知道了。", "我认识北京很多年了。"])
def test_not_known_when_asked_denied_supposed_or_a_place(rules, triples, text):
    assert not _about(_said(rules, triples, text), "knows")


# --- a friend or relative named before the noun ------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("我有个叫李静的朋友，她是律师。", ("安娜", "friend", "李静")),
    ("我有一个叫王磊的哥哥。", ("安娜", "sibling", "王磊")),
])
def test_someone_named_before_what_they_are(rules, triples, text, fact):
    assert fact in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["我没有叫李静的朋友。", "如果你有个叫李静的朋友，就介绍给我。", "你有个叫李静的朋友吗？"])
def test_no_friend_named_when_denied_supposed_or_asked(rules, triples, text):
    assert not _about(_said(rules, triples, text), "friend")


# --- old friends, good sisters and brothers ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["李静是我的老朋友。", "李静是我的好姐妹。", "我的好兄弟李静明天来。"])
def test_old_friends_and_good_sisters_are_friends(rules, triples, text):
    said = _said(rules, triples, text)
    assert ("安娜", "friend", "李静") in said
    assert not _about(said, "sibling")


def test_a_sister_is_still_a_sibling(rules, triples):
    assert ("安娜", "sibling", "李静") in _said(rules, triples, "李静是我的姐姐。")


@pytest.mark.parametrize("text", ["李静不是我的老朋友。", "李静是王磊的老朋友。"])
def test_no_old_friend_of_the_speaker_when_denied_or_someone_elses(rules, triples, text):
    assert ("安娜", "friend", "李静") not in _said(rules, triples, text)


# --- a roommate of before -----------------------------------------------------------------------------------

def test_a_roommate_of_before_is_a_tie_that_ended(rules):
    facts = [f for f in _facts(rules, "王磊是我以前的室友，我们处得很好。") if f.predicate == "roommate"]
    assert [(f.subject.label, f.object.label, f.ended) for f in facts if isinstance(f.object, Entity)] \
        == [("安娜", "王磊", True)]


def test_no_roommate_of_before_when_denied(rules, triples):
    assert not _about(_said(rules, triples, "王磊不是我以前的室友。"), "roommate")


# --- neighbours in the same building -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["王磊住在我们楼里。", "王磊也住我们这栋楼。"])
def test_living_in_our_building_is_a_neighbour(rules, triples, text):
    assert ("王磊", "neighbor", "安娜") in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["王磊不住我们楼。", "王磊住我们楼吗？", "王磊住在他们楼里。"])
def test_no_neighbour_when_denied_asked_or_another_building(rules, triples, text):
    assert not _about(_said(rules, triples, text), "neighbor")


# --- hating someone, comparing someone ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我恨透了王磊。", "我恨死王磊了！"])
def test_hating_someone_through_and_through(rules, triples, text):
    said = _said(rules, triples, text)
    assert ("安娜", "negativeImpression", "王磊") in said
    assert not _about(said, "dislikes")


def test_no_hatred_when_denied(rules, triples):
    assert not _about(_said(rules, triples, "我不恨王磊。"), "negativeImpression")


def test_a_comparison_keeps_the_name_whole(rules, triples):
    said = _said(rules, triples, "我很喜欢王磊，但李静更聪明。")
    assert not any("李静更" in str(t[0]) or "李静更" in str(t[2]) for t in said)


# --- 我们 answering a question about 你们 --------------------------------------------------------------------

@pytest.mark.parametrize("texts", [("你们离婚了吗？", "没有，我们还是夫妻。"), ("你们俩是怎么认识的？", "我们是大学同学。"),
                                   ("你们订婚了吗？", "对，我们订婚了。")])
def test_we_answering_about_you_all_leaves_the_asker_out(rules, triples, texts):
    said = _said(rules, triples, *texts)
    assert not {t for t in said if {t[0], t[2]} == {"安娜", "鲍勃"}}


def test_we_broke_up_answering_about_you_all_ends_every_partner(rules):
    facts = _facts(rules, "你们分手了？", "对，我们分手了。")
    assert not [f for f in facts if f.predicate == "partner" and isinstance(f.object, Entity) and f.object.label == "安娜"]


def test_we_are_a_couple_told_to_the_other_still_counts(rules, triples):
    assert ("鲍勃", "spouse", "安娜") in _said(rules, triples, "你还记得那天吗？", "当然，我们是夫妻。")
