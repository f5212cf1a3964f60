"""A turn that calls two people at once, by their bare names ("Hank! Lorraine?!") or to both of them ("nice to meet you
both", "很高兴见到你们"), tells neither name to the one who answers: either of the two may answer
(:func:`kg_memory.extract.speakers._greets_two`). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_two_bare_names_in_surprise_name_no_one_who_answers():
    got = names((1, "Is that who I think it is?"), (2, "Hank! Lorraine?!"),
                (3, "Okay, before anyone says anything, we only had lunch."), (1, "Lunch. Sure."))
    assert not any(name in ("Hank", "Lorraine") for _, name in got)


def test_two_people_met_at_once_are_not_both_the_one_who_answers():
    got = names((1, "Mum, Dad, this is Priya. Priya, these are my parents: Walter and Gwen."),
                (2, "Walter... Gwen, so lovely to meet you both!"), (3, "Oh, we've heard so much about you!"))
    assert ("Speaker 3", "Walter") not in got and ("Speaker 3", "Gwen") not in got


def test_chinese_two_people_greeted_together():
    got = names((1, "看谁来了。"), (2, "老周！秀兰？！"), (3, "等等，等等。这是老周，好吗？他是我们的朋友。"), (4, "我没疯！"))
    assert ("Speaker 3", "秀兰") not in got
    got = names((1, "爸，妈，这是小敏。小敏，这是我爸妈。"), (2, "叔叔……秀兰阿姨，很高兴见到你们！"), (3, "快进来坐，外面冷。"))
    assert ("Speaker 3", "秀兰") not in got


def test_one_name_called_still_names_the_one_who_answers():
    got = names((1, "Hank! Lorraine is here!"), (2, "Already? I'm not dressed."), (1, "Hurry, Hank."),
                (2, "Coming!"))
    assert ("Speaker 2", "Hank") in got


def test_a_name_with_a_middle_dot_is_one_person():
    got = names((1, "你叫什么？"), (2, "玛丽·安。"), (1, "玛丽·安！好名字。"), (2, "谢谢。"))
    assert ("Speaker 2", "玛丽·安") in got


def test_a_pair_spoken_to_before_a_call_still_lets_the_call_name():
    got = names((1, "你俩别吵了。小涛，你先上车，今天练倒库。"), (2, "好嘞，师傅。"), (3, "他倒库跟螃蟹一样。"),
                (1, "小涛，方向盘打死。"), (2, "打死了！"))
    assert ("Speaker 2", "小涛") in got


def test_a_name_read_with_a_school_is_no_second_call():
    got = names((1, "Can I see an ID?"), (2, "Here."), (1, "Tobias Wren, Lakeside High. Okay. You're her son?"),
                (2, "Unfortunately."), (3, "Tobias!"), (2, "What? It's true."))
    assert ("Speaker 2", "Tobias") in got
