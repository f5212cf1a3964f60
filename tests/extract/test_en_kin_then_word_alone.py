"""A word said alone after a relative is no name unless it is a known first name: "Is that your son?" - "My brother.
Appendix." gave a brother named "Appendix". A first name said alone ("My aunt. Rosalind."), or a full name, still
names the relative, and so does any word said after a sentence about the relative ("My nephew drove me here.
Thelonius.")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, word", [("My brother. Appendix. They took him in at six.", "Appendix"),
                                        ("My mother. Surgery. Her hip again.", "Surgery")])
def test_a_word_alone_after_a_relative_is_no_name(line: str, word: str) -> None:
    found = facts((1, "Who are you waiting on?"), (2, line), (3, "I'm so sorry."))
    assert not any(o == word for _, _, o in found)


@pytest.mark.parametrize("line, name", [("My aunt. Rosalind. She raised me.", "Rosalind"),
                                        ("My brother. Tobias Wren. He's the one in the blue coat.", "Tobias Wren"),
                                        ("My nephew drove me here, bless him. Thelonius.", "Thelonius")])
def test_a_first_or_full_name_after_a_relative_names_them(line: str, name: str) -> None:
    found = facts((1, "Who are you waiting on?"), (2, line), (3, "I'm so sorry."))
    assert any(s == "Speaker 2" and o == name for s, _, o in found)
