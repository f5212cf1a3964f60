"""Everyday questions about a person are read as relation questions in both languages, so that recall puts the
fact asked for first: how many children, a best friend, allergies, favourites, pastimes, a full name or a
nickname, college, whether one is married, whom one dates, the languages one speaks. Before, each of these
was unread (recall ranked turns and facts by words alone) or read with a wrong name ("Ann's best", 安娜有几个)."""

from __future__ import annotations

import pytest

from kg_memory import Entity, Fact, Memory, Turn
from kg_memory.recall import RecallConfig
from kg_memory.recall.relations import parse_question

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests


@pytest.mark.parametrize(("question", "subject", "predicates"), [
    ("How many kids does Ann have?", "Ann", "child"),
    ("What are Ann's kids' names?", "Ann", "child"),
    ("Who is Ann's best friend?", "Ann", "friend"),
    ("Where did Ann go to college?", "Ann", "educatedAt studiesAt"),
    ("What college did Ann attend?", "Ann", "educatedAt studiesAt"),
    ("What is Ann allergic to?", "Ann", "trait"),
    ("What is Ann's favorite food?", "Ann", "favorite"),
    ("What does Ann do for fun?", "Ann", "hobby"),
    ("What is Ann's full name?", "Ann", "name"),
    ("安娜多大了？", "安娜", "age birthYear birthDate"),  # the age, else the birth it follows from
    ("安娜结婚了吗？", "安娜", "spouse"),
    ("安娜有几个孩子？", "安娜", "child"),
    ("安娜的好朋友是谁？", "安娜", "friend"),
    ("安娜的同事是谁？", "安娜", "colleague"),
    ("安娜会说什么语言？", "安娜", "speaks"),
    ("安娜在哪里上的大学？", "安娜", "educatedAt studiesAt"),
    ("安娜是哪个大学毕业的？", "安娜", "educatedAt"),
    ("安娜学的什么专业？", "安娜", "fieldOfStudy"),
    ("安娜对什么过敏？", "安娜", "trait"),
    ("安娜最喜欢吃什么？", "安娜", "favorite"),
    ("安娜在和谁交往？", "安娜", "dated partner"),
    ("安娜是哪国人？", "安娜", "nationality"),
    ("安娜的全名是什么？", "安娜", "name"),
    ("安娜的小名叫什么？", "安娜", "alternateName"),
    ("安娜平时喜欢做什么？", "安娜", "hobby habit"),  # what she usually does: a pastime or a habit
    ("安娜喜欢做什么？", "安娜", "hobby likes habit"),  # not her job (做什么)
    ("Does Ann like pets?", "Ann", "likes positiveImpression"),  # pets: what is liked, not a hop to Ann's pets
    ("安娜喜欢宠物吗？", "安娜", "likes positiveImpression"),
    ("What does Ann want to do?", "Ann", "goal"),  # was read as her job, asked of "Ann want"
    ("What does Ann hope to become one day?", "Ann", "goal"),
    ("What instrument does Ann play?", "Ann", "skill hobby habit"),
    ("Which sports does Ann play?", "Ann", "skill hobby habit"),
    ("What does Ann drive?", "Ann", "owns"),
    ("What kind of car does Ann have?", "Ann", "owns"),
    ("安娜开什么车？", "安娜", "owns"),
    ("What kind of dog does Ann have?", "Ann", "hasPet"),
    ("Where did Ann grow up?", "Ann", "hometown birthPlace"),
    ("安娜在哪长大的？", "安娜", "hometown birthPlace"),
    ("Is Ann vegetarian?", "Ann", "diet"),
    ("安娜家住哪？", "安娜", "livesIn"),
    ("安娜住哪个城市？", "安娜", "livesIn"),
    ("安娜多大岁数？", "安娜", "age birthYear birthDate"),
    ("安娜最好的朋友是谁？", "安娜", "friend"),
    ("安娜会什么乐器？", "安娜", "skill hobby habit"),
    ("安娜信什么教？", "安娜", "religion"),
    ("安娜吃素吗？", "安娜", "diet"),
    ("安娜在哪上的学？", "安娜", "studiesAt educatedAt"),
    ("What is Ann training for?", "Ann", "goal"),
    ("What is Ann saving up for?", "Ann", "goal"),
    ("安娜在准备什么？", "安娜", "goal"),
    ("What does Ann call Tom?", "Tom", "addressedAs"),  # how Tom is called, by Ann or anyone
    ("What do people call Tom?", "Tom", "addressedAs"),
    ("安娜怎么称呼李雷？", "李雷", "addressedAs"),
])
def test_an_everyday_question_asks_for_its_relation(question: str, subject: str, predicates: str) -> None:
    ask = parse_question(question)
    assert ask is not None and (ask.subject, ask.hops) == (subject, (frozenset(predicates.split()),)), ask


@pytest.mark.parametrize(("question", "subject"), [
    ("谁是清华大学毕业的？", "清华大学"),  # a university's name keeps its 大学
    ("谁在北京大学上学？", "北京大学"),
    ("Where does Song live?", "Song"),  # a name, not a word of the question
])
def test_names_stay_whole(question: str, subject: str) -> None:
    ask = parse_question(question)
    assert ask is not None and ask.subject == subject, ask


@pytest.mark.parametrize("question", ["安娜说了什么？", "What did Ann say?", "What is Ann's house like?",
                                      "What did the kids want to do at the museum?", "What does Ann drive to work?"])
def test_questions_about_no_relation_stay_unread(question: str) -> None:
    assert parse_question(question) is None


@pytest.mark.parametrize(("question", "answer"), [
    ("What is Ann allergic to?", "allergic to peanuts"),
    ("What is Ann's favorite food?", "sushi"),
    ("Who is Ann's best friend?", "Maya"),
    ("安娜对什么过敏？", "对花生过敏"),
    ("安娜的好朋友是谁？", "小美"),
    ("安娜最喜欢吃什么？", "火锅"),
])
def test_the_fact_asked_for_comes_first(question: str, answer: str) -> None:
    ann, an = Entity("Ann", "Person"), Entity("安娜", "Person")
    facts = [Fact(ann, "trait", "allergic to peanuts"), Fact(ann, "favorite", "sushi"),
             Fact(ann, "friend", Entity("Maya", "Person")), Fact(ann, "livesIn", Entity("Berlin", "Place")),
             Fact(ann, "likes", "food trucks"), Fact(ann, "hobby", "climbing"),
             Fact(an, "trait", "对花生过敏"), Fact(an, "friend", Entity("小美", "Person")), Fact(an, "favorite", "火锅"),
             Fact(an, "livesIn", Entity("北京", "Place")), Fact(an, "likes", "吃饺子")]
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(facts)
        top = memory.recall(question, 3)[0]
    assert top.fact is not None and str(getattr(top.fact.object, "label", top.fact.object)) == answer, top


@pytest.mark.parametrize(("question", "hops"), [
    ("What did Ann study?", ["fieldOfStudy"]),
    ("What did Ann major in?", ["fieldOfStudy"]),
    ("What does Ann's daughter study?", ["child", "fieldOfStudy"]),
    ("Where did Ann study?", ["educatedAt studiesAt"]),
    ("What university did Ann study at?", ["educatedAt studiesAt"]),
    ("What school does Ann go to?", ["educatedAt studiesAt"]),
    ("Where does Ann's daughter study?", ["child", "educatedAt studiesAt"]),
])
def test_what_one_studies_is_the_field_and_where_is_the_school(question: str, hops: list[str]) -> None:
    ask = parse_question(question)
    assert ask is not None and ask.hops == tuple(frozenset(h.split()) for h in hops), ask


@pytest.mark.parametrize(("question", "answer"), [
    ("What did Ann study?", "economics"),
    ("Where did Ann study?", "Stanford"),
    ("What does Ann's daughter study?", "biology"),
    ("What school does Lily go to?", "Yale"),
])
def test_the_field_or_the_school_comes_first(question: str, answer: str) -> None:
    ann, lily = Entity("Ann", "Person"), Entity("Lily", "Person")
    facts = [Fact(ann, "educatedAt", Entity("Stanford", "Organization")), Fact(ann, "fieldOfStudy", "economics"),
             Fact(ann, "child", lily), Fact(lily, "studiesAt", Entity("Yale", "Organization")),
             Fact(lily, "fieldOfStudy", "biology"), Fact(ann, "livesIn", Entity("Boston", "Place"))]
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(facts)
        top = memory.recall(question, 3)[0]
    assert top.fact is not None and str(getattr(top.fact.object, "label", top.fact.object)) == answer, top


@pytest.mark.parametrize(("question", "answer"), [
    ("What does Ann drive?", "Honda Civic"), ("What instrument does Ann play?", "guitar"),
    ("Where did Ann grow up?", "Ohio"), ("What does Ann want to be?", "become doctor"),
    ("安娜开什么车？", "特斯拉"), ("安娜在哪长大的？", "成都"),
])
def test_worded_questions_get_the_fact_told(question: str, answer: str) -> None:
    from kg_memory import Turn

    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember([Turn("c1", "1", "Ann", "I drive a Honda Civic, it never breaks down."),
                         Turn("c1", "2", "Ann", "I play the guitar and I love jazz music."),
                         Turn("c1", "3", "Ann", "I grew up in Ohio, but Ann's sister grew up in Texas."),
                         Turn("c1", "4", "Ann", "I want to be a doctor."),
                         Turn("c2", "1", "安娜", "我开一辆特斯拉。"), Turn("c2", "2", "安娜", "我在成都长大。")])
        top = memory.recall(question, 1)[0]
        assert top.fact is not None and getattr(top.fact.object, "label", top.fact.object) == answer, top


@pytest.mark.parametrize("question", ["安娜的爸妈住在哪里？", "安娜的父母住在哪里？", "安娜的爹妈住哪？"])
def test_parents_said_as_one_word_are_a_hop(question: str) -> None:
    ask = parse_question(question)
    assert ask is not None and ask.hops == (frozenset({"parent"}), frozenset({"livesIn"})), ask


def test_where_the_parents_live_comes_first() -> None:
    an = Entity("安娜", "Person")
    parents = Entity("安娜的爸妈", "Person")
    facts = [Fact(an, "parent", parents), Fact(parents, "livesIn", Entity("海南", "Place")),
             Fact(an, "livesIn", Entity("北京", "Place")), Fact(an, "trait", "对猫过敏")]
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(facts)
        top = memory.recall("安娜的爸妈住在哪里？", 3)[0]
    assert top.fact is not None and getattr(top.fact.object, "label", None) == "海南", top


@pytest.mark.parametrize("question", ["安娜平时喜欢做什么？", "安娜喜欢做什么？", "安娜周末做什么？"])
def test_a_habit_answers_what_one_usually_does(question: str) -> None:
    said = [("贝贝", "我喜欢爬山。"), ("贝贝", "我很喜欢周杰伦。"), ("贝贝", "我喜欢吃火锅。"), ("贝贝", "我喜欢弹钢琴。"),
            ("安娜", "我每个周末都去游泳。")]
    turns = [Turn("c", str(n), who, text) for n, (who, text) in enumerate(said)]
    with Memory() as memory:  # the full recall: another's liking matches the words better than a habit
        memory.remember(turns)
        top = memory.recall(question, 3)[0]
    assert top.fact is not None and top.fact.subject.label == "安娜" and "游泳" in str(top.fact.object.label), top
