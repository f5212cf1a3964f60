""""Him" and "her" in what two people are to each other, when the one meant was named a little before by a first
name: "Did you see Tom?" - "You married him!" (a spouse), "Tom is here." - "He loves you." (a liking), "Who's Tom?" -
"I'm his sister." (a sibling), "How do you know Kate?" - "I was her accountant." (a client). Never when two men (or
two women) were named, when no one was named, nor in a question, a negation or an "if". A shouted sentence ("HEY,
SHE'S FAST!!") names no one.
"""

from __future__ import annotations

import pytest

from kg_memory import Turn
from kg_memory.extract import RuleExtractor


def facts(*lines: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), line.split(": ", 1)[0], line.split(": ", 1)[1]) for i, line in enumerate(lines)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract(turns)}


def linked(found: set[tuple[str, str, str]], a: str, b: str) -> set[str]:
    """The predicates of the facts between ``a`` and ``b``, either way round."""
    return {p for s, p, o in found if {s, o} == {a, b}}


def test_you_married_him_gives_the_spouse_named_before():
    found = facts("Ann: Did you see Tom at the party?", "Bob: Yes.", "Ann: Wait, you married him!")
    assert ("Bob", "spouse", "Tom") in found


def test_she_proposed_to_him():
    found = facts("Ann: How is Lucy?", "Bob: Great. She proposed to Mark last night!")
    assert ("Lucy", "partner", "Mark") in found


def test_he_loves_you_is_the_man_named_before():
    assert ("Tom", "positiveImpression", "Ann") in facts("Ann: Tom is coming over later.", "Bob: He loves you, you know.")


def test_she_is_still_in_love_with_a_named_man():
    found = facts("Ann: What about Kate?", "Bob: She's still in love with Mike.")
    assert ("Kate", "positiveImpression", "Mike") in found


def test_i_am_his_sister():
    assert ("Tom", "sibling", "Bob") in facts("Ann: So who is Tom to you?", "Bob: I'm his sister.")


@pytest.mark.parametrize("line", ["I was her accountant for years.", "I'm Kate's lawyer.", "I have been her dentist since 2010."])
def test_the_speaker_serves_a_client(line: str):
    assert ("Bob", "client", "Kate") in facts("Ann: How do you know Kate?", f"Bob: {line}")


@pytest.mark.parametrize("lines", [
    ("Ann: Did you see Tom and Mike at the party?", "Bob: Yes.", "Ann: Wait, you married him!"),  # two men
    ("Ann: Did you see the party?", "Bob: Yes.", "Ann: Wait, you married him!"),  # no one named
    ("Ann: Did you see Tom at the party?", "Bob: Yes.", "Ann: Wait, did you marry him?"),  # a question
    ("Ann: Did you see Tom at the party?", "Bob: Yes.", "Ann: You never married him."),  # a negation
    ("Ann: Did you see Tom at the party?", "Bob: Yes.", "Ann: If you married him, you'd be rich."),  # if
])
def test_no_spouse_when_unsure_or_not_said(lines: tuple[str, ...]):
    assert "spouse" not in linked(facts(*lines), "Bob", "Tom")
    assert not any(p == "spouse" and s == "Bob" for s, p, _ in facts(*lines))


@pytest.mark.parametrize("lines", [
    ("Ann: Tom and Mike are coming over later.", "Bob: He loves you, you know."),  # two men
    ("Ann: Someone is coming over later.", "Bob: He loves you, you know."),  # no one named
    ("Ann: Tom is coming over later.", "Bob: Does he love you?"),  # a question
    ("Ann: Tom is coming over later.", "Bob: He doesn't love you."),  # a negation
])
def test_no_liking_when_unsure_or_not_said(lines: tuple[str, ...]):
    assert not any(p == "positiveImpression" and o == "Ann" for _, p, o in facts(*lines))


@pytest.mark.parametrize("lines", [
    ("Ann: So who are Tom and Mike to you?", "Bob: I'm his sister."),  # two men
    ("Ann: So who is that guy?", "Bob: I'm his sister."),  # never named
    ("Ann: So who is Tom to you?", "Bob: Am I his sister?"),  # a question
    ("Ann: So who is Tom to you?", "Bob: I'm not his sister."),  # a negation
    ("Ann: So who is Tom to you?", "Bob: If I were his sister, I'd know."),  # if
])
def test_no_sibling_when_unsure_or_not_said(lines: tuple[str, ...]):
    assert not any(p == "sibling" for _, p, _ in facts(*lines))


@pytest.mark.parametrize("line", [
    "Are you her accountant?", "I'm not her accountant.", "If I were her accountant, I'd know.",
    "I'm her accountant's husband.",
])
def test_no_client_when_not_said(line: str):
    assert not any(p == "client" for _, p, _ in facts("Ann: How do you know Kate?", f"Bob: {line}"))


def test_no_client_for_two_women():
    assert not any(p == "client" for _, p, _ in facts("Ann: How do you know Kate and Lucy?", "Bob: I was her accountant."))


def test_a_shouted_sentence_names_no_one():
    found = facts("Ann: I can't believe Emma beat you!", "Bob: HEY, SHE'S FAST!! Okay? You think you can beat me?")
    assert not any(o in ("FAST", "Fast", "fast") for _, p, o in found if p == "name")
    assert not any(o == "THAT" for _, _, o in facts("Ann: He loves Emily?", "Bob: I KNOW THAT!!! You have to stop her!"))


def test_a_name_in_capitals_among_words_in_lower_case_stays():
    found = facts("Ann: What happened to MEG?", "Bob: MEG was great, but I dumped her.")
    assert any(o == "MEG" for _, p, o in found if p in ("partner", "dated"))


def test_i_have_to_break_up_with_him_is_a_partner_now():
    assert ("Bob", "partner", "Tom") in facts("Ann: How are things with Tom?", "Bob: Bad. I have to break up with him.")


@pytest.mark.parametrize("lines", [
    ("Ann: How are things with Tom and Mike?", "Bob: Bad. I have to break up with him."),  # two men
    ("Ann: How are things with Tom?", "Bob: Should I break up with him?"),  # a question
    ("Ann: How are things?", "Bob: Bad. I have to break up with him."),  # no one named
])
def test_no_partner_from_a_break_up_ahead_when_unsure(lines: tuple[str, ...]):
    assert not any(p == "partner" for _, p, _ in facts(*lines))
