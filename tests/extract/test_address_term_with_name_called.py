"""A term of address said right after a name read from a list (a number after it, and one speaker calling three names or
more to the same listener: "Tom, 312. Sorry, sweetie.") goes with that name, not the listener (:mod:`kg_memory.extract.address_terms`).
Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _terms(lines):
    return {(s, o) for s, p, o in facts(*lines) if p == "addressedAs"}


@pytest.mark.parametrize("lines, term", [
    (((1, "Bea, you're up first. Final counts, ladies."), (2, "Fine."), (1, "Maria, 410 tickets. Great."),
      (2, "Not great enough."), (1, "Tom, 312. Sorry, sweetie, still fine."), (2, "Ugh."), (1, "And Greta, 905."),
      (2, "No way!"), (1, "Thanks, Bea.")), "sweetie"),
    (((1, "Hi, Omar."), (2, "Hi. Scores?"), (1, "Helen, 88. Nice."), (2, "Hm."), (1, "Dorothy, 61. Oh, honey, it's okay."),
      (2, "Whatever."), (1, "Lastly Bruno, 90."), (2, "Thanks, coach.")), "honey"),
])
def test_a_term_said_after_a_name_read_from_a_list_is_not_the_listeners(lines, term):
    assert not any(t == term for _, t in _terms(lines))


@pytest.mark.parametrize("lines, person, term", [
    (((1, "Ross, come on. Sit down, honey."), (2, "Fine.")), "Speaker 2", "honey"),
    (((1, "Sit down, honey."), (2, "Fine."), (1, "Thanks, Ross.")), "Speaker 2", "honey"),
    (((1, "Look, dear, it's fine. Trust me."), (2, "If you say so.")), "Speaker 2", "dear"),
    (((1, "Who's at the door?"), (2, "Hi, Mrs. Rossi! Sorry we're late."), (1, "Jennifer! Come in, sweetheart. Dominic, "
      "take her coat."), (2, "It's fine, really.")), "Speaker 2", "sweetheart"),
    (((1, "Gregory, move. Tina, baste."), (2, "Hi, Mrs. Rossi!"), (1, "Jennifer! Come in, sweetheart. Dominic, her coat."),
      (2, "Thanks.")), "Speaker 2", "sweetheart"),
])
def test_a_term_said_with_a_call_of_the_listener_or_none_stays_theirs(lines, person, term):
    assert (person, term) in _terms(lines)
