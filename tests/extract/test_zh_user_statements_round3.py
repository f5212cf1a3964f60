"""What users say of themselves and their people in ordinary Chinese chats, third round: something done with a friend
named after what they are (我每个周日和朋友小美一起打网球: the friend, and the habit when said to be regular), children
counted then told by their ages (我有两个孩子，女儿七岁，儿子四岁: each a child of that age) and a business opened in a
city (我老公在成都开了一家小饭馆: founded, and where he works). Each with look-alike lines (negations, questions,
hypotheticals, other people) that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("我每个周日和朋友小美一起打网球。", ("安娜", "friend", "小美")),
    ("我每个周日和朋友小美一起打网球。", ("安娜", "habit", "打网球")),
    ("我周末常和同事小王一起爬山。", ("安娜", "colleague", "小王")),
    ("我周末和同事小王一起爬山。", ("安娜", "habit", "爬山")),
    ("我平时跟好朋友李娜一起去健身房。", ("安娜", "friend", "李娜")),
    ("我每天晚上和室友阿杰一起跑步。", ("安娜", "habit", "跑步")),
    ("我每周和朋友一起打羽毛球。", ("安娜", "habit", "打羽毛球")),
    ("我妹妹每个周日和朋友小美一起打网球。", ("安娜的妹妹", "friend", "小美")),
    ("我有两个孩子，女儿七岁，儿子四岁。", ("安娜", "child", "安娜的女儿")),
    ("我有两个孩子，女儿七岁，儿子四岁。", ("安娜的女儿", "age", "7")),
    ("我有两个孩子，女儿七岁，儿子四岁。", ("安娜的儿子", "age", "4")),
    ("我有一儿一女，大女儿今年十二岁了，小儿子才三岁。", ("安娜的大女儿", "age", "12")),
    ("我们家有两个孩子，儿子十岁，女儿六岁。", ("安娜的女儿", "age", "6")),
    ("我老公是厨师，在成都开了一家小饭馆。", ("安娜的老公", "founded", "小饭馆")),
    ("我老公是厨师，在成都开了一家小饭馆。", ("安娜的老公", "workLocation", "成都")),
    ("我在杭州开了一家面馆。", ("安娜", "founded", "面馆")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我不和朋友小美一起打网球。", ("安娜", "habit", "打网球")),
    ("我每个周日不和朋友小美一起打网球。", ("安娜", "habit", "打网球")),
    ("我每个周日和朋友小美一起打网球吗？", ("安娜", "friend", "小美")),
    ("你每个周日和朋友小美一起打网球吗？", ("安娜", "habit", "打网球")),
    ("如果我每个周日和朋友小美一起打网球，我会瘦的。", ("安娜", "habit", "打网球")),
    ("我妹妹每个周日和朋友小美一起打网球。", ("安娜", "friend", "小美")),
    ("我妹妹每个周日和朋友小美一起打网球。", ("安娜", "habit", "打网球")),
    ("我昨天和朋友小美一起打网球。", ("安娜", "habit", "打网球")),  # once, no habit
    ("我这周末和朋友小美一起打网球。", ("安娜", "habit", "打网球")),
    ("我每个周日和小美一起打网球。", ("安娜", "friend", "小美")),  # who 小美 is is not said
    ("她有两个孩子，女儿七岁，儿子四岁。", ("安娜的女儿", "age", "7")),
    ("她有两个孩子，女儿七岁，儿子四岁。", ("安娜", "child", "安娜的女儿")),
    ("我没有孩子，女儿七岁的是我姐姐的。", ("安娜的女儿", "age", "7")),
    ("我有两个孩子吗？女儿七岁，儿子四岁？", ("安娜的女儿", "age", "7")),
    ("如果我有两个孩子，女儿七岁，儿子四岁，我就忙死了。", ("安娜的女儿", "age", "7")),
    ("我有两个孩子，都很可爱。", ("安娜的女儿", "age", "7")),
    ("我老公没在成都开饭馆。", ("安娜的老公", "founded", "饭馆")),
    ("我老公想在成都开一家小饭馆。", ("安娜的老公", "founded", "小饭馆")),
    ("我老公在成都开了一家小饭馆吗？", ("安娜的老公", "founded", "小饭馆")),
    ("如果我老公在成都开了一家小饭馆，我就去帮忙。", ("安娜的老公", "founded", "小饭馆")),
    ("我老公想在成都开一家小饭馆。", ("安娜的老公", "workLocation", "成都")),
    ("他哥哥在成都开了一家小饭馆。", ("安娜的老公", "workLocation", "成都")),
])
def test_a_look_alike_gives_no_such_fact(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in kept(text), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我和老公结婚十二年了。", ("安娜", "spouse", "安娜的老公")),
    ("我跟老婆结婚五年了。", ("安娜", "spouse", "安娜的老婆")),
    ("我和王磊结婚十年了。", ("安娜", "spouse", "王磊")),
    ("我姐姐和她老公马克住在芝加哥。", ("安娜的姐姐", "livesIn", "芝加哥")),
    ("我姐姐和她老公马克住在芝加哥。", ("安娜的姐姐", "spouse", "马克")),
    ("我姐姐跟她男朋友一起住在上海。", ("安娜的姐姐", "livesIn", "上海")),
    ("我和老公住在芝加哥。", ("安娜", "spouse", "安娜的老公")),
    ("我和老公住在芝加哥。", ("安娜的老公", "livesIn", "芝加哥")),
])
def test_a_spouse_said_by_the_kin_word_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我和老公结婚十二年了。", ("安娜", "spouse", "老公")),  # the kin word is no name
    ("我和老公住在芝加哥。", ("老公", "livesIn", "芝加哥")),
    ("我和老公没结婚。", ("安娜", "spouse", "安娜的老公")),
    ("我和老公结婚十二年了吗？", ("安娜", "spouse", "安娜的老公")),
    ("如果我和老公结婚了，我就搬走。", ("安娜", "spouse", "安娜的老公")),
    ("她和老公结婚十二年了。", ("安娜", "spouse", "安娜的老公")),
    ("我姐姐不和她老公马克住在芝加哥。", ("安娜的姐姐", "livesIn", "芝加哥")),
    ("我姐姐没和她老公马克住在芝加哥。", ("安娜的姐姐", "livesIn", "芝加哥")),
    ("我姐姐和她老公马克住在芝加哥吗？", ("安娜的姐姐", "spouse", "马克")),
    ("如果我姐姐和她老公马克住在芝加哥，我就去看她。", ("安娜的姐姐", "livesIn", "芝加哥")),
    ("他姐姐和她老公马克住在芝加哥。", ("安娜的姐姐", "livesIn", "芝加哥")),
    ("我姐姐和她老公马克住在芝加哥。", ("安娜", "spouse", "马克")),
])
def test_a_look_alike_gives_no_spouse_of_the_kin_word(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in kept(text), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我最好的朋友小静刚生了个女儿，叫朵朵。", ("小静", "child", "朵朵")),
    ("我最好的朋友小静刚生了个女儿，叫朵朵。", ("安娜", "friend", "小静")),
    ("我姐姐刚生了个儿子，叫豆豆。", ("安娜的姐姐", "child", "豆豆")),
    ("我同事王芳上个月生了个儿子，叫乐乐。", ("王芳", "child", "乐乐")),
    ("我刚生了个女儿，叫朵朵。", ("安娜", "child", "朵朵")),
    ("我朋友小静生了个女儿。", ("安娜", "friend", "小静")),  # not 小静生
])
def test_a_child_born_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我姐姐刚生了个儿子，叫豆豆。", ("安娜", "sibling", "豆豆")),  # the son's name, not the sister's
    ("我朋友小静没生女儿，叫朵朵的是她侄女。", ("小静", "child", "朵朵")),
    ("我最好的朋友小静刚生了个女儿吗？叫朵朵？", ("小静", "child", "朵朵")),
    ("如果我朋友小静生了个女儿，叫朵朵，我就送礼物。", ("小静", "child", "朵朵")),
    ("他朋友小静刚生了个女儿，叫朵朵。", ("安娜", "friend", "小静")),
    ("我朋友小静想生个女儿，叫朵朵。", ("小静", "child", "朵朵")),
])
def test_a_look_alike_gives_no_child_born(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in kept(text), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我四月份要和我姐去日本。", ("安娜", "goal", "去日本")),
    ("我四月份要和我姐去日本。", ("安娜", "sibling", "安娜的姐")),
    ("我下个月要和我妹妹一起去日本旅游。", ("安娜", "sibling", "安娜的妹妹")),
])
def test_a_trip_with_a_relative_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我四月份不和我姐去日本。", ("安娜", "goal", "去日本")),
    ("我四月份要和我姐去日本吗？", ("安娜", "goal", "去日本")),
    ("如果我四月份和我姐去日本，我就买相机。", ("安娜", "goal", "去日本")),
    ("我四月份和我姐去了日本。", ("安娜", "goal", "去日本")),  # done, no goal
    ("他四月份要和他姐去日本。", ("安娜", "goal", "去日本")),
    ("他四月份要和他姐去日本。", ("安娜", "sibling", "安娜的姐")),
])
def test_a_look_alike_gives_no_trip_with_a_relative(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in kept(text), told(text)
