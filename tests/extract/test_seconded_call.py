"""A name called to one, then a third who agrees, saying the same words to the same one ("Theo, you cannot do that." -
"Yeah, you cannot do that."): the name is not the third's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_third_who_seconds_the_caller_is_not_the_one_called() -> None:
    for lines in (((1, "Man, I cannot wait to ask her out!"), (2, "Wait... Theo. Theo, you cannot do that, she is your roommate."),
                   (3, "Yeah, you cannot do that. If you date her, then I cannot date her."), (1, "Fine.")),
                  ((1, "唉，我等不及要约她出去了！"), (2, "等等……阿杰。阿杰，你不能这么做，她是你的室友。"),
                   (3, "是的，你不能这么做。要是你跟她约会，我就没法约她了。"), (1, "好吧。"))):
        found = facts(*lines)
        assert not any(s == "Speaker 3" and p == "alternateName" for s, p, _ in found), found
