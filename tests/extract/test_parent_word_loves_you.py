""""Mommy loves you." said to a puppy or a baby is the speaker speaking of themself as the little one calls them, and
"Dad loves you" may relay a parent: neither names a person "Mommy" or "Dad" who loves someone; a name still does
("Tomas loves you, you know."). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_parent_word_loving_you_names_nobody():
    found = facts((1, "We're leaving Pretzel for ten days."), (2, "Pretzel! Hello, handsome. Is he nervous?"),
                  (1, "A little. Bye, Pretzel. Be a good boy. Mommy loves you."), (3, "He'll be fine here."))
    assert not any(s == "Mommy" for s, _, _ in found)


def test_a_name_loving_you_is_still_read():
    found = facts((1, "Where's Tomas tonight?"), (2, "Working. Tomas loves you, you know."), (1, "I know."))
    assert ("Tomas", "positiveImpression", "Speaker 1") in found
