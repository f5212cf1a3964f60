"""A reply that calls back the one who has just called someone (issue 13, :mod:`kg_memory.extract.called_back`): the one
answering is the one called, and the name said in the answer is the caller's; two who open with the same call speak
to a third. Invented scenes, in both languages."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "这件外套多少钱？"), (2, "爸，我们去别家看看吧。"), (3, "别急，晓雯，我再问问价。"), (1, "三百八，不讲价。")),
     "Speaker 2", "晓雯"),
    (((1, "这次考得怎么样？"), (2, "老公，你别一上来就问成绩。"), (3, "秀英，孩子都十五了，问问怎么了？"), (1, "考了第三。")),
     "Speaker 2", "秀英"),
    (((1, "Is this seat taken?"), (2, "Dad, can we go home now?"), (3, "In a minute, Emma. Let me finish my coffee."),
      (1, "It's free, go ahead.")), "Speaker 2", "Emma"),
])
def test_a_name_calling_back_the_caller_is_the_callers(lines, speaker, name):
    assert (speaker, name) in names(*lines)


@pytest.mark.parametrize("lines, child, parent", [
    (((1, "这件外套多少钱？"), (2, "爸，我们去别家看看吧。"), (3, "别急，晓雯，我再问问价。"), (1, "三百八，不讲价。")),
     "Speaker 2", "Speaker 3"),
    (((1, "Is this seat taken?"), (2, "Dad, can we go home now?"), (3, "In a minute, Emma. Let me finish my coffee."),
      (1, "It's free, go ahead.")), "Speaker 2", "Speaker 3"),
])
def test_a_parent_called_is_the_one_who_calls_back(lines, child, parent):
    found = facts(*lines)
    assert (child, "parent", parent) in found
    assert (child, "parent", "Speaker 1") not in found


def test_two_opening_with_the_same_call_speak_to_a_third():
    found = facts((1, "都洗手吃饭了！"), (2, "妈，您先歇会儿吧，我来端菜。"), (3, "妈，这汤闻着真香。"), (1, "香就多喝两碗。"))
    assert ("Speaker 2", "parent", "Speaker 1") in found
    assert ("Speaker 3", "parent", "Speaker 2") not in found


@pytest.mark.parametrize("lines, pairs", [
    (((1, "嗨，雅婷！"), (2, "嘿，志强！好久不见。"), (3, "你们认识？")), {("Speaker 1", "志强"), ("Speaker 2", "雅婷")}),
    (((1, "Hi, Megan!"), (2, "Hey, Tyler! Long time no see."), (3, "You two know each other?")),
     {("Speaker 1", "Tyler"), ("Speaker 2", "Megan")}),
])
def test_a_greeting_answered_by_a_greeting_names_both(lines, pairs):
    assert pairs <= names(*lines)


def test_a_word_of_endearment_is_no_call_answered():
    found = names((1, "Who's playing next?"), (2, "Honey, pass me the chips."), (3, "Kevin, it's your turn."), (4, "Okay, okay."))
    assert ("Speaker 2", "Kevin") not in found


@pytest.mark.parametrize("lines, speaker, name, not_speaker", [
    (((1, "这台冰箱还能修吗？"), (2, "师傅，您先喝口水。"), (3, "阿峰，把扳手递给我。"), (4, "好嘞，刘师傅。")),
     "Speaker 4", "阿峰", "Speaker 2"),
    (((1, "王老师，这道题我还是不会。"), (2, "小雪，你去把黑板擦一下。"), (3, "好的，王老师。"), (1, "那我等会儿再问。")),
     "Speaker 3", "小雪", "Speaker 1"),
])
def test_a_call_answered_by_a_call_back_names_the_one_answering(lines, speaker, name, not_speaker):
    found = names(*lines)
    assert (speaker, name) in found
    assert (not_speaker, name) not in found


def test_a_parent_called_is_not_one_who_is_called_back_in_turn():
    lines = ((1, "来了来了。"), (2, "爸，您慢点走。"), (3, "老周，腿又疼了？"), (1, "孙大夫，好多了，就是阴天疼。"))
    found = facts(*lines)
    assert ("Speaker 2", "parent", "Speaker 3") not in found
    assert ("Speaker 2", "parent", "Speaker 1") in found



def test_a_call_answered_by_a_call_of_a_latin_name_names_nobody_surely():
    found = names((1, "黄师傅，这颜色跟图上不一样啊。"), (2, "陈先生，这是底漆，干了会浅一点。"),
                  (3, "Tina，卧室那面墙能换成蓝色吗？"), (2, "可以的，不过要加钱。"))
    assert ("Speaker 3", "陈先生") not in found


@pytest.mark.parametrize("lines, child, parent, third", [
    (((1, "喂，能听见吗？"), (2, "我在呢，儿子。你在那边吃得惯吗？"), (1, "妈，我胖了五斤。"), (3, "小宇，我是你二叔！那边几点？"),
      (1, "早上七点。")), "Speaker 1", "Speaker 2", "Speaker 3"),
    (((1, "作业写完了吗？"), (2, "快了。"), (3, "汤快凉了，先喝两口吧，闺女。"), (2, "爸，我写完这题就喝。"), (1, "小雪，你爸又偷偷放糖了吧？"),
      (2, "没有！")), "Speaker 2", "Speaker 3", "Speaker 1"),
])
def test_a_call_answers_the_one_who_just_called_the_speaker(lines, child, parent, third):
    """"我在呢，儿子。" - "妈，……" - "小宇，我是你二叔！": the mother called is the one who just called the speaker, not the
    next to call the speaker back by name."""
    found = facts(*lines)
    assert (child, "parent", parent) in found
    assert (child, "parent", third) not in found


@pytest.mark.parametrize("lines, child, parent, third", [
    (((1, "Maya, you're holding the paddle backwards."), (2, "Mom, I've done this before."),
      (3, "Let her figure it out, Joanne."), (1, "Fine, fine.")), "Speaker 2", "Speaker 1", "Speaker 3"),
    (((1, "Eli, your shoes are untied again."), (2, "Dad, we're already late for the bus."),
      (3, "Just tie them, Frank, it takes a second."), (4, "The bus is here!")), "Speaker 2", "Speaker 1", "Speaker 3"),
    (((1, "小杰，把手机放下。"), (2, "妈，我在查作业呢。"), (3, "你就让他查吧，秀兰。"), (1, "查作业用得着笑成这样？")),
     "Speaker 2", "Speaker 1", "Speaker 3"),
])
def test_a_parent_called_in_answer_to_a_name_is_the_caller(lines, child, parent, third):
    """The one called by name answers with "Mom", "Dad": said to the caller, not to the next who calls someone."""
    found = facts(*lines)
    assert (child, "parent", parent) in found
    assert (child, "parent", third) not in found
