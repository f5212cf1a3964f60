"""Facts the English rules gave that were wrong (the hand-labelled DialogRE samples and sentences a user types):
denied relatives, thanks read as liking, animals naming things, "went to see", "are in violation", vague objects,
"X years old and Y"; and the right facts found beside them."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bob", "Hi."), Turn("c", "2", "Ann", text), Turn("c", "3", "Bob", "Ok.")]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize("text", [
    "I know Joey is not my boyfriend, or my thermos, or anything.",
    "He's not my brother.",
    "That is not my dog.",
])
def test_a_denied_relative_or_pet_is_no_fact(text: str) -> None:
    assert not any(p in ("partner", "sibling", "hasPet") for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Thank you Richard, I appreciate the support.", "likes"),
    ("I really appreciate your help.", "likes"),
    ("I got my passport, fresh socks, and a snake bite kit!", "hasPet"),
    ("He's kinda like the guy I went to see that with.", "visited"),
    ("Yeah, well your friends are in violation of it.", "livesIn"),
    ("I'm in fashion, I was looking at her skirt.", "livesIn"),
    ("Well, I was gonna, but I accidentally read something else.", "hobby"),
    ("My kids are 5 and 7.", "age"),
    ("She went into my guitar case which is lined with orange felt.", "owns"),
    ("That's our phone number.", "owns"),
    ("I'm also thinking about opening up my own restaurant.", "owns"),
    ("So let's say I'm the interviewer and I'm meeting you for the first time.", "jobTitle"),
    ("Mr. Ford is a very good customer, he brings us a lot of clothes.", "skill"),
    ("Wow! You look just like your son Mrs. Tribbiani!", "child"),
    ("You know, I hate to lecture you guys, but it's kinda disgraceful.", "dislikes"),
    ("Ross and I always wanted to be Donny and Marie.", "goal"),
    ("Oh, it's nothing, it's a little thing... I hate that guy.", "dislikes"),
    ("Joe, I love Phoebe. She's the single most important thing in my life.", "maritalStatus"),
    ("Yeah I know; he's in Ben's class.", "livesIn"),
    ("Hi Phoebe Abott, I'm your best friends daughter!", "friend"),
    ("He was such a great guy. I always remembered him.", "habit"),
    ("So I got you some gifts that I found on the side of the road.", "hobby"),
    ("Rachel, it's that she's so bad, she makes me want to scream.", "hobby"),
    ("I can't tell you how long I've been an admirer of your work.", "jobTitle"),
    ("Joey is gonna be a celebrity guest on a game show!", "goal"),
    ("Listen to me! When my time comes, I wanna be buried at sea.", "goal"),
    ("Aw, look at you. You have tears in your eyes.", "trait"),
    ("I'd like to introduce you to my colleague, uh, Professor Wheeler.", "colleague"),
])
def test_sentences_that_gave_a_wrong_fact(text: str, wrong: str) -> None:
    assert not any(p == wrong for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I appreciate good wine.", ("Ann", "likes", "wine")),
    ("I bought dog food for my dog.", ("Ann", "hasPet", "Ann's dog")),
    ("I went to Paris.", ("Ann", "visited", "Paris")),
    ("Your friends are in Paris.", ("Bob's friends", "livesIn", "Paris")),
    ("I'm 25 and I live in Paris.", ("Ann", "age", "25")),
    ("Hey there, I'm Sam from Chicago.", ("Ann", "hometown", "Chicago")),
    ("I'm married with two kids.", ("Ann", "child", "Ann's two kids")),
    ("By the way, Tom and Sue's daughter Jen is back in town.", ("Tom", "child", "Jen")),
    ("I have my own restaurant.", ("Ann", "owns", "restaurant")),
    ("I'm the interviewer.", ("Ann", "jobTitle", "interviewer")),
    ("I want to become the Ultimate Fighting Champion!", ("Ann", "goal", "become Ultimate Fighting Champion")),
    ("I hate spiders.", ("Ann", "dislikes", "spiders")),
    ("I'm single.", ("Ann", "maritalStatus", "single")),
    ("I always cook on sundays.", ("Ann", "habit", "cook")),
    ("I'm gonna be a doctor.", ("Ann", "goal", "become doctor")),
    ("I have blue eyes.", ("Ann", "trait", "blue eyes")),
    ("Actually Monica and I are engaged.", ("Ann", "partner", "Monica")),
    ("It's just that we bought a hibachi together.", ("Ann", "owns", "hibachi")),
    ("Hey Joey, hi! I'm Ray; I'm the producer of the show.", ("Ann", "jobTitle", "producer")),
    ("Joey, what are you talking about? You're a terrific actor.", ("Bob", "jobTitle", "actor")),
    ("I sell jewelry on the side.", ("Ann", "hobby", "sell jewelry")),
    ("I'm your best friend!", ("Bob", "friend", "Ann")),
    ("I need two. I'm bringing Pete. My boyfriend. I have a boyfriend now!", ("Ann", "partner", "Pete")),
    ("Back in high school, I had a major crush on you.", ("Ann", "positiveImpression", "Bob")),
    ("Hey! This is ah, my fiancée, Mrs. Knight.", ("Ann", "partner", "Mrs. Knight")),
])
def test_the_right_facts_beside_them_stay_or_are_found(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


def test_two_others_who_broke_up_end_their_relationship() -> None:
    turns = [Turn("c", "1", "Ann", "Ross and Emily broke up."), Turn("c", "2", "Bob", "No way.")]
    facts = RuleExtractor().extract(turns)
    assert [(f.subject.label, f.predicate, f.object.label, f.ended) for f in facts if f.predicate == "partner"] == [
        ("Ross", "partner", "Emily", True)]
    negated = [Turn("c", "1", "Ann", "Ross and Emily never broke up."), Turn("c", "2", "Bob", "No way.")]
    assert not RuleExtractor().extract(negated)


def test_a_speaker_named_by_the_rules_keeps_the_short_name_others_call_them() -> None:
    turns = [Turn("c", "1", "Speaker 1", "Hi, this is Monica Geller. I'm calling about the apartment."),
             Turn("c", "2", "Speaker 2", "Hey Mon, how's the packing going?"),
             Turn("c", "3", "Speaker 1", "Good."),
             Turn("c", "4", "Speaker 2", "Mon, you're great.")]
    names = {(f.subject.label, str(f.object)) for f in RuleExtractor().extract(turns) if f.predicate in ("name", "alternateName")}
    assert ("Speaker 1", "Monica Geller") in names
    assert ("Speaker 1", "Mon") in names


def test_words_and_pets_at_the_end_of_a_sentence_name_no_speaker() -> None:
    turns = [Turn("d", "1", "Speaker 1", "Oh, you'd be getting a really good one. He's really funny. Like, the other day he made up a joke."),
             Turn("d", "2", "Speaker 2", "Okay, we went up to her Dad's cabin. Just me, her, and her annoying little dog Pepper."),
             Turn("d", "3", "Speaker 1", "Oh. Monica! ...Hi. I'm Mo- ...nana."),
             Turn("d", "4", "Speaker 2", "Sure.")]
    names = {str(f.object) for f in RuleExtractor().extract(turns) if f.predicate in ("name", "alternateName")}
    assert not names & {"Like", "Pepper", "Mo-", "Mo"}, names


@pytest.mark.parametrize(("text", "fact"), [
    ("i like gardening and anything outdoors !", ("Ann", "likes", "outdoors")),
    ("i love everything red", ("Ann", "likes", "red")),
])
def test_anything_and_everything_before_what_is_liked(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


def test_a_name_said_of_her_is_whom_she_refers_to_not_a_speakers_name() -> None:
    turns = [Turn("e", "1", "Speaker 1", "Gotta go. I love you."),
             Turn("e", "2", "Speaker 2", "Hey Ma. Did you know this isn't Ma?"),
             Turn("e", "3", "Speaker 1", "Her name's Ronni. She's a pet mortician."),
             Turn("e", "4", "Speaker 2", "Sure.")]
    facts = {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract(turns)}
    assert ("Ronni", "jobTitle", "pet mortician") in facts
    assert not any(o == "Ronni" and p in ("name", "alternateName") for _, p, o in facts), facts


def test_a_sentence_opening_adverb_names_nobody() -> None:
    """"Sometimes, things don't work out": "Sometimes," looks like a name called out, but is no name."""
    turns = [Turn("c", "1", "Speaker 1", "Oh, Rachel, I'm sorry."),
             Turn("c", "2", "Speaker 3", "It's okay. Sometimes, things don't work out the way you'd thought they would."),
             Turn("c", "3", "Speaker 1", "Come here.")]
    names = {(f.subject.label, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract(turns)
             if f.predicate in ("name", "alternateName")}
    assert names == {("Speaker 3", "Rachel")}


def test_love_ya_is_said_to_the_listener() -> None:
    """"I love ya": "ya" is "you" (the one spoken to), not a thing liked."""
    assert _facts("I love ya, Bob.") == {("Ann", "positiveImpression", "Bob")}


def test_a_part_played_is_no_pastime() -> None:
    """"I play Doctor Drake Ramoray" (an actor's part) is no hobby; "I play Monopoly" still is."""
    assert not any(p in ("hobby", "habit") for _, p, _ in _facts("No, I-I play Doctor Drake Ramoray."))
    assert ("Ann", "hobby", "Monopoly") in _facts("I play Monopoly with my kids.")
