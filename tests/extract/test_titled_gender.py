"""A surname said with a title of a man or a woman (李叔, 张伯伯, 王阿姨, 赵婶) has that gender for 他 and 她 after it:
"我今天见到李叔了。" - "她弟弟下个月结婚。" made 李叔 the one whose brother marries; 她 is someone else."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("first", "pronoun", "who"), [
    ("我今天见到李叔了。", "她", "李叔"),
    ("我刚才遇到刘大爷了。", "她", "刘大爷"),
    ("我在菜市场遇到王阿姨了。", "他", "王阿姨"),
    ("我昨天见到周太太了。", "他", "周太太"),
])
def test_a_pronoun_of_the_other_gender_is_not_the_titled_one(first: str, pronoun: str, who: str) -> None:
    got = facts((1, first), (2, f"{pronoun}弟弟下个月结婚。"))
    assert not any(s == who and p == "sibling" for s, p, o in got), got


def test_a_pronoun_of_the_same_gender_still_is() -> None:
    got = facts((1, "我今天见到李叔了。"), (2, "他弟弟下个月结婚。"))
    assert any(s == "李叔" and p == "sibling" for s, p, o in got), got
