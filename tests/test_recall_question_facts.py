"""Which facts a question brings up: liking questions read as relations, name facts only for questions
about names, and the key-value memory's facts only when they hold the relation asked."""

from __future__ import annotations

import pytest

from kg_memory import Entity, Fact, Memory, Turn
from kg_memory.recall import RecallConfig, Recalled
from kg_memory.recall.relations import asks_name, parse_question

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests


def _turns() -> list[Turn]:
    return [Turn("d1", "1", "Speaker 1", "Rach, are you coming to the party tonight?"),
            Turn("d1", "2", "Speaker 2", "Yes! And I think I really like Joey, he is so sweet."),
            Turn("d1", "3", "Speaker 1", "My sister Monica will be there too."),
            Turn("d1", "4", "Speaker 2", "I can't stand Gunther, he keeps staring at me.")]


def _facts() -> list[Fact]:
    speaker2 = Entity("Speaker 2", "Person")
    return [Fact(speaker2, "alternateName", "Rach"),
            Fact(speaker2, "positiveImpression", Entity("Joey", "Person")),
            Fact(speaker2, "negativeImpression", Entity("Gunther", "Person")),
            Fact(speaker2, "likes", Entity("parties", "Thing")),
            Fact(Entity("Speaker 1", "Person"), "sibling", Entity("Monica", "Person"))]


def _ranked_by(found: list[Recalled], channel: str) -> list[str]:
    """The predicates of the recalled facts the channel ranked."""
    return [r.fact.predicate for r in found if r.fact is not None and any(w.startswith(channel + "#") for w in r.why)]


@pytest.mark.parametrize(("question", "hop"), [
    ("Who does Speaker 2 like?", "positiveImpression"),
    ("Who does Speaker 2 love?", "positiveImpression"),
    ("Speaker 2喜欢谁？", "positiveImpression"),
    ("What does Speaker 2 like?", "likes"),
    ("Speaker 2喜欢什么？", "likes"),
    ("Who does Speaker 2 dislike?", "negativeImpression"),
    ("Who does Speaker 2 hate?", "negativeImpression"),
    ("Speaker 2不喜欢谁？", "negativeImpression"),
    ("Speaker 2讨厌谁？", "negativeImpression"),
])
def test_liking_questions_are_relation_questions_and_the_question_word_picks_person_or_thing(
        question: str, hop: str) -> None:
    ask = parse_question(question)
    assert ask is not None and ask.subject == "Speaker 2" and ask.hops == (frozenset({hop}),), ask


def test_like_as_a_preposition_is_not_liking() -> None:
    assert parse_question("What is Ann's house like?") is None


@pytest.mark.parametrize(("question", "answer"), [
    ("Who does Speaker 2 like?", "Joey"), ("Speaker 2喜欢谁？", "Joey"),
    ("Who does Speaker 2 dislike?", "Gunther"), ("Speaker 2不喜欢谁？", "Gunther"),
])
def test_who_someone_likes_is_answered_from_facts(question: str, answer: str) -> None:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember(_turns())
        memory.add_facts(_facts())
        top = memory.recall(question, 3)[0]
        assert top.fact is not None and getattr(top.fact.object, "label", None) == answer, top
        assert top.why[0] == "answer#1"


def test_a_name_fact_enters_the_graph_list_only_for_questions_about_names() -> None:
    with Memory(recall_config=LEXICAL_ONLY.without("answers", "neural")) as memory:
        memory.remember(_turns())
        memory.add_facts(_facts())
        about_party = _ranked_by(memory.recall("Is Speaker 2 coming to the party?", 10), "graph")
        assert about_party and all(not p.endswith("alternateName") for p in about_party), about_party
        about_name = _ranked_by(memory.recall("What is Speaker 2's nickname?", 10), "graph")
        assert any(p.endswith("alternateName") for p in about_name), about_name


@pytest.mark.parametrize(("question", "expected"), [
    ("What is Speaker 2's nickname?", True), ("What do they call Speaker 2?", True), ("Speaker 2叫什么名字？", True),
    ("Speaker 2的昵称是什么？", True), ("Who does Speaker 2 like?", False), ("Speaker 2喜欢谁？", False),
])
def test_questions_about_names(question: str, expected: bool) -> None:
    assert asks_name(question) is expected


def test_the_key_value_memory_gives_only_facts_of_the_relation_asked() -> None:
    import torch  # noqa: F401  (loaded: a small key-value memory is built at once, not in the background)

    with Memory(recall_config=LEXICAL_ONLY.without("answers")) as memory:
        memory.remember(_turns())
        memory.add_facts(_facts())
        read = _ranked_by(memory.recall("Where does Speaker 2 work?", 10), "neural")
        assert read == [], read  # nobody works anywhere: attention's nearest facts are not answers
        read = _ranked_by(memory.recall("Who does Speaker 2 like?", 10), "neural")
        assert read and all(p.endswith("positiveImpression") for p in read), read


@pytest.mark.parametrize(("question", "past"), [
    ("Who did Ann hate?", False), ("What did Ann like?", False), ("Who did Ann love?", False),  # a feeling
    ("Where did Ann live?", True), ("Where did Ann's sister work?", True), ("Where did Ann study?", True),
    ("Who did Ann hate before?", True), ("Who did Ann use to like?", True), ("Ann以前讨厌谁？", True),
    ("Where did Ann come from?", False), ("Where did Speaker 2 come from?", False),  # a hometown does not change
    ("Where did Ann come from before?", True), ("Who did Ann work for?", True),
])
def test_did_asks_for_a_former_value_only_of_a_relation_of_one_value_that_changes(question: str, past: bool) -> None:
    ask = parse_question(question)
    assert ask is not None and ask.past is past, ask


def test_did_gives_the_current_value_first_unless_the_relation_replaces_values() -> None:
    from datetime import datetime

    ann = Entity("Ann", "Person")
    facts = [Fact(ann, "negativeImpression", Entity("Gunther", "Person"), valid_from=datetime(2020, 1, 1),
                  valid_to=datetime(2021, 1, 1)),
             Fact(ann, "negativeImpression", Entity("Janice", "Person"), valid_from=datetime(2022, 1, 1)),
             Fact(ann, "livesIn", Entity("Porto", "Place"), valid_from=datetime(2020, 1, 1), valid_to=datetime(2021, 1, 1)),
             Fact(ann, "livesIn", Entity("Lisbon", "Place"), valid_from=datetime(2022, 1, 1)),
             Fact(ann, "hometown", Entity("Ohio", "Place"), valid_from=datetime(2020, 1, 1),
                  valid_to=datetime(2021, 1, 1)),  # corrected: she said Texas later
             Fact(ann, "hometown", Entity("Texas", "Place"), valid_from=datetime(2021, 1, 1))]
    for config in (LEXICAL_ONLY, LEXICAL_ONLY.without("answers")):
        with Memory(recall_config=config) as memory:
            memory.add_facts(facts)
            hated = [getattr(r.fact.object, "label", None) for r in memory.recall("Who did Ann hate?", 6) if r.fact]
            assert hated.index("Janice") < hated.index("Gunther"), (config, hated)
            lived = [getattr(r.fact.object, "label", None) for r in memory.recall("Where did Ann live?", 6) if r.fact]
            assert lived.index("Porto") < lived.index("Lisbon"), (config, lived)  # a home is replaced: the former
            came = [getattr(r.fact.object, "label", None) for r in memory.recall("Where did Ann come from?", 6) if r.fact]
            assert came.index("Texas") < came.index("Ohio"), (config, came)  # a hometown is not replaced: corrected


@pytest.mark.parametrize(("question", "hop"), [
    ("What is Ann's date of birth?", "birthDate"), ("What is Ann's alma mater?", "educatedAt"),
    ("Who is Ann's manager?", "boss"), ("Who is Ann employed by?", "worksFor"), ("Where is Ann's residence?", "livesIn"),
    ("What is Ann's nickname?", "alternateName"), ("Ann的住址是哪里？", "livesIn"), ("Ann来自哪里？", "hometown"),
    ("Ann的昵称是什么？", "alternateName"),
    # look-alikes the everyday words already read, unchanged by the synonyms that spell them out
    ("Who is Ann's wife?", "spouse"), ("Who is Ann married to?", "spouse"), ("Who does Ann work for?", "worksFor"),
    ("Ann的妻子是谁？", "spouse"),
])
def test_the_vocabularys_synonyms_are_read_in_questions(question: str, hop: str) -> None:
    ask = parse_question(question)
    assert ask is not None and ask.subject == "Ann" and ask.hops == (frozenset({hop}),), ask


def test_a_synonym_spelled_by_everyday_words_keeps_their_reading() -> None:
    ask = parse_question("Who is from Berlin?")  # "is from" names hometown; "from" also birth place and nationality
    assert ask is not None and ask.reverse and ask.hops == (frozenset({"hometown", "birthPlace", "nationality"}),)


@pytest.mark.parametrize("question", ["What do the kids like at the museum?", "Who do the kids like in Berlin?",
                                      "What do the children love at the zoo?"])
def test_a_name_after_the_verb_of_a_do_question_is_not_its_subject(question: str) -> None:
    assert parse_question(question) is None


@pytest.mark.parametrize(("question", "subject", "reverse"), [
    ("Who lives in Berlin?", "Berlin", True), ("Who works at Acme?", "Acme", True),
    ("What do Ann's kids like?", "Ann", False), ("Where do Ann's kids live?", "Ann", False),
    ("What does Ann do for work?", "Ann", False), ("Who does Ann like?", "Ann", False),
])
def test_names_after_a_verb_that_are_its_subject_or_object_are_still_read(question: str, subject: str,
                                                                           reverse: bool) -> None:
    ask = parse_question(question)
    assert ask is not None and (ask.subject, ask.reverse) == (subject, reverse), ask


@pytest.mark.parametrize(("question", "subject", "hop", "past"), [
    ("Where does Ann come from?", "Ann", "hometown", False),  # "comes from": a synonym of hometown
    ("Where does Speaker 2 come from?", "Speaker 2", "hometown", False),
    ("张三会住在哪里？", "张三", "livesIn", False),
    ("张三要去哪里工作？", "张三", "worksFor workLocation", False),
    ("张三有孩子吗？", "张三", "child", False),
    ("张三有没有妹妹？", "张三", "sibling", False),
    ("Speaker 2会住在哪里？", "Speaker 2", "livesIn", False),
])
def test_the_verb_after_the_name_of_a_do_question_ends_the_name(question: str, subject: str, hop: str,
                                                                 past: bool) -> None:
    ask = parse_question(question)
    assert ask is not None and (ask.subject, ask.hops, ask.past) == (subject, (frozenset(hop.split()),), past), ask


@pytest.mark.parametrize("question", [
    "Where did Ann move from?", "When did Caroline go biking with friends?",
    "Which pet did Jolene adopt first - Susie or Seraphim?", "Where did Deborah get married?",
    "When did Evan lose his job?", "Which hobby did Sam take up in May 2023?",
    "Where did Speaker 2 break his arm?",  # no relation the vocabulary names: not read, not a name "Speaker 2 break"
])
def test_a_verb_the_vocabulary_does_not_name_leaves_the_question_unparsed(question: str) -> None:
    assert parse_question(question) is None


@pytest.mark.parametrize(("question", "subject", "hop"), [
    ("Where does Vincent van Gogh live?", "Vincent van Gogh", "livesIn"),
    ("Where does Maria da Silva work?", "Maria da Silva", "worksFor workLocation"),
    ("Where does Maria de la Cruz live?", "Maria de la Cruz", "livesIn"),
    ("Who did Speaker 2 hate?", "Speaker 2", "negativeImpression"),
    ("Who does Ann work for?", "Ann", "worksFor"), ("Where does Ann live?", "Ann", "livesIn"),
    ("张三来自哪里？", "张三", "hometown"),
])
def test_names_with_lower_case_words_and_look_alikes_stay_whole(question: str, subject: str, hop: str) -> None:
    ask = parse_question(question)
    assert ask is not None and (ask.subject, ask.hops) == (subject, (frozenset(hop.split()),)), ask


@pytest.mark.parametrize(("question", "subject", "hop", "reverse"), [
    ("李太太住在哪里？", "李太太", {"livesIn"}, False),  # 太太 (wife) inside Mrs Li, a word of jieba's dictionary
    ("林妹妹住在哪里？", "林妹妹", {"livesIn"}, False),  # 妹妹 (sister) inside a nickname
    ("谁在住友工作？", "住友", {"worksFor"}, True),  # 住 (live) inside Sumitomo
    ("谁在北京大学上学？", "北京大学", {"studiesAt", "educatedAt"}, True),  # 大学 inside Peking University
    ("谁在微软公司工作？", "微软公司", {"worksFor"}, True),
    ("张三住哪里？", "张三", {"livesIn"}, False),  # 住 | 哪里, not 住哪 | 里
    # look-alikes: a synonym that is a word of the question is read as before
    ("张三来自哪里？", "张三", {"hometown"}, False), ("周恩来来自哪里？", "周恩来", {"hometown"}, False),
    ("张三生于哪里？", "张三", {"birthPlace"}, False), ("张三出生于哪里？", "张三", {"birthPlace"}, False),
    ("张三就职于哪家公司？", "张三", {"worksFor"}, False), ("谁住在北京？", "北京", {"livesIn"}, True),
    ("陈红红的妻子是谁？", "陈红红", {"spouse"}, False),  # jieba's 红红的: 的 is read anywhere
])
def test_a_chinese_relation_is_read_only_as_a_word_of_the_question(question: str, subject: str, hop: set[str],
                                                                   reverse: bool) -> None:
    ask = parse_question(question)
    assert ask is not None and (ask.subject, ask.hops, ask.reverse) == (subject, (frozenset(hop),), reverse), ask


@pytest.mark.parametrize(("question", "subject", "hop"), [
    ("Where is Ann coming from?", "Ann", "hometown"),  # "is Ann coming from": "comes from"
    ("What pets has Ann got?", "Ann", "hasPet"), ("Has Speaker 2 got a sister?", "Speaker 2", "sibling"),
    ("Where has Ann been living?", "Ann", "livesIn"),
    ("Where will Ann live?", "Ann", "livesIn"), ("What languages can Ann speak?", "Ann", "speaks"),
    ("Where would Maria de la Cruz work?", "Maria de la Cruz", "worksFor workLocation"),
    # look-alikes: a relation word after the name, a name with lower-case words, "Will" as a name
    ("Where is Ann working?", "Ann", "worksFor workLocation"), ("Where was Ann born?", "Ann", "birthPlace"),
    ("Where has Ann lived?", "Ann", "livesIn"), ("Who is Ann married to?", "Ann", "spouse"),
    ("Where is Vincent van Gogh living?", "Vincent van Gogh", "livesIn"), ("Where does Will live?", "Will", "livesIn"),
    ("Where will Will live?", "Will", "livesIn"),
])
def test_the_verb_after_the_name_of_a_be_have_or_modal_question_ends_the_name(question: str, subject: str,
                                                                              hop: str) -> None:
    ask = parse_question(question)
    assert ask is not None and (ask.subject, ask.hops) == (subject, (frozenset(hop.split()),)), ask


@pytest.mark.parametrize("question", [
    "Which language is Tim learning?", "What language is Speaker 2 learning?", "Which city is Ann moving to?",
    "Where has Maria made friends?", "What has John been teaching his siblings?",
    "When will John start his new job?", "Who would Ann marry in Paris?",
])
def test_a_verb_the_vocabulary_does_not_name_after_be_have_or_a_modal_leaves_the_question_unparsed(
        question: str) -> None:
    assert parse_question(question) is None


def test_the_vocabulary_marks_the_relations_whose_value_does_not_change() -> None:
    from kg_memory.vocab import Vocabulary

    vocab = Vocabulary.load()
    permanent = {name for name, p in vocab.predicates.items() if p.permanent}
    assert permanent == {"birthPlace", "birthDate", "birthYear", "birthday", "hometown"}
    assert all(vocab.predicates[name].functional for name in permanent)


@pytest.mark.parametrize(("question", "fact"), [
    ("Who is Ann's roommate?", ("Bob", "roommate", "Ann")),  # said by Bob: "Ann is my roommate"
    ("Who is Ann's neighbor?", ("Cid", "neighbor", "Ann")),
    ("Who is Ann's husband?", ("Dan", "spouse", "Ann")),
])
def test_a_relation_that_holds_both_ways_answers_from_either_end(question: str, fact: tuple[str, str, str]) -> None:
    s, p, o = fact
    answers_only = LEXICAL_ONLY.without("lexical", "facts", "graph", "neural")  # the facts that answer, nothing else
    with Memory(recall_config=answers_only) as memory:
        memory.add_facts([Fact(Entity(s, "Person"), p, Entity(o, "Person")),
                          Fact(Entity("Ann", "Person"), "livesIn", Entity("Porto", "Place"))])
        first = next(r.fact for r in memory.recall(question, 3) if r.fact is not None)
        assert (first.subject.label, first.predicate) == (s, p), first


def test_the_vocabulary_marks_the_relations_that_hold_both_ways() -> None:
    from kg_memory.vocab import Vocabulary

    symmetric = Vocabulary.load().symmetric
    assert {"spouse", "partner", "sibling", "friend", "roommate", "neighbor", "classmate"} <= symmetric
    assert not {"parent", "child", "boss", "employee", "livesIn"} & symmetric
