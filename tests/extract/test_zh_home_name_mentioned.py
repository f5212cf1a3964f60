"""我们家晓红, 我家佳琪: a name after 我(们)家 names someone of the speaker's family (jieba reads 家 as a surname there,
"家晓红"); a 她 after it means them, not a woman of the turn before."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_she_after_a_home_name_is_that_one():
    got = facts((1, "王阿姨说得对，您闺女上周还给我打电话了。"), (2, "我们家晓燕就爱瞎操心，她在杭州上班，离得远。"))
    assert not any(s == "王阿姨" for s, _, _ in got)
    assert ("晓燕", "workLocation", "杭州") in got


def test_a_woman_of_the_turn_before_is_still_meant_without_one():
    got = facts((1, "王阿姨昨天来过了。"), (2, "我家附近那个超市，她天天去，她在杭州上班。"))
    assert ("王阿姨", "workLocation", "杭州") in got and not any(s == "附近" for s, _, _ in got)
