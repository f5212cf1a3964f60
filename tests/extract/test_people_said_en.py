"""Issue 13: more of what English speakers say about the people around them, each kept only where it is
said as a fact ("I'm in love with Yasmine", "Pete dumped me", "we're roommates", "my ex-boyfriend Ross?"),
and speakers named with fewer wrong names (lists of names, a name beside "my agent", places, stammers).

Invented dialogues, several speakers as in a TV script. Negations, conditions and questions about the
relation give nothing; a named relative in a question ("with my sister Jill?") is a relative all the same.
"""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Turn

A, B, C = "Speaker 1", "Speaker 2", "Speaker 3"


def _turns(lines: tuple[tuple[str, str], ...]) -> list[Turn]:
    return [Turn("c", str(i + 1), who, text) for i, (who, text) in enumerate(lines)]


def said(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    """The facts (not endings) of a dialogue of ``(speaker, text)`` lines, without speaker naming."""
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor(name_speakers=False).extract(_turns(lines)) if not f.ended}


def ended(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    """The endings ("Pete dumped me": a partner that was) of a dialogue."""
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor(name_speakers=False).extract(_turns(lines)) if f.ended}


def names(*lines: tuple[str, str]) -> set[tuple[str, str]]:
    return {(f.subject.label, str(f.object)) for f in speaker_names(_turns(lines))}


# -- feelings said with a phrase -------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "Why are you so nervous?"), (B, "Because I'm in love with Monica!")), (B, "positiveImpression", "Monica")),
    (((A, "Hi."), (B, "I'm crazy about David, and we have fun together.")), (B, "positiveImpression", "David")),
    (((A, "Guess what."), (B, "Kori Weston had a crush on me!")), ("Kori Weston", "positiveImpression", B)),
    (((A, "Stop it."), (B, "Ross loves Emily!")), ("Ross", "positiveImpression", "Emily")),
    (((A, "Why did you do that?"), (B, "I did those things because I was in love with you!")), (B, "positiveImpression", A)),
])
def test_a_feeling_said_with_a_phrase_is_a_positive_impression(lines: tuple, fact: tuple[str, str, str]) -> None:
    assert fact in said(*lines)


@pytest.mark.parametrize("lines", [
    ((A, "Hi."), (B, "I'm not in love with Monica.")),
    ((A, "Hi."), (B, "If you're in love with Monica, tell her.")),
    ((A, "Hi."), (B, "Are you in love with Monica?")),
    ((A, "Hi."), (B, "He loves you.")),  # nobody "he" could be
])
def test_a_feeling_denied_supposed_asked_or_of_nobody_gives_nothing(lines: tuple) -> None:
    assert not {f for f in said(*lines) if f[1] == "positiveImpression"}


# -- partners, roommates, friends ------------------------------------------------------------------------

def test_a_named_partner_who_ended_it_is_a_former_partner() -> None:
    assert ended((A, "Hi."), (B, "Pete's breaking up with me.")) == {(B, "partner", "Pete")}
    assert ended((A, "Hi."), (B, "I guess you guys heard, Rachel dumped me.")) == {(B, "partner", "Rachel")}
    assert not ended((A, "Hi."), (B, "Pete didn't dump me."))


def test_we_are_roommates_relates_the_two_speakers_of_a_conversation() -> None:
    assert (B, "roommate", A) in said((A, "So?"), (B, "But, we're roommates and it's a huge mistake."))
    assert (B, "friend", A) in said((A, "So?"), (B, "No, I can't. We're friends."))
    assert not {f for f in said((A, "So?"), (B, "We're not friends.")) if f[1] == "friend"}
    # three speakers: who "we" are is not known
    assert not {f for f in said((A, "So?"), (C, "Hm."), (B, "We're friends.")) if f[1] == "friend"}


def test_marrying_someone_makes_them_partners() -> None:
    assert (B, "partner", "Chandler") in said((A, "Hi."), (B, "I was at brunch and I'm marrying Chandler."))


@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "Hi."), (B, "Kip, my old roommate, we all used to hang out together.")), (B, "roommate", "Kip")),
    (((A, "Hi."), (B, "Yes, Rachel is my good friend.")), (B, "friend", "Rachel")),
    (((A, "Hi."), (B, "I always figured you thought I was Monica's geeky older brother.")), ("Monica", "sibling", B)),
])
def test_relatives_with_a_word_before_the_kin_noun(lines: tuple, fact: tuple[str, str, str]) -> None:
    assert fact in said(*lines)


def test_a_named_relative_in_a_question_is_a_relative() -> None:
    facts = said((A, "Who's coming?"), (B, "With my sister Jill and my ex-boyfriend Ross?"))
    assert (B, "sibling", "Jill") in facts
    assert ended((A, "Who's coming?"), (B, "With my sister Jill and my ex-boyfriend Ross?")) == {(B, "partner", "Ross")}
    assert (B, "roommate", "Chandler Bing") in said((A, "Hi."), (B, "Do you remember my roommate Chandler Bing?"))
    # what a question asks is no fact
    assert not {f for f in said((A, "Hi."), (B, "Is Chandler my roommate?")) if f[1] == "roommate"}


# -- naming speakers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Oh. Are you sure you don't want to come? Tom Hanks, Meg Ryan, they get mail and stuff.",
    "Okay, my boss, Joanna, when you left, she started asking questions.",
    "Hey you guys, this is my agent, Estelle.",
    "Kip, my old roommate, we used to hang out.",
    "Now what is this about you being arrested i-in London?",
    "We're filming in the desert outside Vegas!",
    "So, where's Mike?",
    "Come to think of it, it does feel Rubella-like!",
    "Excuse, I seem to have dropped my ball.",
])
def test_names_listed_set_beside_a_role_or_placed_name_nobody(text: str) -> None:
    assert names((A, "Hm."), (B, text), (A, "Oh."), (B, "Yes."), (A, "Right.")) == set()


def test_a_name_called_twice_still_names_the_one_spoken_to() -> None:
    assert names((A, "Ross, Ross, Ross... It's okay."), (B, "Thanks."), (A, "Sure."), (B, "Fine.")) == {(B, "Ross")}


@pytest.mark.parametrize(("lines", "named"), [
    (((A, "Mr. Adams?"), (B, "Oh yeah? Hi, Ken Adams, nice to meet you.")), (B, "Ken Adams")),
    (((A, "Hello."), (B, "Hi, Chandler Bing, I have a reservation.")), (B, "Chandler Bing")),
    (((A, "Hello."), (B, "Oh, it's you. I'm Jim, Jim Nelson.")), (B, "Jim Nelson")),
    (((A, "Who's there?"), (B, "Oh, okay, hi kids! Um, it's me, Aunt Phoebe.")), (B, "Aunt Phoebe")),
])
def test_a_speaker_says_their_own_full_name(lines: tuple, named: tuple[str, str]) -> None:
    assert named in names(*lines)


def test_a_full_name_said_in_a_question_names_the_one_asked() -> None:
    found = names((A, "Rachel Green, will you have dinner with me?"), (B, "Yes."))
    assert (A, "Rachel Green") not in found


# -- jobs beside names; what is no relative, name or habit ---------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("I thought it was ok when you slept with your old assistant Tag.", ("Tag", "jobTitle", "assistant")),
    ("First there was my aunt Mary, and then there was John, my mailman.", ("John", "jobTitle", "mailman")),
    ("Okay, my trainer, Ho Chi, is teaching me a combination.", ("Ho Chi", "jobTitle", "trainer")),
])
def test_a_job_said_beside_a_name_is_that_persons_job(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, "Hi."), (B, text))


def test_a_role_played_is_no_job() -> None:
    assert not {f for f in said((A, "Hi."), (B, "My character, Joseph the processor guy, has two girls."))
                if f[1] == "jobTitle"}


def test_an_enormous_crush_on_you_is_a_positive_impression() -> None:
    assert (B, "positiveImpression", A) in said((A, "Hi."), (B, "Ugh, okay, I have an enormous crush on you."))


@pytest.mark.parametrize(("text", "predicate"), [
    ("Now I'm standing here today. You are my family.", "relative"),  # vows: a feeling, not kinship
    ("I used to be Bryce on All My Children.", "child"),  # a show's title
    ("Okay? And I called the caterer; I added two extra meals.", "name"),
    ("Well, I met Danny's sister yesterday.", "knows"),  # "Danny's" is no person
    ("And I always figured, when the right one comes along, I'd be able to go the distance.", "habit"),
])
def test_what_reads_as_a_relative_name_or_habit_but_is_none(text: str, predicate: str) -> None:
    assert not {f for f in said((A, "Hi."), (B, text)) if f[1] == predicate}


def test_a_name_after_a_goodbye_still_names_the_one_spoken_to() -> None:
    assert names((A, "Hm."), (B, "I gotta go to work. Bye-bye, Joey."), (A, "Bye."), (B, "Bye, Joey."), (A, "Ok.")) \
        == {(A, "Joey")}


def test_a_turn_naming_many_people_names_none_of_the_speakers() -> None:
    praise = "In conclusion, the lines all go up. Phil! Nice job. Stevens! Way to go! Joel-burg, you maniac! Bing! Good job."
    assert names((A, "Hm."), (B, praise), (A, "Thanks."), (B, "Sure."), (A, "Ok.")) == set()


def test_thanks_dad_said_to_the_one_before_makes_them_the_speakers_parent() -> None:
    assert (C, "parent", B) in said((B, "I think you should dance."), (C, "That's true, thanks dad. People should dance!"))


@pytest.mark.parametrize("text", ["Uhh, Rachel, my parents...", "Ross, my father says hi."])
def test_a_name_called_before_my_relatives_is_not_that_relative(text: str) -> None:
    assert not {f for f in said((A, "Hi."), (B, text)) if f[1] == "parent"}


@pytest.mark.parametrize("text", ["Gee, I always heard them talk about that.", "And then I always realized, it's fine."])
def test_a_verb_of_hearing_or_knowing_is_no_habit(text: str) -> None:
    assert not {f for f in said((A, "Hi."), (B, text)) if f[1] == "habit"}


def test_a_name_the_speaker_no_longer_bears_names_nobody_else() -> None:
    assert names((A, "Hm."), (B, "Well, I'm no longer Phoebe Buffay."), (A, "What?"), (B, "Yes."), (A, "Ok.")) == set()
