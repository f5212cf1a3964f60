"""A pet name the speaker says a relative calls them by (妈妈叫我丫丫) is theirs alone: the stranger who heard the
mother tell the child "丫丫，起来" just before does not bear it as well."""

from tests.extract.dialogue_facts import said_names


def test_a_claimed_pet_name_is_not_given_to_the_one_before_the_call() -> None:
    names = said_names(
        ("Speaker 1", "大姐，这是我的座位，靠窗的。"),
        ("Speaker 2", "不好意思，孩子想看风景。丫丫，起来，把座位让给叔叔。"),
        ("Speaker 1", "没关系，让她坐吧。"),
        ("Speaker 3", "谢谢叔叔！"),
        ("Speaker 1", "小朋友几岁了？"),
        ("Speaker 3", "我六岁了，我叫林若溪，妈妈叫我丫丫。"),
    )
    assert ("Speaker 3", "丫丫") in names
    assert ("Speaker 1", "丫丫") not in names


def test_a_pet_name_no_one_claims_still_goes_by_the_calls() -> None:
    names = said_names(
        ("Speaker 1", "丫丫，起来吃饭了。"),
        ("Speaker 2", "妈，我再睡五分钟。"),
    )
    assert ("Speaker 2", "丫丫") in names
