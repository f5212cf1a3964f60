"""Issue 13: what English speakers say about the people around them ("you are my best friend", "he is my
son", "I love you", "Bye, Dad!", "Nora and I went to school together").

Invented dialogues, several speakers as in a TV script: "you" is the other speaker of two, a name the turn
calls out, or the speaker of the turn before; "he"/"she" the last person mentioned whose gender fits.
Negations, questions, conditions and wishes give nothing.
"""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Turn

A, B, C = "Speaker 1", "Speaker 2", "Speaker 3"


def said(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    """The facts of a dialogue of ``(speaker, text)`` lines, without speaker naming and endings."""
    turns = [Turn("c", str(i + 1), who, text) for i, (who, text) in enumerate(lines)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor(name_speakers=False).extract(turns) if not f.ended}


def ended(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i + 1), who, text) for i, (who, text) in enumerate(lines)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor(name_speakers=False).extract(turns) if f.ended}


# -- "you", "he" and "she" as the relative ---------------------------------------------------------

@pytest.mark.parametrize(("lines", "fact"), [
    # two speakers: "you" is the other one
    (((A, "Thanks for coming."), (B, "You are my best friend.")), (B, "friend", A)),
    (((A, "I can't be away that long."), (B, "Yeah, you're my husband.")), (B, "spouse", A)),
    # several speakers: the reply's addressee is the speaker of the turn before
    (((A, "Hi."), (C, "Why?"), (B, "Because you're my little sister!")), (B, "sibling", C)),
    (((A, "Hi."), (C, "You told me."), (B, "Well, you're one of my best friends.")), (B, "friend", C)),
    # ... or the name the turn calls out
    (((A, "Hi."), (C, "Hey."), (B, "Ugh, Marta, you are my roommate.")), (B, "roommate", "Marta")),
    # "he" / "she": the last person mentioned whose gender fits
    (((A, "My son Otis is outside."), (B, "He is my son too.")), (B, "child", "Otis")),
    (((A, "Look, there's my sister Ida."), (C, "Wait."), (B, "She is my girlfriend.")), (B, "partner", "Ida")),
    # "I am your/his boss": the speaker is the relative
    (((A, "Hi."), (C, "Who are you?"), (B, "I'm your boss.")), (C, "boss", B)),
    (((A, "Hi, Otto. I'm your father.")), ("Otto", "parent", A)),
    (((A, "Hello."), (B, "I'm Greta's boyfriend.")), ("Greta", "partner", B)),
    # a named relative of "you"
    (((A, "Hi."), (B, "Your sister Wanda called.")), (A, "sibling", "Wanda")),
])
def test_a_relation_said_of_you_he_or_she(lines, fact):
    if isinstance(lines[0], str):
        lines = (lines,)
    assert fact in said(*lines)


def test_a_named_relative_replaces_the_placeholder():
    facts = said((A, "Hi."), (B, "Hugo is my brother. Wanda, my sister, is a chef. He is my son."))
    assert {(B, "sibling", "Hugo"), (B, "sibling", "Wanda")} <= facts
    assert not any(o.startswith(f"{B}'s ") for _, _, o in facts)


def test_you_are_my_friend_no_longer_leaves_a_placeholder():
    facts = said((A, "Sure."), (B, "Because you're my girlfriend."))
    assert (B, "partner", A) in facts
    assert (B, "partner", f"{B}'s girlfriend") not in facts


# -- how the speaker feels about "you", "him", "her" ----------------------------------------------

@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "Call me when you land."), (B, "I love you.")), (B, "positiveImpression", A)),
    (((A, "Don't go."), (C, "What?"), (B, "I am so in love with you.")), (B, "positiveImpression", C)),
    (((A, "Hi."), (C, "Hey."), (B, "I love you, Tobias.")), (B, "positiveImpression", "Tobias")),
    (((A, "My husband Piet is late."), (B, "Oh, I really like him.")), (B, "positiveImpression", "Piet")),
    (((A, "Hi."), (C, "Leave."), (B, "I hate you!")), (B, "negativeImpression", C)),
    (((A, "I brought you soup."), (B, "You are so sweet.")), (B, "positiveImpression", A)),
    (((A, "So?"), (B, "You are a horrible, horrible person.")), (B, "negativeImpression", A)),
])
def test_how_the_speaker_feels_about_a_person(lines, fact):
    assert fact in said(*lines)


@pytest.mark.parametrize("text", [
    "I love your mom's books!",       # "your" is no "you"
    "I love her books.",              # "her" before a noun is a possessive
    "I love you guys.",               # several people
    "I love you all.",
])
def test_no_impression_of_a_thing_or_a_crowd(text):
    facts = said((A, "Hello."), (B, text))
    assert not {f for f in facts if f[1] in ("positiveImpression", "negativeImpression")}


# -- parents called as such ------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "Drive safe."), (B, "Bye, Dad!")), (B, "parent", A)),
    (((A, "Hey."), (C, "Hello."), (B, "Oh mom, please.")), (B, "parent", C)),
    (((A, "It costs too much."), (C, "Wait."), (B, "Dad, before I was born, were you scared?")), (B, "parent", C)),
])
def test_a_parent_called_as_one(lines, fact):
    assert fact in said(*lines)


@pytest.mark.parametrize("text", [
    "Mom, Dad, thanks for dinner.",          # two parents: which one answers is unknown
    "Dad, this is Lorna.",                   # an introduction
    "Hey dad, how are you? Lorna, it's Nana.",  # somebody else is there to answer
])
def test_a_parent_call_with_someone_else_around_gives_no_parent(text):
    assert not {f for f in said((A, "Hi."), (C, "Hey."), (B, text)) if f[1] == "parent"}


# -- school, home, friendship, marriage ------------------------------------------------------------

@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "Who's that?"), (B, "Nora and I went to high school together.")), (B, "classmate", "Nora")),
    (((A, "Hi."), (B, "This is my friend Nora, we went to college together.")), (B, "classmate", "Nora")),
    (((A, "Hi."), (B, "I went to school with him. I mean Kurt.")), None),
    (((A, "Phew."), (B, "I really like living with Kurt.")), (B, "roommate", "Kurt")),
    (((A, "Phew."), (B, "I'm friends with Nora now.")), (B, "friend", "Nora")),
    (((A, "I dated her once."), (B, "Although I was married to her.")), None),
    (((A, "Honey, hi."), (B, "I married you!")), (B, "spouse", A)),
    (((A, "So?"), (B, "We're getting married!")), (B, "partner", A)),  # engaged until the wedding
    (((A, "Hi."), (C, "Hey."), (B, "You're married to Nora.")), (C, "spouse", "Nora")),
    (((A, "Hi."), (B, "Kurt and I are back together.")), (B, "partner", "Kurt")),
])
def test_school_home_friendship_and_marriage(lines, fact):
    facts = said(*lines)
    if fact is None:  # an unresolved "him"/"her" gives nothing, not a guess
        assert not {f for f in facts if f[1] in ("classmate", "spouse")}
    else:
        assert fact in facts


def test_i_dumped_him_ends_a_partner():
    assert (B, "partner", "Kurt") in ended((A, "My brother Kurt was sad."), (B, "I dumped him."))


def test_went_to_high_school_names_no_school_called_high():
    facts = said((A, "Hi."), (B, "I went to high school in Ohio."))
    assert (B, "educatedAt", "high") not in facts


# -- negation, questions, conditions and wishes give nothing ---------------------------------------

@pytest.mark.parametrize("text", [
    "You're not my friend.",
    "Are you my brother?",
    "If you were my husband, I'd poison your tea.",
    "I wish you were my girlfriend.",
    "I don't love you.",
    "Do you love him?",
    "I'm not married to him.",
    "Are you dating her?",
    "I never went to school with Nora.",
    "I can't live with Kurt.",
    "If I married you, we'd be broke.",
    "Maybe I love you.",
])
def test_negation_questions_conditions_and_wishes_give_nothing(text):
    facts = said((A, "My brother Kurt is here."), (B, text))
    assert not {f for f in facts if f[0] == B}


# -- jobs of "you", stammers -----------------------------------------------------------------------

def test_the_job_of_the_person_spoken_to():
    facts = said((A, "Hi."), (C, "My back hurts."), (B, "You're a masseuse. Fix it."))
    assert (C, "jobTitle", "masseuse") in facts


def test_a_stammered_i_am_is_read():
    facts = said((A, "What do you do?"), (B, "Well uh, I-I'm a paleontologist."))
    assert (B, "jobTitle", "paleontologist") in facts
    assert (B, "diet", "paleo") not in facts


def test_a_friend_of_mine():
    facts = said((A, "My brother Ted is here."), (B, "He's a friend of mine. Dennis is a dear old friend of ours."))
    assert {(B, "friend", "Ted"), (B, "friend", "Dennis")} <= facts
    assert (B, "friend", "Nora") not in said((A, "Hi."), (B, "Nora is not a friend of mine."))


def test_a_term_of_endearment_is_no_name():
    facts = said((A, "Hi."), (C, "Hey."), (B, "Sweetheart, we love you just as much!"))
    assert not [f for f in facts if f[2] == "Sweetheart"]


def test_we_got_married_told_of_someone_else_is_no_spouse():
    facts = said((A, "So?"), (B, "I was with Carol for four years before we got married."))
    assert (B, "spouse", A) not in facts


def test_what_is_left_of_a_question_gives_no_relation():
    facts = said((A, "Choose."), (B, "Or you're just a selfish, irresponsible bad, bad man?"))
    assert not [f for f in facts if f[1] == "negativeImpression"]


def test_went_to_school_with_someone_names_no_school():
    facts = said((A, "Who?"), (B, "I went to high school with her."))
    assert not [f for f in facts if f[1] in ("educatedAt", "visited")]


# -- two people bound by name: "Joseph and his wife, Karen", "Chandler proposed to Monica" ------------------------

@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "Hi."), (B, "Joseph and his wife, Karen, are thinking of having a third kid.")), ("Joseph", "spouse", "Karen")),
    (((A, "Hi."), (B, "So Monica and her friend Phyllis took away the dog.")), ("Monica", "friend", "Phyllis")),
    (((A, "Guys? Guys?! I'm gonna ask Monica to marry me."), (B, "Wow.")), (A, "partner", "Monica")),
    (((A, "Hi."), (B, "Chandler proposed to Monica last night!")), ("Chandler", "partner", "Monica")),
    (((A, "Hi."), (B, "Ross married Emily.")), ("Ross", "spouse", "Emily")),
])
def test_two_people_bound_by_name(lines, fact):
    assert fact in said(*lines)


def test_a_breakup_of_others_ends_their_partner():
    assert ("Ross", "partner", "Emily") in ended((A, "Hi."), (B, "Ross dumped Emily."))
    assert (A, "partner", "Julie") in ended((A, "Hi."), (B, "Well, you broke up with Julie!"))


@pytest.mark.parametrize("text", [
    "I didn't propose to Monica.",  # negation
    "Did Ross propose to Emily?",  # question
    "If I proposed to Monica she'd say no.",  # condition
    "I might ask Monica to marry me.",  # a modal
    "The priest married Ross and Emily.",  # the one who weds others
    "Tom and his wife are here.",  # no name for the wife
])
def test_look_alikes_of_named_bonds_give_nothing(text):
    facts = said((A, "Hi."), (B, text))
    assert not {f for f in facts if f[1] in ("spouse", "partner", "friend")}


# -- what the speaker makes of the person spoken to ------------------------------------------------------------

@pytest.mark.parametrize(("text", "predicate"), [
    ("You're smart, you're sexy...", "positiveImpression"),
    ("You were incredible!", "positiveImpression"),
    ("I think you're really talented.", "positiveImpression"),
    ("Y'know, suddenly I find you very attractive.", "positiveImpression"),
    ("You are arrogant, you are pompous.", "negativeImpression"),
    ("You're just heartless!", "negativeImpression"),
])
def test_praise_and_blame_of_you(text, predicate):
    assert (B, predicate, A) in said((A, "Hi."), (B, text))


@pytest.mark.parametrize("text", [
    "My friend over there, she thinks you're cute.",  # another's view
    "He said he thought you were charming.",
    "Are you so stupid?",  # a question
    "You're not funny.",  # a negation
    "If you were smart you'd know.",  # a condition
    "I don't find you attractive.",
])
def test_others_views_and_look_alikes_give_no_impression(text):
    facts = said((A, "Hi."), (B, text))
    assert not {f for f in facts if f[1] in ("positiveImpression", "negativeImpression")}


# -- a spouse or partner named after a job ("married to a teacher named Tom") ----------------------------------

def _facts(text: str, speaker: str = "Alice") -> set[tuple[str, str, str, bool]]:
    turn = Turn("c", "1", speaker, text)
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)), f.ended)
            for f in RuleExtractor(name_speakers=False).extract([turn])}


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm married to a teacher named Tom.", {("Alice", "spouse", "Tom", False), ("Tom", "jobTitle", "teacher", False),
                                             ("Alice", "maritalStatus", "married", False)}),
    ("My husband, a doctor named Raj, is great.", {("Alice", "spouse", "Raj", False), ("Raj", "jobTitle", "doctor", False)}),
    ("I'm dating a nurse named Mia.", {("Alice", "partner", "Mia", False), ("Mia", "jobTitle", "nurse", False)}),
    ("I married a lawyer called Sam.", {("Alice", "spouse", "Sam", False), ("Sam", "jobTitle", "lawyer", False)}),
    ("I'm married to a man named Tom.", {("Alice", "spouse", "Tom", False)}),
    ("My sister is married to a teacher named Tom.", {("Alice's sister", "spouse", "Tom", False),
                                                     ("Tom", "jobTitle", "teacher", False)}),
])
def test_a_spouse_or_partner_named_after_a_job_is_named_and_has_the_job(text: str, expected: set) -> None:
    assert expected <= _facts(text)


@pytest.mark.parametrize("text", [
    "I'm not married to a teacher named Tom.",
    "Are you married to a teacher named Tom?",
    "If I were married to a teacher named Tom, I'd be happy.",
    "I'm seeing a doctor named Raj.",  # a visit, not a partner
])
def test_no_spouse_or_partner_from_a_negation_a_question_a_wish_or_a_visit(text: str) -> None:
    assert not {f for f in _facts(text) if f[1] in ("spouse", "partner") and f[0] == "Alice"}


@pytest.mark.parametrize(("text", "expected"), [
    ("My ex-wife Emily lives in Boston.", ("Alice", "spouse", "Emily", True)),
    ("My ex-husband, Tom, called me.", ("Alice", "spouse", "Tom", True)),
    ("My ex Emily called me.", ("Alice", "partner", "Emily", True)),
    ("My ex-boyfriend Joe is a jerk.", ("Alice", "partner", "Joe", True)),
])
def test_an_ex_is_a_spouse_or_partner_that_ended(text: str, expected: tuple) -> None:
    facts = _facts(text)
    assert expected in facts
    if expected[1] == "spouse":  # married, not just dated
        assert not {f for f in facts if f[1] == "dated"}


def test_a_couple_getting_a_divorce_is_married_still_and_one_that_got_it_is_no_more() -> None:
    assert ("Ross", "spouse", "Emily", False) in _facts("Ross and Emily are getting a divorce.")
    assert ("Ross", "spouse", "Emily", True) in _facts("Ross and Emily got a divorce.")
    assert not _facts("If Ross and Emily are getting a divorce, I'll cry.")
    assert not _facts("Are Ross and Emily getting a divorce?")
