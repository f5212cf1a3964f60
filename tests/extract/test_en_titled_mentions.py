"""A person mentioned by a title and a surname is one a later "he" or "she" may mean: "My landlord, Mr. Petrakis, takes a
month to answer." - "I went to high school with him." (Mr. Petrakis, not a man named before)."""

from tests.extract.dialogue_facts import facts


def test_him_after_a_titled_name_is_that_person():
    said = facts((1, "Gustavo is the only guy on this street who can fix a boiler."),
                 (2, "Noted. My landlord, Mr. Abernathy, takes a week to answer a text."),
                 (3, "Abernathy? I went to high school with him."))
    assert ("Speaker 3", "classmate", "Mr. Abernathy") in said and ("Speaker 3", "classmate", "Gustavo") not in said
    said = facts((1, "When you were little we had Mrs. Okonjo."), (2, "Mrs. Okonjo! She was so sweet."), (1, "She was."))
    assert ("Speaker 2", "positiveImpression", "Mrs. Okonjo") in said


def test_a_titled_name_called_or_put_right_is_no_one_mentioned():
    said = facts((1, "Mrs. Ferraro? The doctor will see you now."), (2, "Miss. Lucia's fine. My daughter is at college."),
                 (1, "She must be busy."))
    assert not any(s.startswith(("Mrs.", "Miss")) or o.startswith(("Miss", "Mrs.")) for s, _, o in said)
