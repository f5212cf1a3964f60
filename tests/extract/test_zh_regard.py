"""Chinese: being drawn to or put off by a person, praise, and a person's job said beside their name (issue 13,
:mod:`kg_memory.extract.chinese.regard`): invented text, with the negated, asked and hypothetical forms and other
people's feelings that must give nothing."""

from __future__ import annotations

import pytest

from kg_memory.types import Turn


def _said(rules, triples, *texts: str, speakers=("安娜", "鲍勃")):
    turns = [Turn("zh", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]
    return triples(rules.extract(turns))


def _regard(said):
    return {t for t in said if t[1] in ("positiveImpression", "negativeImpression", "likes")}


@pytest.mark.parametrize("text, other", [
    ("我对你很着迷。", "鲍勃"),
    ("说实话，我一直对你有好感。", "鲍勃"),
    ("我对你有感觉。", "鲍勃"),
    ("我有点被李明吸引住了。", "李明"),
    ("我被你迷住了。", "鲍勃"),
    ("我仍然爱钱德勒。", "钱德勒"),
    ("我依然爱着你。", "鲍勃"),
])
def test_drawn_to_a_person(rules, triples, text, other):
    assert ("安娜", "positiveImpression", other) in _said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜"))


@pytest.mark.parametrize("text", [
    "我对你不感兴趣。",
    "我对你没有好感。",
    "你对我有好感吗？",
    "如果我对你有好感，你会怎么办？",
    "我仍然不爱钱德勒。",
    "我对音乐很着迷。",
    "我被这本书吸引住了。",
])
def test_no_regard_denied_asked_supposed_or_for_a_thing(rules, triples, text):
    said = _said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜"))
    assert not {t for t in _regard(said) if t[2] in ("鲍勃", "钱德勒")}
    assert not {t for t in said if t[1] == "positiveImpression"}


def test_disappointed_in_someone_is_a_negative_impression(rules, triples):
    assert ("安娜", "negativeImpression", "鲍勃") in _said(rules, triples, "嗨。", "我对你很失望！", speakers=("鲍勃", "安娜"))
    assert not _regard(_said(rules, triples, "嗨。", "你对我很失望吗？", speakers=("鲍勃", "安娜")))


@pytest.mark.parametrize("text", ["你真了不起。", "你看起来真漂亮。", "你超赞！", "哦，不，鲍勃是最好的！"])
def test_praise_of_the_one_spoken_to(rules, triples, text):
    assert ("安娜", "positiveImpression", "鲍勃") in _said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜"))


@pytest.mark.parametrize("text", ["你不是最好的。", "你真的很棒吗？", "我真棒。", "你看起来很难过。", "如果你真了不起，就帮帮我。"])
def test_no_praise_denied_asked_of_oneself_or_no_praise(rules, triples, text):
    assert not _regard(_said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜")))


@pytest.mark.parametrize("text, person, job", [
    ("我刚和我的经纪人埃斯特尔打完电话。", "埃斯特尔", "经纪人"),
    ("我们经理李昂叫我去他的办公室。", "李昂", "经理"),
    ("我的眼科医生理查德说不行。", "理查德", "眼科医生"),
])
def test_a_job_said_before_a_name_is_the_persons_job(rules, triples, text, person, job):
    assert (person, "jobTitle", job) in _said(rules, triples, text)


def test_a_part_played_is_no_job(rules, triples):
    assert not {t for t in _said(rules, triples, "我扮演医生德雷克·拉莫雷。") if t[1] == "jobTitle"}


@pytest.mark.parametrize("text, job", [("你好，我是雷，节目制片人。", "节目制片人"), ("我作为演员一向哭不出来。", "演员")])
def test_the_speakers_job_after_a_self_introduction_or_as(rules, triples, text, job):
    assert ("安娜", "jobTitle", job) in _said(rules, triples, text)


@pytest.mark.parametrize("text", ["作为你的朋友，我得说实话。", "作为家长，我很担心。", "我是说你和珍妮丝分手，我和托尼分手。", "我是雷，节目制片人？"])
def test_no_job_from_a_friend_a_break_up_or_a_question(rules, triples, text):
    assert not {t for t in _said(rules, triples, text) if t[1] == "jobTitle"}


@pytest.mark.parametrize("text", ["我叫张伟，是一名医生。", "我是张伟，一名医生。", "你好，我叫张伟，是个医生。"])
def test_a_job_said_with_a_counter_after_a_self_introduction_is_the_job_alone(rules, triples, text):
    assert {t[2] for t in _said(rules, triples, text) if t[1] == "jobTitle"} == {"医生"}  # not 是一名医生


@pytest.mark.parametrize("text, other", [
    ("我会想念你的。", "鲍勃"),
    ("我想你了。", "鲍勃"),
    ("我一直在想念李明！", "李明"),
    ("我是你最忠实的粉丝。", "鲍勃"),
    ("我是你的歌迷！", "鲍勃"),
])
def test_missing_someone_or_being_their_fan_is_a_fondness(rules, triples, text, other):
    assert ("安娜", "positiveImpression", other) in _said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜"))


@pytest.mark.parametrize("text", [
    "我不会想念你的。",
    "我没有想念你。",
    "你想我了吗？",
    "我想你应该走了。",
    "我想你说得对。",
    "如果我是你的粉丝，我就去看演唱会。",
    "我不是你的粉丝。",
    "我是你作品的忠实粉丝。",
])
def test_no_fondness_denied_asked_supposed_an_opinion_or_for_a_work(rules, triples, text):
    said = _said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜"))
    assert not {t for t in said if t[1] == "positiveImpression"}


@pytest.mark.parametrize("text", ["你看起来棒极了！", "你是一个了不起的女人。", "你是个聪明的家伙。"])
def test_praise_with_a_strong_ending_or_a_person_word(rules, triples, text):
    assert ("安娜", "positiveImpression", "鲍勃") in _said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜"))


@pytest.mark.parametrize("text", ["你看起来棒极了吗？", "你不是一个了不起的女人。", "如果你是个聪明的家伙，就别去。",
                                  "这是一个了不起的城市。"])
def test_no_praise_of_a_person_asked_denied_supposed_or_of_a_place(rules, triples, text):
    assert not _regard(_said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜")))


def test_calling_someone_rubbish_is_a_negative_impression(rules, triples):
    assert ("安娜", "negativeImpression", "鲍勃") in _said(rules, triples, "嗨。", "你是个垃圾！", speakers=("鲍勃", "安娜"))
    assert not _regard(_said(rules, triples, "嗨。", "你不是垃圾。", speakers=("鲍勃", "安娜")))


@pytest.mark.parametrize("text, person, job", [
    ("我只是个服务员。", "安娜", "服务员"),
    ("幸好，他们还升我为采购主任。", "安娜", "采购主任"),
    ("老板提拔你当经理了。", "鲍勃", "经理"),
])
def test_a_job_held_merely_or_promoted_to(rules, triples, text, person, job):
    assert (person, "jobTitle", job) in _said(rules, triples, text, "嗯。")


@pytest.mark.parametrize("text", ["我只是个服务员？", "他们没有升我为经理。", "如果他们升我为经理，我就请客。",
                                  "他们会升我为经理吗？", "我只是想当经理。"])
def test_no_job_asked_denied_supposed_or_wished(rules, triples, text):
    assert not {t for t in _said(rules, triples, text, "嗯。") if t[1] == "jobTitle"}


@pytest.mark.parametrize("text", ["你很奇怪！", "哇哦，你真的恶心。", "你太自私了。", "你是如此无可救药。"])
def test_fault_found_with_the_one_spoken_to_is_a_negative_impression(rules, triples, text):
    assert ("安娜", "negativeImpression", "鲍勃") in _said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜"))


@pytest.mark.parametrize("text", ["这很奇怪。", "我很奇怪。", "你很奇怪吗？", "你不奇怪。", "如果你很自私，我就走。",
                                  "罗杰虽讨人厌，但还行。"])
def test_no_fault_with_a_thing_oneself_asked_denied_supposed_or_a_misread_name(rules, triples, text):
    said = _said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜"))
    assert not {t for t in said if t[1] == "negativeImpression" and t[2] != "罗杰"}


@pytest.mark.parametrize("text", ["我好想你。", "我很想你。", "我真的好想你啊！"])
def test_missing_the_one_spoken_to(rules, triples, text):
    assert ("安娜", "positiveImpression", "鲍勃") in _said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜"))


@pytest.mark.parametrize("text", ["我想你应该走。", "我想去北京。", "我好想去北京。", "我好想你吗？", "如果我很想你，你会回来吗？",
                                  "我不想你。", "我想你。"])
def test_no_one_missed_from_look_alikes(rules, triples, text):
    assert not _regard(_said(rules, triples, "嗨。", text, speakers=("鲍勃", "安娜")))
