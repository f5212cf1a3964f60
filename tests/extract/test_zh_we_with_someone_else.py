"""Chinese: 我们是室友/朋友 said beside someone spoken of as 他/她 in the same turn joins the speaker with that one, not
with the person spoken to (issue 13, :func:`kg_memory.extract.chinese.ties.we_without_you`); said alone to someone, it
still joins the two. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_we_beside_someone_spoken_of_leaves_out_the_one_spoken_to():
    said = facts((1, "你怎么认识老周的？"), (2, "我们是高中同学，他那时候坐我后面。"), (1, "难怪。"))
    assert ("Speaker 2", "classmate", "Speaker 1") not in said
    said = facts((1, "她怎么老来找你？"), (2, "我们只是朋友，她最近心情不好。"), (1, "好吧。"))
    assert ("Speaker 2", "friend", "Speaker 1") not in said and ("Speaker 1", "friend", "Speaker 2") not in said


def test_we_said_to_someone_alone_still_joins_the_two():
    said = facts((1, "你还记得我吗？"), (2, "当然记得，我们是朋友啊。"), (1, "太好了。"))
    assert ("Speaker 2", "friend", "Speaker 1") in said
