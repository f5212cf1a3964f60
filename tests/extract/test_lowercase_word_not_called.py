"""A capitalised word the dialogue also writes in lower case is no name called out, so "you" in its sentence is the
person spoken to ("... you need some perspective." - "Yes! Perspective. You're a genius!"): :func:`kg_memory.extract.
english.people.addressee_of`. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def _liked(lines):
    return {(s, o) for s, p, o in facts(*lines) if p == "positiveImpression"}


def test_a_word_said_in_lower_case_before_is_no_name_called():
    lines = ((1, "I keep thinking about the old job. What's wrong with me?"),
             (2, "Nothing. You just need some perspective, that's all."),
             (1, "Yes! Perspective. That's the word. You're a genius!"),
             (2, "I know."), (1, "Excuse me, sir?"), (3, "Yes?"))
    liked = _liked(lines)
    assert ("Speaker 1", "Perspective") not in liked
    assert ("Speaker 1", "Speaker 2") in liked


def test_a_name_called_out_still_names_you():
    lines = ((1, "I keep thinking about the old job."), (2, "Nothing wrong with that."),
             (1, "Yes! Priya. You're a genius!"), (2, "Thanks."), (3, "Hi all."))
    assert ("Speaker 1", "Priya") in _liked(lines)
