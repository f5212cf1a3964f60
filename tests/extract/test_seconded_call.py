"""A name called to one, then a third who agrees, saying the same words to the same one ("Theo, you cannot do that." -
"Yeah, you cannot do that."): the name is not the third's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_third_who_seconds_the_caller_is_not_the_one_called() -> None:
    for lines in (((1, "Man, I cannot wait to ask her out!"), (2, "Hold it... Theo. Theo, you cannot do that, you two share a kitchen."),
                   (3, "Yeah, you cannot do that. Think of the rent."), (1, "Fine.")),
                  ((1, "唉，我等不及要约她出去了！"), (2, "慢着……阿杰。阿杰，你不能这么做，你们住在一起。"),
                   (3, "是的，你不能这么做。想想房租吧。"), (1, "行吧。"))):
        found = facts(*lines)
        assert not any(s == "Speaker 3" and p == "alternateName" for s, p, _ in found), found
