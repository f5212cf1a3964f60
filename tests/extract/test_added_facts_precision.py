"""Facts the group-talk rules added that a careful listener would not take: a name given in answer to "who was
that?" is no name of the asker, "Boy, Kim, ..." calls Kim, a part played ("I play Dr. Lee") is no job, an actor
showing his range ("I'm hot, I'm cold!") has no trait, and words the speaker says they told a third person
(我告诉他，你和我分手了) end no couple of the two speakers."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import ended_by, facts, names, said_by

A, B, C = "Speaker 1", "Speaker 2", "Speaker 3"


# -- a name given in answer to "who?" --------------------------------------------------------------------------------
@pytest.mark.parametrize("asked", ["Who the hell was that?!", "Who was that?", "Who was that on the phone?!"])
def test_a_name_answering_who_was_that_is_no_name_of_the_asker(asked: str) -> None:
    got = facts((1, "Well, thanks a lot!"), (2, asked), (1, "Dr. Lee."), (2, "You can't call people at night."))
    assert (B, "jobTitle", "doctor") not in got
    assert not {f for f in got if f[0] == B and f[1] == "alternateName"}
    assert ("Dr. Lee", "jobTitle", "doctor") in got  # still a doctor, whoever he is


def test_names_listed_after_a_question_to_anyone_call_no_one_in_particular() -> None:
    said = names((1, "I guess that's me. Anyone else need the elevator? Dr. Horton, Dr. Wong?"),
                 (2, "No, no, they only said you."), (1, "Oh, okay."))
    assert not said


def test_a_name_called_with_a_question_for_that_one_still_names_the_answerer() -> None:
    assert ("Speaker 2", "Dr Horton") in names((1, "I guess that's me. Dr. Horton, do you need the elevator?"),
                                               (2, "No, no, I'm fine."), (1, "Oh, okay."))


# -- "Boy, Kim, ..." --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Boy Kim, you're lucky you're cute.", "Boy, Kim, you look great."])
def test_boy_before_a_name_is_no_part_of_it(text: str) -> None:
    got = facts((1, "Hi."), (3, "Hey."), (1, "Okay, your turn."), (2, text))
    assert not {f for f in got if f[2].startswith("Boy")}
    assert {f for f in got if f[0] == B and f[1] == "positiveImpression"}


def test_a_name_called_still_takes_the_compliment() -> None:
    assert (A, "positiveImpression", "Kim") in said_by((A, "Oh Kim, you look great."), (B, "Thanks."), (C, "Hi."))


# -- a part played is no job --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Want me to do a little Dr. Lee for you?",
    "I play Dr. Lee on a soap.",
    "See, I was Dr. Lee.",
    "You be Officer Kim and I'll be the robber.",
])
def test_a_part_played_or_put_on_is_no_job(text: str) -> None:
    assert not {f for f in said_by((A, text), (B, "Okay.")) if f[1] == "jobTitle"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Did Dr. Lee call?", ("Dr. Lee", "jobTitle", "doctor")),
    ("I was Dr. Lee's patient for years.", ("Dr. Lee", "jobTitle", "doctor")),
    ("He plays golf with Dr. Lee.", ("Dr. Lee", "jobTitle", "doctor")),
    ("It was Dr. Lee.", ("Dr. Lee", "jobTitle", "doctor")),
])
def test_a_real_doctor_beside_those_words_keeps_the_job(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said_by((A, text), (B, "Okay."))


# -- a range shown is no trait ------------------------------------------------------------------------------------------
def test_an_actor_showing_his_range_has_no_trait() -> None:
    got = said_by((A, "I can play anything! I'm old! I'm tired! I'm hot, I'm cold!"), (B, "Wow."))
    assert not {f for f in got if f[1] == "trait"}


@pytest.mark.parametrize("text", ["I'm old and I'm tired of this job.", "I'm old. I'm cold too."])
def test_a_trait_beside_a_state_that_is_no_opposite_stays(text: str) -> None:
    assert (A, "trait", "old") in said_by((A, text), (B, "Wow."))


# -- words told to a third person ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["为了让他走，我告诉他，你和我分手了。", "我跟他说，你和我分手了。", "我骗她说：我和你分手了。"])
def test_words_told_to_a_third_person_end_no_couple(text: str) -> None:
    assert not ended_by((A, text), (B, "什么？"))


@pytest.mark.parametrize("text", ["我告诉你，我和罗斯分手了。", "我和罗斯分手了。"])
def test_an_ending_told_to_the_listener_stays(text: str) -> None:
    assert (A, "partner", "罗斯") in ended_by((A, text), (B, "什么？"))


# -- words quoted with the closing mark at both ends ------------------------------------------------------------------
def test_a_letter_read_out_between_closing_quote_marks_is_not_the_readers_word() -> None:
    got = facts((1, "信上写着：”亲爱的张伟医生，我爱你，我愿意为你做任何事”。"), (2, "天哪。"), (1, "她就住我们楼。"))
    assert not {f for f in got if f[1] in ("positiveImpression", "jobTitle", "neighbor")}


def test_the_same_words_said_unquoted_are_the_speakers() -> None:
    got = facts((1, "张伟医生，我爱你。"), (2, "我也爱你。"))
    assert ("张伟", "jobTitle", "医生") in got
    assert (A, "positiveImpression", B) in got


@pytest.mark.parametrize("text", ["我告诉他，你是我妻子。", "我跟罗斯说，你是我的室友。", "我骗她说：你是我哥哥。"])
def test_words_told_to_a_third_person_state_no_tie_with_the_listener(text: str) -> None:
    assert not {f for f in said_by((A, text), (B, "什么？")) if f[1] in ("spouse", "roommate", "sibling")}


def test_words_told_to_the_listener_are_stated() -> None:
    assert (A, "roommate", B) in said_by((A, "我告诉你，你是我的室友。"), (B, "好吧。"))
