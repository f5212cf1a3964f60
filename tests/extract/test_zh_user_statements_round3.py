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
