"""Chinese: ties of before named after the noun (我上个室友王磊, 我的第一个男朋友王磊), an ex said with 他/她, spouses who
knew each other first (我和王磊认识了四年才结婚), a 我们分手了 beside a named parting, and 他/她 as the one liked or
disliked when the name gives the gender: invented text, with the negated, asked, hypothetical and someone-else forms
that must give nothing."""

from __future__ import annotations

import pytest

from kg_memory.types import Entity, Turn


def _facts(rules, *texts: str, speakers=("安娜", "鲍勃")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return rules.extract(turns)


def _ties(facts):
    """(subject, predicate, object, ended) of the facts between people."""
    return {(f.subject.label, f.predicate, f.object.label, f.ended) for f in facts if isinstance(f.object, Entity)}


def _current(facts):
    return {(s, p, o) for s, p, o, ended in _ties(facts) if not ended}


# --- a tie of before, named after the noun ------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("我上个室友王磊搬去深圳了。", ("安娜", "roommate", "王磊", True)),
    ("我以前的室友王磊昨天给我打电话了。", ("安娜", "roommate", "王磊", True)),
    ("我上一任老板王磊人挺好的。", ("安娜", "boss", "王磊", True)),
    ("哎，我的第一个男朋友王磊。", ("安娜", "partner", "王磊", True)),
])
def test_a_tie_of_before_named_after_the_noun_has_ended(rules, text, fact):
    ties = _ties(_facts(rules, text))
    assert fact in ties
    assert (fact[0], fact[1], fact[2], False) not in ties


def test_a_first_boyfriend_was_dated(rules):
    assert ("安娜", "dated", "王磊") in _current(_facts(rules, "我的第一个男朋友王磊现在是医生。"))


@pytest.mark.parametrize("text", ["我上个室友不是王磊。", "我上个室友是王磊吗？", "如果我上个室友王磊回来就好了。",
                                  "李静的上个室友王磊搬走了。", "我的第一个朋友王磊住在北京。"])
def test_no_tie_of_before_when_denied_asked_supposed_someone_elses_or_a_friend(rules, text):
    assert not {t for t in _ties(_facts(rules, text)) if t[0] == "安娜" and t[3]}


# --- an ex said with 他/她 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, fact", [
    (("李静昨天来找你了。", "她是我的前妻。"), ("鲍勃", "spouse", "李静", True)),
    (("王磊昨天来找你了。", "他是我的前男友。"), ("鲍勃", "partner", "王磊", True)),
])
def test_an_ex_said_with_a_pronoun_ended(rules, texts, fact):
    assert fact in _ties(_facts(rules, *texts))


@pytest.mark.parametrize("text", ["她不是我的前妻。", "她是我的前妻吗？"])
def test_no_ex_with_a_pronoun_when_denied_or_asked(rules, text):
    assert not {t for t in _ties(_facts(rules, "李静昨天来找你了。", text)) if t[1] in ("spouse", "dated")}


# --- spouses who knew each other first ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我和王磊认识了四年才结婚。", "我跟王磊交往了两年就结婚了。"])
def test_known_for_years_then_married(rules, text):
    assert ("安娜", "spouse", "王磊") in _current(_facts(rules, text))


@pytest.mark.parametrize("text", ["我和王磊认识了四年才结婚吗？", "我和王磊认识了四年也没结婚。", "如果我和王磊认识了四年才结婚就好了。",
                                  "李静和王磊认识了三年才结婚。"])
def test_no_marriage_of_the_speaker_when_asked_denied_supposed_or_someone_else(rules, text):
    assert not {t for t in _current(_facts(rules, text)) if t[0] == "安娜" and t[1] == "spouse"}


# --- 我们分手了 beside a named parting --------------------------------------------------------------------------

def test_we_broke_up_beside_a_named_parting_is_not_the_other_speaker(rules):
    ties = _ties(_facts(rules, "你今天怎么了？", "我们分手了。李静和我分手了。"))
    assert ("鲍勃", "partner", "李静", True) in ties
    assert not {t for t in ties if {t[0], t[2]} == {"安娜", "鲍勃"}}


def test_we_broke_up_alone_is_still_the_other_speaker(rules):
    assert ("鲍勃", "partner", "安娜", True) in _ties(_facts(rules, "你今天怎么了？", "我们分手了。"))


# --- 他/她 liked or disliked, the gender read from the name ----------------------------------------------------

@pytest.mark.parametrize("texts, fact", [
    (("我刚见到王磊了。", "我很喜欢他。"), ("鲍勃", "positiveImpression", "王磊")),
    (("李静来过了。", "我爱上她了。"), ("鲍勃", "positiveImpression", "李静")),
    (("王磊又来借钱了。", "我受不了他。"), ("鲍勃", "negativeImpression", "王磊")),
    (("我刚见到王磊了。", "其实我跟他不太熟。"), ("鲍勃", "acquaintance", "王磊")),
])
def test_a_pronoun_for_the_one_liked(rules, texts, fact):
    assert fact in _current(_facts(rules, *texts))


@pytest.mark.parametrize("text", ["我不喜欢他。", "你喜欢他吗？", "如果我爱上他就糟了。"])
def test_no_liking_with_a_pronoun_when_denied_asked_or_supposed(rules, text):
    said = _current(_facts(rules, "我刚见到王磊了。", text))
    assert not {t for t in said if t[1] == "positiveImpression"}


def test_a_pronoun_after_a_relative_spoken_of_is_not_the_name_before(rules):
    said = _current(_facts(rules, "李静来过了。", "我见过你的女儿，我很喜欢她。"))
    assert ("鲍勃", "positiveImpression", "李静") not in said


def test_a_pronoun_for_a_name_of_unknown_gender_stays_unread(rules):
    assert not {t for t in _current(_facts(rules, "我刚见到罗斯了。", "我很喜欢他。")) if t[1] == "positiveImpression"}


@pytest.mark.parametrize("texts, fact", [
    (("我刚见到王磊了。", "我和他是好朋友。"), ("鲍勃", "friend", "王磊")),
    (("我刚见到李静了。", "我对她很失望。"), ("鲍勃", "negativeImpression", "李静")),
])
def test_a_pronoun_for_the_other_of_a_pair_or_a_feeling(rules, texts, fact):
    assert fact in _current(_facts(rules, *texts))
