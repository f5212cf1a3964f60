"""What a Chinese user tells an assistant about themself is kept: pets by breed and by name, the car they drive, the
languages they speak, the teams they follow, habits, jobs held for years, where their parents live, what they are
learning or do in their spare time, trips planned; and the look-alikes that must stay out (questions, negations,
hypotheticals, wishes, other people, requests to the assistant)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def said(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Bob", text)])}


@pytest.mark.parametrize(("text", "pets"), [
    ("我养了一条金毛，叫饼干。", {"饼干"}),
    ("我有一只柯基，叫豆豆。", {"豆豆"}),
    ("我家里养了一只布偶猫，叫雪球。", {"雪球"}),
    ("我养了一只阿拉斯加，叫大白。", {"大白"}),  # a breed no list holds: counted as an animal, then named
    ("我家的柯基叫豆豆。", {"豆豆"}),
    ("我们家有两只猫，一只叫咪咪，一只叫球球。", {"咪咪", "球球"}),
    ("我养了两只猫，分别叫咪咪和花花。", {"咪咪", "花花"}),
    ("我有两只猫，咪咪和球球。", {"咪咪", "球球"}),
    ("我养了两只猫，一只叫团子一只叫年糕", {"团子", "年糕"}),  # typed without the comma between
    ("我家有两条狗，一条叫可乐另一条叫雪碧", {"可乐", "雪碧"}),
])
def test_a_pet_named_is_the_pet_not_the_speaker(text: str, pets: set[str]) -> None:
    found = said(text)
    assert pets <= {o for s, p, o in found if s == "Bob" and p == "hasPet"}, found
    assert not any(p == "name" for _, p, _ in found), found


@pytest.mark.parametrize(("text", "pet"), [
    ("我养了一条金毛。", "Bob的金毛"),
    ("我家有一只英短。", "Bob的英短"),
    ("我们家有一只萨摩耶。", "Bob的萨摩耶"),
    ("我有一只黑猫。", "Bob的黑猫"),
    ("我养了一只泰迪。", "Bob的泰迪"),  # counted as an animal: the dog
])
def test_a_pet_by_its_breed_is_a_pet(text: str, pet: str) -> None:
    assert ("Bob", "hasPet", pet) in said(text)


@pytest.mark.parametrize("text", [
    "我有一个泰迪熊。",  # a teddy bear
    "我有两个孩子，一个叫小明，一个叫小红。",  # children, no pets
    "你养了一只金毛吗？",
    "我没有养金毛。",
    "如果我养一只柯基，叫它豆豆怎么样？",
    "我真希望能养一只柯基。",
    "我朋友养了一条金毛，叫饼干。",
])
def test_no_pet_of_the_speakers_from_look_alikes(text: str) -> None:
    found = said(text)
    assert not any(s == "Bob" and p in ("hasPet", "name") for s, p, _ in found), found


def test_children_named_one_by_one_without_a_comma() -> None:
    found = said("我有两个孩子，一个叫乐乐另外一个叫欢欢")
    assert {("Bob", "child", "乐乐"), ("Bob", "child", "欢欢")} <= found, found


def test_what_follows_pets_unnamed_names_none() -> None:
    pets = {o for s, p, o in said("我有两只猫，我和我老公都很喜欢。") if p in ("hasPet", "name")}
    assert pets == {"Bob的猫"}


@pytest.mark.parametrize(("text", "fact"), [
    ("我开的是一辆特斯拉。", ("Bob", "owns", "特斯拉")),
    ("我的车是特斯拉。", ("Bob", "owns", "特斯拉")),
    ("我开的车是比亚迪。", ("Bob", "owns", "比亚迪")),
    ("我的座驾是一辆二手的本田。", ("Bob", "owns", "本田")),
    ("我会说西班牙语，也会一点法语。", ("Bob", "speaks", "法语")),
    ("我懂一点德语。", ("Bob", "speaks", "德语")),
    ("我是湖人队的铁杆球迷。", ("Bob", "likes", "湖人队")),
    ("我是个足球迷。", ("Bob", "likes", "足球")),
    ("我平时喝绿茶，不怎么喝咖啡。", ("Bob", "habit", "喝绿茶")),
    ("我周末一般去爬山。", ("Bob", "habit", "去爬山")),
    ("我当老师已经十年了。", ("Bob", "jobTitle", "老师")),
    ("我是自由译者，在家办公。", ("Bob", "jobTitle", "自由译者")),
    ("我爸妈现在住在海南。", ("Bob的爸妈", "livesIn", "海南")),
    ("我喜欢带着我的狗去爬山。", ("Bob", "hasPet", "Bob的狗")),
    ("我喜欢带着我的狗去爬山。", ("Bob", "likes", "爬山")),
    ("我在学日语，准备去旅行。", ("Bob", "hobby", "学日语")),
    ("我最近在学吉他。", ("Bob", "hobby", "学吉他")),
    ("我在学弹吉他。", ("Bob", "hobby", "学弹吉他")),
    ("我业余时间教瑜伽。", ("Bob", "hobby", "教瑜伽")),
    ("我是素食主义者，很喜欢泰国菜。", ("Bob", "likes", "泰国菜")),
    ("我下个月要去日本旅游。", ("Bob", "goal", "去日本")),
    ("下个月我要去东京开会。", ("Bob", "goal", "去东京")),
    ("我今年夏天要去意大利。", ("Bob", "goal", "去意大利")),
    ("我是奶奶在云南的一个小村子里带大的。", ("Bob", "hometown", "云南")),
])
def test_what_the_user_says_of_themself_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    found = said(text)
    assert fact in found, found


def test_a_dish_liked_is_no_person() -> None:
    assert not any(p == "positiveImpression" for _, p, _ in said("我是素食主义者，很喜欢泰国菜。"))


@pytest.mark.parametrize(("text", "predicate"), [
    ("我开的是玩笑。", "owns"),
    ("我的车是红色的。", "owns"),
    ("我开的不是特斯拉。", "owns"),
    ("我朋友开的是特斯拉。", "owns"),
    ("你开的是特斯拉吗？", "owns"),
    ("我会说话。", "speaks"),
    ("我会写论文。", "speaks"),
    ("我不会说法语。", "speaks"),
    ("你会说法语吗？", "speaks"),
    ("我不是湖人队的球迷。", "likes"),
    ("你是湖人队的球迷吗？", "likes"),
    ("我老公是湖人队的铁杆球迷。", "likes"),
    ("我是湖人队的教练。", "likes"),
    ("我平时不喝咖啡。", "habit"),
    ("我平时喝什么比较好？", "habit"),
    ("我周末去了公园。", "habit"),
    ("我这周末去爬山。", "habit"),  # once, this weekend
    ("我不喜欢带着我的狗去爬山。", "likes"),
    ("我没在学日语。", "hobby"),
    ("我想学日语。", "hobby"),  # a wish: a goal, not a hobby taken up
    ("你在学日语吗？", "hobby"),
    ("我女儿在学钢琴。", "hobby"),
    ("如果我在学日语，你会帮我吗？", "hobby"),
    ("我业余时间很少。", "hobby"),
    ("我业余时间不多。", "hobby"),
    ("我要去日本。", "goal"),  # when is not said
    ("我去年去了日本。", "goal"),
    ("我下个月不去日本。", "goal"),
    ("我下个月要去日本旅游吗？", "goal"),
    ("如果我下个月去日本，你能帮我订酒店吗？", "goal"),
    ("我希望明年能去日本。", "goal"),
    ("我真希望明年能去日本。", "goal"),
    ("我妈妈下个月要去日本。", "goal"),
    ("我明天要去医院。", "goal"),  # no place named
    ("请帮我查一下下个月去日本的机票。", "goal"),
    ("帮我规划一下下个月去日本的行程。", "goal"),
    ("我不吃肉。", "none"),  # a vegetarian: nothing of the predicates above
])
def test_look_alikes_give_no_such_fact_of_the_speaker(text: str, predicate: str) -> None:
    found = said(text)
    assert not any(s == "Bob" and p == predicate for s, p, _ in found), found


def test_eating_meat_is_no_vegetarian_diet() -> None:
    assert not any(p == "diet" for _, p, _ in said("我吃肉。"))
    assert ("Bob", "diet", "vegetarian") in said("我不吃肉。")


def test_another_persons_plan_and_hobby_are_theirs() -> None:
    assert ("Bob的妈妈", "goal", "去日本") in said("我妈妈下个月要去日本。")
    assert ("Bob的女儿", "hobby", "学钢琴") in said("我女儿在学钢琴。")


def test_a_job_found_at_a_bank_is_the_job_not_the_bank() -> None:
    facts = said("我刚在一家银行找了份数据分析师的工作")
    assert ("Bob", "jobTitle", "数据分析师") in facts, facts
    assert not {f for f in facts if f[1] == "worksFor"}, facts


def test_a_job_found_at_a_named_employer_gives_both() -> None:
    assert {("Bob", "jobTitle", "工程师"), ("Bob", "worksFor", "腾讯")} <= said("我在腾讯找了份工程师的工作")


def test_a_friends_job_found_is_the_friends() -> None:
    facts = said("我朋友在一家银行找了份会计的工作")
    assert ("Bob的朋友", "jobTitle", "会计") in facts and not {f for f in facts if f[0] == "Bob" and f[1] == "jobTitle"}, facts


@pytest.mark.parametrize("text", ["我没在一家银行找了份会计的工作", "如果我在银行找了份会计的工作", "你在银行找了份会计的工作吗？"])
def test_no_job_found_from_look_alikes(text: str) -> None:
    assert not {f for f in said(text) if f[1] in ("jobTitle", "worksFor")}, said(text)


@pytest.mark.parametrize("text", ["我家狗晚上老是叫", "我家狗不叫"])
def test_my_familys_dog_is_a_pet(text: str) -> None:
    assert ("Bob", "hasPet", "Bob的狗") in said(text), said(text)


@pytest.mark.parametrize("text", ["我朋友家狗很凶", "他家狗很凶", "如果我家狗会说话"])
def test_no_pet_of_the_speakers_from_someone_elses_home(text: str) -> None:
    assert not {f for f in said(text) if f[0] == "Bob" and f[1] == "hasPet"}, said(text)


def _talk(*texts: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i + 1), ("Ann", "Bob")[i % 2], t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


def test_she_after_a_pet_is_no_person_of_a_turn_before() -> None:
    facts = _talk("我妹妹小红今年二十岁了。", "我养了一只猫，叫咪咪。她三岁了。")
    assert ("Bob", "hasPet", "咪咪") in facts and ("小红", "age", "3") not in facts, facts


def test_she_after_her_own_pet_is_still_the_owner() -> None:
    assert ("小红", "age", "10") in _talk("你好。", "我妹妹小红养了一只猫。她今年十岁。")
