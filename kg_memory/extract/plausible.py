"""What the rules find in dialogue that is no fact: checks applied to every fact the rules give.

Reading a hand-labelled sample of the rules' output on multi-party dialogue
(``benchmarks/labels/extract_precision.csv``) showed the wrong and trivial facts to fall into a few
kinds, each handled here in both languages:

* a relation of a person to themself; an activity that is a bare filler verb ("knew", "um");
* read predicate by predicate (issue 13): a habit or pastime done to someone or something pointed at ("see them",
  "我每天都在谈论她") or that is a state ("很高兴"); a goal that is the body's need or plan of the moment ("I wanna
  eat", "go to his concert Friday night", "我想开始庆祝"); a count or "the wrong one" owned; a state, a way or an
  event "visited" ("went crazy", "went to the left", "been through a divorce");
* a preference or goal that is manners or the moment ("I hate to interrupt", "I wanna hug you",
  "我喜欢这个家伙", "我一直都很爱你"): its object names the addressee, a demonstrative, a verb of
  saying, or an errand;
* a person "named" by a phrase cut out of a Chinese sentence ("可你还是我的朋友" -> 可你还): a name has
  no pronoun, particle or adverb in it;
* a relative mentioned in passing ("my dad needs the car", "我妈妈让我……"): kept only when the turn
  says the speaker has them ("I have a boyfriend", "我有男朋友"), something is said about them
  ("my dad is a dentist"), or they are children, grandchildren, siblings or spouses ("my kids": not everyone has
  them; "my family", "my grandmother used to say" tell nothing); a Chinese pet needs "有", "养" or "的" ("我马上就好" owns no horse);
* a quotation is someone else's words ("I like to use..." read from a script): the rules read a turn
  without what it quotes (:func:`unquoted`);
* a speaker "named" by an exclamation or a one-word turn ("Pizza!"), or by their own answer
  ("what's your name?" - "Gordon."): the vote, and its checks, live in :mod:`.speakers` (re-exported here).

>>> from kg_memory.types import Entity, Fact
>>> implausible(Fact(Entity("Ann", "Person"), "likes", Entity("you", "Thing")))
True
>>> implausible(Fact(Entity("Ann", "Person"), "likes", Entity("hiking", "Thing")))
False
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..ids import normalize_name
from ..types import Entity, Fact, Turn
from .framework import lazy
from .lang import has_han
from .timeexpr import WEEKDAYS

__all__ = ["comparisons", "implausible", "names_itself", "passing_relatives", "unnamed_people", "unquoted"]

#: Objects that are no activity, skill or place: verbs of saying and thinking, fillers, word pieces
#: ("I always knew you'd make it" is no habit "knew"; "I've been in um, relationships" visited no "um").
_EMPTY_OBJECTS = frozenset("""
knew know wanted want mean meant say said think thought tell told feel felt wish hope forget remember believe guess
enter let make do did go get um uh t s m d ll ve re living being having getting doing going seeing hearing fact
out anyway away back along ahead off figured figure finish finished heard hear realized realised realize
see saw share answer kidding bring come came everywhere anywhere somewhere nowhere making pushing taking putting
giving keeping letting playing
""".split()) | {"come back", "hung out", "在一起"}
_ACTIVITY_LIKE = frozenset({"skill", "habit", "goal", "hobby", "visited", "hometown", "likes", "dislikes"})
_PREFERENCE_LIKE = frozenset({"goal", "likes", "dislikes", "favorite"})

#: The first word of an object that is manners, not a liking ("hate to interrupt", "love to mention"; but "love to tell
#: jokes" is a pastime).
_MANNERS = lazy(
    r"^(?:interrupt|intrude|bother|disturb|mention|admit|point|remind|ask|say|tell(?!\s+(?:jokes|stories|tales|riddles))|break|disappoint|rush|"
    r"apologi[sz]e|thank|hear|see\s+you|be\s+(?:there|here|back|right|honest|sure))\b", re.I)
#: ... or an errand, not a goal ("want to grab a coffee", "want to check on him").
_ERRAND = lazy(
    r"^(?:grab|head|check|call|phone|text|pick|drop|hug|kiss|hunt|kill|prove|show|give|look|find|put|sit|stay|"
    r"wait|leave|talk|meet|help|try|stop|hurry|make\s+sure|let|go\s+(?:see|get|find|check|ask|tell|talk|say)|"
    # the body's needs of the moment and what is done there and then ("I wanna eat, I wanna take a shower", "I want to
    # dance on my wedding night", "I just want to bite his bottom lip", "when I want to use the shower")
    r"eat(?!\s+(?:well|healthy|healthier|better|clean|right|less|more)\b)|drink|pee|shower|nap|take\s+a\s+(?:shower|bath|nap|walk|break)|use\s+the|dance|bite|seize|trade|sit\s+down|"
    r"lie\s+down|go\s+(?:home|running|to\s+(?:bed|sleep|the\s+bathroom)))\b",
    re.I)
#: A goal set on a day or an occasion ("go to his concert Friday night", "go running before it gets dark"): a plan, not
#: what one wants of life.
_PLANNED = lazy(r"\b(?:his|their|tomorrow|tonight|this\s+(?:morning|afternoon|evening|weekend)|(?:mon|tues|wednes|thurs|fri|"
                r"satur|sun)day|before|later|first(?!\s+\w)|again)\b", re.I)  # not "my first marathon"
#: ... in Chinese ("我想开始庆祝和敬酒", "我想买一份誓言"); 成为这事 is a piece of a clause.
_ZH_PLANNED = lazy(r"^(?:开始|马上|现在|先|再|买一(?!辆|套|栋|所|间|台)|吃|喝|睡|洗澡|回家|成为这|成为那)")
#: What is no thing owned: a bare count ("I bought six of them"), the wrong one ("I got the wrong apartment"), or the
#: verb's adverb kept ("I've already got an apartment").
_NOT_OWNED = lazy(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?)$|^(?:already|wrong|just|still)\s", re.I)
#: What one "went" that is no place: a state ("he went crazy"), a way ("we went to the left", "across the street"), an
#: event lived through ("I've been through a divorce").
_NO_PLACE = frozenset("crazy nuts insane mad wild left right street road block way divorce breakup".split())
#: ... or people visited ("I visited my parents", "an old friend", "my wife's family"): no place ("my parents' house" is)
_PEOPLE = lazy(r"(?:^|[\s'])(?:mom|mother|mum|dad|father|parents|folks|grandma|grandmother|granny|grandpa|grandfather|granddad|"
               r"grandparents?|grandkids|grandchildren|grand(?:son|daughter)s?|aunts?|uncles?|cousins?|nieces?|nephews?|"
               r"brothers?|sisters?|siblings?|sons?|daughters?|kids|children|family|relatives|in-laws|friends?|buddy|buddies|"
               r"pals?|boyfriend|girlfriend|wife|husband|fianc[eé]e?|roommates?|neighbou?rs?|people|classmates?|coworkers?|"
               r"colleagues?)$", re.I)
#: ... or a stage of a contest one was in ("I was in the final of a big chess tournament last Saturday")
_CONTEST_STAGE = lazy(r"^(?:finals?|semi-?finals?|quarter-?finals?|playoffs?|knockout\s+stage|group\s+stage)\b", re.I)
#: A Chinese "habit" that is a state ("他很高兴"), not something done.
_ZH_STATE = lazy(r"^(?:很|非常|太|真|好)")
#: An object that holds the addressee or a demonstrative, or is the moment ("now", "tonight").
_DEICTIC = lazy(r"\b(?:you|your|yours|him|her|them|it|this|that|these|those|now|tonight|today|here)\b", re.I)
_ZH_DEICTIC = lazy(r"[你您她它]|(?<!吉)他|^(?:这|那|上了)")  # not the 他 of 吉他 (guitar)
#: ... in an activity: someone or something pointed at ("see them", "drank those"; "cook her breakfast" is a habit).
_POINTED = lazy(r"\b(?:you|him|them|it|this|that|these|those)\b", re.I)
#: A thing named only by "one(s)", which points back at what was said before ("especially nature-inspired ones", "writing
#: another one"); "loved ones", "little ones" are people
_POINTS_BACK = lazy(r"(?:^|(?<!loved)(?<!little)(?<!young)\s)ones?$", re.I)
#: A Chinese activity that starts with a modal is a possibility, not a habit ("我总是可以找到别人", "我们每天都能看到他们").
_ZH_MODAL = lazy(r"^(?:都|也|还|就|总|总是)?(?:可以|能够?|会|要|想|得|应该)")
#: An activity that is a clause ("play rock-paper-scissors, and whoever loses goes in first").
_CLAUSE_OBJECT = lazy(r"^(?:who|whoever|whatever|whichever|what|which|when|where|why|how|if|because|that)\b", re.I)
#: Nouns of persons that are no job ("I am a woman who ...").
_NO_JOB = frozenset("woman man girl boy lady guy person human adult kid child grown-up 女人 男人 女孩 男孩 人 孩子".split())
#: A Chinese job that starts with a verb or a modal is a piece of a clause ("我们还是要找个正式的牧师" -> 要找个…;
#: "我们当时分手了" -> 时分手; not 会计, an accountant, nor 时装设计师).
_ZH_NOT_JOB = lazy(r"^(?:要|想|找|去|得|会(?!计)|能|可以|应该|时(?!装)|然)|(?:对手|帮手|高手|新手|能手|好手|杀手锏)$")  # 你是强有力的竞争对手: no job
#: A Chinese place with an adverb, particle or pronoun in it is a piece of a sentence ("我是过来人" -> 过来).
_ZH_NOT_PLACE = lazy(r"[很过的是我你他她了吗呢吧]")
#: A Chinese "name" with a pronoun, particle, conjunction or adverb in it is a piece of a sentence.
_ZH_NOT_NAME = lazy(r"[我你您他她它们的了吗呢吧啊让给被把因说和]|确实|^(?:但|可(?![可欣馨儿])|而|所以|就|都|也|还|只|才)|(?:还|只|也|都|就|才|不|没|在|很|又|要|会|现在)$")
_ZH_FIRST_SECOND = lazy(r"[我你您]")
_ZH_TITLED = lazy(r"(?<=[\u4e00-\u9fff])(?:先生|太太|小姐|女士|夫人|博士|医生|教授)$")  # 史蒂文斯先生



def _label(value: object) -> str:
    return value.label if isinstance(value, Entity) else str(value)


def implausible(fact: Fact) -> bool:
    """A fact no one would keep (see the module's list); an ending ("Bob and I got divorced") is always kept."""
    if fact.ended:
        return False
    obj = _label(fact.object)
    if isinstance(fact.object, Entity) and fact.object.type == "Person" \
            and normalize_name(obj) == normalize_name(fact.subject.label):
        return True
    if (fact.predicate in _ACTIVITY_LIKE and obj.lower() in _EMPTY_OBJECTS) or not re.search(r"\w", obj):
        return True
    if fact.predicate in _ACTIVITY_LIKE | _PREFERENCE_LIKE and _POINTS_BACK.search(obj):
        return True
    if fact.predicate in ("habit", "hobby", "skill") and (_ZH_MODAL.match(obj) or _CLAUSE_OBJECT.match(obj)):
        return True
    if fact.predicate in ("habit", "hobby") and (_ZH_DEICTIC.search(obj) or _ZH_STATE.match(obj) if has_han(obj)
                                                 else _POINTED.search(obj)):
        return True  # "我每天都在谈论她", "we always drank those": what is done to someone or something pointed at
    if fact.predicate == "goal" and (_ZH_PLANNED.match(obj) if has_han(obj)
                                     else _PLANNED.search(obj) and not obj.startswith("become ")):
        return True  # ("become astronaut later" is a goal all the same)
    if fact.predicate == "owns" and _NOT_OWNED.search(obj):
        return True
    if fact.predicate == "visited" and _PEOPLE.search(obj):
        return True  # "I visited my parents": people, no place
    if fact.predicate in ("visited", "hometown") and (obj.lower() in _NO_PLACE or _CONTEST_STAGE.match(obj)):
        return True  # (one lives "on the street")
    if fact.predicate == "jobTitle" and (obj.lower() in _NO_JOB or _ZH_NOT_JOB.search(obj)):
        return True
    if fact.predicate in ("hometown", "livesIn", "visited", "birthPlace") and _ZH_NOT_PLACE.search(obj):
        return True
    if fact.predicate in ("name", "alternateName") and not _plausible_name(obj):
        return True
    if fact.predicate in _PREFERENCE_LIKE and isinstance(fact.object, Entity) and fact.object.type != "Person":
        if has_han(obj):
            if _ZH_DEICTIC.search(obj):
                return True
        elif _MANNERS.match(obj) or _DEICTIC.search(obj) or (fact.predicate == "goal" and _ERRAND.match(obj)):
            return True
    if isinstance(fact.object, Entity) and fact.object.type != "Person" and _ZH_FIRST_SECOND.search(obj):
        return True  # "我讲种族主义的笑话" is no language spoken
    if isinstance(fact.object, Entity) and fact.object.type == "Person" and re.search(r"[a-z]['’]s$", obj):
        return True  # "I met Danny's sister" knows no "Danny's"
    for entity in (fact.subject, fact.object):
        if isinstance(entity, Entity) and entity.type == "Person" and has_han(entity.label) \
                and not _owned(entity.label) and _ZH_NOT_NAME.search(entity.label):
            return True
    return False


_FUNCTION_WORDS = frozenset("and or but so the a an of to in on at with for from it is was be".split())
#: Titles and object pronouns are no names ("I'm Dr. Harad" names no "Dr"; "you called me fat" no "me fat").
_NO_NAME_WORDS = frozenset("dr mr mrs ms miss prof doctor professor sir madam me him her us them you it".split())


def _plausible_name(name: str) -> bool:
    """A name said of someone: no possessive ("Carol's") nor article ("I called the caterer") nor weekday ("Graduation
    is Saturday."), and in Chinese no pronoun or particle and at most four characters unless it is a full name with
    "·" ("叫你胖妞" names nobody 你胖妞)."""
    if has_han(name):
        return not _ZH_NOT_NAME.search(name) and (len(name) <= 4 or "·" in name or len(name) <= 7 and bool(_ZH_TITLED.search(name)))
    words = name.lower().rstrip(".").split()
    if " ".join(words).removesuffix("s") in WEEKDAYS:
        return False  # "Graduation is Saturday.", "Makeup's Thursdays": a day, no name
    return not name.endswith(("'s", "’s")) and name.lower() not in _FUNCTION_WORDS \
        and bool(words) and words[0] not in _NO_NAME_WORDS | {"my", "your", "his", "our", "their", "the", "a", "an"}


def _owned(label: str) -> bool:
    """A relative known by its owner ("Speaker 4的表弟", "王明的妻子", 安娜的哥们): an owner, 的, a short noun; or
    a relative of such a relative, each link a kin word (安娜的哥哥的老婆, 安娜的老公的妹妹), two at most (安娜的老公的弟弟的弟弟
    is a 他弟弟 misread, 他 being the brother)."""
    from .chinese.lexicon import KIN_PREDICATE  # a Chinese label: English never loads it

    at = label.find("的")
    owner, *kin = label.split("的") if at > 0 else ("", "")
    if len(kin) > 2:
        return False
    if len(kin) == 2:
        return not _ZH_NOT_NAME.search(owner) and all(word in KIN_PREDICATE for word in kin)
    return at > 0 and len(label) - at <= 6 and not _ZH_NOT_NAME.search(label[:at]) \
        and (label[at + 1:] in KIN_PREDICATE or not _ZH_NOT_NAME.search(label[at + 1:]))


def names_itself(fact: Fact) -> bool:
    """``(Alice, name, "Alice")``: a speaker saying the name they are already known by adds nothing."""
    return fact.predicate == "name" and normalize_name(str(fact.object)) == normalize_name(fact.subject.label)


#: Relatives whose mere mention tells something ("my kids", "my sister", "my wife"): everyone has
#: parents, friends and a family, but not everyone has children, siblings or a spouse.
_TELLING_KIN = frozenset({"child", "sibling", "spouse", "partner"})
#: Grandchildren, whose mention tells as children's does ("i read to my 8 grandchildren", "my grandson loves fries"):
#: not everyone has them (their predicate is ``relative``, as an aunt's).
_TELLING_NOUNS = frozenset("grandchildren grandchild grandkids grandkid grandson grandsons granddaughter granddaughters "
                           "grandbabies grandbaby".split())
#: The ties between people that :func:`passing_relatives` counts: two of them to one relative tell something.
_TIES = frozenset("parent child sibling spouse partner relative friend roommate neighbor boss employee colleague classmate "
                  "client".split())
#: A relative said to be one's idol or hero ("my hero is my dad", 我的偶像是我爸爸): the admiration tells something.
_ADMIRED = lazy(r"\b(?:idol|hero|role\s+model)\b|偶像|榜样|崇拜|敬佩|佩服", re.I)
#: Relatives by marriage, whose mere mention tells a marriage ("my mother-in-law", "my mil", 我婆婆: the speaker has a
#: spouse; 我嫂子: a brother who is married), as a spouse's does.
_IN_LAW = lazy(r"-in-laws?$|'s\s+(?i:mil|fil|sil|bil)$|(?:公公|婆婆|公婆|岳父|岳母|岳父母|丈母娘|老丈人|儿媳妇?|女婿|嫂子?|姐夫|妹夫|弟媳|弟妹|小姨子|小舅子|"
               r"大舅哥|大舅子|大姨子|大姑子|小姑子|小叔子|大伯子|妯娌|连襟)$")


def passing_relatives(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` without relatives known only by their owner ("Ann's dad") that a turn merely mentions.

    Such a fact stays when its turn says the owner has them ("I have two sisters"), when another fact
    is about the relative ("my brother is a dentist"), or when the relative is a child, a grandchild, a sibling, a
    spouse or a partner, whose mention alone tells something ("I play cards with my kids"; not "my family"), or a
    relative by marriage, who tells a marriage ("my mother-in-law keeps calling", 我婆婆帮我们带孩子), one who is two
    relatives at once ("my best friend is my mom"), or one admired as an idol or hero ("my hero is my dad", 我很崇拜我爸爸).
    """
    texts: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}
    described = {f.subject for f in facts}
    ties: dict[tuple[Entity, object], set[str]] = {}
    for f in facts:  # "my mom is my best friend": a relative tied twice is told of
        if f.predicate in _TIES:
            ties.setdefault((f.subject, f.object), set()).add(f.predicate)
    described |= {obj for (_, obj), predicates in ties.items() if len(predicates) > 1 and isinstance(obj, Entity)}
    out = []
    for fact in facts:
        obj = fact.object
        if isinstance(obj, Entity) and not fact.ended and obj not in described and fact.predicate not in _TELLING_KIN \
                and (obj.type == "Person" or (obj.type == "Animal" and has_han(obj.label))):
            label, owner = obj.label, fact.subject.label
            noun = label[len(owner) + 3:].split()[-1:] if label.startswith(owner + "'s ") else \
                [label[len(owner) + 1:][-2:]] if label.startswith(owner + "的") else None
            text = texts.get((fact.source.conversation, fact.source.turn), "") if fact.source else ""
            if noun and not _told_grandchild(text, noun[0]) and not _has(text, noun[0]) and not _IN_LAW.search(label) \
                    and not (fact.predicate == "positiveImpression" and _ADMIRED.search(text)):
                continue
        out.append(fact)
    return out


def _told_grandchild(text: str, noun: str) -> bool:
    """Whether ``text`` names the speaker's grandchild ``noun`` ("my 8 grandchildren", "our grandson"; not "we have been
    grandmother and granddaughter", which may be said by either)."""
    return noun in _TELLING_NOUNS and re.search(rf"\b(?:my|our)\s+(?:[\w'-]+\s+){{0,2}}{noun}\b", text, re.I) is not None


def _has(text: str, noun: str) -> bool:
    """Whether ``text`` says someone has ``noun`` ("I have two sisters", "we've got a dog", "我有一个妹妹") or lives with
    them ("I live with my parents", 我跟我爸妈住在一起; "my aunt lives with us", 我外婆跟我们住一起, 我表姐住我家)."""
    if has_han(noun):
        return re.search(rf"(?:有|养了|养着|领养了|收养了)(?:[^，。！？,.!?]{{0,4}}?(?:和|、|还有))?[^，。！？,.!?]{{0,4}}{re.escape(noun)}"
                         rf"|(?:的|[我你他她们]家){re.escape(noun)}"  # 有一只狗和一只猫: the cat is had too; 我家狗
                         rf"|(?:和|跟|与|同)(?:我|自己)?的?{re.escape(noun)}[^，。！？,.!?]{{0,6}}住"  # 跟我爸妈住
                         rf"|{re.escape(noun)}[^，。！？,.!?]{{0,6}}?(?:(?:和|跟|与|同)(?:我们|我|咱们)[^，。！？,.!?]{{0,4}}住"
                         rf"|住(?:在|到)?(?:我们|我|咱)家)", text) is not None  # 外婆跟我们住一起, 表姐住我家
    return re.search(rf"\b(?:(?:have|has|had|got|adopted|'ve)(?!\s+been\b)|(?:live|lives|living|lived|moved\s+in)\s+with)\s+"
                     rf"(?:[\w'-]+\s+){{0,3}}?{re.escape(noun)}\b"  # "I live with my parents"
                     rf"|\b{re.escape(noun)}\s+(?:(?:now|still|has|have|had|just|recently|is|are|was|'s)\s+){{0,2}}(?:(?:been\s+)?"
                     rf"(?:lives?|living|lived|staying|stays?|moved\s+in|moving\s+in)\s+with\s+(?:us|me)\b)",
                     text, re.I) is not None  # "my aunt lives with us", "my cousin just moved in with us"


#: What makes "like" compare: "it's like", "looks like", "like... like".
_LIKENESS = lazy(r"(?i)(?:\b(?:'s|is|was|are|were|be|been|looks?|looked|feels?|felt|sounds?|sounded|seems?|seemed|"
                       r"more|kind\s+of|sort\s+of|something|exactly|almost|nothing|things)|\blike[\s.…,]*)\s+$")

#: The word "like" (a turn without it compares nothing by it).
_LIKE_WORD = lazy(r"\blike\b", re.I)


def comparisons(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` without likings read from "like" that compares ("that's like... like calling Albert Einstein
    Alby", "it's like firing Elmo", "it looks like rain"): a liking's object stays when its turn has "like"
    before it at least once that compares nothing ("I like calling him").

    >>> from kg_memory.types import Entity, Fact, Provenance, Turn
    >>> t = Turn("c", "1", "Ann", "It's like... like calling Albert Einstein Alby.")
    >>> f = Fact(Entity("Ann", "Person"), "likes", Entity("calling Albert Einstein", "Thing"), sources=(Provenance("c", "1"),))
    >>> comparisons([f], [t])
    []
    """
    texts: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}
    out = []
    for fact in facts:
        obj = _label(fact.object)
        if fact.predicate == "likes" and fact.source and not has_han(obj):
            text = texts.get((fact.source.conversation, fact.source.turn), "")
            said = [m.start() for m in re.finditer(rf"(?i)\blike[\s.…,]+{re.escape(obj)}", text)] \
                if _LIKE_WORD.search(text) else []  # a liking said otherwise ("I love hiking"): no pattern to build
            if said and all(_LIKENESS.search(text[:at].replace("’", "'")) for at in said):
                continue
        out.append(fact)
    return out


#: Words people say of what is no person ("God works in mysterious ways", "she" taken for God).
_NO_PERSON = frozenset("god jesus christ lord heaven hell devil satan santa".split())
_ZH_PERSON = lazy(r"^[\u4e00-\u9fff·]+$")


def unnamed_people(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` without those about a "person" who is none: a piece of a Chinese sentence that is no name
    ("拜托，你娶了一个……" -> 拜托; "向肌肉酸痛说再见" -> 向肌; 任何) or a word such as "God". The speakers,
    relatives known by their owner ("王明的妻子"), names known to jieba or written in the standard
    transliteration ("莫妮卡"), full names ("格洛丽亚·范") and longer names with a surname ("欧阳娜娜") are people.

    >>> from kg_memory.types import Entity, Fact, Turn
    >>> t = [Turn("c", "1", "Ann", "...")]
    >>> [f.subject.label for f in unnamed_people([Fact(Entity("拜托", "Person"), "spouse", Entity("Ann", "Person")),
    ...                                           Fact(Entity("莫妮卡", "Person"), "spouse", Entity("Ann", "Person"))], t)]
    ['莫妮卡']
    """
    speakers = {t.speaker for t in turns}
    known: dict[str, bool] = {}
    texts: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}

    def person(entity: object, fact: Fact) -> bool:
        if not isinstance(entity, Entity) or entity.type != "Person" or entity.label in speakers:
            return True
        label = entity.label
        if label not in known:
            known[label] = label.lower() not in _NO_PERSON and (
                not _ZH_PERSON.match(label) or "·" in label or _owned(label) or _chinese_person(label))
        return known[label] or len(label) == 2 and fact.source is not None and _given_name(
            label, texts.get((fact.source.conversation, fact.source.turn), ""))  # 我朋友佳怡: named as the relative

    return [f for f in facts if f.ended or (person(f.subject, f) and person(f.object, f))]


def _given_name(label: str, text: str) -> bool:
    """:func:`.chinese.given_names.given_name_after_kin`, imported on a Chinese label only."""
    from .chinese.given_names import given_name_after_kin

    return given_name_after_kin(label, text)


def _chinese_person(label: str) -> bool:
    """Whether the Chinese ``label`` reads as a name (:func:`~.names.is_chinese_name`, or jieba's words
    for one longer than two characters, a surname called familiarly: 小李, 老王, 阿陈, a surname and a title: 王总, or a
    doubled pet name: 朵朵).
    The Chinese segmenter is imported here, on the first Chinese label: an English conversation never loads it."""
    from .chinese.segment import is_familiar_name, is_name, is_nickname, is_titled_name
    from .names import is_chinese_name

    return is_chinese_name(label) or is_familiar_name(label) or is_nickname(label) or is_titled_name(label) \
        or (len(label) > 2 and is_name(label))


#: A quotation of someone's words: four words or more, or a Chinese one with a clause in it (a short
#: one is mostly a title or a name: "Days of Our Lives", “我们的岁月”); ”……，……” typed with the closing mark at both ends.
_QUOTED = lazy(r'"[^"]*?\w+\W+\w+\W+\w+\W+\w+[^"]*"|“[^”]*?[\w]+\s+\w+\s+\w+\s+\w+[^”]*”|'
                     r'“[^”]*[，,。！？!?][^”]*”|「[^」]*[，,。！？!?][^」]*」|'
                     r'”[^”“]*[，,。！？!?][^”“]*”'  # ”亲爱的……，……”: a quotation opened with the closing mark
                     # in single quotes after a verb of saying, writing or reading out: 'She said 'I love my cats''
                     r"|\b(?:said|says|say|saying|wrote|writes|write|asked|asks|told\s+\w+|tells\s+\w+|yelled|shouted|"
                     r"whispered|replied|goes)\s*[,:]?\s*'(?:[^'\n]|'(?=[A-Za-z]))+?'(?![A-Za-z])")


def unquoted(turn: Turn) -> Turn:
    """``turn`` without the words it quotes: a quotation is someone else's words, not the speaker's statement.

    >>> unquoted(Turn("c", "1", "Ann", 'He said "I love my cats" twice.')).text
    'He said … twice.'
    """
    if '"' not in turn.text and "“" not in turn.text and "”" not in turn.text and "「" not in turn.text \
            and "『" not in turn.text and "'" not in turn.text:
        return turn
    text = _QUOTED.sub("…", turn.text)
    return turn if text == turn.text else dataclasses.replace(turn, text=text)
