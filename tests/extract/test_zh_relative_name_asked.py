"""A bare name question (叫什么？) just after someone spoke of their relative asks the relative's name (issue 13): the name
that answers it is neither the answerer's own nor a call of the one who asked, whoever answers. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_name_of_a_daughter_spoken_of_is_nobodys_here():
    found = facts((2, "我们家闺女也在师大，学化学的。"), (3, "真的？叫什么？"), (1, "方晓雯，戴个眼镜。"))
    assert not {f for f in found if f[1] in ("alternateName", "name") and f[2] == "方晓雯"}


def test_an_answer_after_the_question_and_more_calls_nobody():
    found = facts((2, "我们家儿子在三中上高一。"), (3, "是吗？叫啥名字？我儿子也在三中。"), (1, "丁浩宇，个子挺高的。"),
                  (3, "浩宇啊，听说过。"))
    assert not {f for f in found if f[1] in ("alternateName", "name") and f[2] == "丁浩宇"}


def test_a_name_asked_of_the_one_answering_is_still_theirs():
    assert ("Speaker 1", "alternateName", "方晓雯") in facts((2, "你好，请坐。"), (3, "叫什么？"), (1, "方晓雯。"))


def test_a_name_asked_of_the_listeners_relative_is_nobodys_here():
    """您女儿叫什么？ asks the daughter's name, as a bare 叫什么？ does: the answer is neither the asker's name nor the
    answerer's, though the one who asked speaks on after it."""
    found = facts((1, "小温，这个月的房租我收到了。"), (2, "好的阿姨，谢谢您。"), (1, "我女儿也在你们医院上班，在药房。"),
                  (2, "是吗？阿姨，您女儿叫什么？我回头问问同事。"), (1, "姚佳琪，个子高高的。"), (2, "那我知道，她人特别好。"))
    assert not {f for f in found if f[1] in ("alternateName", "name") and f[2] == "姚佳琪"}, found
    found = facts((1, "我男朋友也是你们学校毕业的。"), (2, "真的？你男朋友叫啥名字？"), (1, "蒋一帆，比你高两届。"),
                  (2, "没印象，我回去翻翻毕业照。"))
    assert not {f for f in found if f[1] in ("alternateName", "name") and f[2] == "蒋一帆"}, found
