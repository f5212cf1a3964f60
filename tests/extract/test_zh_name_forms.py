"""Other forms of a Chinese name pinned on a speaker (issue 13): 林晓 is 晓晓 too, 婷婷 is 苏婷婷, 何大伟 is 大伟, said by the
others even once between two speakers; surnames alone (老林, 小林) and transliterated names (莫妮卡) are left alone."""

from __future__ import annotations

import pytest

from kg_memory.extract.name_forms import forms
from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, form", [
    (((1, "林晓，上车，安全带系好。"), (2, "教练，今天先练倒库吧。"), (1, "怕什么，林晓，你都练三周了。"), (3, "晓晓加油！我在树底下等你。"),
      (1, "好了，挂挡。")), "Speaker 2", "晓晓"),
    (((1, "婷婷，请柬发多少份？"), (2, "我哪知道。"), (1, "婷婷，你说话啊。"), (2, "一百份吧。"), (3, "新娘苏婷婷，十月二号，对吧？"),
      (1, "对。")), "Speaker 2", "苏婷婷"),
])
def test_another_form_of_a_speakers_name(lines, speaker, form):
    assert (speaker, form) in names(*lines)


def test_a_surname_alone_is_no_form():
    said = names((1, "林晓，吃饭了。"), (2, "来了。"), (1, "林晓，快点。"), (2, "来了来了。"), (3, "老林，你也少喝点。"), (1, "知道了。"))
    assert ("Speaker 2", "老林") not in said


@pytest.mark.parametrize("name, expected", [
    ("苏婷婷", {"婷婷"}), ("林晓", {"晓晓"}), ("楠楠", {"小楠", "阿楠"}), ("何大伟", {"大伟"}),
    ("莫妮卡", set()), ("周教练", set()), ("张师傅", set()), ("王姐", set()), ("小刘", set()),
])
def test_forms(name, expected):
    assert forms(name) == expected
