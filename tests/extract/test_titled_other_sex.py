"""A speaker who tells their own sex bears no name titled for the other: one who speaks of 我老公 is no 周先生, even when
she answers the call to him ('周先生，猫不能喝牛奶。' - '好的，谢谢李医生。'); one who speaks of 我媳妇 is no 林女士."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_wife_is_not_called_by_her_husbands_title() -> None:
    found = names((1, "医生，我家咪咪老是不吃饭。"), (2, "别急，我看看。"), (1, "都怪我老公，天天给它喂零食。"),
                  (3, "我哪有天天喂！"), (2, "周先生，猫不能老吃零食。"), (1, "好的，谢谢李医生。"))
    assert ("Speaker 1", "周先生") not in found, found


def test_a_husband_is_not_called_by_a_womans_title() -> None:
    found = names((1, "我媳妇让我来问问房子的事。"), (2, "好的。"), (3, "林女士，合同在这儿。"), (1, "谢谢，我替她收着。"))
    assert ("Speaker 1", "林女士") not in found, found


def test_a_man_still_answers_to_mister() -> None:
    found = names((1, "我老婆说这里的面很好吃。"), (2, "对，我们家招牌。"), (2, "赵先生，您的面好了。"), (1, "好，谢谢老板。"))
    assert ("Speaker 1", "赵先生") in found, found
