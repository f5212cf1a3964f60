"""Causes of wrong or missed facts read on new multi-party scenes (issue 13, round 205): what people say in a group
about each other, in Chinese and where the language allows in English."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_thanks_before_a_titled_name_is_no_piece_of_the_name() -> None:
    got = facts((1, "好的，谢谢周医生。"), (2, "她是我们主任，看了三十年病了。"))
    assert not any(s.startswith("谢谢") or o.startswith("谢谢") for s, _, o in got), got


def test_a_common_verb_after_a_partner_is_no_name_of_theirs() -> None:
    got = facts((1, "你老婆今天怎么没来？"), (2, "我老婆加班，她们单位在赶项目。"), (1, "那下次吧。"))
    assert not any(o == "加班" for _, _, o in got), got
    assert ("Speaker 2", "spouse", "Speaker 2的老婆") in got, got


def test_a_name_in_the_characters_of_foreign_names_that_jieba_tags_a_verb_rarely_is_still_a_name() -> None:
    got = facts((1, "这是我男朋友查理。"), (2, "你好！"))
    assert ("Speaker 2", "alternateName", "查理") in got and ("Speaker 1", "partner", "Speaker 2") in got, got


def test_a_name_searched_for_after_shi_is_said_of_someone_not_to_them() -> None:
    got = facts((1, "我爸也在这家医院上班。"), (2, "你爸是……王主任？"), (1, "对，就是他。"))
    assert not any(p in ("name", "alternateName") and o == "王主任" for _, p, o in got), got


def test_you_then_shi_and_a_name_searched_for_still_asks_the_one_spoken_to() -> None:
    got = facts((1, "你是……李娜？"), (2, "对，是我，好久不见。"))
    assert ("Speaker 2", "alternateName", "李娜") in got, got


def test_whose_relative_one_is_then_ones_name_introduces_the_speaker() -> None:
    got = facts((1, "大家好，我是乐乐的爸爸，陈刚。"), (2, "陈刚，你好，快请坐。"), (3, "我去给您倒杯水。"))
    assert ("Speaker 1", "name", "陈刚") in got or ("Speaker 1", "alternateName", "陈刚") in got, got
    assert not any(s == "Speaker 3" and o == "陈刚" for s, _, o in got), got


def test_whose_relative_one_is_then_ones_name_introduces_the_speaker_in_english() -> None:
    got = facts((1, "Hi, sorry I'm late. I'm Emma's brother, Jake."), (2, "No problem, Jake. Take a seat."),
                (3, "I'll get some coffee."))
    assert any(s == "Speaker 1" and p in ("name", "alternateName") and o == "Jake" for s, p, o in got), got
    assert not any(s == "Speaker 3" and o == "Jake" for s, _, o in got), got


def test_one_introduced_who_says_who_told_them_about_the_others_is_the_one_introduced() -> None:
    got = facts((1, "安娜，你今天真漂亮。"), (2, "谢谢！这是我丈夫，大卫。"), (3, "你好，我常听安娜说起你们。"), (1, "希望都是好话。"))
    assert ("Speaker 3", "alternateName", "大卫") in got and ("Speaker 2", "spouse", "Speaker 3") in got, got


def test_one_introduced_who_says_who_told_them_about_the_others_is_the_one_introduced_in_english() -> None:
    got = facts((1, "Anna, you look great!"), (2, "Thanks! This is my husband, David."),
                (3, "Hi! You know, Anna told me so much about you."), (1, "Only good things, I hope."))
    assert ("Speaker 3", "alternateName", "David") in got and ("Speaker 2", "spouse", "Speaker 3") in got, got


def test_a_parent_called_with_a_question_in_a_group_is_the_one_who_answers() -> None:
    got = facts((1, "还有多远？"), (2, "半个小时吧，你别催。"), (3, "妈，我渴了，有没有水？"), (1, "在后座袋子里，自己拿。"))
    assert ("Speaker 3", "parent", "Speaker 1") in got and ("Speaker 3", "parent", "Speaker 2") not in got, got


def test_a_parent_called_answering_a_question_is_the_one_who_asked() -> None:
    got = facts((1, "你们饿不饿？"), (2, "妈，我饿了，能先吃点东西吗？"), (3, "我也饿了。"))
    assert ("Speaker 2", "parent", "Speaker 1") in got and ("Speaker 2", "parent", "Speaker 3") not in got, got


def test_a_friend_called_as_people_call_each_other_is_named() -> None:
    got = facts((1, "停一下！大刘，你那段又弹快了。"), (2, "我这叫有激情。"), (3, "好了好了，再来一遍。"))
    assert ("Speaker 2", "alternateName", "大刘") in got, got
    got = facts((1, "秀兰，你把孩子的外套拿上。"), (2, "拿了拿了。"), (3, "外面冷，快走吧。"))
    assert ("Speaker 2", "alternateName", "秀兰") in got, got
    got = facts((1, "鹏哥，这次真不是我说的。"), (2, "那是谁？"), (3, "反正不是我。"))
    assert ("Speaker 2", "alternateName", "鹏哥") in got, got


def test_a_word_made_of_such_characters_is_no_call() -> None:
    got = facts((1, "大方点，你请客吧。"), (2, "行行行。"), (3, "我要吃火锅。"))
    assert not any(p in ("name", "alternateName") for _, p, _ in got), got
