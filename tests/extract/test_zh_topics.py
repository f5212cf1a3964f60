"""Whom Chinese clauses with no subject of their own are about where a clause before changes it (issue 13,
:mod:`kg_memory.extract.chinese.topics`): a person pointed out (三床郑建国), a name asked back and then spoken of
(芬恩先生？他……), someone described but not named (……的那个). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_person_pointed_out_takes_the_age_not_the_one_called():
    found = facts((1, "五床什么情况？"), (2, "刘主任，五床王桂兰，七十一岁，早上摔了一跤。"), (1, "拍个片子。"))
    assert ("王桂兰", "age", "71") in found
    assert not any(p == "age" and s in ("刘主任", "Speaker 1") for s, p, _ in found)


def test_a_name_asked_back_is_the_one_then_spoken_of():
    found = facts((1, "小周，还是老样子？"), (2, "对。你们店长今天来了吗？"), (1, "吴店长？他去杭州了，他儿子考上大学了。"),
                  (2, "挺好。"))
    assert ("吴店长", "visited", "杭州") in found
    assert not any(s == "Speaker 2" and p == "visited" for s, p, _ in found)


def test_someone_described_is_not_the_speaker():
    found = facts((1, "谁要结婚了？"), (2, "我们公司财务部的那个，嫁到成都的。"), (1, "哦，她啊。"))
    assert not any(s == "Speaker 2" and p in ("livesIn", "maritalStatus") for s, p, _ in found)


def test_a_thing_after_still_there_is_no_person_pointed_out():
    found = facts((1, "还要什么？"), (2, "还有李子，两斤，要甜的。"), (1, "好嘞。"))
    assert not any(s == "李子" for s, _, _ in found)
