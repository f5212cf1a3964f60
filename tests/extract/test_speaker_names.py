"""Speakers known only as "Speaker N" are named from how the others speak to them (kg_memory/extract/speakers.py).

Invented dialogues in English and Chinese: a name said in the middle of a turn, two speakers named in one
conversation, a name only spoken of in the third person (no alias), self-introductions, and the name
becoming an alias of the speaker's entity in a memory.
"""

from __future__ import annotations

import pytest

from kg_memory import Memory
from kg_memory.extract.model import speaker_names as model_speaker_names
from kg_memory.extract.rules import RuleExtractor
from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Fact, Turn


def _turns(*texts: str, speakers: tuple[str, ...] = ("Speaker 1", "Speaker 2")) -> list[Turn]:
    return [Turn("c", str(i + 1), speakers[i % len(speakers)], t) for i, t in enumerate(texts)]


def _said(*lines: tuple[int, str]) -> list[Turn]:
    return [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]


def _names(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.subject.label, str(f.object)) for f in facts if f.predicate == "alternateName"}


def _ruled(turns: list[Turn]) -> set[tuple[str, str]]:
    return _names(RuleExtractor().extract(turns))


# -- a name said to someone anywhere in a turn --------------------------------------------------------

@pytest.mark.parametrize("texts", [
    ("I told you twice, Marco, the keys are on the table.", "Sorry, I forgot.",
     "It's fine. Just look there next time.", "I will."),
    ("What's up Marco?", "Not much, just tired.", "Long day at work?", "Very long."),
    ("I have to go now.", "Already?", "See you tomorrow Marco.", "Bye."),
    ("Marco don't you ever listen?", "I do listen.", "Then where are the keys?", "On the table."),
])
def test_a_name_said_mid_turn_or_without_a_comma_names_the_one_spoken_to(texts: tuple[str, ...]) -> None:
    assert _ruled(_turns(*texts)) == {("Speaker 2", "Marco")}


@pytest.mark.parametrize("texts", [
    ("我跟你说过两次了，李娜，钥匙在桌子上。", "对不起，我忘了。", "没关系，下次记得。", "好的。"),
    ("王芳你怎么还没走？", "我在等车。", "车马上就到了。", "谢谢。"),
])
def test_a_chinese_name_said_mid_turn_names_the_one_spoken_to(texts: tuple[str, ...]) -> None:
    name = "李娜" if "李娜" in texts[0] else "王芳"
    assert _ruled(_turns(*texts)) == {("Speaker 2", name)}


def test_two_speakers_of_one_conversation_are_both_named() -> None:
    turns = _said((1, "Did you bring the maps, Nadia?"), (2, "Yes, they are in my bag."),
                  (1, "Good. And you, Tomas, are you driving?"), (3, "I am, the car is outside."),
                  (2, "Tomas drives too fast."), (3, "I drive carefully, Nadia!"))
    # Speaker 2 is asked and answers; Speaker 3 is asked and answers; each name goes to one speaker only
    assert _ruled(turns) == {("Speaker 2", "Nadia"), ("Speaker 3", "Tomas")}


def test_two_chinese_speakers_are_both_named() -> None:
    turns = _said((1, "李娜，地图带来了吗？"), (2, "带来了，在我包里。"), (1, "很好。张伟，你开车吗？"), (3, "我开，车在外面。"))
    assert _ruled(turns) == {("Speaker 2", "李娜"), ("Speaker 3", "张伟")}


# -- what names nobody ----------------------------------------------------------------------------------

@pytest.mark.parametrize("texts", [
    ("Marco is coming later.", "Good, I miss Marco.", "He said he would bring the cake.", "Great."),
    ("I had lunch with Marco today.", "How is he?", "Marco is fine, he says hi.", "Nice."),
    ("李娜明天来。", "太好了，我很想李娜。", "她会带蛋糕来。", "好的。"),
])
def test_a_name_only_spoken_of_names_nobody(texts: tuple[str, ...]) -> None:
    assert _ruled(_turns(*texts)) == set()


def test_a_speaker_who_says_a_name_is_not_its_bearer() -> None:
    # Speaker 2 talks about Marco, so the name said to them at the start is someone else's
    turns = _turns("Have you seen him, Marco?", "Marco? No, Marco left an hour ago.", "Oh well.", "Sorry.")
    assert ("Speaker 2", "Marco") not in _ruled(turns)


# -- self-introductions ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("texts", "expected"), [
    (("Hi everyone, I'm Priya and I just moved in.", "Welcome!"), {("Speaker 1", "Priya")}),
    (("大家好，我叫王芳，刚搬来。", "欢迎！"), {("Speaker 1", "王芳")}),
    (("Who is it?", "It's me, Priya. Open the door."), {("Speaker 2", "Priya")}),
])
def test_a_self_introduction_names_the_speaker(texts: tuple[str, ...], expected: set) -> None:
    assert _names(speaker_names(_turns(*texts))) == expected


def test_a_speaker_may_have_a_full_name_and_a_nickname() -> None:
    turns = _turns("Hello, I'm Tomas Berg, the new tenant.", "Nice to meet you.", "Thanks.",
                   "See you tomorrow, Tommy!", "See you.", "Tommy, wait, you forgot your keys!")
    assert _names(speaker_names(turns)) == {("Speaker 1", "Tomas Berg"), ("Speaker 1", "Tommy")}


def test_the_model_extractor_and_the_rules_share_one_vote() -> None:
    turns = _turns("I told you twice, Marco, the keys are on the table.", "Sorry, I forgot.")
    assert model_speaker_names is speaker_names
    assert _names(speaker_names(turns)) == {("Speaker 2", "Marco")}
    assert 0.4 <= next(iter(speaker_names(turns))).confidence < 0.9  # one vocative: named, not sure


def test_more_evidence_gives_more_confidence() -> None:
    once = speaker_names(_turns("I told you twice, Marco, the keys are on the table.", "Sorry."))
    thrice = speaker_names(_turns("I told you twice, Marco, the keys are on the table.", "Sorry.",
                                  "Really, Marco?", "Yes.", "Fine, Marco, fine.", "Thanks."))
    assert once[0].confidence < thrice[0].confidence


# -- the name becomes an alias of the speaker's entity ----------------------------------------------------

def test_the_name_becomes_an_alias_of_the_speakers_entity_in_memory() -> None:
    memory = Memory(extractor=RuleExtractor())
    memory.remember(_turns("I told you twice, Marco, the keys are on the table.", "Sorry, I live in Lisbon now.",
                           "Since when, Marco, and why?", "Since May."))
    marco = memory.entity("Marco")
    assert (marco.label, marco.aliases) == ("Speaker 2", ("Marco",))
    assert [f.object.label for f in memory.facts("Marco", "livesIn")] == ["Lisbon"]


def test_a_chinese_name_becomes_an_alias_in_memory() -> None:
    memory = Memory(extractor=RuleExtractor())
    memory.remember(_turns("我跟你说过两次了，李娜，钥匙在桌子上。", "对不起，我住在上海。", "你什么时候搬的，李娜，上个月吗？", "五月。"))
    lina = memory.entity("李娜")
    assert (lina.label, lina.aliases) == ("Speaker 2", ("李娜",))


def test_a_full_name_after_the_speakers_own_introduction_is_theirs_not_the_listeners() -> None:
    """"Who are you?" - "Oh, I'm Ronni. Ronni Rappelano?": the speaker introduces themself; "Oh" is no answer."""
    turns = _said((1, "Joey said I could use your shower?"), (2, "Okay... who are you?"),
                  (1, "Oh, I'm Ronni. Ronni Rappelano? The mistress?"), (2, "Oh, c'mon in."))
    assert ("Speaker 2", "Ronni Rappelano") not in _names(speaker_names(turns))
    assert ("Speaker 1", "Oh") not in _names(speaker_names(turns))


def test_a_name_said_again_as_the_subject_is_spoken_of() -> None:
    """"Mona, Mona's standing right over there": Mona is someone else, not the one spoken to."""
    turns = _said((1, "This looks bad for me. Mona, Mona's standing right over there. You gotta let me win!"),
                  (2, "No way!"))
    assert _names(speaker_names(turns)) == set()


# -- names settled at the end of the talk: one speaker, one person --------------------------------------------

_MORNING = ((1, "Morning, Nadia! Did you sleep?"), (2, "Barely. The neighbours had a party."),
            (1, "Poor you, Nadia. Coffee?"), (2, "Please, a big one."))


def _arrival(call: str, morning: tuple[tuple[int, str], ...] = _MORNING) -> list[Turn]:
    return _said(*morning, (1, call), (2, "Is that the new guy from your office?"),
                 (3, "Hello! Sorry I am late, the bus broke down."), (1, "No problem. Sit down."))


def test_a_name_heard_once_for_a_speaker_firmly_called_otherwise_is_someone_elses() -> None:
    """Nadia is called Nadia twice; the greeting "Oh hey, Tomas!" between her turns is for the one arriving."""
    names = _names(speaker_names(_arrival("Oh hey, Tomas! Come in, the door is open.")))
    assert ("Speaker 2", "Nadia") in names
    assert not any(n == "Tomas" for _, n in names)


@pytest.mark.parametrize("call, name", [
    ("Oh hey, Naddy! Come in, the door is open.", "Naddy"),  # a form of her name
    ("Oh hey, Ms Novak! Come in, the door is open.", "Ms Novak"),  # a title and surname beside a first name
])
def test_other_forms_of_a_speakers_name_still_name_her(call: str, name: str) -> None:
    names = _names(speaker_names(_arrival(call)))
    assert {("Speaker 2", "Nadia"), ("Speaker 2", name)} <= names


def test_a_name_heard_once_stays_when_nothing_firmer_names_the_speaker() -> None:
    morning = ((1, "Morning, Nadia! Did you sleep?"), (2, "Barely. The neighbours had a party."),
               (1, "Poor you. Coffee?"), (2, "Please, a big one."))
    assert ("Speaker 2", "Tomas") in _names(speaker_names(_arrival("Oh hey, Tomas! Come in, the door is open.", morning)))


def test_a_name_someone_asks_about_is_no_speakers_even_when_called() -> None:
    """"Who is Dennis?" - "My roommate." ... "Dennis! Come out!": Dennis is spoken of, not one of the speakers."""
    turns = _said((3, "Who is Dennis?"), (2, "My roommate. He is shy."), (1, "You have a roommate? Since when?"),
                  (2, "Since May. Dennis! Come out and say hi!"), (1, "I see nobody."), (2, "Dennis! Please!"),
                  (1, "Maybe he is asleep."))
    assert _names(speaker_names(turns)) == set()


def test_a_name_asked_about_and_then_introduced_is_the_speakers() -> None:
    turns = _said((1, "Who is Dennis? The list says Dennis."), (2, "That's me. I'm Dennis."),
                  (1, "Welcome, Dennis. Take a seat."), (2, "Thanks."))
    assert _names(speaker_names(turns)) == {("Speaker 2", "Dennis")}


def test_a_name_given_as_the_answer_to_who_is_said_of_someone() -> None:
    """"Who?" - "I'll give you one hint. Anna Lindqvist.": the one asked about, not a call to the next speaker."""
    turns = _said((1, "I met the director and you'll never guess who it was."), (2, "Who?"),
                  (1, "I'll give you one hint. Anna Lindqvist."), (2, "Wow!"), (1, "Yeah, and Anna Lindqvist liked me."),
                  (2, "Good for you."))
    assert _names(speaker_names(turns)) == set()
