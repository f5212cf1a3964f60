"""Names read out from a list, each with a number ("黛比，321盒，干得好。" ... "夏拉，278盒。" ... "伊丽莎白。嗯，871盒。"), are said
to the people listed, not to the one who answers each time: as "Debbie, 321 boxes." ... "Charla, 278." in English. One
name with a number ("小王，3号桌的菜好了。") is still a call."""

from tests.extract.dialogue_facts import names


def test_chinese_names_read_with_scores_name_nobody():
    got = names((1, "好，各位小朋友，看看大家的成绩。晓琳，156张，干得好。"), (2, "还差得远呢。"),
                (1, "佳佳，98张，没关系，下次加油。"), (2, "哼，我肯定比她多。"),
                (1, "哦，对了，梦瑶。嗯，203张。"), (2, "不可能！"))
    assert got == set()


def test_english_names_read_with_scores_name_nobody():
    got = names((1, "Okay, totals. Kayla, 156 tickets, nice job."), (2, "Not enough."), (1, "Jess, 98. Next time."),
                (2, "I'll beat her."), (1, "Oh, and Madison. 203."), (2, "No way!"))
    assert got == set()


def test_one_chinese_name_with_a_number_is_still_a_call():
    got = names((1, "小王，3号桌的菜好了，快端过去。"), (2, "好嘞，马上！"), (1, "快点，客人等着呢。"))
    assert ("Speaker 2", "小王") in got
