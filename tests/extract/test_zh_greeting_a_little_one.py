"""A hello to a baby carried in or a pet shown, by name, that the next speaker answers by speaking of them in the
third person: no speaker bears the name; a hello answered by the one greeted still names them."""

from tests.extract.dialogue_facts import said_names


def test_a_hello_to_a_baby_names_no_speaker() -> None:
    names = said_names(
        ("Speaker 1", "姐，我们来了，路上有点堵。"),
        ("Speaker 2", "快进来快进来。嗨，团团，想我没？"),
        ("Speaker 1", "他在车上睡了一路，刚醒，还有点迷糊。"),
        ("Speaker 2", "来，让姨抱抱。"),
    )
    assert not any(name == "团团" for _, name in names)


def test_a_hello_to_a_parrot_names_no_speaker() -> None:
    names = said_names(
        ("Speaker 1", "这就是我养的鹦鹉，会说好几句话呢。"),
        ("Speaker 2", "真漂亮！球球，你好啊。"),
        ("Speaker 1", "它认生，过一会儿就会跟你打招呼了。"),
    )
    assert not any(name == "球球" for _, name in names)


def test_a_hello_answered_names_the_one_greeted() -> None:
    names = said_names(
        ("Speaker 1", "嗨，小峰，好久不见！"),
        ("Speaker 2", "是啊，快一年了。"),
    )
    assert ("Speaker 2", "小峰") in names
