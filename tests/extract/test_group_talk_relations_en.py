"""How friends talking in a group say what someone is and how people stand to each other: the title before a name
("Dr. Green", "I'm Professor Geller"), a couple told with "going out" or "used to date", "Chandler is a friend of
Ross's", "Ross and Joey are best buds" and "Carol is my ex-wife" (a marriage that was).

Invented dialogues. Each form has look-alikes that must give nothing: negations, questions, suppositions, other
people's views, and words that are no person ("a Dr. Pepper", "Doctor Who").
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import ended_by as ended
from tests.extract.dialogue_facts import said_by as said

A, B = "Speaker 1", "Speaker 2"


# -- a title before a name tells the job -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Dr. Lee says the cast comes off Monday.", ("Dr. Lee", "jobTitle", "doctor")),
    ("I had lunch with Professor Wheeler today.", ("Professor Wheeler", "jobTitle", "professor")),
    ("Officer Burke gave me a ticket.", ("Officer Burke", "jobTitle", "police officer")),
    ("Is Dr. Lee in today?", ("Dr. Lee", "jobTitle", "doctor")),
    ("I called Dr. Lee's office.", ("Dr. Lee", "jobTitle", "doctor")),
    ("Hello, I'm Dr. Lee.", (A, "jobTitle", "doctor")),
])
def test_a_title_before_a_name_tells_the_persons_job(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, text), (B, "Okay."))


@pytest.mark.parametrize("text", [
    "Can I get a Dr. Pepper?",
    "We stayed up watching Doctor Who.",
    "Doctor, Lee is waiting outside.",
    "The doctor Lee saw was nice.",
])
def test_a_drink_a_show_or_a_title_on_its_own_tells_no_job(text: str) -> None:
    assert not {f for f in said((A, text), (B, "Okay.")) if f[1] == "jobTitle"}


def test_am_i_dr_lee_makes_no_doctor_of_the_speaker() -> None:
    assert (A, "jobTitle", "doctor") not in said((A, "Am I Dr. Lee?"), (B, "No."))


# -- "going out with", "used to date" ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Kim is going out with Tom.", ("Kim", "partner", "Tom")),
    ("Kim has been going out with Tom for months.", ("Kim", "partner", "Tom")),
    ("I used to go out with Tom.", (A, "dated", "Tom")),
    ("Kim used to date Tom, you know.", ("Kim", "dated", "Tom")),
    ("I went out with Tom for two years.", (A, "dated", "Tom")),
    ("Tom and I dated in college.", (A, "dated", "Tom")),
])
def test_going_out_and_used_to_date_tell_a_couple(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, text), (B, "Oh."))


def test_we_used_to_go_out_is_the_speaker_and_the_one_spoken_to() -> None:
    assert (A, "dated", B) in said((A, "We used to go out, remember?"), (B, "Vaguely."))


@pytest.mark.parametrize("text", [
    "I'm going out with Tom tonight.",
    "I went out with Tom for a drink.",
    "We went out for an hour.",
    "I never went out with Tom.",
    "Kim is not going out with Tom.",
    "Did you use to date Tom?",
    "If Kim is going out with Tom, I'll eat my hat.",
    "I wish I was going out with Tom.",
])
def test_a_night_out_a_negation_a_question_or_a_wish_tells_no_couple(text: str) -> None:
    assert not {f for f in said((A, text), (B, "Oh.")) if f[1] in ("partner", "dated")}


# -- "Chandler is a friend of Ross's" ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Chandler is a friend of Ross's.", ("Ross", "friend", "Chandler")),
    ("Chandler is an old friend of Ross.", ("Ross", "friend", "Chandler")),
    ("Kim is a colleague of Tom's from the bank.", ("Tom", "colleague", "Kim")),
])
def test_a_friend_of_a_named_person(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, text), (B, "Right."))


@pytest.mark.parametrize("text", [
    "Chandler is a friend of Ross's sister.",
    "Chandler is not a friend of Ross.",
    "Is Chandler a friend of Ross?",
    "If Chandler is a friend of Ross, he'll help.",
])
def test_a_friend_of_someone_else_denied_asked_or_supposed_gives_nothing(text: str) -> None:
    assert ("Ross", "friend", "Chandler") not in said((A, text), (B, "Right."))


def test_best_buds_are_friends() -> None:
    assert ("Ross", "friend", "Joey") in said((A, "Ross and Joey are best buds."), (B, "Right."))


# -- "Carol is my ex-wife": a marriage that was ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Carol is my ex-wife.", (A, "spouse", "Carol")),
    ("Carol, my ex-wife, called.", (A, "spouse", "Carol")),
    ("Carol is Ross's ex-wife.", ("Ross", "spouse", "Carol")),
])
def test_a_named_ex_wife_is_a_spouse_that_was(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in ended((A, text), (B, "Oh."))
    assert fact not in said((A, text), (B, "Oh."))


@pytest.mark.parametrize("text", ["Carol is not my ex-wife.", "Is Carol your ex-wife?"])
def test_an_ex_wife_denied_or_asked_gives_nothing(text: str) -> None:
    assert not {f for f in ended((A, text), (B, "Oh.")) | said((A, text), (B, "Oh.")) if f[2] == "Carol"}


# -- what a couple says of itself: "we were on a break", "our anniversary", "I dumped Tom" ------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("We were on a break!", (A, "dated", B)),
    ("No, we were on a break!", (A, "dated", B)),
    ("Tom and I are on a break.", (A, "partner", "Tom")),
    ("It's almost our anniversary!", (A, "partner", B)),
    ("Tomorrow is our wedding anniversary.", (A, "spouse", B)),
])
def test_a_couple_speaks_of_itself(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, text), (B, "I know."))


def test_i_dumped_tom_is_a_couple_that_was() -> None:
    assert (A, "partner", "Tom") in ended((A, "I dumped Tom."), (B, "Wow."))
    assert (A, "partner", "Tom") not in said((A, "I dumped Tom."), (B, "Wow."))


@pytest.mark.parametrize("text", [
    "We were never on a break!",
    "If we were on a break, fine.",
    "We are on a break from work.",
    "We were on a break when the alarm went off.",
    "It's our parents' anniversary.",
    "Were we on a break?",
])
def test_no_couple_in_a_denied_supposed_or_workday_break(text: str) -> None:
    assert not {f for f in said((A, text), (B, "Okay.")) if f[1] in ("partner", "dated", "spouse")}


def test_our_anniversary_told_to_a_third_person_names_no_couple() -> None:
    facts = said((A, "Hi."), (B, "You know Pheebs, it's kinda our anniversary."), ("Speaker 3", "Oh please."))
    assert not {f for f in facts if f[1] in ("partner", "spouse")}


def test_i_did_not_dump_tom_ends_nothing() -> None:
    assert not ended((A, "I didn't dump Tom."), (B, "Okay."))


# -- several people named with one relation ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "facts"), [
    ("These are our friends, Tom and Sue Angle.", {(A, "friend", "Tom"), (A, "friend", "Sue Angle")}),
    ("My sisters Amy, Jill and Beth are coming.", {(A, "sibling", n) for n in ("Amy", "Jill", "Beth")}),
    ("My parents, Jack and Judy, are here.", {(A, "parent", "Jack"), (A, "parent", "Judy")}),
    ("Jack and Judy are Ross's parents.", {("Ross", "parent", "Jack"), ("Ross", "parent", "Judy")}),
    ("Bill and Colleen are my best friends.", {(A, "friend", "Bill"), (A, "friend", "Colleen")}),
    ("Monica's friends Rachel and Phoebe came by.", {("Monica", "friend", "Rachel"), ("Monica", "friend", "Phoebe")}),
])
def test_every_person_of_a_list_named_with_one_relation(text: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= said((A, text), (B, "Hi."))


@pytest.mark.parametrize("text", [
    "Bill and Colleen are not my friends.",
    "If Bill and Colleen are my friends, where are they?",
    "Are Bill and Colleen your friends?",
    "My friends and Colleen went out.",
])
def test_a_list_denied_supposed_asked_or_not_named_gives_colleen_no_relation(text: str) -> None:
    assert not {f for f in said((A, text), (B, "Hi.")) if f[2] == "Colleen" and f[1] == "friend"}


# -- a couple or a birth told in a clause of time ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("When Monica and Chandler got engaged, I cried.", ("Monica", "partner", "Chandler")),
    ("After Ross and Emily got married, they moved to London.", ("Ross", "spouse", "Emily")),
    ("When Carol was pregnant with Ben, she craved pickles.", ("Carol", "child", "Ben")),
    ("Carol gave birth to Ben.", ("Carol", "child", "Ben")),
    ("I was pregnant with Emma.", (A, "child", "Emma")),
])
def test_a_couple_or_a_child_told_in_passing(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, text), (B, "Oh."))


@pytest.mark.parametrize("text", [
    "If Monica and Chandler got engaged, I'd cry.",
    "I'm pregnant with Ross's baby.",
    "If I were pregnant with Ben, I'd know.",
    "She was never pregnant with Ben.",
])
def test_a_supposed_couple_or_birth_or_a_father_named_gives_nothing(text: str) -> None:
    facts = said((A, "I saw Carol."), (A, text), (B, "Oh."))
    assert not {f for f in facts if f[1] in ("partner", "child") and f[2] in ("Chandler", "Ben", "Ross")}


# -- "I'm still with Charlie", "Phoebe is back with David" --------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("I'm still with Charlie.", (A, "partner", "Charlie")),
    ("Phoebe is back with David.", ("Phoebe", "partner", "David")),
    ("Oh God, I'm still with Charlie, right?", (A, "partner", "Charlie")),
])
def test_still_or_back_with_someone_is_a_couple(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, text), (B, "Yes."))


@pytest.mark.parametrize("text", [
    "I'm still with Ross at the mall.",
    "I'm not still with Charlie.",
    "If I'm still with Charlie, whatever.",
    "I'm with Charlie on this one.",
])
def test_still_with_someone_somewhere_denied_or_supposed_is_no_couple(text: str) -> None:
    assert not {f for f in said((A, text), (B, "Yes.")) if f[1] == "partner"}


def test_my_old_friend_is_still_a_friend() -> None:
    assert (A, "friend", "Mark") in said((A, "My old friend Mark called."), (B, "Oh."))
