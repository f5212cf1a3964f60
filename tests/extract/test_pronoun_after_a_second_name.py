"""A turn that names one person, speaks of him, then names another and goes on with "he" ("The short one is Tariq.
He's nine. The older one is Yusuf, he's studying law."): which of the two the later "he" means is not settled by the
first name, so it is not given to him. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_he_after_a_second_name_is_not_the_first():
    found = facts((1, "Which nephew did you mean?"),
                  (2, "Not the short one. Tariq. He's nine. The older one is Yusuf, he's studying architecture now."),
                  (3, "Architecture! Good for him."))
    assert not any(s == "Tariq" and p == "fieldOfStudy" for s, p, _ in found)


def test_he_after_one_name_is_still_that_one():
    found = facts((1, "Which nephew did you mean?"), (2, "The older one is Yusuf, he studies architecture."),
                  (3, "Good for him."))
    assert ("Yusuf", "fieldOfStudy", "architecture") in found
