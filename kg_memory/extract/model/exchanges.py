"""More generated training dialogues: exchanges over several turns, pairs of people, more ways to say a relation.

Written for the relations people state about each other in conversation (partners, friends, family,
roommates, opinions), in English and Chinese, all templates our own:

* :func:`answer`: a question in one turn and the answer in the next ("Is Ann your sister?" / "Yes,
  she is."); the fact needs the earlier turn, and only the answer states it (the question is a negative).
* :func:`pair_statement`: two people and a plural relation noun ("Ross and I are roommates",
  "We've been friends for years, Ann", "罗斯和瑞秋是邻居"), with negated, questioned and wished-for forms.
* :data:`EXTRA_VERBS`: further verb phrases (going out with, breaking up, missing, being in love with,
  not standing someone), used by :mod:`.generate` beside its own.

Each function takes a seeded ``random.Random`` and returns the turns, the gold facts and the index of
the first turn that states them (earlier turns are labelled "no relation" in training).

>>> import random
>>> turns, facts, first = answer(random.Random(3))
>>> 0 < first < len(turns) + 1
True
"""

from __future__ import annotations

import random

from ...types import Turn

__all__ = ["EXTRA_VERBS", "answer", "pair_statement"]

Exchange = tuple[tuple[Turn, ...], tuple[tuple[str, str, str], ...], int]

# (predicate, English nouns, Chinese nouns) asked about in a question and confirmed or denied in the answer
_ASKED = (
    ("partner", "girlfriend boyfriend", "女朋友 男朋友"), ("sibling", "sister brother", "妹妹 姐姐 哥哥 弟弟"),
    ("parent", "mom dad mother father", "妈妈 爸爸"), ("child", "son daughter", "儿子 女儿"),
    ("spouse", "wife husband", "妻子 丈夫 老婆 老公"), ("friend", "friend best friend", "朋友 好朋友"),
    ("roommate", "roommate", "室友"), ("neighbor", "neighbor", "邻居"), ("boss", "boss", "老板 上司"),
    ("colleague", "coworker colleague", "同事"), ("relative", "cousin aunt uncle", "表妹 表哥 阿姨 叔叔"),
    ("client", "client", "客户"), ("employee", "assistant", "助理"), ("classmate", "classmate", "同学"),
)
_EN_QUESTIONS = ("Is {B} your {R}?", "Wait, {B} is your {R}?", "So {B} is your {R}, right?", "Who's {B}?",
                 "Who is that, {V}?", "How do you know {B}?", "{B}? Who's {B}?")
_EN_YES = ("Yes, {P}'s my {R}.", "Yeah, {P} is.", "Uh-huh. {P}'s my {R}.", "{B}? {P}'s my {R}.",
           "Oh, that's {B}. {P}'s my {R}.", "Yeah, {B}'s my {R}.", "{P} is my {R}, yes.", "My {R}. {P} is, yeah.")
_EN_NO = ("No, {P}'s not.", "No! {P} isn't my {R}.", "God, no. {P}'s not my {R}.", "I wish {P} was my {R}.",
          "{B}? No, {P}'s not my {R}.", "I have no idea who {P} is.", "Not my {R}, no.")
_ZH_QUESTIONS = ("{B}是你的{R}吗？", "等等，{B}是你{R}？", "{B}是谁？", "{V}，那是谁？", "你怎么认识{B}的？", "{B}？谁是{B}？")
_ZH_YES = ("是的，{P}是我的{R}。", "对，{P}是。", "嗯，{P}是我{R}。", "{B}？{P}是我{R}。", "哦，那是{B}，{P}是我的{R}。",
           "对啊，{B}是我{R}。")
_ZH_NO = ("不，{P}不是。", "不是！{P}不是我的{R}。", "天哪，不是，{P}不是我{R}。", "要是{P}是我的{R}就好了。",
          "我不知道{P}是谁。")

# plural relation words: (predicate, English "are ..." phrases, Chinese "是..." nouns)
_PLURAL = (
    ("friend", ("friends", "best friends", "good friends"), ("朋友", "好朋友", "好哥们", "好姐妹")),
    ("roommate", ("roommates",), ("室友",)), ("neighbor", ("neighbors",), ("邻居",)),
    ("colleague", ("coworkers", "colleagues"), ("同事",)), ("classmate", ("classmates",), ("同学", "校友")),
    ("sibling", ("brother and sister", "sisters", "brothers"), ("兄妹", "姐妹", "兄弟", "姐弟")),
    ("spouse", ("married", "husband and wife"), ("夫妻", "两口子")),
    ("partner", ("together", "a couple", "going out"), ("情侣", "一对", "男女朋友")),
    ("relative", ("cousins",), ("表兄妹", "亲戚")),
)
_EN_PAIR_YES = ("{A} and {B} are {N}.", "{A} and {B} have been {N} for years.", "You know {A} and {B} are {N}, right?",
                "{A} and {B}? Oh, they're {N}.", "Did you know {A} and {B} are {N}?")
_EN_PAIR_NO = ("{A} and {B} are not {N}.", "Are {A} and {B} {N}?", "{A} and {B} were never {N}.",
               "If {A} and {B} were {N}, that would be weird.", "I don't think {A} and {B} are {N}.")
_EN_WE_YES = ("We're {N}, {V}.", "{V}, we've been {N} for ten years!", "We are {N}, remember?", "{V}, you and I are {N}.")
_EN_WE_NO = ("We're not {N}, {V}.", "Are we {N}?", "We were never {N}.", "If we were {N}...")
_ZH_PAIR_YES = ("{A}和{B}是{N}。", "{A}和{B}做了好多年{N}了。", "你知道{A}和{B}是{N}吧？", "{A}和{B}？他们是{N}。")
_ZH_PAIR_NO = ("{A}和{B}不是{N}。", "{A}和{B}是{N}吗？", "{A}和{B}从来不是{N}。", "要是{A}和{B}是{N}就怪了。")
_ZH_WE_YES = ("{V}，我们是{N}。", "我们是{N}啊，{V}！", "你和我是{N}，记得吗？")
_ZH_WE_NO = ("我们不是{N}，{V}。", "我们是{N}吗？", "要是我们是{N}就好了。")

# further verb relations, in the layout of ``generate.VERBS``
EXTRA_VERBS = (
    ("partner", "person", ("{As} went out with {B} again last night.", "{As} broke up with {B}.",
                           "{As} kissed {B} and now they are together.", "{As} will move in with {B}, they're a couple."),
     ("{As} never went out with {B}.", "Did {As} go out with {B}?", "{As} would never go out with {B}."),
     ("{As}在和{B}交往。", "{As}和{B}分手了。", "{As}跟{B}在一起两年了。", "{As}和{B}在谈恋爱。"),
     ("{As}没有和{B}交往。", "{As}在和{B}交往吗？", "{As}才不会跟{B}在一起。")),
    ("positiveImpression", "person", ("{As} missed {B} so much.", "{As} fell in love with {B}.",
                                      "{As} will always love {B}.", "{As} can't stop thinking about {B}, {B} is amazing."),
     ("{As} never missed {B}.", "Did {As} fall in love with {B}?", "{As} never loved {B}."),
     ("{As}好想{B}。", "{As}爱上了{B}。", "{As}觉得{B}很棒。", "{As}为{B}骄傲。"),
     ("{As}不想{B}。", "{As}爱上{B}了吗？", "{As}没有爱上{B}。")),
    ("negativeImpression", "person", ("{As} really can't stand {B}.", "{As} got so mad at {B}.",
                                      "{B} drives {Ao} crazy, so annoying."),
     ("{As} never got mad at {B}.", "Does {B} annoy {Ao}?"),
     ("{B}真烦人，{As}受不了。", "{As}真受不了{B}。", "{As}恨死{B}了。", "{As}很生{B}的气。"),
     ("{As}没生{B}的气。", "{As}讨厌{B}吗？")),
    ("friend", "person", ("{As} and {B} have been friends since college.", "{As} hung out with {B}, {As} and {B} are buddies."),
     ("{As} and {B} were never friends.", "Are {As} and {B} friends?"),
     ("{As}跟{B}从大学起就是朋友。", "{As}和{B}是铁哥们。"), ("{As}跟{B}不是朋友。", "{As}和{B}是朋友吗？")),
    ("roommate", "person", ("{As} used to share an apartment with {B}.", "{As} and {B} lived together for years."),
     ("{As} never lived with {B}.", "Did {As} live with {B}?"),
     ("{As}和{B}住在一起。", "{As}跟{B}合租一套公寓。"), ("{As}不和{B}住在一起。", "{As}和{B}住在一起吗？")),
)

_EN_PEOPLE = "Ross Rachel Monica Chandler Joey Phoebe Emily Mike Janice Gunther Anna Tom Lily Jack Kate Sam Maria".split()
_ZH_PEOPLE = "罗斯 瑞秋 莫妮卡 钱德勒 乔伊 菲比 艾米丽 迈克 珍妮丝 张伟 李娜 王小明 刘洋 陈静 杨帆 赵磊 黄丽".split()
_EN_FILLER = ("Hi.", "What?", "Okay.", "Really?", "Come on!", "Wow.", "Hey, guys.", "That's great!")
_ZH_FILLER = ("你好。", "什么？", "好吧。", "真的吗？", "得了吧！", "哇。", "嘿，大家好。", "太好了！")
_SYMMETRIC = {"spouse", "partner", "sibling", "relative", "friend", "roommate", "neighbor", "classmate", "colleague"}
_INVERSE = {"parent": "child", "child": "parent", "boss": "employee", "employee": "boss"}


def _both_ways(a: str, predicate: str, b: str) -> list[tuple[str, str, str]]:
    if predicate in _SYMMETRIC:
        return [(a, predicate, b), (b, predicate, a)]
    if predicate in _INVERSE:
        return [(a, predicate, b), (b, _INVERSE[predicate], a)]
    return [(a, predicate, b)]


def _people(rng: random.Random, zh: bool, count: int) -> list[str]:
    return rng.sample(_ZH_PEOPLE if zh else _EN_PEOPLE, count)


def _speakers(rng: random.Random, zh: bool, avoid: list[str]) -> tuple[str, str]:
    if rng.random() < 0.6:
        first = rng.randrange(1, 5)
        return f"Speaker {first}", f"Speaker {first % 5 + 1}"
    pool = [p for p in (_ZH_PEOPLE if zh else _EN_PEOPLE) if p not in avoid]
    a, b = rng.sample(pool, 2)
    return a, b


def _conversation(rng: random.Random, lines: list[tuple[str, str]]) -> tuple[Turn, ...]:
    conv = f"x{rng.randrange(10**9)}"
    return tuple(Turn(conv, str(i + 1), s, t) for i, (s, t) in enumerate(lines))


def answer(rng: random.Random) -> Exchange:
    """A question about someone in one turn, the answer (the fact, or its denial) in the next."""
    zh = rng.random() < 0.5
    b, vocative = _people(rng, zh, 2)
    asker, answerer = _speakers(rng, zh, [b, vocative])
    predicate, en, zh_nouns = rng.choice(_ASKED)
    nouns = (zh_nouns if zh else en).split()
    noun = "best friend" if not zh and predicate == "friend" and rng.random() < 0.4 else rng.choice(nouns)
    vocative = answerer if not answerer.startswith("Speaker") else vocative
    question = rng.choice(_ZH_QUESTIONS if zh else _EN_QUESTIONS)
    positive = rng.random() < 0.6
    reply = rng.choice((_ZH_YES if positive else _ZH_NO) if zh else (_EN_YES if positive else _EN_NO))
    if "{B}" not in question and "{B}" not in reply:
        reply = rng.choice(("哦，那是{B}。", "那是{B}。") if zh else ("Oh, that's {B}. ", "That's {B}. ")) + reply
    if not zh and question.startswith(("Who", "How", "{B}?")) and reply in ("Yeah, {P} is.", "No, {P}'s not."):
        reply = "{P}'s my {R}." if positive else "{P}'s not my {R}."
    pronoun = rng.choice(("她", "他")) if zh else rng.choice(("she", "he"))
    text = reply.format(B=b, R=noun, P=pronoun, V=vocative)
    lines = [(answerer, rng.choice(_ZH_FILLER if zh else _EN_FILLER))] if rng.random() < 0.4 else []
    first = len(lines) + 1
    lines += [(asker, question.format(B=b, R=noun, V=vocative)), (answerer, text[0].upper() + text[1:])]
    if rng.random() < 0.4:
        lines.append((asker, rng.choice(_ZH_FILLER if zh else _EN_FILLER)))
    # a denial states nothing; "I have no idea who she is" neither
    facts = tuple(_both_ways(answerer, predicate, b)) if positive else ()
    return _conversation(rng, lines), facts, first


def pair_statement(rng: random.Random) -> Exchange:
    """Two people and a plural relation noun: "Ross and I are roommates", "We're friends, Ann", "罗斯和瑞秋是邻居"."""
    zh = rng.random() < 0.5
    a, b, vocative = _people(rng, zh, 3)
    speaker, other = _speakers(rng, zh, [a, b, vocative])
    predicate, en_words, zh_words = rng.choice(_PLURAL)
    word = rng.choice(zh_words if zh else en_words)
    positive = rng.random() < 0.6
    style = rng.random()
    if style < 0.3:  # "we" = the speaker and the person spoken to, named as a vocative
        vocative = other if not other.startswith("Speaker") else vocative
        template = rng.choice((_ZH_WE_YES if positive else _ZH_WE_NO) if zh else (_EN_WE_YES if positive else _EN_WE_NO))
        text = template.format(N=word, V=vocative)
        facts = _both_ways(speaker, predicate, other) + (_both_ways(speaker, predicate, vocative) if vocative != other
                                                         and "{V}" in template else [])
    else:
        if style < 0.6:  # the speaker is one of the two: "Ross and I", "我和罗斯"
            a_said, subject = ("我" if zh else rng.choice(("I", "me"))), speaker
        else:
            a_said, subject = a, a
        template = rng.choice((_ZH_PAIR_YES if positive else _ZH_PAIR_NO) if zh else (_EN_PAIR_YES if positive else _EN_PAIR_NO))
        if not zh and a_said in ("I", "me"):
            text = template.format(A=b, B="I" if a_said == "I" else "me", N=word)
        else:
            text = template.format(A=a_said, B=b, N=word)
        facts = _both_ways(subject, predicate, b)
    lines = [(other, rng.choice(_ZH_FILLER if zh else _EN_FILLER))] if rng.random() < 0.6 else []
    first = len(lines)
    lines.append((speaker, text[0].upper() + text[1:]))
    if rng.random() < 0.4:
        lines.append((other, rng.choice(_ZH_FILLER if zh else _EN_FILLER)))
    return _conversation(rng, lines), tuple(facts) if positive else (), first
