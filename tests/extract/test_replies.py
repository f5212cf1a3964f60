"""Short replies to an assistant's questions are facts: "Where do you live?" - "In Lisbon." says that the one
replying lives in Lisbon ("In Lisbon." alone says nothing). Refusals, noes, questions back, and questions the
one replying asked themself give nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory import Memory
from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import MonthDay, Turn

WHEN = datetime(2026, 5, 1, 9, 0)


def _facts(question: str, reply: str, asker: str = "Assistant") -> set[tuple[str, str, str]]:
    user = "安娜" if any("\u4e00" <= ch <= "\u9fff" for ch in reply) else "Ann"
    turns = [Turn("c", "1", asker if asker != "self" else user, question, WHEN), Turn("c", "2", user, reply, WHEN)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("question", "reply", "fact"), [
    ("What's your name?", "Priya.", ("Ann", "name", "Priya")),
    ("Nice to meet you! Where do you live?", "In Lisbon, near the river.", ("Ann", "livesIn", "Lisbon")),
    ("Where do you work?", "At Google, on the Maps team.", ("Ann", "worksFor", "Google")),
    ("What do you do for a living?", "Software engineer.", ("Ann", "jobTitle", "software engineer")),
    ("Do you have any pets?", "Yes, a cat named Mochi.", ("Ann", "hasPet", "Mochi")),
    ("How old are you?", "34.", ("Ann", "age", "34")),
    ("What are your hobbies?", "Painting and rock climbing.", ("Ann", "hobby", "rock climbing")),
    ("Are you married?", "Yes, for six years now.", ("Ann", "maritalStatus", "married")),
    ("Any food allergies?", "Shellfish.", ("Ann", "trait", "allergic to shellfish")),
    ("What's your favorite food?", "Sushi, definitely.", ("Ann", "favorite", "Sushi")),
    ("When is your birthday?", "May 5th.", ("Ann", "birthday", str(MonthDay(5, 5)))),
    ("What's your wife's name?", "Maria.", ("Ann", "spouse", "Maria")),
    ("Where are you from?", "Ohio.", ("Ann", "hometown", "Ohio")),
    ("Do you like dogs?", "Yes, I love them!", ("Ann", "likes", "dogs")),
    ("你叫什么名字？", "王芳。", ("安娜", "name", "王芳")),
    ("你住在哪里？", "杭州。", ("安娜", "livesIn", "杭州")),
    ("你在哪里工作？", "在腾讯。", ("安娜", "worksFor", "腾讯")),
    ("你有宠物吗？", "有，一只猫，叫咪咪。", ("安娜", "hasPet", "咪咪")),
    ("你多大了？", "三十四岁。", ("安娜", "age", "34")),
    ("你结婚了吗？", "结了，六年了。", ("安娜", "maritalStatus", "married")),
    ("你是做什么的？", "护士。", ("安娜", "jobTitle", "护士")),
    ("你是哪里人？", "四川人。", ("安娜", "hometown", "四川")),
    ("你的生日是哪天？", "五月五日。", ("安娜", "birthday", str(MonthDay(5, 5)))),
    ("Where did you go to college?", "Stanford.", ("Ann", "educatedAt", "Stanford")),
    ("What did you study?", "Economics.", ("Ann", "fieldOfStudy", "economics")),
    ("How many kids do you have?", "Two.", ("Ann", "child", "Ann's two kids")),
    ("What city do you live in?", "Berlin.", ("Ann", "livesIn", "Berlin")),
    ("你在哪里上学？", "北京大学。", ("安娜", "studiesAt", "北京大学")),
    ("你是哪个大学毕业的？", "复旦。", ("安娜", "educatedAt", "复旦")),
    ("你学什么专业？", "计算机。", ("安娜", "fieldOfStudy", "计算机")),
    ("你有几个孩子？", "两个。", ("安娜", "child", "安娜的两个孩子")),
    ("你会说什么语言？", "英语和法语。", ("安娜", "speaks", "法语")),
])
def test_a_short_reply_states_what_the_question_asked(question: str, reply: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(question, reply), _facts(question, reply)


def test_a_reply_that_says_more_keeps_it() -> None:
    found = _facts("Are you married?", "Yes, and we have two kids.")
    assert ("Ann", "maritalStatus", "married") in found and any(p == "child" for _, p, _ in found), found


@pytest.mark.parametrize(("question", "reply"), [
    ("Where do you live?", "I'd rather not say."),
    ("Do you have any pets?", "No."),
    ("Do you like dogs?", "Not really."),
    ("Do you like dogs?", "Yes, but not big ones."),
    ("What's your name?", "Why do you ask?"),
    ("How old are you?", "Old enough."),
    ("你有宠物吗？", "没有。"),
    ("你叫什么名字？", "不告诉你。"),
    ("How many kids do you have?", "None."),
    ("你有几个孩子？", "没有。"),
    ("Where do you live?", "Paris is lovely this time of year, but I have never been there myself, sadly."),
])
def test_a_refusal_a_no_a_question_back_or_another_topic_states_nothing(question: str, reply: str) -> None:
    assert _facts(question, reply) == set(), _facts(question, reply)


def test_a_question_one_asks_oneself_is_not_answered_for_one() -> None:
    assert _facts("Where do you live?", "In Lisbon.", asker="self") == set()


def test_a_reply_remembered_is_recalled_with_its_own_turn() -> None:
    turns = [Turn("onboarding", "1", "Assistant", "Hi! What's your name?", WHEN),
             Turn("onboarding", "2", "Ann", "Priya.", WHEN),
             Turn("onboarding", "3", "Assistant", "Nice to meet you, Priya. Where do you live?", WHEN),
             Turn("onboarding", "4", "Ann", "In Lisbon.", WHEN)]
    with Memory() as memory:
        memory.remember(turns)
        (lives,) = [f for f in memory.facts() if f.predicate == "livesIn"]
        assert lives.object.label == "Lisbon" and lives.source is not None and lives.source.turn == "4"
        top = memory.recall("Where does Ann live?", 3)[0]
        assert top.fact is not None and top.fact.object.label == "Lisbon", top


@pytest.mark.parametrize(("reply", "name"), [("Dev is fine.", "Dev"), ("Just call me Sam.", "Sam"), ("Priya, please.", "Priya")])
def test_a_name_given_with_a_word_of_consent_is_the_name(reply: str, name: str) -> None:
    assert ("Ann", "name", name) in _facts("Before we start, what should I call you?", reply)


@pytest.mark.parametrize(("question", "reply", "fact"), [
    ("Do you have siblings?", "Two older brothers.", ("Ann", "sibling", "Ann's two brothers")),
    ("Which languages do you speak?", "Spanish and Dutch.", ("Ann", "speaks", "Dutch")),
    ("你在哪个城市上班？", "成都。", ("安娜", "workLocation", "成都")),
    ("你大学学的什么专业？", "化学工程。", ("安娜", "fieldOfStudy", "化学工程")),
    ("你周末一般做什么？", "一般去钓鱼。", ("安娜", "likes", "钓鱼")),
    ("你最喜欢吃什么？", "火锅吧。", ("安娜", "favorite", "吃火锅")),
    ("你现在住在哪儿？", "上个月搬到了厦门。", ("安娜", "livesIn", "厦门")),
    ("你在哪里工作？", "在一家银行上班。", ("安娜", "worksFor", "银行")),
])
def test_more_ways_to_ask_and_a_reply_without_its_subject(question: str, reply: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(question, reply)


@pytest.mark.parametrize(("question", "reply"), [
    ("你哥哥住在哪儿？", "去年搬到了厦门。"),  # the brother moved, not the one replying
    ("你住在哪儿？", "他去年搬到了厦门。"),  # someone else
    ("今天天气怎么样？", "在下雨。"),
])
def test_a_reply_without_its_subject_is_not_the_speakers_when_asked_of_another(question: str, reply: str) -> None:
    assert not any(s == "安娜" and p in ("livesIn", "workLocation", "worksFor") for s, p, _ in _facts(question, reply))


@pytest.mark.parametrize(("question", "reply", "fact"), [
    ("Where did you grow up?", "Tucson. We moved a lot after that.", ("Ann", "hometown", "Tucson")),
    ("你老家是哪里的？", "福建泉州。我爸妈还住在那边。", ("安娜", "hometown", "福建泉州")),
    ("你还住在望京吗？", "没有，搬到了通州那边，离公司近。", ("安娜", "livesIn", "通州")),
    ("你还在银行上班吗？", "没有，去年跳槽到了京东。", ("安娜", "worksFor", "京东")),
])
def test_the_first_sentence_answers_and_a_no_then_where_now(question: str, reply: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(question, reply)


@pytest.mark.parametrize(("question", "reply"), [
    ("你哥还住在望京吗？", "没有，搬到了通州。"),  # the brother moved
    ("你还住在望京吗？", "对，还在那儿。"),
    ("你还住在望京吗？", "没有，我妹妹搬到了通州。"),
])
def test_no_move_of_the_speakers_when_another_moved_or_none(question: str, reply: str) -> None:
    assert not any(s == "安娜" and p == "livesIn" for s, p, _ in _facts(question, reply)), _facts(question, reply)


@pytest.mark.parametrize(("question", "reply", "wrong"), [
    ("Do you have any hobbies that help you relax?", "Hey Sam, long walks with my dog really help. They clear my head.",
     "hey Sam"),
    ("So where are you from?", "Uhm... Originally a small town, but I moved around a lot.", "Uhm"),
])
def test_a_first_sentence_that_is_a_yes_a_greeting_or_a_filler_is_no_answer(question: str, reply: str, wrong: str) -> None:
    assert not any(o.lower() == wrong.lower() for _, _, o in _facts(question, reply)), _facts(question, reply)


@pytest.mark.parametrize(("reply", "status"), [
    ("Divorced, actually.", "divorced"), ("No, single.", "single"), ("Nope, engaged though!", "engaged"),
    ("还没有，单身。", "single"), ("离婚了。", "divorced"),
])
def test_are_you_married_answered_by_another_status(reply: str, status: str) -> None:
    question = "你结婚了吗？" if any("\u4e00" <= ch <= "\u9fff" for ch in reply) else "Are you married?"
    found = {o for s, p, o in _facts(question, reply) if p == "maritalStatus"}
    assert found == {status}, found


@pytest.mark.parametrize("reply", ["Single? Me? Ha.", "单身？怎么了"])
def test_a_status_asked_back_is_no_answer(reply: str) -> None:
    question = "你结婚了吗？" if any("\u4e00" <= ch <= "\u9fff" for ch in reply) else "Are you married?"
    assert not any(p == "maritalStatus" for _, p, _ in _facts(question, reply))
