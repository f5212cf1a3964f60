"""Chinese catch-up news between friends (issue 13): where one went for an outing (去崇礼滑雪了: 崇礼, not 崇礼滑雪), a reply
whose subject is left out after a question to the one who answers (周末干嘛了？ - 跟我妹去千岛湖露营了; 你还在成都吗？ -
没有啦，三月份搬到厦门了; 还在跑步吗？ - 在呢，准备十月的马拉松), a class taken (我报了个陶艺班), a book being read
(在看《三体》) and an injury (我玩滑板把手腕摔骨折了). Each with look-alikes that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import said_by, told

A, B = "Speaker 1", "Speaker 2"


@pytest.mark.parametrize(("text", "place"), [
    ("我上周末去崇礼滑雪了，雪特别好。", "崇礼"),
    ("我们去年去三亚潜水了。", "三亚"),
    ("我们上个月去黄山爬山了。", "黄山"),
])
def test_an_outing_names_the_place_without_the_pastime(text: str, place: str) -> None:
    assert ("安娜", "visited", place, False) in told(text), told(text)


@pytest.mark.parametrize(("lines", "fact"), [
    (((B, "周末干嘛了？"), (A, "跟我表姐去莫干山露营了，太舒服了")), (A, "visited", "莫干山")),
    (((B, "你还在杭州吗？"), (A, "没有啦，五月份搬到青岛了")), (A, "livesIn", "青岛")),
    (((B, "还在游泳吗？"), (A, "在呢，准备明年的铁人三项")), (A, "goal", "参加铁人三项")),
    (((B, "最近在看什么书？"), (A, "在看《活着》，哭死我了")), (A, "hobby", "看《活着》")),
])
def test_a_reply_with_its_subject_left_out_is_the_speakers(lines: tuple[tuple[str, str], ...],
                                                         fact: tuple[str, str, str]) -> None:
    assert fact in said_by(*lines), said_by(*lines)


@pytest.mark.parametrize(("text", "hobby"), [
    ("我报了个陶艺班，在社区中心。", "陶艺"),
    ("我最近在上拳击课。", "拳击"),
    ("我在读《平凡的世界》。", "读《平凡的世界》"),
])
def test_a_class_taken_or_a_book_being_read_is_a_hobby(text: str, hobby: str) -> None:
    assert ("安娜", "hobby", hobby, False) in told(text), told(text)


@pytest.mark.parametrize(("text", "injury"), [
    ("唉，我滑冰把脚踝摔骨折了。", "脚踝骨折"),
    ("我上个月摔断了胳膊。", "胳膊骨折"),
    ("我踢球把膝盖韧带拉伤了。", "膝盖韧带拉伤"),
])
def test_an_injury_of_ones_own_is_a_trait(text: str, injury: str) -> None:
    assert ("安娜", "trait", injury, False) in told(text), told(text)


@pytest.mark.parametrize("text", ["我没摔断胳膊，只是擦伤。", "我弟把腿摔断了。"])
def test_no_injury_denied_or_of_another_is_the_speakers(text: str) -> None:
    assert not any(s == "安娜" and p == "trait" for s, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize("lines", [
    ((B, "你周末干嘛？"), (A, "跟朋友去吃火锅")),                 # no outing to a place
    ((B, "他周末干嘛了？"), (A, "跟他妹去千岛湖露营了")),           # asked of someone else
    ((B, "我给孩子报了个补习班。"), (A, "挺好的。")),               # a class for a child
    ((B, "你没报班吗？"), (A, "没报。")),
    ((B, "你在看《活着》吗？"), (A, "没有。")),                     # a question
])
def test_look_alikes_give_no_visit_home_or_hobby(lines: tuple[tuple[str, str], ...]) -> None:
    found = said_by(*lines)
    assert not any(p in ("visited", "livesIn", "hobby") for _, p, _ in found), found


@pytest.mark.parametrize(("text", "event"), [
    ("上周末去看了陈奕迅的演唱会！嗓子都喊哑了", "陈奕迅的演唱会"),       # told without 我
    ("我去听了久石让的音乐会。", "久石让的音乐会"),                      # not 听了久石让的音乐会
])
def test_a_concert_gone_to_is_attended(text: str, event: str) -> None:
    assert ("安娜", "attended", event, False) in told(text), told(text)


@pytest.mark.parametrize(("lines", "place"), [
    (((A, "我在五道口租了个一居室。"),), "五道口"),
    (((A, "在静安租了套公寓，走路上班。"),), "静安"),                 # told without 我
    (((A, "我和男朋友搬到一起住了！"), (B, "终于！住哪儿？"), (A, "在中关村租了个两居")), "中关村"),
])
def test_a_home_rented_in_a_place_is_where_one_lives(lines: tuple[tuple[str, str], ...], place: str) -> None:
    assert (A, "livesIn", place) in said_by(*lines), said_by(*lines)


@pytest.mark.parametrize("text", ["我在网上租了个房子。", "我在公司附近租了个车位。"])
def test_no_home_rented_online_or_no_home(text: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize("text", ["我们周六领养了一只小狗！", "我上周日领养了一只小猫。", "我星期天领养了一只兔子"])
def test_a_weekday_after_the_subject_is_a_time(text: str) -> None:
    """周六, 上周日, 星期天 between the subject and the verb are when it happened (as 上周, 昨天 always were)."""
    assert any(s == "安娜" and p == "hasPet" for s, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize(("lines", "trait"), [
    (((B, "体检结果出来了吗？"), (A, "出来了，说我有点贫血，要多吃红肉")), "贫血"),
    (((A, "检查结果出来了，医生说我有点近视。"),), "近视"),
])
def test_a_finding_told_of_the_speaker_is_theirs(lines: tuple[tuple[str, str], ...], trait: str) -> None:
    assert (A, "trait", trait) in said_by(*lines), said_by(*lines)


@pytest.mark.parametrize(("lines", "fact"), [
    (((B, "你爸身体怎么样了？"), (A, "好多了，去年退休了，现在天天去钓鱼")), (f"{A}的爸", "habit", "钓鱼")),
    (((B, "你妈最近好吗？"), (A, "挺好的，在学跳舞呢")), (f"{A}的妈", "hobby", "学跳舞")),
    (((B, "你最近怎么样？"), (A, "还行，在学游泳")), (A, "hobby", "学游泳")),
])
def test_a_reply_after_how_is_so_and_so_tells_of_them(lines: tuple[tuple[str, str], ...],
                                                       fact: tuple[str, str, str]) -> None:
    """你爸身体怎么样了？ - 好多了，…: the reply, its subject left out after 好多了 or 挺好的, is of the one asked after."""
    assert fact in said_by(*lines), said_by(*lines)


@pytest.mark.parametrize("text", ["我开了一家花店，叫花间集。", "我们组了个乐队，名字叫回声。"])
def test_a_shop_or_band_named_gives_no_name_of_the_speaker(text: str) -> None:
    assert not any(p == "name" for _, p, _, _ in told(text)), told(text)


def test_a_thing_sold_told_without_wo_is_the_speakers() -> None:
    """把那辆宝马卖了 opening a turn: the speaker's car sold (the 把……卖 of :mod:`~kg_memory.extract.chinese.unsaid`)."""
    assert ("安娜", "owns", "宝马", True) in told("把那辆宝马卖了，换了辆电车"), told("把那辆宝马卖了，换了辆电车")
