"""他/她 said by someone who has just called a person by name means someone else (issue 13): the one called is here,
spoken to as 你. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_she_is_not_the_one_just_called():
    found = facts((3, "别光喝，说说你跟那个摄影师的事。"), (2, "什么摄影师？小雅你别乱讲，我们就是普通朋友。"),
                  (1, "普通朋友天天一起吃早饭？"), (2, "那是因为她就住我隔壁！"))
    assert not {f for f in found if f[1] == "neighbor"}


def test_she_is_not_the_one_called_at_the_end_of_a_sentence():
    found = facts((3, "你那个舞伴是谁啊？"), (2, "别瞎猜，我们就是普通朋友，小雅。"), (1, "普通朋友还一起跳舞？"),
                  (2, "她就住我楼上而已。"))
    assert not {f for f in found if f[1] == "neighbor"}


def test_she_is_still_someone_named_and_not_called():
    found = facts((1, "我今天碰到小红了。"), (2, "哪个小红？"), (1, "她就住我楼下，人特别好。"))
    assert ("小红", "neighbor", "Speaker 1") in found
