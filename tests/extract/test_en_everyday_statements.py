"""Everyday English statements the rules used to miss (issue 13): where one lives said with "have lived" or
"love living in", the named place a town or flat is in, work "half time" or as an intern, "an amazon employee",
a job with a participle after it ("a college student studying nursing"), the school named after "in college",
goals with "one day" or "have always wanted", things that "make me nervous"; and the look-alikes that must
stay out."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(*texts: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i + 1), "Ann" if i % 2 == 0 else "Bob", t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "predicate", "obj"), [
    ("i have lived in ohio for 10 years .", "livesIn", "ohio"),
    ("I love living in Boston.", "livesIn", "Boston"),
    ("i hate living in the city .", "livesIn", "city"),
    ("i live in a small town in ohio .", "livesIn", "ohio"),
    ("I live in a town called Celebration.", "livesIn", "Celebration"),
    ("i also work half time at a gas station", "worksFor", "gas station"),
    ("i am interning at google right now .", "worksFor", "google"),
    ("i am an amazon employee", "worksFor", "amazon"),
    ("i just have a dull job with ibm .", "worksFor", "ibm"),
    ("i work at a pizza place part time", "worksFor", "pizza place"),
    ("i am a college student studying nursing .", "fieldOfStudy", "nursing"),
    ("i am a college student studying nursing .", "jobTitle", "college student"),
    ("i am a nurse working at the hospital .", "worksFor", "hospital"),
    ("i am in college at alabama university .", "studiesAt", "alabama university"),
    ("I am in school at the University of Michigan.", "studiesAt", "University of Michigan"),
    ("i just graduated from college 3 years ago", "educatedAt", "college"),
    ("i would like to be a journalist one day .", "goal", "become journalist"),
    ("wow ! i have always wanted to be a fashion designer .", "goal", "become fashion designer"),
    ("formal situations make me feel awkward and uncomfortable .", "dislikes", "formal situations"),
    ("crowds make me nervous .", "dislikes", "crowds"),
    ("i enjoy working with animals .", "likes", "working with animals"),
    ("the first thing you notice about me is my bright red hair .", "trait", "bright red hair"),
])
def test_an_everyday_statement_gives_its_fact(text: str, predicate: str, obj: str) -> None:
    assert ("Ann", predicate, obj) in _facts(text)


@pytest.mark.parametrize(("text", "predicate", "obj"), [
    ("i live on a farm in the middle of nowhere .", "livesIn", "middle"),
    ("i stay on my phone all day .", "livesIn", "phone"),
    ("i am the best employee .", "worksFor", "best"),
    ("i am a dedicated employee .", "worksFor", "dedicated"),
    ("Ross upsets me.", "dislikes", "Ross"),
    ("i am in college at the moment .", "studiesAt", "moment"),
])
def test_a_look_alike_gives_no_wrong_fact(text: str, predicate: str, obj: str) -> None:
    assert ("Ann", predicate, obj) not in _facts(text)


@pytest.mark.parametrize("text", [
    "do you like living in boston ?",
    "i do not like living in the city .",
    "i wanted to be a nurse .",
    "i have a job interview at google .",
])
def test_no_residence_or_job_is_read_into_a_question_a_refusal_or_the_past(text: str) -> None:
    assert not {f for f in _facts(text) if f[1] in ("livesIn", "worksFor", "goal")}, _facts(text)


def _dialogue(text: str) -> set[tuple[str, str, str]]:
    turns = [Turn("d", "1", "Speaker 1", text), Turn("d", "2", "Speaker 2", "Okay."), Turn("d", "3", "Speaker 3", "Sure.")]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "predicate", "obj"), [
    ("Chandler is such an idiot!", "negativeImpression", "Chandler"),
    ("I think Gavin is a jerk.", "negativeImpression", "Gavin"),
    ("Ross is a great guy! You would be lucky to be with him!", "positiveImpression", "Ross"),
    ("Oh, Joey is so sweet!", "positiveImpression", "Joey"),
    ("Frank is my half-brother.", "sibling", "Frank"),
    ("I work for Mr. Geller.", "boss", "Mr. Geller"),
])
def test_what_a_speaker_says_of_someone_named(text: str, predicate: str, obj: str) -> None:
    assert ("Speaker 1", predicate, obj) in _dialogue(text)


@pytest.mark.parametrize("text", [
    "Monica thinks Ross is a jerk.",  # someone else's opinion
    "Do you think Ross is a jerk?",
    "If Ross is a jerk, leave him.",
    "Ross is not a jerk.",
    "Christmas is a sweet time.",  # no person judged
    "Paris is beautiful.",
])
def test_no_impression_from_a_question_a_condition_or_someone_elses_view(text: str) -> None:
    assert not {f for f in _dialogue(text) if f[1] in ("positiveImpression", "negativeImpression")}, _dialogue(text)


def test_a_title_keeps_its_full_stop_and_an_abbreviation_alone_is_no_object() -> None:
    assert ("Speaker 1", "worksFor", "Mr") not in _dialogue("I work for Mr. Geller.")
    assert not {f for f in _facts("i love dr . who") if f[2].lower() in ("dr", "dr.")}


@pytest.mark.parametrize(("text", "liked"), [
    ("I'm a big Yankees fan.", {"Yankees"}),  # the team, not "big Yankees"
    ("I'm a true coffee lover.", {"coffee"}),
    ("I'm a huge fan of Star Wars.", {"Star Wars"}),
    ("Oh, I'm a big fan.", set()),  # of nothing said
])
def test_a_fan_likes_what_the_word_before_fan_names_without_its_intensifier(text: str, liked: set[str]) -> None:
    assert {o for _, p, o in _facts(text) if p == "likes"} == liked


@pytest.mark.parametrize(("text", "fact"), [
    ("By the way, I'm vegetarian, so restaurant tips would help.", ("Ann", "diet", "vegetarian")),
    ("I'm a nurse, so my schedule is crazy.", ("Ann", "jobTitle", "nurse")),
])
def test_a_statement_before_so_and_a_modal_clause_is_read(text: str, fact: tuple[str, str, str]) -> None:
    # the "would" of the consequence makes no wish of the statement before it
    assert fact in _facts(text)


def test_a_wish_before_so_stays_a_wish() -> None:
    assert not any(p in ("hasPet", "likes", "goal") for _, p, _ in _facts("I would love a dog, so my kids would be happy."))


@pytest.mark.parametrize(("text", "fact"), [
    ("I have a 5 year old daughter.", ("Ann", "child", "Ann's daughter")),
    ("My brother-in-law Tom is a pilot.", ("Ann", "relative", "Tom")),
    ("My brother-in-law Tom is a pilot.", ("Tom", "jobTitle", "pilot")),
    ("My sister-in-law Eve lives in Rome.", ("Eve", "livesIn", "Rome")),
    ("My son Jake just started college at UCLA.", ("Jake", "studiesAt", "UCLA")),
])
def test_relatives_said_with_an_age_or_an_in_law_and_a_school_started(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("text", ["I started school at 8am.", "I started college at 18."])
def test_when_school_started_is_no_school(text: str) -> None:
    assert not any(p == "studiesAt" for _, p, _ in _facts(text))


@pytest.mark.parametrize(("text", "languages"), [
    ("I speak fluent Mandarin.", {"Mandarin"}),
    ("I speak French and a bit of German.", {"French", "German"}),
    ("I speak a little Spanish.", {"Spanish"}),
    ("I speak my mind.", set()),
])
def test_a_language_spoken_however_well(text: str, languages: set[str]) -> None:
    assert {o for _, p, o in _facts(text) if p == "speaks"} == languages


@pytest.mark.parametrize(("text", "fact"), [
    ("My sister just had a baby boy named Noah.", ("Ann's sister", "child", "Noah")),
    ("I had a baby named Noah.", ("Ann", "child", "Noah")),
    ("We just had our second child.", ("Ann", "child", "Ann's child")),
])
def test_a_child_born(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("text", ["I had a kid in my class who cried.", "I had a son over for dinner."])
def test_a_child_met_is_no_child_born(text: str) -> None:
    assert not any(p == "child" for _, p, _ in _facts(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("I'm a total movie fan!", ("Ann", "likes", "movie")),
    ("I love making pottery.", ("Ann", "likes", "making pottery")),
    ("I can play the piano.", ("Ann", "skill", "play the piano")),
])
def test_likings_and_skills_read_in_chat_stay(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("text", [
    "I love making him happy.",  # a deed towards someone: no thing liked is left
    "I enjoy playing and pushing myself.",
    "It was awesome - so much energy and love everywhere.",  # "love" a noun, "everywhere" no thing
    "Well, we can play slot machines and arcades, for example.",  # a suggestion, no skill
])
def test_chat_that_states_no_liking_or_skill(text: str) -> None:
    assert not any(p in ("likes", "skill") for _, p, _ in _facts(text)), _facts(text)


def test_a_job_done_from_home() -> None:
    assert {("Ann", "workLocation", "home"), ("Ann", "jobTitle", "freelance designer")} <= _facts(
        "I work from home as a freelance designer.")


def test_a_job_at_a_place_pointed_at_names_no_employer() -> None:
    found = _facts("I am a chef at that place.")
    assert ("Ann", "jobTitle", "chef") in found and not any(p == "worksFor" for _, p, _ in found)


@pytest.mark.parametrize(("text", "fact"), [
    ("I have a sister named Kate who lives in Dublin.", ("Kate", "livesIn", "Dublin")),
    ("My friend Tom, who works at IBM, is coming over.", ("Tom", "worksFor", "IBM")),
])
def test_a_relative_clause_tells_of_the_person_it_follows(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


def test_a_relative_clause_in_a_question_tells_nothing() -> None:
    assert _facts("Kate, who is it?") == set()


@pytest.mark.parametrize(("text", "fact"), [
    ("I have a 5-year-old daughter named Mia.", ("Mia", "age", "5")),
    ("I have a five year old son named Leo.", ("Leo", "age", "5")),
    ("I have a 5 year old daughter, Mia.", ("Mia", "age", "5")),
    ("I have a 25 year old brother named Tom.", ("Tom", "age", "25")),
    ("My sister has a 5-year-old daughter named Mia.", ("Mia", "age", "5")),
])
def test_a_relative_had_and_named_keeps_the_age_said_before_the_noun(text: str, fact: tuple[str, str, str]) -> None:
    found = _facts(text)
    assert fact in found, found
    assert not any(s in ("Ann", "Ann's sister") and p == "age" for s, p, _ in found)  # the age is the child's


@pytest.mark.parametrize("text", [
    "I have a 5 year old daughter.",  # unnamed: "Ann's daughter" may be another daughter next time
    "I don't have a 5-year-old daughter named Mia.",
    "Do you have a 5-year-old daughter named Mia?",
    "If I had a 5-year-old daughter named Mia I would be happy.",
    "My daughter Mia was 5 when we moved.",  # an age then, not now
    "I have a 3 year old dog named Rex.",  # an age is a person's
])
def test_no_age_for_an_unnamed_or_denied_child_or_one_of_the_past(text: str) -> None:
    assert not any(p == "age" for _, p, _ in _facts(text)), _facts(text)


def test_the_age_of_a_child_had_before_is_no_current_age() -> None:
    facts = RuleExtractor().extract([Turn("c", "1", "Ann", "I used to have a 5-year-old daughter named Mia.")])
    assert not any(f.predicate == "age" for f in facts)
    assert [(f.predicate, f.ended) for f in facts if f.object == "Mia" or getattr(f.object, "label", "") == "Mia"] == [
        ("child", True)]


@pytest.mark.parametrize(("text", "name"), [
    ("I'm an actor, name's Joey.", "Joey"),
    ("I'm an actor, the name's Joey.", "Joey"),
    ("I'm a nurse called Kate.", "Kate"),
    ("I'm an actor named Joey Tribbiani.", "Joey Tribbiani"),
])
def test_a_name_said_after_the_speakers_job_is_their_name(text: str, name: str) -> None:
    found = _facts(text)
    assert ("Ann", "name", name) in found and any(p == "jobTitle" for _, p, _ in found), found


@pytest.mark.parametrize("text", [
    "I'm an actor, they call it method acting.",
    "I'm a nurse at a hospital called Mercy.",  # the hospital's name
    "I'm a huge fan of a band called Muse.",
    "I'm a nurse called in sick today.",
    "I'm not a nurse called Ann.",
    "Are you a nurse called Ann?",
    "I'm a nurse, name is not important.",
])
def test_no_name_from_a_job_followed_by_someone_elses_name_or_none(text: str) -> None:
    assert not any(p == "name" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("My pets have been with me during all the tough times! I love them.", {"pets"}),  # not the tough times
    ("I have two dogs. I love them.", {"dogs"}),  # the dogs, not their count
    ("I ate some cookies at the party. I love them.", {"cookies"}),  # what was eaten, not the party
    ("I went hiking in the mountains. I love it.", {"mountains"}),
    ("I just listened to pearl jam, i love them.", {"pearl jam"}),
    ("I met my cousins at the games. I love them.", set()),  # them: the cousins, no thing liked
    ("I listened to music during the hard times. I love them.", set()),  # no times liked
])
def test_them_means_the_things_said_before_a_phrase_of_time_or_place(text: str, liked: set[str]) -> None:
    assert {o for s, p, o in _facts(text) if s == "Ann" and p == "likes"} == liked


@pytest.mark.parametrize("text", [
    "Winning first place is amazing!",  # a comment on news, often someone else's
    "Getting engaged is awesome!",
    "Having kids is the best.",
    "I find him fun.",  # a person
    "I don't find painting relaxing.",
    "Do you find painting relaxing?",
    "I find that my job is fun.",
])
def test_praise_of_news_or_of_a_person_is_no_liking(text: str) -> None:
    assert not any(p == "likes" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("Winning is my favorite thing.", "Winning"),  # the speaker says it is theirs
    ("Painting is my passion.", "Painting"),
    ("Singing is awesome!", "Singing"),  # a pastime praised: the speaker's own, as chat says it
    ("Running is fun.", "Running"),  # fun is had doing it: a weak liking
    ("I find painting relaxing.", "painting"),
    ("I find gardening so therapeutic.", "gardening"),
])
def test_a_pastime_the_speaker_calls_theirs_fun_or_relaxing_is_liked(text: str, liked: str) -> None:
    assert ("Ann", "likes", liked) in _facts(text)
