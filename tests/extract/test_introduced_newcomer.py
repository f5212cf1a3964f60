"""Who is introduced: the one who has just come in ("Sorry I'm late. Jo, did I miss it?" - "This is my sister, Ellie."
- "Hi, everyone.") is Ellie."""

from tests.extract.dialogue_facts import names


def test_the_one_just_come_in_is_the_one_introduced():
    said = names((1, "The kitchen is through here."), (2, "Wow, it's huge."), (3, "Sorry, sorry, I'm late. Did I miss the tour?"),
                 (2, "This is my sister, Ellie. She's an architect."), (3, "Hi, everyone. Nice stairs."), (1, "Thanks!"))
    assert ("Speaker 3", "Ellie") in said
    said = names((1, "Dinner's at eight."), (2, "Great."), (3, "Hey! I came as soon as I could."),
                 (2, "Everybody, this is my best friend, Sophie."), (3, "Hello! How's everyone holding up?"), (1, "Okay."))
    assert ("Speaker 3", "Sophie") in said


def test_no_newcomer_where_the_introduction_calls_another_or_the_newcomer_asks_about_someone():
    said = names((1, "Dinner's at eight."), (2, "Great."), (3, "Thank you so much!"),
                 (2, "Oh and Sarah, this is my colleague, Joey Tribbiani."), (3, "Are you an actor?"), (1, "Sort of."))
    assert not any(name.startswith("Joey") for _, name in said)
    said = names((1, "Dinner's at eight."), (2, "Great."), (3, "Hi! Is this your young man?"),
                 (2, "This is my brother, Dev."), (3, "Lovely to meet you."), (1, "Okay."))
    assert ("Speaker 3", "Dev") not in said


def test_the_one_just_come_in_is_the_one_introduced_in_chinese():
    said = names((1, "厨房在这边。"), (2, "真大。"), (3, "对不起，我来晚了。错过参观了吗？"), (2, "这是我妹妹艾莉。"),
                 (3, "大家好。楼梯真漂亮。"), (1, "谢谢！"))
    assert ("Speaker 3", "艾莉") in said
    said = names((1, "晚饭八点。"), (2, "好。"), (3, "非常感谢！"), (2, "是啊，哦，莎拉……我想向你介绍，这是乔伊·崔比安尼。"),
                 (3, "你也是演员？"), (1, "算是吧。"))
    assert not any(name.startswith("乔伊") for _, name in said)
