"""What users tell an assistant in Chinese about the people around them and themselves: a business a relative opened,
an age from a birthday or said after 今年, a twin, a manager, an aunt, a pet adopted, the speaker's spouse, roommates
named, a school and its grade, what was read at university, a job in development, a race trained for, a band played
in, a relative with whom one moved, someone hard to get along with, and a subject read in a city."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept


def test_a_business_a_relative_opened_or_runs() -> None:
    facts = kept("我叔叔开了一家面馆。")
    assert {("安娜", "relative", "安娜的叔叔"), ("安娜的叔叔", "founded", "面馆")} <= facts
    assert ("安娜的表姐", "worksFor", "花店") in kept("我表姐开着一家花店。")
    assert not any(p == "founded" for _, p, _ in kept("我叔叔想开一家面馆。"))  # a wish


def test_an_age_from_a_birthday_or_after_this_year() -> None:
    assert ("安娜的外公", "age", "80") in kept("我外公上个月刚过完八十岁生日。")
    assert not any(p == "age" for _, p, _ in kept("我外公快过八十岁生日了。"))  # not eighty yet
    facts = kept("我今年28，在上海工作。")
    assert ("安娜", "age", "28") in facts
    assert not any(p == "age" for _, p, _ in kept("我今年去了三次上海。"))


def test_a_twin_a_manager_and_an_aunt_are_relatives() -> None:
    facts = kept("我双胞胎姐姐住在杭州。")
    assert {("安娜", "sibling", "安娜的双胞胎姐姐"), ("安娜的双胞胎姐姐", "livesIn", "杭州")} <= facts
    assert ("安娜", "boss", "老周") in kept("我的经理老周下个月退休。")
    assert ("安娜", "boss", "小刘") in kept("我的主管小刘人很好。")
    assert ("安娜", "jobTitle", "经理") in kept("我是经理。")
    assert ("安娜的小姨", "jobTitle", "护士") in kept("我小姨在医院当护士。")


def test_a_pet_adopted_is_had() -> None:
    assert ("安娜", "hasPet", "安娜的狗") in kept("我从朋友那里领养了一条狗。")
    assert ("安娜", "hasPet", "安娜的猫") in kept("我上个月收养了一只猫。")


def test_the_speaker_and_her_spouse() -> None:
    assert ("安娜", "spouse", "安娜的老婆") in kept("我跟我老婆是2018年结的婚。")
    assert ("安娜", "partner", "安娜的女朋友") in kept("我和我女朋友是在大学认识的。")
    facts = kept("我跟我老公是高中同学。")
    assert ("安娜", "spouse", "安娜的老公") in facts and ("安娜", "classmate", "老公") not in facts


def test_roommates_counted_then_named() -> None:
    facts = kept("我跟两个舍友一起住，一个叫小王，一个叫阿峰。")
    assert {("安娜", "roommate", "小王"), ("安娜", "roommate", "阿峰")} <= facts


def test_a_school_and_what_was_read_at_university() -> None:
    assert ("安娜的女儿", "studiesAt", "第一中学") in kept("我女儿在第一中学读初二。")
    facts = kept("我研究生在复旦大学读的新闻。")
    assert {("安娜", "educatedAt", "复旦大学"), ("安娜", "fieldOfStudy", "新闻")} <= facts
    assert ("安娜", "fieldOfStudy", "法律") in kept("我大学学的是法律。")


def test_a_job_in_development_where_and_for_whom() -> None:
    facts = kept("我在杭州一家游戏公司做前端开发。")
    assert {("安娜", "jobTitle", "前端开发"), ("安娜", "workLocation", "杭州")} <= facts


def test_a_race_trained_for_and_a_band_played_in() -> None:
    assert ("安娜", "goal", "参加半程马拉松") in kept("我在为明年的半程马拉松做准备。")
    facts = kept("我在一支乐队里打鼓。")
    assert {("安娜", "hobby", "打鼓"), ("安娜", "memberOf", "乐队")} <= facts


def test_a_relative_with_whom_one_moved() -> None:
    facts = kept("我哥哥大伟跟他女朋友搬到广州了。")
    assert {("安娜", "sibling", "大伟"), ("大伟", "partner", "大伟的女朋友"), ("大伟", "livesIn", "广州")} <= facts
    facts = kept("我朋友小美和她老公开了一家咖啡馆。")
    assert {("小美", "spouse", "小美的老公"), ("小美", "founded", "咖啡馆")} <= facts


def test_someone_hard_to_get_along_with() -> None:
    facts = kept("我的同事小林有点难搞。")
    assert {("安娜", "colleague", "小林"), ("安娜", "negativeImpression", "小林")} <= facts
    assert ("安娜", "negativeImpression", "王经理") in kept("王经理很难伺候。")
    assert not any(p == "negativeImpression" for _, p, _ in kept("小林不难相处。"))


def test_a_subject_read_in_a_city_is_read_where_one_lives() -> None:
    facts = kept("我表妹小雨在成都读法律。")
    assert {("小雨", "fieldOfStudy", "法律"), ("小雨", "livesIn", "成都")} <= facts
    facts = kept("我在清华学计算机。")  # a school: studied at, no city
    assert ("安娜", "studiesAt", "清华") in facts and not any(p == "livesIn" for _, p, _ in facts)
