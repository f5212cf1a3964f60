""""He" and "she" find a person whose first name was said a little before, by anyone in the chat: "What's going on
with you and Emma?" - ... - "I'm crazy about her." is about Emma; "Is Kate coming?" - "Yes. She's my sister." makes
Kate the sister. Only when one person of that gender is named in those turns, never someone just called out ("Wait!
Tom! Are you okay?": Tom is the one answering), nor the owner of a person named after ("Mike's brother").
"""

from __future__ import annotations

import pytest

from kg_memory import Turn
from kg_memory.extract import RuleExtractor


def facts(*lines: str) -> set[tuple[str, str, str, bool]]:
    turns = [Turn("c", str(i), line.split(": ", 1)[0], line.split(": ", 1)[1]) for i, line in enumerate(lines)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)), f.ended)
            for f in RuleExtractor().extract(turns)}


def linked(found: set[tuple[str, str, str, bool]], a: str, b: str) -> set[str]:
    """The predicates of the facts between ``a`` and ``b``, either way round."""
    return {p for s, p, o, _ in found if {s, o} == {a, b}}


def test_a_name_said_by_someone_else_two_turns_back():
    found = facts("Ann: So what is going on with you and Emma?", "Bob: You know me.", "Ann: Come on, Dan.",
                  "Bob: I'm crazy about her.")
    assert ("Bob", "positiveImpression", "Emma", False) in found


def test_a_name_said_as_the_owner_of_a_thing():
    found = facts("Ann: I found Lisa's keys in my car.", "Bob: Oh.", "Ann: She is my roommate, you know.")
    assert ("Ann", "roommate", "Lisa", False) in found


def test_a_name_after_the_first_word_of_a_question():
    assert ("Bob", "sibling", "Kate", False) in facts("Ann: Is Kate coming tonight?", "Bob: Yes. She's my sister, you know.")


def test_a_name_that_answers_a_question_of_who():
    assert ("Tom", "worksFor", "hospital", False) in facts("Ann: Guess who got a new job? Tom. He works at the hospital now.")


def test_i_broke_up_with_her_ends_the_partner_named_before():
    found = facts("Ann: Have you talked to Emma lately?", "Bob: Not really.", "Ann: Why not?", "Bob: I broke up with her.")
    assert ("Bob", "partner", "Emma", True) in found


def test_i_divorced_him_ends_the_marriage_to_the_man_named_before():
    found = facts("Bob: How is Steve?", "Ann: I divorced him last year.")
    assert ("Ann", "spouse", "Steve", True) in found and ("Ann", "spouse", "Ann", True) not in found


@pytest.mark.parametrize("lines", [
    # two women named in the turns before: unsure who
    ("Cy: Emma is coming tonight.", "Ann: Is Sophie coming too?", "Dan: Yes, Bob.", "Bob: I can't stand her."),
    # nobody of that gender named: no one
    ("Ann: Dan, how was your weekend?", "Bob: Bad. I broke up with her."),
])
def test_no_one_when_unsure(lines):
    found = facts(*lines)
    assert not any(o in ("Emma", "Sophie", "Dan") for _, p, o, _ in found if p != "alternateName"), found


def test_a_question_is_no_statement():
    assert not linked(facts("Ann: Is Kate coming tonight?", "Bob: Is she your sister?"), "Ann", "Kate") \
        and not linked(facts("Ann: Is Kate coming tonight?", "Bob: Is she your sister?"), "Bob", "Kate")


def test_a_negation_is_no_liking():
    found = facts("Ann: So what is going on with you and Emma?", "Bob: You know me.", "Ann: Come on, Dan.",
                  "Bob: I'm not crazy about her.")
    assert not linked(found, "Bob", "Emma") & {"positiveImpression", "likes"}


def test_a_name_called_out_is_someone_here():
    # Tom is the one Ann speaks to (Bob, most likely): "he" is someone else
    found = facts("Ann: Wait! Tom! Are you okay?", "Bob: Yeah. He is my roommate, that's all.")
    assert not linked(found, "Bob", "Tom")


def test_the_owner_of_a_person_is_not_that_person():
    found = facts("Ann: That's Mike's brother over there.", "Bob: Oh, I can't stand him.")
    assert not linked(found, "Bob", "Mike")


def test_a_pronoun_before_the_name_is_not_resolved_to_it():
    # "her" before anyone is named; the name comes after, in the same turn
    found = facts("Ann: Hi.", "Bob: I'm crazy about her. Anyway, Kate is here.")
    assert not linked(found, "Bob", "Kate") & {"positiveImpression", "likes"}


def test_a_name_beginning_a_sentence_after_another():
    found = facts("Bob: What happened?", "Ann: You were right. Steve and I were dating.", "Bob: And?", "Ann: He dumped me.")
    assert ("Ann", "partner", "Steve", True) in found


def test_a_name_with_is_shortened():
    assert ("Ann", "positiveImpression", "Emma", False) in facts("Ann: Sorry. Emma's great, she's really great!")


def test_a_greeting_starts_another_scene():
    found = facts("Ann: Emma came by.", "Bob: Cool.", "Cy: Hi guys!", "Bob: I broke up with her.")
    assert ("Bob", "partner", "Emma", True) not in found
