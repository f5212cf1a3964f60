"""What a user tells an assistant inside a request or a question: "I'm a nurse on nights, any tips for sleeping?" (a
nurse), "I'm studying for the LSAT, can you quiz me?" (a goal), "my daughter got into Stanford" (her school), "As a software engineer at Google, how should I ...?" (the job and the employer), "help me plan my sister
Amy's baby shower" (a sister), 作为一名护士，我…… (a nurse), 推荐几本适合我女儿看的书，她今年八岁 (a daughter, eight), 我和老公下个月去
云南旅游 (a trip planned by both), 想转行做程序员, 想考CPA (goals), 只会说粤语 (a language). What is asked stays unknown,
and a trip to come, a judgement of one's skill or a role is no fact of the kind. "There" and "here" after a verb of
living or moving name the place the turn said before ("things to do in Raleigh? We just moved here").
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("I'm a paramedic working nights, any tips for staying awake?", ("Ann", "jobTitle", "paramedic")),
    ("I'm allergic to shellfish, is paella safe to order?", ("Ann", "trait", "allergic to shellfish")),
    ("My cat Pumpkin keeps scratching the door, what can I do?", ("Ann", "hasPet", "Pumpkin")),
    ("As a data analyst at Spotify, how should I ask for a raise?", ("Ann", "jobTitle", "data analyst")),
    ("As a data analyst at Spotify, how should I ask for a raise?", ("Ann", "worksFor", "Spotify")),
    ("As a pharmacist, I see this all the time.", ("Ann", "jobTitle", "pharmacist")),
    ("As a vegan, what can I order at a steakhouse?", ("Ann", "diet", "vegan")),
    ("Can you help me plan my sister Amy's baby shower?", ("Ann", "sibling", "Amy")),
    ("Write a toast for my cousin Leo's wedding.", ("Ann", "relative", "Leo")),
    ("I teach third grade in Tucson.", ("Ann", "workLocation", "Tucson")),
    ("I run a tiny bakery in Asheville.", ("Ann", "workLocation", "Asheville")),
    ("作为一名会计，我每年四月都特别忙。", ("安娜", "jobTitle", "会计")),
    ("作为一个在腾讯做产品经理的人，我该怎么准备面试？", ("安娜", "worksFor", "腾讯")),
    ("推荐几本适合我儿子看的书，他今年十岁。", ("安娜", "child", "安娜的儿子")),
    ("推荐几本适合我儿子看的书，他今年十岁。", ("安娜的儿子", "age", "10")),
    ("帮我给我老婆写一张生日卡片。", ("安娜", "spouse", "安娜的老婆")),
    ("我和老公下个月去海南度假。", ("安娜的老公", "goal", "去海南")),
    ("我和我妹去年去了西藏。", ("安娜", "visited", "西藏")),
    ("我想转行做设计师。", ("安娜", "goal", "成为设计师")),
    ("我打算明年考雅思。", ("安娜", "goal", "考雅思")),
    ("我外婆只会说闽南话。", ("安娜的外婆", "speaks", "闽南话")),
    ("I'm a physical therapist and my back hurts after work, any stretches you'd suggest?",
     ("Ann", "jobTitle", "physical therapist")),
    ("As a sommelier, what's the best wine for lamb?", ("Ann", "jobTitle", "sommelier")),
    ("I'm studying for the LSAT, can you quiz me?", ("Ann", "goal", "pass the LSAT")),
    ("My sister is preparing for her nursing boards.", ("Ann's sister", "goal", "pass the nursing boards")),
    ("My daughter Ava just got into Stanford!", ("Ava", "studiesAt", "Stanford")),
    ("帮我给我同事小刘写一封感谢信。", ("安娜", "colleague", "小刘")),
    ("作为一名咖啡师，什么豆子做拿铁最好？", ("安娜", "jobTitle", "咖啡师")),
    ("我爷爷八十多了，一个人住在洛阳。", ("安娜的爷爷", "livesIn", "洛阳")),
    ("我在备考国考，能帮我出几道题吗？", ("安娜", "goal", "国考")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("If I moved to Lisbon, would I need to learn Portuguese?", "livesIn"),
    ("When I visit Rome next month, what should I see?", "visited"),
    ("I'm in Chicago next week, any restaurant tips?", "livesIn"),
    ("I'm in Lisbon in May.", "livesIn"),
    ("I'm in Oslo this summer, what should I pack?", "livesIn"),
    ("My brother says I'm a terrible cook, is he right?", "jobTitle"),
    ("I'm a lousy singer.", "jobTitle"),
    ("As a kid, I wanted to be a pilot.", "jobTitle"),
    ("As a rule, I never argue.", "jobTitle"),
    ("作为朋友，我得提醒你。", "jobTitle"),
    ("我没有女儿。", "child"),
    ("要是我老公在就好了。", "spouse"),
    ("我想考虑一下。", "goal"),
    ("你竟然在我的同学录上写了这些！", "classmate"),
    ("我最喜欢的剧是《我的兄弟们》。", "sibling"),
    ("后来有一天我让他做我的男朋友，他说不。", "partner"),
    ("快点我的朋友，时间就是金钱。", "friend"),
    ("或许你能成为我的室友！", "roommate"),
    ("As a teacher, what would you do?", "jobTitle"),
    ("作为老师，她很严格。", "jobTitle"),
    ("I got into trouble at work.", "studiesAt"),
    ("I got into Star Wars last year.", "studiesAt"),
    ("I'm preparing for the worst.", "goal"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    facts = told(text)
    assert not any(p == predicate and not ended for _, p, _, ended in facts), facts


@pytest.mark.parametrize(("text", "fact"), [
    ("My brother lives in Portland. I'm moving there in June.", ("Ann", "goal", "move to Portland")),
    ("Any good brunch spots in Raleigh? We just moved here from Texas.", ("Ann", "livesIn", "Raleigh")),
    ("I grew up in Tucson and my parents still live there.", ("Ann's parents", "livesIn", "Tucson")),
    ("I spent a summer in Rome and I want to go back there.", ("Ann", "goal", "go back to Rome")),
])
def test_there_and_here_name_the_place_said_before(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize("text", [
    "Canada, I just moved here last month.",  # where one came from
    "I was born in Ohio but I live here now.",
    "I started in March and I love living here.",
    "I live here with my two roommates.",
])
def test_here_without_a_place_said_before_names_none(text: str) -> None:
    assert not any(p == "livesIn" and not ended for _, p, _, ended in told(text)), told(text)
