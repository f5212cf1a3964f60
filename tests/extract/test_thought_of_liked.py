"""A liking or a dislike of a thought or an idea is of a situation imagined, not of a thing: "I can't stand the thought
of having this baby with you mad at me" (seed 2053) gave a dislike of "thought of having"; "I love the idea of a road
trip" a liking of "idea of a road trip". Neither is a fact now; "I love cooking" still is."""

from tests.extract.dialogue_facts import told


def test_a_thought_or_idea_liked_is_no_liking():
    for line in ("I can't stand the thought of having this baby with you mad at me.", "I hate the thought of moving again.",
                 "I love the idea of a road trip.", "Honestly I like the idea."):
        assert not any(p in ("likes", "dislikes") for _, p, _, _ in told(line)), line


def test_a_thing_liked_stays():
    assert ("Ann", "likes", "cooking", False) in told("I love cooking.")
    assert ("Ann", "dislikes", "thunderstorms", False) in told("I hate thunderstorms.")
