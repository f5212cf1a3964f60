"""One told by name what to do who takes it calling the other 店长, 老板, 李经理 (issue 13): that one is their boss, and
店长 their job; a customer's 老板 tells nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines, worker, boss, title", [
    (((1, "取个快递。"), (2, "稍等啊。小杰，三号架子最底下那个大箱子拿一下。"), (3, "来了，店长。这么沉啊。")),
     "Speaker 3", "Speaker 2", "店长"),
    (((1, "老板，我预约的三点。"), (2, "马上马上。阿凯，先给这位美女洗个头。"), (3, "好的老板。美女这边请。")),
     "Speaker 3", "Speaker 2", "老板"),
    (((1, "小敏，把上个月的报表发我一下。"), (2, "收到，李经理。")), "Speaker 2", "Speaker 1", "经理"),
])
def test_an_order_taken_with_a_title_tells_the_boss(lines, worker, boss, title):
    found = facts(*lines)
    assert (worker, "boss", boss) in found
    assert (boss, "jobTitle", title) in found


@pytest.mark.parametrize("lines", [
    ((1, "老板，来碗牛肉面。"), (2, "好嘞，马上。"), (1, "好的老板。")),
    ((1, "陈哥，您稍等，五分钟就好。"), (2, "好的老板。")),
    ((1, "小杰，你吃饭了吗？"), (2, "吃了，老板。")),
    ((1, "这个多少钱？"), (2, "二十。"), (1, "好，老板，给我装两个。")),
])
def test_a_customer_calling_the_owner_tells_no_boss(lines):
    assert not any(p == "boss" for _, p, _ in facts(*lines))


def test_a_boss_called_by_surname_and_zong_has_no_job_said():
    found = facts((1, "十点开会。小刘，你把上个月的报表带上。"), (2, "好的，陈总。"))
    assert ("Speaker 2", "boss", "Speaker 1") in found
    assert not any(p == "jobTitle" for _, p, _ in found)


@pytest.mark.parametrize("lines, worker, boss, title", [
    (((1, "阿峰，把三号桌的账结一下。"), (2, "主管，三号桌说要打折。"), (3, "我们是会员。")), "Speaker 2", "Speaker 1", "主管"),
    (((3, "水管又漏了。"), (1, "小郑，拿上扳手去看看。"), (2, "王经理，扳手在仓库，我先去拿。")), "Speaker 2", "Speaker 1", "经理"),
])
def test_an_answer_opening_with_the_title_tells_the_boss(lines, worker, boss, title):
    found = facts(*lines)
    assert (worker, "boss", boss) in found
    assert (boss, "jobTitle", title) in found


def test_the_master_one_learns_a_trade_from_is_a_boss_with_no_job_said():
    found = facts((3, "这车怎么了？"), (1, "小伟，把轮胎卸下来看看。"), (2, "好的师父，我去拿千斤顶。"))
    assert ("Speaker 2", "boss", "Speaker 1") in found
    assert not any(s == "Speaker 1" and p == "jobTitle" for s, p, _ in found)


@pytest.mark.parametrize("lines", [
    ((1, "小林，你来一下。"), (2, "老板，再来碗面。")),
    ((1, "小林，你吃了吗？"), (2, "经理，我吃过了。")),
    ((1, "小林，您坐这边。"), (2, "主任，不用客气。")),
])
def test_a_title_opening_an_answer_to_no_order_or_a_customers_tells_no_boss(lines):
    assert not any(p == "boss" for _, p, _ in facts(*lines))


def test_the_eldest_of_a_dorm_called_in_an_answer_is_no_boss():
    found = facts((1, "老二，你又把脏衣服扔我床上了！"), (2, "老大，冤枉啊，那是小马的。"), (3, "别赖我。"))
    assert not any(p == "boss" for _, p, _ in found)
