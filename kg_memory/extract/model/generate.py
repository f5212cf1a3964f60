"""Generated training dialogues: templates over the vocabulary in English and Chinese.

Each generated dialogue is a few turns and the gold facts they state. A relation turn names its
arguments in one of several ways (the speaker's "I"/"my", the addressee's "you", a name, "he"/"she"
after a name in the turn before), and around it come filler turns and *negatives*: the same
relation negated, asked about, or wished for ("Is Ann your sister?", "安娜不是我妹妹。"), and
sentences naming two people with no relation between them. Everything comes from a seeded
``random.Random``: the same seed gives the same data.

>>> d = generate(3, seed=1)
>>> len(d), all(isinstance(g.facts, tuple) for g in d)
(3, True)
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import cast

from ...types import Turn
from .exchanges import EXTRA_VERBS, answer, pair_statement

__all__ = ["Generated", "generate"]

EN_PEOPLE = ("Ross Rachel Monica Chandler Joey Phoebe Emily Mike Carol Susan Janice Richard Paul Gunther Ben Emma "
             "Anna Tom Lily Jack Kate Sam Alex Maria David Sarah James Linda Robert Laura Kevin Nina Oscar Tina "
             "Victor Wendy Frank Grace Henry Irene Mark Olivia Peter Rita Steve Zoe Julie Kathy Barry Mindy").split()
EN_SURNAMES = "Geller Green Bing Tribbiani Buffay Smith Miller Brown Wilson Taylor Clark Lewis Walker".split()
EN_PLACES = ("Paris London Chicago Boston Tokyo Vegas Berlin Rome Seattle Denver Ohio Texas Florida Jersey Montreal "
             "Barbados Vermont Madrid Dublin Sydney Beijing Shanghai").split()
EN_ORGS = ("Google", "Bloomingdale's", "Ralph Lauren", "Microsoft", "NYU", "Columbia University", "Harvard", "Central Perk",
           "Fortunata Fashions", "Yale", "Oxford", "the Museum of Prehistoric History")
EN_NICKS = "Chandy Mon Rach Pheebs Joe Bunny Ace Red Doc Slim Buddy Kiddo Tiny Princess".split()
ZH_PEOPLE = ("罗斯 瑞秋 莫妮卡 钱德勒 乔伊 菲比 艾米丽 迈克 卡罗尔 苏珊 珍妮丝 理查德 保罗 本 艾玛 张伟 李娜 王小明 文剑平 "
             "刘洋 陈静 杨帆 赵磊 黄丽 周杰 吴敏 徐强 孙悦 马超 朱琳 胡军 郭芳 林峰 何欣 高翔 罗琳 郑浩 梁冰 宋佳 谢明").split()
ZH_PLACES = "北京 上海 广州 深圳 杭州 南京 成都 武汉 西安 纽约 巴黎 伦敦 东京 芝加哥 拉斯维加斯 香港 台北 天津 重庆".split()
ZH_ORGS = "清华大学 北京大学 复旦大学 阿里巴巴 腾讯 华为 百度 中央咖啡馆 纽约大学 哈佛大学 小米公司 联想集团".split()
ZH_NICKS = "小钱 老罗 胖子 小菲 阿伟 小李 大力 小明 老王 豆豆".split()
COUNTRIES = (("America", "美国"), ("China", "中国"), ("England", "英国"), ("France", "法国"), ("Italy", "意大利"),
             ("Japan", "日本"), ("Canada", "加拿大"))

# role nouns: (predicate, English nouns, Chinese nouns); "B is A's <noun>" states (A, predicate, B)
ROLE_NOUNS = (
    ("spouse", "wife husband", "妻子 老婆 丈夫 老公"),
    ("partner", "girlfriend boyfriend", "女朋友 男朋友 女友 男友"),
    ("sibling", "sister brother", "妹妹 姐姐 哥哥 弟弟"),
    ("parent", "mom dad mother father", "妈妈 爸爸 母亲 父亲"),
    ("child", "son daughter kid", "儿子 女儿 孩子"),
    ("relative", "cousin uncle aunt grandma grandpa nephew niece", "表哥 表妹 叔叔 阿姨 奶奶 爷爷 侄子"),
    ("friend", "friend best friend buddy", "朋友 好朋友 闺蜜"),
    ("roommate", "roommate", "室友 舍友"),
    ("neighbor", "neighbor", "邻居"),
    ("boss", "boss manager supervisor", "老板 上司 领导"),
    ("employee", "assistant secretary employee", "助理 秘书 员工"),
    ("client", "client customer", "客户 顾客"),
    ("colleague", "colleague coworker", "同事"),
    ("classmate", "classmate", "同学 校友"),
)
EN_ROLE_POS = ("{B} is {Ap} {R}.", "This is {B}, {Ap} {R}.", "{Ap} {R} {B} is coming over tonight.",
               "Meet {B}, {Ap} {R}!", "{As} called {Ap} {R} {B} yesterday.", "{B}? Oh, {B} is {Ap} {R}.",
               "You know {B}? {B} is {Ap} {R}, {As} told you.", "And {B}, {Ap} {R}, said no.",
               "This is {Ap} {R} {B}.", "Everybody, this is {Ap} {R}, {B}.", "Oh, {B}! {B}'s {Ap} {R}.",
               "{Ap} {R}, {B}, is getting married.", "So {Ap} {R} {B} and I went to the movies.",
               "Well, {B} has been {Ap} {R} for years.", "{Ap} {R}'s name is {B}.")
EN_ROLE_NEG = ("{B} is not {Ap} {R}.", "Is {B} {Ap} {R}?", "If {B} were {Ap} {R}, I'd be happy.",
               "{B} isn't {Ap} {R}!", "Do you think {B} could be {Ap} {R}?", "I wish {B} was {Ap} {R}.")
ZH_ROLE_POS = ("{B}是{Ap}{R}。", "这是{B}，{Ap}{R}。", "{Ap}{R}{B}今晚过来。", "{As}昨天给{Ap}{R}{B}打了电话。",
               "你认识{B}吗？{B}是{Ap}{R}。", "{Ap}{R}叫{B}。", "这是{Ap}{R}{B}。", "大家好，这是{Ap}{R}，{B}。",
               "{Ap}{R}{B}要结婚了。", "{As}和{Ap}{R}{B}去看电影了。", "{B}一直是{Ap}{R}。", "{Ap}{R}的名字是{B}。")
ZH_ROLE_NEG = ("{B}不是{Ap}{R}。", "{B}是{Ap}{R}吗？", "如果{B}是{Ap}{R}就好了。", "你觉得{B}会是{Ap}{R}吗？",
               "{B}才不是{Ap}{R}呢！")
# verb relations: (predicate, object kind, English positives, English negatives, Chinese positives, negatives)
VERBS = (
    ("positiveImpression", "person", ("{As} really like {B}.", "{As} love {B}!", "{B} is so sweet, I adore {B}.",
                                      "{As} think {B} is wonderful."),
     ("{As} don't like {B}.", "Do {As} like {B}?", "{As} never liked {B}."),
     ("{As}很喜欢{B}。", "{As}爱{B}。", "{As}觉得{B}人很好。"), ("{As}不喜欢{B}。", "{As}喜欢{B}吗？")),
    ("negativeImpression", "person", ("{As} hate {B}.", "{As} can't stand {B}.", "{As} think {B} is a jerk."),
     ("{As} don't hate {B}.", "Do {As} hate {B}?"),
     ("{As}讨厌{B}。", "{As}受不了{B}。", "{As}觉得{B}是个混蛋。"), ("{As}不讨厌{B}。", "{As}讨厌{B}吗？")),
    ("dated", "person", ("{As} went out with {B} last week.", "{As} am dating {B}.", "{As} had a date with {B}."),
     ("{As} never dated {B}.", "Are {As} dating {B}?"),
     ("{As}和{B}约会了。", "{As}在跟{B}约会。"), ("{As}没有和{B}约会。", "{As}在跟{B}约会吗？")),
    ("spouse", "person", ("{As} married {B}.", "{As} and {B} got married.", "{As} am married to {B}."),
     ("{As} didn't marry {B}.", "Will {As} marry {B}?"),
     ("{As}和{B}结婚了。", "{As}嫁给了{B}。"), ("{As}没有和{B}结婚。", "{As}会和{B}结婚吗？")),
    ("acquaintance", "person", ("{As} know {B} from work.", "{As} met {B} once at a party."),
     ("{As} don't know {B}.", "Do {As} know {B}?"),
     ("{As}认识{B}。", "{As}见过{B}一次。"), ("{As}不认识{B}。", "{As}认识{B}吗？")),
    ("livesIn", "place", ("{As} live in {B}.", "{As} moved to {B} last year and live there now.",
                          "{As} have an apartment in {B}."),
     ("{As} don't live in {B}.", "Do {As} live in {B}?", "If {As} lived in {B}, it'd be great."),
     ("{As}住在{B}。", "{As}现在在{B}生活。", "{As}搬到了{B}住。"), ("{As}不住在{B}。", "{As}住在{B}吗？")),
    ("visited", "place", ("{As} went to {B} last summer.", "{As} visited {B} with the kids.", "{As} was in {B} for a week."),
     ("{As} never went to {B}.", "Have {As} been to {B}?"),
     ("{As}去过{B}。", "{As}去年去了{B}。"), ("{As}没去过{B}。", "{As}去过{B}吗？")),
    ("birthPlace", "place", ("{As} was born in {B}.", "{As} were born in {B}."),
     ("{As} wasn't born in {B}.", "Were {As} born in {B}?"),
     ("{As}出生于{B}。", "{As}出生在{B}。", "{As}是在{B}出生的。"), ("{As}不是在{B}出生的。", "{As}出生在{B}吗？")),
    ("nationality", "country", ("{As} am from {B}.", "{As} is {B}-born and a citizen of {B}."),
     ("{As} am not from {B}.", "Are {As} from {B}?"),
     ("{As}是{B}人。", "{As}的国籍是{B}。"), ("{As}不是{B}人。", "{As}是{B}人吗？")),
    ("worksFor", "org", ("{As} work at {B}.", "{As} got a job at {B}.", "{As} work for {B} now."),
     ("{As} don't work at {B}.", "Do {As} work at {B}?", "If {As} worked for {B}..."),
     ("{As}在{B}工作。", "{As}是{B}的员工。", "{As}在{B}上班。"), ("{As}不在{B}工作。", "{As}在{B}工作吗？")),
    ("educatedAt", "org", ("{As} went to {B}.", "{As} graduated from {B}.", "{As} studied at {B}."),
     ("{As} didn't go to {B}.", "Did {As} go to {B}?"),
     ("{As}毕业于{B}。", "{As}在{B}读过书。", "{As}是{B}毕业的。"), ("{As}没上过{B}。", "{As}是{B}毕业的吗？")),
    ("founded", "org", ("{As} founded {B}.", "{As} started {B} ten years ago."),
     ("{As} didn't found {B}.", "Did {As} found {B}?"),
     ("{As}创办了{B}。", "{As}创立了{B}。"), ("{As}没有创办{B}。", "{B}是{As}创办的吗？")),
    ("alternateName", "nick", ("{As}, everyone calls {Ao} {B}.", "Just call {Ao} {B}.", "{As}, also known as {B}."),
     ("Don't call {Ao} {B}!",),
     ("大家都叫{Ao}{B}。", "{As}的外号叫{B}。", "{As}，又名{B}。"), ("别叫{Ao}{B}！",)),
)
EN_NONE = ("{As} saw {B} at the mall.", "{B} called {Ao} yesterday.", "Hey {B}, how are you?", "{As} told {B} about it.",
           "Where is {B}?", "{B} said the coffee was cold.", "{As} have to talk to {B} about the party.")
ZH_NONE = ("{As}昨天在商场看见了{B}。", "{B}给{Ao}打过电话。", "{B}，你好吗？", "{As}跟{B}说了这件事。", "{B}在哪儿？",
           "{B}说咖啡凉了。")
EN_FILLER = ("Hi.", "Oh my God!", "What?", "Really?", "Okay.", "I don't know.", "That's great!", "Yeah, sure.",
             "Come on!", "No way.", "Well, I was just saying.", "Listen, we need to talk.")
ZH_FILLER = ("你好。", "天哪！", "什么？", "真的吗？", "好吧。", "我不知道。", "太好了！", "是啊，当然。", "得了吧！",
             "不会吧。", "听着，我们得谈谈。")
SYMMETRIC = {"spouse", "partner", "dated", "sibling", "relative", "friend", "roommate", "neighbor", "acquaintance",
             "classmate", "colleague", "alternateName"}
INVERSE = {"parent": "child", "child": "parent", "boss": "employee", "employee": "boss"}


# relations between the speaker and the person spoken to: (predicate, English, Chinese) positives and negatives;
# {R} a role noun of the predicate, {V} the addressee's name as a vocative
TO_YOU_POS = (("{V}, you're my {R}.", "You are my {R}, {V}!", "You're the best {R} ever.", "{V}, you've been my {R} for years."),
              ("{V}，你是我的{R}。", "你是我的{R}啊！", "你一直是我的{R}。"))
TO_YOU_NEG = (("Are you my {R}?", "You're not my {R}!", "If you were my {R}...", "You'll never be my {R}."),
              ("你是我的{R}吗？", "你不是我的{R}！", "如果你是我的{R}就好了。"))
TO_YOU_VERBS = (
    ("positiveImpression", ("I love you, {V}.", "{V}, I really like you.", "You're wonderful, I adore you."),
     ("I don't love you.", "Do you like me?"), ("{V}，我爱你。", "我真的很喜欢你。"), ("我不爱你。", "你喜欢我吗？")),
    ("negativeImpression", ("I hate you!", "{V}, I can't stand you."), ("I don't hate you.", "Do you hate me?"),
     ("我恨你！", "{V}，我受不了你。"), ("我不恨你。", "你讨厌我吗？")),
    ("spouse", ("I'm your husband!", "I'm your wife, {V}!", "{V}, we've been married for ten years."),
     ("Will you marry me?", "I'm not your husband."), ("我是你老公！", "{V}，我们结婚十年了。"), ("你愿意嫁给我吗？",)),
    ("dated", ("We went out last week, {V}.", "{V}, we dated in college."), ("Will you go out with me?",),
     ("{V}，我们上周约会了。",), ("你愿意和我约会吗？",)),
)
# the speaker calling the addressee by a kinship word: (predicate of speaker -> addressee, English, Chinese)
KIN_VOCATIVES = (("parent", ("Mom", "Dad", "Mommy", "Daddy"), ("妈", "爸", "妈妈", "爸爸")),
                 ("relative", ("Grandma", "Grandpa"), ("奶奶", "爷爷", "姥姥")))
KIN_TAILS = (("{K}, I'm home!", "{K}, can I borrow the car?", "{K}, this is important.", "Oh, {K}, I missed you."),
             ("{K}，我回来了！", "{K}，我能借一下车吗？", "{K}，这很重要。", "{K}，我想你了。"))


@dataclass(frozen=True)
class Generated:
    """A generated dialogue and its gold ``(subject, predicate, object)`` facts (labels)."""

    turns: tuple[Turn, ...]
    facts: tuple[tuple[str, str, str], ...]
    #: The first turn that states the facts (earlier turns, such as a question answered later, state none).
    first: int = 0


def _forms(kind: str, name: str, lang: str, pronoun: str) -> dict[str, str]:
    """How argument A is said: subject form, possessive, object form."""
    if kind == "speaker":
        return {"en": {"As": "I", "Ap": "my", "Ao": "me"}, "zh": {"As": "我", "Ap": "我的", "Ao": "我"}}[lang]
    if kind == "addressee":
        return {"en": {"As": "you", "Ap": "your", "Ao": "you"}, "zh": {"As": "你", "Ap": "你的", "Ao": "你"}}[lang]
    if kind == "pronoun":
        if lang == "zh":
            return {"As": pronoun, "Ap": pronoun + "的", "Ao": pronoun}
        return {"As": pronoun, "Ap": "his" if pronoun == "he" else "her", "Ao": "him" if pronoun == "he" else "her"}
    poss = name + ("的" if lang == "zh" else "'s")
    return {"As": name, "Ap": poss, "Ao": name}


def _person(rng: random.Random, lang: str, avoid: set[str]) -> str:
    while True:
        if lang == "zh":
            name = rng.choice(ZH_PEOPLE)
        else:
            name = rng.choice(EN_PEOPLE)
            if rng.random() < 0.15:
                name += " " + rng.choice(EN_SURNAMES)
        if name not in avoid:
            return name


def _object(rng: random.Random, lang: str, kind: str, avoid: set[str]) -> str:
    zh = lang == "zh"
    if kind == "place":
        return rng.choice(ZH_PLACES if zh else EN_PLACES)
    if kind == "org":
        return rng.choice(ZH_ORGS if zh else EN_ORGS)
    if kind == "country":
        return rng.choice(COUNTRIES)[1 if zh else 0]
    if kind == "nick":
        return rng.choice(ZH_NICKS if zh else EN_NICKS)
    return _person(rng, lang, avoid)


def _one(rng: random.Random) -> Generated:
    lang = "zh" if rng.random() < 0.5 else "en"
    zh = lang == "zh"
    if rng.random() < 0.5:
        speakers = [f"Speaker {i}" for i in (1, 2, 3)]
    else:
        speakers = [_person(rng, lang, set()) for _ in range(3)]
        speakers = list(dict.fromkeys(speakers)) + ["Speaker 9"]
    speaker, other = speakers[0], speakers[1]
    kind = rng.choice(("speaker", "speaker", "addressee", "name", "name", "pronoun"))
    avoid = set(speakers)
    b2, extra = "", cast(tuple[tuple[str, str, str], ...], ())
    a_name = {"speaker": speaker, "addressee": other}.get(kind) or _person(rng, lang, avoid)
    avoid.add(a_name)
    if rng.random() < 0.55:
        predicate, nouns_en, nouns_zh = rng.choice(ROLE_NOUNS)
        nouns = (nouns_zh if zh else nouns_en).split()
        if not zh and predicate == "friend" and rng.random() < 0.3:
            nouns = ["best friend"]
        b = _person(rng, lang, avoid)
        positive = rng.random() < 0.6
        template = rng.choice((ZH_ROLE_POS if positive else ZH_ROLE_NEG) if zh else (EN_ROLE_POS if positive else EN_ROLE_NEG))
        noun = rng.choice(nouns)
    else:
        predicate, obj_kind, en_pos, en_neg, zh_pos, zh_neg = rng.choice(VERBS + EXTRA_VERBS)
        if obj_kind != "person" and kind == "addressee" and rng.random() < 0.5:
            kind, a_name = "speaker", speaker
        b = _object(rng, lang, obj_kind, avoid)
        positive = rng.random() < 0.6
        template = rng.choice((zh_pos if positive else zh_neg) if zh else (en_pos if positive else en_neg))
        noun = ""
        if kind == "speaker" and rng.random() < 0.3:  # a second clause about another object
            predicate2, kind2, en2, en2_neg, zh2, zh2_neg = rng.choice([v for v in VERBS if v[1] in ("place", "org")])
            b2 = _object(rng, lang, kind2, avoid | {b})
            positive2 = rng.random() < 0.6
            second = rng.choice((zh2 if positive2 else zh2_neg) if zh else (en2 if positive2 else en2_neg))
            template = f"{template} {second.replace('{B}', '{B2}')}" if not zh else template + second.replace("{B}", "{B2}")
            extra = ((a_name, predicate2, b2),) if positive2 and b2 != b else ()
        if rng.random() < 0.12:  # two people, no relation
            template, predicate, positive = rng.choice(ZH_NONE if zh else EN_NONE), "none", False
            b = _person(rng, lang, avoid)
    pronoun = ("她" if rng.random() < 0.5 else "他") if zh else ("she" if rng.random() < 0.5 else "he")
    forms = _forms(kind, a_name, lang, pronoun)
    text = template.format(B=b, R=noun, B2=b2, **forms)
    text = text[0].upper() + text[1:] if not zh else text
    filler = ZH_FILLER if zh else EN_FILLER
    turns: list[str] = []
    who: list[str] = []
    for _ in range(rng.randrange(0, 3)):
        turns.append(rng.choice(filler))
        who.append(rng.choice(speakers[1:3]))
    if kind == "addressee":
        turns.append(rng.choice(filler))
        who.append(other)
    elif kind == "pronoun":
        intro = rng.choice(("{n}来了。", "你见过{n}吗？", "我刚碰到{n}。") if zh
                           else ("{n} is here.", "Have you seen {n}?", "I just ran into {n}."))
        turns.append(intro.format(n=a_name))
        who.append(other)
    turns.append(text)
    who.append(speaker)
    if rng.random() < 0.4:
        turns.append(rng.choice(filler))
        who.append(other)
    conv = f"g{rng.randrange(10**9)}"
    built = tuple(Turn(conv, str(i + 1), s, t) for i, (s, t) in enumerate(zip(who, turns)))
    facts: list[tuple[str, str, str]] = list(extra) if predicate != "none" else []
    if positive and predicate != "none":
        facts += _both_ways(a_name, predicate, b)
    return Generated(built, tuple(facts))


def _both_ways(a: str, predicate: str, b: str) -> list[tuple[str, str, str]]:
    """The fact, and its converse where the predicate has one (symmetric, or an inverse)."""
    if predicate in SYMMETRIC:
        return [(a, predicate, b), (b, predicate, a)]
    if predicate in INVERSE:
        return [(a, predicate, b), (b, INVERSE[predicate], a)]
    return [(a, predicate, b)]


def _to_you(rng: random.Random) -> Generated:
    """A relation between the speaker and the addressee ("You're my sister", "Mom, I'm home!", "I hate you")."""
    zh = rng.random() < 0.5
    lang = "zh" if zh else "en"
    named = rng.random() < 0.5
    speaker, other = (_person(rng, lang, set()), "") if named else ("Speaker 1", "")
    other = _person(rng, lang, {speaker}) if named else "Speaker 2"
    vocative = _person(rng, lang, {speaker}) if not named else other
    positive = rng.random() < 0.6
    choice = rng.random()
    if choice < 0.45:
        predicate, nouns_en, nouns_zh = rng.choice(ROLE_NOUNS)
        template = rng.choice(TO_YOU_POS[zh] if positive else TO_YOU_NEG[zh])
        text = template.format(R=rng.choice((nouns_zh if zh else nouns_en).split()), V=vocative)
    elif choice < 0.75:
        predicate, en_pos, en_neg, zh_pos, zh_neg = rng.choice(TO_YOU_VERBS)
        text = rng.choice((zh_pos if positive else zh_neg) if zh else (en_pos if positive else en_neg)).format(V=vocative)
    else:
        predicate, en, zh_words = rng.choice(KIN_VOCATIVES)
        text = rng.choice(KIN_TAILS[zh]).format(K=rng.choice(zh_words if zh else en))
        positive = True
    filler = ZH_FILLER if zh else EN_FILLER
    lines = [(other, rng.choice(filler))] if rng.random() < 0.7 else []
    lines.append((speaker, text))
    if not lines[0][0] == other or rng.random() < 0.5:
        lines.append((other, rng.choice(filler)))
    conv = f"g{rng.randrange(10**9)}"
    turns = tuple(Turn(conv, str(i + 1), s, t) for i, (s, t) in enumerate(lines))
    facts = _both_ways(speaker, predicate, other)
    if vocative != other and vocative in text:  # the name said to the addressee is the addressee's
        facts += _both_ways(speaker, predicate, vocative)
    return Generated(turns, tuple(facts) if positive else ())


def generate(count: int, seed: int = 13) -> list[Generated]:
    """``count`` generated dialogues (about 60% stating a fact, the rest negatives), reproducibly.

    About one in five states a relation between the speaker and the person spoken to; about one in
    four is an exchange of :mod:`.exchanges` (a question answered in the next turn, two people and a
    plural relation noun).
    """
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        draw = rng.random()
        if draw < 0.2:
            out.append(_to_you(rng))
        elif draw < 0.33:
            out.append(Generated(*answer(rng)))
        elif draw < 0.45:
            out.append(Generated(*pair_statement(rng)))
        else:
            out.append(_one(rng))
    return out
