"""Who answers a Chinese introduction (issue 13, :mod:`kg_memory.extract.introductions`): one who names themself by the
name introduced is the one introduced, not the next voice after them; a new voice that names itself otherwise, or speaks
of "你弟弟", is someone else; a speaker who introduces themself and their spouse ("我是X，这是我老公Y") is answered by
the spouse when the next new voice speaks for the two ("我们……"). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


def test_one_who_names_themself_so_is_the_one_introduced():
    found = names((1, "这是我老公阿焕。"), (2, "你好，叫我阿焕就行。"), (3, "幸会幸会。"))
    assert ("Speaker 3", "阿焕") not in found


@pytest.mark.parametrize("lines", [
    ((1, "大家停一下，这是新来的同事吕佳。"), (2, "大家好，我叫吕佳，刚毕业。"), (3, "欢迎！我是秀兰，有事问我。"),
     (2, "秀兰姐好。")),
    ((1, "这是我弟弟王小明。"), (2, "你弟弟长得真精神，跟你一点都不像。"), (1, "他随我妈。")),
    ((1, "各位，这是我表妹何冬青。"), (2, "你好，我是志刚，你表姐的同事。"), (1, "志刚人很好。")),
])
def test_a_new_voice_that_is_someone_else_is_not_named(lines):
    introduced = {"吕佳", "王小明", "何冬青"}
    assert not any(name in introduced and speaker != "Speaker 2" for speaker, name in names(*lines))
    assert not any(name in {"王小明", "何冬青"} for _, name in names(*lines))


def test_the_spouse_brought_along_speaks_for_the_two():
    found = names((1, "今天来了两位新会员。"), (2, "你们好，我是甜甜，这是我老公阿杰，我们俩都爱打球。"),
                  (3, "你好，我们就住在体育馆后面。"), (1, "那挺近的。"))
    assert ("Speaker 3", "阿杰") in found


def test_the_host_welcoming_the_pair_is_not_the_spouse():
    found = names((1, "今天来了两位新会员。"), (2, "你们好，我是甜甜，这是我老公阿杰。"),
                  (3, "欢迎欢迎，我们这儿正缺人。"), (1, "那挺好。"))
    assert not any(name == "阿杰" for _, name in found)
